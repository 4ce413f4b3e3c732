#include "ShoutingTranslator.h"
#include "models/AllSettingsModel.h"
#include "models/ExplainTextProvider.h"
#include "models/PolicyDocument.h"
#include "models/PolicySearchProxyModel.h"
#include "models/PolicyTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ra;

namespace {
const QString kAdmxDir = QStringLiteral(RA_CORPUS_DIR "/admx");

QStringList column0(const QAbstractItemModel& m, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(role).toString();
    return out;
}

QImage iconImage(const QVariant& v)
{
    return v.value<QIcon>().pixmap(16, 16).toImage();
}
} // namespace

class TestPolicyTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void treeStructure()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.columnCount(), 1);
        QCOMPARE(tree.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Setting"));
        QModelIndex node = tree.index(0, 0);
        QStringList path;
        while (node.isValid()) {
            path << node.data().toString();
            QCOMPARE(node.data(PolicyTreeModel::NodeKindRole).toInt(), int(PolicyTreeModel::NodeKind::Category));
            QCOMPARE(node.data(PolicyTreeModel::PolicyIdRole).toInt(), -1);
            QVERIFY(!node.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!node.data(PolicyTreeModel::StateRole).isValid());
            node = tree.rowCount(node) == 1 ? tree.index(0, 0, node) : QModelIndex();
            if (!node.isValid())
                break;
        }
        QCOMPARE(path, (QStringList{"Computer Configuration", "Administrative Templates", "System", "Remote Assistance"}));
        const QModelIndex ra = tree.indexOf(PolicyTreeModel::CategoryNode::RemoteAssistance);
        QCOMPARE(tree.rowCount(ra), 4);
        QStringList names;
        for (int r = 0; r < 4; ++r)
            names << tree.index(r, 0, ra).data().toString();
        QCOMPARE(names, (QStringList{"Customize warning messages", "Turn on session logging",
                                     "Configure Solicited Remote Assistance", "Configure Offer Remote Assistance"}));
        QCOMPARE(tree.indexOf(PolicyId::SolicitedRemoteAssistance), tree.index(2, 0, ra));
        QCOMPARE(tree.parent(tree.indexOf(PolicyId::SessionLogging)), ra);
        QCOMPARE(PolicyTreeModel::policyAt(tree.index(3, 0, ra)), std::optional<PolicyId>(PolicyId::UnsolicitedRemoteAssistance));
        QCOMPARE(PolicyTreeModel::policyAt(ra), std::optional<PolicyId>());
        QVERIFY(tree.flags(tree.index(3, 0, ra)).testFlag(Qt::ItemNeverHasChildren));
    }

    void policyRoles()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        const QModelIndex i = tree.indexOf(PolicyId::UnsolicitedRemoteAssistance);
        QCOMPARE(i.data(PolicyTreeModel::NodeKindRole).toInt(), int(PolicyTreeModel::NodeKind::Policy));
        QCOMPARE(i.data(PolicyTreeModel::PolicyIdRole).toInt(), 3);
        QCOMPARE(i.data(PolicyTreeModel::StateRole).toInt(), int(PolicyState::NotConfigured));
        QCOMPARE(i.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Not configured"));
        QCOMPARE(i.data(PolicyTreeModel::CspNameRole).toString(), QStringLiteral("UnsolicitedRemoteAssistance"));
        QCOMPARE(i.data(PolicyTreeModel::GpNameRole).toString(), QStringLiteral("RA_Unsolicit"));
        QCOMPARE(i.data(PolicyTreeModel::GpEnglishNameRole).toString(), QStringLiteral("Configure Offer Remote Assistance"));
        QCOMPARE(i.data(PolicyTreeModel::OmaUriRole).toString(),
                 QStringLiteral("./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/UnsolicitedRemoteAssistance"));
        QCOMPARE(i.data(PolicyTreeModel::RegistryKeyRole).toString(),
                 QStringLiteral("Software\\policies\\Microsoft\\Windows NT\\Terminal Services"));
        QCOMPARE(i.data(PolicyTreeModel::RegistryValueNamesRole).toStringList(),
                 (QStringList{"fAllowUnsolicited", "fAllowUnsolicitedFullControl"}));
        QCOMPARE(tree.indexOf(PolicyId::SolicitedRemoteAssistance).data(PolicyTreeModel::RegistryValueNamesRole).toStringList(),
                 (QStringList{"fAllowToGetHelp", "fAllowFullControl", "MaxTicketExpiry", "MaxTicketExpiryUnits", "fUseMailto"}));
        const QString summary = QString::fromStdString(Catalog::instance().policy(PolicyId::UnsolicitedRemoteAssistance).summary);
        QCOMPARE(i.data(PolicyTreeModel::ExplainTextRole).toString(), summary); // no ADMX folder
        QCOMPARE(i.data(PolicyTreeModel::SummaryRole).toString(), summary);
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), summary);
        QCOMPARE(i.data(PolicyTreeModel::SupportedOnRole).toString(),
                 QStringLiteral("At least Windows Server 2003 operating systems or Windows XP Professional"));
        QCOMPARE(i.data(PolicyTreeModel::CommentRole).toString(), QString());
        QCOMPARE(tree.roleNames().value(PolicyTreeModel::CspNameRole), QByteArray("cspName"));
    }

    void followsTheDocument()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        const QModelIndex i = tree.indexOf(PolicyId::SessionLogging);
        const QImage notConfigured = iconImage(i.data(Qt::DecorationRole));
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), i);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), i);
        QCOMPARE(i.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Enabled"));
        const QImage enabled = iconImage(i.data(Qt::DecorationRole));
        QVERIFY(!enabled.isNull());
        QVERIFY(enabled != notConfigured);
        doc.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        QVERIFY(iconImage(i.data(Qt::DecorationRole)) != enabled);

        // edits through the model are undoable document edits
        QVERIFY(tree.setData(i, int(PolicyState::NotConfigured), PolicyTreeModel::StateRole));
        QCOMPARE(doc.configuration().state(PolicyId::SessionLogging), PolicyState::NotConfigured);
        QVERIFY(tree.setData(i, QStringLiteral("Ticket 12"), PolicyTreeModel::CommentRole));
        QCOMPARE(i.data(PolicyTreeModel::CommentRole).toString(), QStringLiteral("Ticket 12"));
        QVERIFY(!tree.setData(i, 7, PolicyTreeModel::StateRole));
        QVERIFY(!tree.setData(tree.indexOf(PolicyTreeModel::CategoryNode::System), 1, PolicyTreeModel::StateRole));
        QCOMPARE(doc.undoStack()->count(), 4);
        doc.undoStack()->undo();
        QCOMPARE(i.data(PolicyTreeModel::CommentRole).toString(), QString());

        changed.clear();
        Configuration loaded;
        loaded.setState(PolicyId::CustomizeWarningMessages, PolicyState::Enabled);
        doc.load(loaded, {});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(tree.indexOf(PolicyId::CustomizeWarningMessages).data(PolicyTreeModel::StateRole).toInt(),
                 int(PolicyState::Enabled));
    }

    void explainTextFromAdml()
    {
        PolicyDocument doc;
        ExplainTextProvider texts;
        PolicyTreeModel tree(&doc, &texts);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        texts.setAdmxFolder(kAdmxDir, QStringLiteral("en_US"));
        QCOMPARE(changed.count(), 2); // the category name and the four policies
        const QModelIndex i = tree.indexOf(PolicyId::SessionLogging);
        QCOMPARE(i.data(PolicyTreeModel::ExplainTextRole).toString(),
                 QStringLiteral("This policy setting allows you to turn logging on or off. Log files are located in the "
                                "user's Documents folder under Remote Assistance.\n\nIf you enable this policy setting, "
                                "log files are generated.\n\nIf you disable this policy setting, log files are not "
                                "generated.\n\nIf you do not configure this setting, application-based settings are used."));
        QCOMPARE(i.data().toString(), QStringLiteral("Turn on session logging"));
        QCOMPARE(tree.indexOf(PolicyTreeModel::CategoryNode::RemoteAssistance).data().toString(),
                 QStringLiteral("Remote Assistance"));
    }

    void allSettingsChain()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        AllSettingsModel all(&tree);
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(all.rowCount(), 4);
        QCOMPARE(all.columnCount(), 3);
        QCOMPARE(all.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Setting"));
        QCOMPARE(all.headerData(1, Qt::Horizontal).toString(), QStringLiteral("State"));
        QCOMPARE(all.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Comment"));
        QCOMPARE(column0(all), (QStringList{"Customize warning messages", "Turn on session logging",
                                            "Configure Solicited Remote Assistance", "Configure Offer Remote Assistance"}));
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(all.index(r, 1).data().toString(), QStringLiteral("Not configured"));
            QCOMPARE(all.index(r, 2).data().toString(), QString());
            QVERIFY(!all.hasChildren(all.index(r, 0)));
            // policy roles on every column
            QCOMPARE(all.index(r, 2).data(PolicyTreeModel::PolicyIdRole).toInt(), r);
        }
        QCOMPARE(all.policyAt(all.index(1, 2)), std::optional<PolicyId>(PolicyId::SessionLogging));
        QCOMPARE(all.indexOf(PolicyId::SolicitedRemoteAssistance), all.index(2, 0));

        QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        QCOMPARE(all.index(3, 1).data().toString(), QStringLiteral("Enabled"));
        bool stateColumnReported = false;
        for (const auto& args : changed)
            stateColumnReported = stateColumnReported
                || (args.at(0).toModelIndex().row() <= 3 && args.at(1).toModelIndex().row() >= 3
                    && args.at(0).toModelIndex().column() <= 1 && args.at(1).toModelIndex().column() >= 1);
        QVERIFY(stateColumnReported);

        // the Comment column is editable and writes an undoable comment
        QVERIFY(all.flags(all.index(0, 2)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!all.flags(all.index(0, 1)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!all.flags(all.index(0, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(all.setData(all.index(0, 2), QStringLiteral("approved by CAB")));
        QCOMPARE(doc.configuration().comment(PolicyId::CustomizeWarningMessages), std::string("approved by CAB"));
        QCOMPARE(all.index(0, 2).data().toString(), QStringLiteral("approved by CAB"));
        doc.undoStack()->undo();
        QCOMPARE(all.index(0, 2).data().toString(), QString());
    }

    void search_data()
    {
        QTest::addColumn<bool>("admx");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString options = QStringLiteral("CustomizeWarningMessages");
        const QString logging = QStringLiteral("SessionLogging");
        const QString solicit = QStringLiteral("SolicitedRemoteAssistance");
        const QString offer = QStringLiteral("UnsolicitedRemoteAssistance");
        QTest::newRow("empty") << false << QString() << QStringList{options, logging, solicit, offer};
        QTest::newRow("blank") << false << QStringLiteral("   ") << QStringList{options, logging, solicit, offer};
        QTest::newRow("display name") << false << QStringLiteral("session log") << QStringList{logging};
        QTest::newRow("csp name") << false << QStringLiteral("customizewarning") << QStringList{options};
        QTest::newRow("gp name") << false << QStringLiteral("RA_SOLICIT") << QStringList{solicit};
        QTest::newRow("gp name prefix") << false << QStringLiteral("ra_") << QStringList{options, logging, solicit, offer};
        QTest::newRow("value name") << false << QStringLiteral("maxticketexpiry") << QStringList{solicit};
        QTest::newRow("value name 2") << false << QStringLiteral("fAllowUnsolicitedFullControl") << QStringList{offer};
        QTest::newRow("value name 3") << false << QStringLiteral("ViewMessage") << QStringList{options};
        QTest::newRow("summary") << false << QStringLiteral("invitation") << QStringList{solicit, offer};
        QTest::newRow("all words") << false << QStringLiteral("invitation take control") << QStringList{offer};
        QTest::newRow("nothing") << false << QStringLiteral("bandwidth") << QStringList{};
        QTest::newRow("adml explain") << true << QStringLiteral("firewall exceptions") << QStringList{solicit, offer};
        QTest::newRow("adml explain 2") << true << QStringLiteral("SMAPI") << QStringList{solicit};
        QTest::newRow("adml explain 3") << true << QStringLiteral("novice") << QStringList{options};
        QTest::newRow("adml explain 4") << true << QStringLiteral("raserver.exe") << QStringList{offer};
    }

    void search()
    {
        QFETCH(bool, admx);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        PolicyDocument doc;
        ExplainTextProvider texts;
        if (admx)
            texts.setAdmxFolder(kAdmxDir, QStringLiteral("en_US"));
        PolicyTreeModel tree(&doc, &texts);
        AllSettingsModel all(&tree);
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setSearchText(text);
        QCOMPARE(all.searchText(), text);
        QCOMPARE(column0(all, PolicyTreeModel::CspNameRole), expected);
        all.setSearchText(QString());
        QCOMPARE(all.rowCount(), 4);
    }

    void retranslateTellsEveryRowAndHeader()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc, nullptr);
        AllSettingsModel all(&tree);
        QSignalSpy rows(&tree, &QAbstractItemModel::dataChanged);
        QSignalSpy treeHeader(&tree, &QAbstractItemModel::headerDataChanged);
        QSignalSpy allHeader(&all, &QAbstractItemModel::headerDataChanged);
        ShoutingTranslator shouting("ra::AllSettingsModel");
        tree.retranslate();
        all.retranslate();
        QSet<quintptr> told;
        for (const QList<QVariant>& signal : std::as_const(rows)) {
            const auto first = signal.at(0).value<QModelIndex>();
            const auto last = signal.at(1).value<QModelIndex>();
            for (int r = first.row(); r <= last.row(); ++r)
                told.insert(first.sibling(r, 0).internalId());
        }
        for (auto node : {PolicyTreeModel::CategoryNode::ComputerConfiguration,
                          PolicyTreeModel::CategoryNode::AdministrativeTemplates, PolicyTreeModel::CategoryNode::System,
                          PolicyTreeModel::CategoryNode::RemoteAssistance})
            QVERIFY2(told.contains(tree.indexOf(node).internalId()), qPrintable(tree.indexOf(node).data().toString()));
        for (PolicyId id : kAllPolicies)
            QVERIFY(told.contains(tree.indexOf(id).internalId()));
        QCOMPARE(treeHeader.count(), 1);
        QCOMPARE(allHeader.count(), 1);
        QCOMPARE(allHeader.at(0).at(1).toInt(), 0);
        QCOMPARE(allHeader.at(0).at(2).toInt(), 2);
        // the column titles are made when asked for, in the language in use
        QCOMPARE(all.headerData(AllSettingsModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("STATE"));
        QCOMPARE(all.headerData(AllSettingsModel::CommentColumn, Qt::Horizontal).toString(), QStringLiteral("COMMENT"));
    }

    void sortByColumns()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        AllSettingsModel all(&tree);
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setState(PolicyId::CustomizeWarningMessages, PolicyState::Disabled);
        doc.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        doc.setComment(PolicyId::SessionLogging, QStringLiteral("b"));
        doc.setComment(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("a"));

        all.sort(AllSettingsModel::SettingColumn, Qt::AscendingOrder);
        QCOMPARE(column0(all, PolicyTreeModel::GpNameRole), (QStringList{"RA_Unsolicit", "RA_Solicit", "RA_Options", "RA_Logging"}));
        all.sort(AllSettingsModel::StateColumn, Qt::AscendingOrder);
        // Not configured < Enabled < Disabled (stable among equals: previous order)
        QCOMPARE(column0(all, PolicyTreeModel::GpNameRole), (QStringList{"RA_Unsolicit", "RA_Logging", "RA_Solicit", "RA_Options"}));
        all.sort(AllSettingsModel::CommentColumn, Qt::DescendingOrder);
        QCOMPARE(column0(all, PolicyTreeModel::GpNameRole).mid(0, 2), (QStringList{"RA_Logging", "RA_Unsolicit"}));
        all.sort(-1);
        QCOMPARE(column0(all, PolicyTreeModel::GpNameRole), (QStringList{"RA_Options", "RA_Logging", "RA_Solicit", "RA_Unsolicit"}));
    }

    void leftOutPoliciesAreShownAsNotPartOfTheProfile()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        AllSettingsModel all(&tree);
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex offer = tree.indexOf(PolicyId::UnsolicitedRemoteAssistance);
        QCOMPARE(offer.data(PolicyTreeModel::IncludedRole).toBool(), true);
        QVERIFY(!offer.data(Qt::FontRole).isValid());

        Configuration loaded;
        loaded.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        doc.load(loaded, QStringLiteral("/tmp/partial.json"), QString(), {PolicyId::SessionLogging});
        QCOMPARE(offer.data(PolicyTreeModel::IncludedRole).toBool(), false);
        QCOMPARE(offer.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Not part of this profile"));
        QCOMPARE(offer.data(PolicyTreeModel::StateRole).toInt(), int(PolicyState::NotConfigured));
        QVERIFY(offer.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(offer.data(Qt::ToolTipRole).toString().endsWith(
            QStringLiteral("Not part of this profile: applying it leaves this policy as it is on the target. "
                           "Edit it to include it.")));
        const QModelIndex logging = tree.indexOf(PolicyId::SessionLogging);
        QCOMPARE(logging.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Disabled"));
        QVERIFY(!logging.data(Qt::FontRole).isValid());
        // the All settings view's state column says so too, in italics
        QCOMPARE(all.index(3, AllSettingsModel::StateColumn).data().toString(), QStringLiteral("Not part of this profile"));
        QVERIFY(all.index(3, AllSettingsModel::StateColumn).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(all.index(1, AllSettingsModel::StateColumn).data().toString(), QStringLiteral("Disabled"));

        // Editing includes it; the model reports the change.
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        QVERIFY(tree.setData(offer, int(PolicyState::Enabled), PolicyTreeModel::StateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(offer.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Enabled"));
        QCOMPARE(all.index(3, AllSettingsModel::StateColumn).data().toString(), QStringLiteral("Enabled"));
        doc.undoStack()->undo();
        QCOMPARE(all.index(3, AllSettingsModel::StateColumn).data().toString(), QStringLiteral("Not part of this profile"));
    }
};

QTEST_MAIN(TestPolicyTreeModel)
#include "TestPolicyTreeModel.moc"
