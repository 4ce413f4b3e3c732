#include "core/Linter.h"
#include "core/Validator.h"
#include "models/FindingsModel.h"
#include "models/PolicyDocument.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ra;

class TestFindingsModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreTheDocumentFindings()
    {
        PolicyDocument doc;
        FindingsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        QStringList headers;
        for (int c = 0; c < 4; ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{"Severity", "Policy", "Problem", "How to fix"}));
        QCOMPARE(model.rowCount(), int(doc.findings().size()));

        QSignalSpy counts(&model, &FindingsModel::countsChanged);
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit"),
                      std::vector<std::string>{"CORP\\Helpdesk", "bob@corp.example"});
        QVERIFY(counts.count() >= 1);
        const std::vector<Finding>& findings = doc.findings();
        QCOMPARE(model.rowCount(), int(findings.size()));
        int upnRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const Finding& f = findings[std::size_t(r)];
            QCOMPARE(model.finding(r), f);
            QCOMPARE(model.index(r, 0).data().toString(),
                     f.severity == Severity::Error ? QStringLiteral("Error")
                                                   : f.severity == Severity::Warning ? QStringLiteral("Warning")
                                                                                     : QStringLiteral("Information"));
            QVERIFY(!model.index(r, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(model.index(r, 2).data().toString(), QString::fromStdString(f.message));
            QCOMPARE(model.index(r, 3).data().toString(), QString::fromStdString(f.hint));
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(model.index(r, c).data(FindingsModel::SeverityRole).toInt(), int(f.severity));
                QCOMPARE(model.index(r, c).data(FindingsModel::CodeRole).toString(), QString::fromStdString(f.code));
            }
            if (f.code == "helper.upn")
                upnRow = r;
        }
        QVERIFY(upnRow >= 0);
        const QModelIndex upn = model.index(upnRow, 2);
        QCOMPARE(upn.data(FindingsModel::PolicyIdRole).toInt(), 3);
        QCOMPARE(upn.data(FindingsModel::ElementIdRole).toString(), QStringLiteral("RA_Unsolicit_DACL_Edit"));
        QCOMPARE(upn.data(FindingsModel::ListRowRole).toInt(), 1);
        QCOMPARE(model.index(upnRow, 1).data().toString(), QStringLiteral("Configure Offer Remote Assistance"));
        QCOMPARE(model.index(upnRow, 0).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.count(Severity::Error), 1);

        // a lint finding carries its hint in the tooltip
        int firewallRow = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(FindingsModel::CodeRole).toString() == QLatin1StringView("offer.firewall"))
                firewallRow = r;
        QVERIFY(firewallRow >= 0);
        const Finding& fw = model.finding(firewallRow);
        QVERIFY(!fw.hint.empty());
        QCOMPARE(model.index(firewallRow, 2).data(Qt::ToolTipRole).toString(),
                 QString::fromStdString(fw.message) + QStringLiteral("\nHow to fix: ") + QString::fromStdString(fw.hint));
        QCOMPARE(model.index(firewallRow, 0).data(FindingsModel::ListRowRole).toInt(), -1);

        // undo: the rows follow
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), int(doc.findings().size()));
        QCOMPARE(model.count(Severity::Error), 0);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), int(Validator::validate(Configuration()).size() + Linter::lint(Configuration()).size()));
    }

    void updatesKeepUnchangedRows()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit"),
                      std::vector<std::string>{"CORP\\a"});
        FindingsModel model(&doc);
        const int before = model.rowCount();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit"),
                      std::vector<std::string>{"CORP\\a", "x@y"});
        // the new helper.upn finding is inserted; no reset (views keep selection and scroll)
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.rowCount(), int(doc.findings().size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.finding(r), doc.findings()[std::size_t(r)]);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
