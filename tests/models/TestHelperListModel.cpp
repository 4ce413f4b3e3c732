#include "core/Error.h"
#include "core/Validator.h"
#include "models/HelperListModel.h"
#include "models/PolicyDocument.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ra;

namespace {
const std::string kList = "RA_Unsolicit_DACL_Edit";

std::vector<std::string> docList(const PolicyDocument& doc)
{
    return doc.configuration().list(PolicyId::UnsolicitedRemoteAssistance, kList);
}

QStringList rows(const HelperListModel& m, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r).data(role).toString();
    return out;
}
} // namespace

class TestHelperListModel : public QObject
{
    Q_OBJECT
private slots:
    void addEditRemoveAreUndoable()
    {
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(model.rowCount(), 0);

        QCOMPARE(model.addHelper(QStringLiteral("CORP\\Helpdesk")), 0);
        QCOMPARE(model.addHelper(QStringLiteral("CORP\\alice")), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(docList(doc), (std::vector<std::string>{"CORP\\Helpdesk", "CORP\\alice"}));
        QCOMPARE(doc.undoStack()->count(), 2);

        // edit in place
        QVERIFY(model.flags(model.index(1)).testFlag(Qt::ItemIsEditable));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), QStringLiteral("CORP\\bob")));
        QCOMPARE(model.index(1).data(Qt::EditRole).toString(), QStringLiteral("CORP\\bob"));
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1));
        QCOMPARE(doc.undoStack()->count(), 3);
        QVERIFY(model.setData(model.index(1), QStringLiteral("CORP\\bob"))); // unchanged: no command
        QCOMPARE(doc.undoStack()->count(), 3);

        // remove, then undo everything step by step
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(rows(model), QStringList{QStringLiteral("CORP\\bob")});
        doc.undoStack()->undo();
        QCOMPARE(rows(model), (QStringList{"CORP\\Helpdesk", "CORP\\bob"}));
        doc.undoStack()->undo();
        QCOMPARE(rows(model), (QStringList{"CORP\\Helpdesk", "CORP\\alice"}));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        doc.undoStack()->redo();
        QCOMPARE(rows(model), QStringList{QStringLiteral("CORP\\Helpdesk")});

        QVERIFY(!model.removeRows(3, 1));
        QVERIFY(!model.insertRows(5, 1));
    }

    void invalidRowsAreMarked()
    {
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addHelpers({QStringLiteral("CORP\\Helpdesk"), QStringLiteral("alice@corp.example"),
                          QStringLiteral("corp\\HELPDESK"), QStringLiteral(" CORP\\bob"),
                          QStringLiteral("corp.example.com\\carol"), QStringLiteral("S-1-5-32-544")});
        QCOMPARE(doc.undoStack()->count(), 1);

        const std::vector<std::string> entries = docList(doc);
        const std::vector<Finding> findings = Validator::validateHelpers(entries);
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList codes, messages;
            int worst = -1;
            for (const Finding& f : findings)
                if (f.row == r) {
                    codes << QString::fromStdString(f.code);
                    messages << QString::fromStdString(f.message);
                    worst = std::max(worst, int(f.severity));
                }
            const QModelIndex i = model.index(r);
            QCOMPARE(i.data(HelperListModel::CodesRole).toStringList(), codes);
            QCOMPARE(i.data(HelperListModel::MessagesRole).toStringList(), messages);
            QCOMPARE(i.data(HelperListModel::SeverityRole).toInt(), worst);
            QCOMPARE(i.data(Qt::ToolTipRole).toString(), messages.join(QLatin1Char('\n')));
            QCOMPARE(i.data(Qt::DecorationRole).value<QIcon>().isNull(), worst < 0);
        }
        QCOMPARE(model.index(0).data(HelperListModel::InvalidRole).toBool(), false);
        QCOMPARE(model.index(0).data(HelperListModel::SeverityRole).toInt(), -1);
        QVERIFY(!model.index(0).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(1).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.upn")});
        QCOMPARE(model.index(1).data(HelperListModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Helper entry 2 (\"alice@corp.example\") is a user principal name (user@domain); write "
                                "it as DOMAIN\\Name, for example CORP\\alice."));
        QCOMPARE(model.index(2).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.duplicate")});
        QCOMPARE(model.index(3).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.whitespace")});
        QCOMPARE(model.index(4).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.dns-domain")});
        QCOMPARE(model.index(4).data(HelperListModel::SeverityRole).toInt(), int(Severity::Warning));
        QCOMPARE(model.index(4).data(HelperListModel::InvalidRole).toBool(), true);
        QCOMPARE(model.index(5).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.sid")});
        QCOMPARE(model.invalidCount(), 5);

        // fixing the first of two duplicates clears the marker on the other row too
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0), QStringLiteral("CORP\\Support")));
        QCOMPARE(model.index(2).data(HelperListModel::InvalidRole).toBool(), false);
        bool row2Reported = false;
        for (const auto& args : changed)
            row2Reported = row2Reported || (args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2);
        QVERIFY(row2Reported);
        QCOMPARE(model.invalidCount(), 4);

        // an inserted row is empty and flagged until typed in
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.index(0).data().toString(), QString());
        QCOMPARE(model.index(0).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.empty")});
        QVERIFY(model.setData(model.index(0), QStringLiteral("CORP\\dave")));
        QCOMPARE(model.index(0).data(HelperListModel::InvalidRole).toBool(), false);
    }

    void pasteManyLines()
    {
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.pasteText(QStringLiteral("CORP\\a\r\n  CORP\\b  \n\n\"CORP\\Help Desk\"; CORP\\c,CORP\\d\tCORP\\e\n")), 6);
        QCOMPARE(rows(model), (QStringList{"CORP\\a", "CORP\\b", "CORP\\Help Desk", "CORP\\c", "CORP\\d", "CORP\\e"}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(model.pasteText(QStringLiteral(" \n ")), 0);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
    }

    void parseText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("expected");
        const int lines = int(HelperListModel::TextFormat::Lines);
        const int csv = int(HelperListModel::TextFormat::Csv);
        const int automatic = int(HelperListModel::TextFormat::Auto);
        QTest::newRow("lines") << QStringLiteral("CORP\\a\n\n  CORP\\b\r\n") << lines << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("lines keep commas") << QStringLiteral("CORP\\a,b\n") << lines << QStringList{"CORP\\a,b"};
        QTest::newRow("auto lines") << QStringLiteral("\xfeff" "CORP\\a\nCORP\\b") << automatic << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("csv first column") << QStringLiteral("CORP\\a,Alice\nCORP\\b,Bob\n") << automatic
                                          << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("csv header") << QStringLiteral("Name;Comment\r\nCORP\\a;first\r\n\r\nCORP\\b;\"x;y\"\r\n") << csv
                                    << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("csv named column") << QStringLiteral("Comment,Helper\nx,CORP\\a\n\"multi\nline\",CORP\\b\n") << csv
                                          << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("csv domain + name") << QStringLiteral("Domain\tSamAccountName\nCORP\talice\nCORP\tOTHER\\bob\n") << csv
                                           << QStringList{"CORP\\alice", "OTHER\\bob"};
        QTest::newRow("csv quotes") << QStringLiteral("\"CORP\\Help Desk\",\"a \"\"b\"\"\"\n") << csv
                                    << QStringList{"CORP\\Help Desk"};
        QTest::newRow("csv without separator") << QStringLiteral("CORP\\a\nCORP\\b\n") << csv << QStringList{"CORP\\a", "CORP\\b"};
        QTest::newRow("empty") << QString() << automatic << QStringList{};
    }

    void parseText()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(QStringList, expected);
        QCOMPARE(HelperListModel::parseHelperText(text, static_cast<HelperListModel::TextFormat>(format)), expected);
    }

    void importFiles()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString csvPath = tmp.filePath(QStringLiteral("helpers.CSV"));
        {
            QFile f(csvPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
            f.write(utf16.encode(QStringLiteral("Helper,Comment\r\nCORP\\Jürgen,Tier 2\r\nCORP\\Zoë,Tier 1\r\n")));
        }
        const QString txtPath = tmp.filePath(QStringLiteral("helpers.txt"));
        {
            QFile f(txtPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CORP\\Ren\xe9\r\nCORP\\b\r\n"); // Windows-1252, not UTF-8
        }
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.importFile(csvPath), 2);
        QCOMPARE(model.importFile(txtPath), 2);
        QCOMPARE(rows(model), (QStringList{"CORP\\Jürgen", "CORP\\Zoë", "CORP\\René", "CORP\\b"}));
        QCOMPARE(doc.undoStack()->count(), 2);
        try {
            model.importFile(tmp.filePath(QStringLiteral("missing.txt")));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.what()),
                     tmp.filePath(QStringLiteral("missing.txt")) + QStringLiteral(": cannot be read: No such file or directory"));
        }
        QCOMPARE(model.importText(QStringLiteral("Name\nCORP\\c\n"), HelperListModel::TextFormat::Csv), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void sortAndRemoveMany()
    {
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addHelpers({QStringLiteral("corp\\b"), QStringLiteral("CORP\\a"), QStringLiteral("CORP\\C")});
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(rows(model), (QStringList{"CORP\\a", "corp\\b", "CORP\\C"}));
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(rows(model), (QStringList{"CORP\\C", "corp\\b", "CORP\\a"}));
        QCOMPARE(doc.undoStack()->count(), 3);
        model.sort(0, Qt::DescendingOrder); // already sorted: nothing to undo
        QCOMPARE(doc.undoStack()->count(), 3);
        model.removeHelpers({2, 0, 2});
        QCOMPARE(rows(model), QStringList{QStringLiteral("corp\\b")});
        QCOMPARE(doc.undoStack()->count(), 4);
        doc.undoStack()->undo();
        QCOMPARE(rows(model), (QStringList{"CORP\\C", "corp\\b", "CORP\\a"}));
    }

    void followsDocumentLoad()
    {
        PolicyDocument doc;
        HelperListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addHelper(QStringLiteral("CORP\\a"));
        Configuration loaded;
        loaded.setOption(PolicyId::UnsolicitedRemoteAssistance, kList,
                         std::vector<std::string>{"X\\1", "X\\2", "bad"});
        doc.load(loaded, {});
        QCOMPARE(rows(model), (QStringList{"X\\1", "X\\2", "bad"}));
        QCOMPARE(model.index(2).data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.no-backslash")});
        QCOMPARE(model.roleNames().value(HelperListModel::InvalidRole), QByteArray("invalid"));
    }
};

QTEST_MAIN(TestHelperListModel)
#include "TestHelperListModel.moc"
