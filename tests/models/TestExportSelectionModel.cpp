#include "models/ExportSelectionModel.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

class TestExportSelectionModel : public QObject
{
    Q_OBJECT
private slots:
    void configuredPoliciesStartTicked()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Disabled);
        PolicyTreeModel tree(&doc);
        ExportSelectionModel model(&tree);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QStringList names;
        QList<Qt::CheckState> states;
        for (int r = 0; r < 4; ++r) {
            names << model.index(r, 0).data().toString();
            states << model.index(r, 0).data(Qt::CheckStateRole).value<Qt::CheckState>();
            QVERIFY(model.flags(model.index(r, 0)).testFlag(Qt::ItemIsUserCheckable));
        }
        QCOMPARE(names, (QStringList{"Customize warning messages", "Turn on session logging",
                                     "Configure Solicited Remote Assistance", "Configure Offer Remote Assistance"}));
        QCOMPARE(states, (QList<Qt::CheckState>{Qt::Unchecked, Qt::Checked, Qt::Unchecked, Qt::Checked}));
        QCOMPARE(model.checkedPolicies(),
                 (std::set<PolicyId>{PolicyId::SessionLogging, PolicyId::UnsolicitedRemoteAssistance}));
        QCOMPARE(model.indexOf(PolicyId::SolicitedRemoteAssistance), model.index(2, 0));
    }

    void tickingByTheUser()
    {
        PolicyDocument doc;
        PolicyTreeModel tree(&doc);
        ExportSelectionModel model(&tree);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ExportSelectionModel::checkedPoliciesChanged);
        QCOMPARE(model.checkedPolicies(), std::set<PolicyId>{});
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedPolicies(),
                 (std::set<PolicyId>{PolicyId::CustomizeWarningMessages, PolicyId::SolicitedRemoteAssistance}));
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedPolicies(), std::set<PolicyId>{PolicyId::SolicitedRemoteAssistance});

        model.checkAll();
        QCOMPARE(model.checkedPolicies().size(), std::size_t(4));
        model.uncheckAll();
        QCOMPARE(model.checkedPolicies(), std::set<PolicyId>{});
        doc.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        model.checkConfigured();
        QCOMPARE(model.checkedPolicies(), std::set<PolicyId>{PolicyId::SolicitedRemoteAssistance});
        model.setCheckedPolicies({PolicyId::SessionLogging});
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }
};

QTEST_MAIN(TestExportSelectionModel)
#include "TestExportSelectionModel.moc"
