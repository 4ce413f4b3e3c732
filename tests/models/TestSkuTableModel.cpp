#include "models/SkuTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

class TestSkuTableModel : public QObject
{
    Q_OBJECT
private slots:
    void allPolicies()
    {
        SkuTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 7);
        QStringList editions;
        for (int c = 0; c < 7; ++c)
            editions << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(editions, (QStringList{"Home", "Pro", "Business", "Enterprise", "Education", "Mobile", "Mobile Enterprise"}));
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("UnsolicitedRemoteAssistance"));
        QCOMPARE(model.headerData(3, Qt::Vertical, Qt::ToolTipRole).toString(), QStringLiteral("Configure Offer Remote Assistance"));

        const QImage mark = QIcon(QStringLiteral(":/icons/checkmark.svg")).pixmap(16, 16).toImage();
        QVERIFY(!mark.isNull());
        for (int r = 0; r < 4; ++r) {
            for (int c = 0; c < 7; ++c) {
                const QModelIndex i = model.index(r, c);
                const bool business = c == 2;
                QCOMPARE(i.data(SkuTableModel::AvailableRole).toBool(), !business);
                QCOMPARE(i.data(SkuTableModel::FootnoteRole).toInt(), business ? 0 : 1);
                QCOMPARE(i.data(SkuTableModel::EditionRole).toInt(), c);
                QCOMPARE(i.data(SkuTableModel::PolicyIdRole).toInt(), r);
                QCOMPARE(i.data(Qt::DisplayRole).toString(), QString());
                QCOMPARE(i.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::Alignment(Qt::AlignCenter));
                if (business)
                    QVERIFY(!i.data(Qt::DecorationRole).isValid());
                else
                    QCOMPARE(i.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage(), mark);
            }
        }
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Home: available – Added in Windows 10, version 1607."));
        QCOMPARE(model.index(0, 2).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Business: not available"));
        QCOMPARE(model.index(0, 6).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Mobile Enterprise: available – Added in Windows 10, version 1607."));
    }

    void retranslateTellsTheHeadersAndCells()
    {
        SkuTableModel model;
        model.setPolicy(PolicyId::SessionLogging);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(header.count(), 2);
        QCOMPARE(header.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(header.at(0).at(2).toInt(), int(kAllEditions.size()) - 1);
        QCOMPARE(header.at(1).at(0).value<Qt::Orientation>(), Qt::Vertical);
        QCOMPARE(header.at(1).at(2).toInt(), 0);
        QCOMPARE(cells.count(), 1);
        QCOMPARE(cells.at(0).at(1).value<QModelIndex>(), model.index(0, int(kAllEditions.size()) - 1));
    }

    void onePolicy()
    {
        SkuTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(PolicyId::SessionLogging);
        QCOMPARE(model.policy(), std::optional<PolicyId>(PolicyId::SessionLogging));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("SessionLogging"));
        QCOMPARE(model.index(0, 0).data(SkuTableModel::PolicyIdRole).toInt(), 1);
        model.setPolicy(std::nullopt);
        QCOMPARE(model.rowCount(), 4);
    }

    void footnotes()
    {
        QCOMPARE(SkuTableModel::footnoteLines(),
                 (QStringList{"1 - Added in Windows 10, version 1607.", "2 - Added in Windows 10, version 1703.",
                              "3 - Added in Windows 10, version 1709."}));
    }
};

QTEST_MAIN(TestSkuTableModel)
#include "TestSkuTableModel.moc"
