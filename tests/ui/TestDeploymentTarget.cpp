// GUI tests of the deployment target: the Firewall page's ticks, the Helpdesk Readiness page's
// target and checklist, the findings they feed, "Offer Remote Assistance to…" in the Tools menu,
// and the target saved in and opened from a profile. They drive the real widgets of the main
// window with QTest (under Xvfb).
#include "ShownMainWindow.h"

#include "core/Profile.h"
#include "models/FindingsModel.h"
#include "models/FirewallModel.h"
#include "models/PolicyDocument.h"
#include "ui/BackendsPanel.h"
#include "ui/DeploymentTargetEditor.h"
#include "ui/FindingsPanel.h"
#include "ui/FirewallView.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/OfferCommand.h"
#include "ui/PolicyPage.h"
#include "ui/ReadinessPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ra;
using namespace ra::ui;

namespace {
void click(QAbstractButton* b)
{
    QVERIFY(b);
    QVERIFY(b->isVisible());
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}

/// Presses Space on @p row of a list or tree of checkable rows (how a keyboard user ticks it).
void tickRow(QAbstractItemView* view, const QModelIndex& row)
{
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Space);
}

int findingRow(const FindingsModel* m, const char* code)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->finding(r).code == code)
            return r;
    return -1;
}

const Finding* finding(const PolicyDocument* doc, const char* code)
{
    for (const Finding& f : doc->findings())
        if (f.code == code)
            return &f;
    return nullptr;
}
} // namespace

class TestDeploymentTarget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path());
    }

    void enableOffer(MainWindow* w)
    {
        w->showPage(MainWindow::Page::Policies);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
    }

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
        LanguageManager::apply(QStringLiteral("en"));
    }

    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }

    void firewallTicksAreTheTargetFamilies()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        FirewallView* fw = w->firewallView();
        w->showPage(MainWindow::Page::Firewall);
        // XP SP2 ticked with the keyboard on the Firewall page…
        tickRow(fw->view(), fw->model()->indexOf(WindowsFamily::XpSp2));
        QCOMPARE(doc->deploymentTarget().families,
                 (std::vector<WindowsFamily>{WindowsFamily::VistaAndLater, WindowsFamily::XpSp2}));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change the target Windows versions"));
        // …is ticked in the readiness page's target too
        QListWidget* families = w->readinessPanel()->targetEditor()->familiesView();
        QCOMPARE(families->count(), 3);
        QCOMPARE(families->item(1)->text(), QStringLiteral("Windows XP SP2 and Windows XP Professional x64 Edition SP1"));
        QCOMPARE(families->item(0)->checkState(), Qt::Checked);
        QCOMPARE(families->item(1)->checkState(), Qt::Checked);
        QCOMPARE(families->item(2)->checkState(), Qt::Unchecked);

        // netsh: each family in its own context, XP with netsh firewall
        click(fw->copyNetshButton());
        const QString netsh = QApplication::clipboard()->text();
        QCOMPARE(netsh, fw->model()->netshCommands());
        QCOMPARE(fw->commandsView()->toPlainText(), netsh);
        const QString xpBlock = netsh.mid(netsh.indexOf(QStringLiteral("REM Windows XP")));
        QVERIFY(xpBlock.startsWith(QStringLiteral(
            "REM Windows XP SP2 and Windows XP Professional x64 Edition SP1\n"
            "netsh firewall add portopening protocol=TCP port=135 name=\"Offer Remote Assistance (TCP 135)\" mode=ENABLE "
            "scope=ALL profile=DOMAIN\n")));
        QVERIFY(!xpBlock.contains(QStringLiteral("advfirewall")));
        QVERIFY(netsh.startsWith(QStringLiteral("REM Windows Vista and later\nnetsh advfirewall firewall add rule ")));
        QCOMPARE(fw->statusLabel()->text(), QStringLiteral("netsh lines copied."));

        // PowerShell: New-NetFirewallRule for Vista and later only; XP is named, without a cmdlet
        click(fw->copyPowerShellButton());
        const QString ps = QApplication::clipboard()->text();
        QVERIFY(ps.contains(QStringLiteral("New-NetFirewallRule -DisplayName 'Offer Remote Assistance (msra.exe)'")));
        QVERIFY(ps.endsWith(QStringLiteral("# Windows XP SP2 and Windows XP Professional x64 Edition SP1\n"
                                           "# No PowerShell cmdlet for firewall rules on this version; use the netsh "
                                           "lines.\n")));
        QCOMPARE(fw->contextNoteLabel()->text(),
                 QStringLiteral("Windows XP SP2 and Windows Server 2003 SP1 have neither netsh advfirewall nor a "
                                "PowerShell cmdlet: their lines use netsh firewall, and PowerShell only names them. "
                                "New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later."));

        // Vista unticked on the readiness page: only XP is left, which has no PowerShell cmdlet
        w->showPage(MainWindow::Page::Readiness);
        tickRow(families, families->model()->index(0, 0));
        QCOMPARE(doc->deploymentTarget().families, std::vector<WindowsFamily>{WindowsFamily::XpSp2});
        QCOMPARE(fw->model()->checkedFamilies(), std::vector<WindowsFamily>{WindowsFamily::XpSp2});
        QVERIFY(!fw->copyPowerShellButton()->isEnabled());
        QCOMPARE(fw->copyPowerShellButton()->toolTip(),
                 QStringLiteral("None of the ticked Windows versions has a PowerShell cmdlet for firewall rules."));
        QCOMPARE(fw->commandsView()->toPlainText(), fw->model()->netshCommands()); // back to netsh
        QVERIFY(!fw->commandsView()->toPlainText().contains(QStringLiteral("advfirewall")));

        // undo comes back to both pages
        doc->undoStack()->undo();
        QCOMPARE(fw->model()->checkedFamilies(),
                 (std::vector<WindowsFamily>{WindowsFamily::VistaAndLater, WindowsFamily::XpSp2}));
        QCOMPARE(families->item(0)->checkState(), Qt::Checked);
        QVERIFY(fw->copyPowerShellButton()->isEnabled());
    }

    void confirmingTheFirewallSatisfiesTheLint()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        ReadinessPanel* ready = w->readinessPanel();
        enableOffer(w.get());
        QVERIFY(finding(doc, "offer.firewall"));
        QVERIFY(!ready->isDone(ReadinessPanel::Item::Firewall));
        QCOMPARE(ready->detailLabel(ReadinessPanel::Item::Firewall)->text(),
                 QStringLiteral("Not yet confirmed for: Windows Vista and later. Deploy their exceptions (the commands "
                                "are on the Firewall page), then confirm below."));

        // confirmed on the Firewall page
        w->showPage(MainWindow::Page::Firewall);
        FirewallView* fw = w->firewallView();
        QCOMPARE(fw->deployedCheckBox()->text(),
                 QStringLiteral("The exceptions of the ticked Windows versions are &deployed on their computers"));
        click(fw->deployedCheckBox());
        QVERIFY(!finding(doc, "offer.firewall"));
        QCOMPARE(doc->deploymentTarget().firewallDeployed, std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
        QVERIFY(ready->isDone(ReadinessPanel::Item::Firewall));
        QVERIFY(ready->firewallDeployedCheckBox()->isChecked());
        QCOMPARE(ready->detailLabel(ReadinessPanel::Item::Firewall)->text(),
                 QStringLiteral("Deployed for: Windows Vista and later."));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Confirm the firewall exceptions as deployed"));

        // a new target family is not confirmed: the warning names just that one
        tickRow(fw->view(), fw->model()->indexOf(WindowsFamily::Server2003Sp1));
        const Finding* left = finding(doc, "offer.firewall");
        QVERIFY(left);
        QCOMPARE(left->args, std::vector<std::string>{"server2003-sp1"});
        QVERIFY(!fw->deployedCheckBox()->isChecked());
        QVERIFY(!ready->isDone(ReadinessPanel::Item::Firewall));
        QCOMPARE(ready->detailLabel(ReadinessPanel::Item::Firewall)->text(),
                 QStringLiteral("Not yet confirmed for: Windows Server 2003 SP1. Deploy their exceptions (the commands "
                                "are on the Firewall page), then confirm below."));

        // confirmed on the readiness page this time
        w->showPage(MainWindow::Page::Readiness);
        click(ready->firewallDeployedCheckBox());
        QVERIFY(!finding(doc, "offer.firewall"));
        QVERIFY(fw->deployedCheckBox()->isChecked());
        QVERIFY(ready->isDone(ReadinessPanel::Item::Firewall));
        // and withdrawn again
        click(ready->firewallDeployedCheckBox());
        QCOMPARE(finding(doc, "offer.firewall")->args, (std::vector<std::string>{"vista", "server2003-sp1"}));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Withdraw the firewall confirmation"));
    }

    void featureIsConfirmedPerDeploymentAndApartFromThisComputer()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        ReadinessPanel* ready = w->readinessPanel();
        w->showPage(MainWindow::Page::Readiness);
        QVERIFY(!ready->isDone(ReadinessPanel::Item::Feature));
        QVERIFY(!ready->goButton(ReadinessPanel::Item::Feature));
        QCOMPARE(ready->itemLabel(ReadinessPanel::Item::Feature)->text(),
                 QStringLiteral("The Remote Assistance feature is present on the target computers"));
        click(ready->featurePresentCheckBox());
        QVERIFY(ready->isDone(ReadinessPanel::Item::Feature));
        QVERIFY(doc->deploymentTarget().featurePresent);
        QVERIFY(doc->isModified());
        doc->undoStack()->undo();
        QVERIFY(!ready->isDone(ReadinessPanel::Item::Feature));
        QVERIFY(!ready->featurePresentCheckBox()->isChecked());
        // this computer's msra.exe is a line of its own, not the checklist item
        if (!OfferCommand::isSupportedPlatform())
            QCOMPARE(ready->helpdeskComputerLabel()->text(),
                     QStringLiteral("This computer does not run Windows, so it cannot offer help; offer it from a "
                                    "Windows computer of the helpdesk."));
        QVERIFY(!ReadinessPanel::canOfferFromHere(QStringLiteral("/nonexistent/msra.exe")));
        // a new document has its own, unconfirmed checklist
        click(ready->featurePresentCheckBox());
        QVERIFY(w->newDocument());
        QVERIFY(!ready->isDone(ReadinessPanel::Item::Feature));
        QCOMPARE(doc->deploymentTarget(), DeploymentTarget{});
    }

    void targetEditorFeedsTheLinterLive()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        w->selectPolicy(PolicyId::SessionLogging);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        w->showPage(MainWindow::Page::Readiness);
        DeploymentTargetEditor* target = w->readinessPanel()->targetEditor();
        QListWidget* editions = target->editionsView();
        QCOMPARE(editions->count(), 7);
        QCOMPARE(editions->item(2)->text(), QStringLiteral("Business"));
        QVERIFY(findingRow(w->findingsPanel()->model(), "sku.not-available") < 0);
        tickRow(editions, editions->model()->index(2, 0));
        QCOMPARE(doc->deploymentTarget().editions, std::vector<Edition>{Edition::Business});
        const int sku = findingRow(w->findingsPanel()->model(), "sku.not-available");
        QVERIFY(sku >= 0);
        QCOMPARE(w->findingsPanel()->model()->finding(sku).args,
                 (std::vector<std::string>{"Business", "SessionLogging"}));

        // Pro as well (Business has no footnote build for the MDM check)
        tickRow(editions, editions->model()->index(1, 0));
        QCOMPARE(doc->deploymentTarget().editions, (std::vector<Edition>{Edition::Pro, Edition::Business}));

        // the oldest build, typed; MDM follows the Deliver page
        QSpinBox* build = target->buildSpinBox();
        QCOMPARE(build->text(), QStringLiteral("Not specified"));
        build->setFocus();
        build->selectAll();
        QTest::keyClicks(build, QStringLiteral("10240"));
        QCOMPARE(doc->deploymentTarget().minimumBuild, 0u); // not per digit
        QTest::keyClick(build, Qt::Key_Return);
        QCOMPARE(doc->deploymentTarget().minimumBuild, 10240u);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change the oldest target build"));
        QVERIFY(!finding(doc, "mdm.min-build"));
        QVERIFY(!doc->mdmDelivery());
        QCOMPARE(target->deliveryLabel()->text(),
                 QStringLiteral("Delivery: Group Policy or the registry, as chosen on the Deliver page. With Intune "
                                "or SyncML, the builds MDM needs are checked too."));
        w->backendsPanel()->setKind(BackendKind::Intune);
        QVERIFY(doc->mdmDelivery());
        QVERIFY(finding(doc, "mdm.min-build"));
        QCOMPARE(finding(doc, "mdm.min-build")->args, (std::vector<std::string>{"1607", "14393", "10240"}));
        QCOMPARE(target->deliveryLabel()->text(),
                 QStringLiteral("Delivery: through MDM (Policy CSP), as chosen on the Deliver page (Intune or "
                                "SyncML)."));
        w->backendsPanel()->setKind(BackendKind::SyncMlFile);
        QVERIFY(finding(doc, "mdm.min-build"));
        w->backendsPanel()->setKind(BackendKind::GpoBackupFolder);
        QVERIFY(!finding(doc, "mdm.min-build"));
        w->backendsPanel()->setKind(BackendKind::Intune);
        build->setFocus();
        build->selectAll();
        QTest::keyClicks(build, QStringLiteral("14393"));
        QTest::keyClick(build, Qt::Key_Return);
        QVERIFY(!finding(doc, "mdm.min-build"));
        w->backendsPanel()->setKind(BackendKind::GpoBackupFolder);
    }

    void deploymentFindingsGoWhereTheyAreFixed()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        enableOffer(w.get());
        DeploymentTarget t = doc->deploymentTarget();
        t.editions = {Edition::Pro, Edition::Business};
        t.minimumBuild = 10240;
        doc->setDeploymentTarget(t, QStringLiteral("target"));
        w->backendsPanel()->setKind(BackendKind::Intune);
        FindingsPanel* panel = w->findingsPanel();
        QVERIFY(FindingsPanel::isDeploymentFinding(QStringLiteral("offer.firewall")));
        QVERIFY(!FindingsPanel::isDeploymentFinding(QStringLiteral("offer.no-helpers")));

        // offer.firewall (about the Offer policy): the Firewall page, its Windows versions focused
        w->showPage(MainWindow::Page::Policies);
        QTreeView* view = panel->view();
        view->setFocus();
        view->setCurrentIndex(panel->model()->index(findingRow(panel->model(), "offer.firewall"), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Firewall));
        QVERIFY(w->firewallView()->view()->hasFocus());

        // mdm.min-build (about no policy): the oldest build
        view->setFocus();
        view->setCurrentIndex(panel->model()->index(findingRow(panel->model(), "mdm.min-build"), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Readiness));
        QVERIFY(w->readinessPanel()->targetEditor()->buildSpinBox()->hasFocus());

        // sku.not-available: the editions
        panel->activateRow(findingRow(panel->model(), "sku.not-available"));
        QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Readiness));
        QVERIFY(w->readinessPanel()->targetEditor()->editionsView()->hasFocus());

        // a policy's finding still goes to its field
        panel->activateRow(findingRow(panel->model(), "offer.no-helpers"));
        QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Policies));
        QCOMPARE(w->currentPolicy(), PolicyId::UnsolicitedRemoteAssistance);
        w->backendsPanel()->setKind(BackendKind::GpoBackupFolder);
    }

    void offerActionInTheToolsMenu()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QAction* offer = w->offerAction();
        QMenu* tools = nullptr;
        for (QAction* a : w->menuBar()->actions())
            if (a->text() == QStringLiteral("&Tools"))
                tools = a->menu();
        QVERIFY(tools);
        QVERIFY(tools->actions().contains(offer));
        QCOMPARE(offer->text(), QStringLiteral("&Offer Remote Assistance to…"));
        QCOMPARE(offer->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(offer->isEnabled());

        // the keyboard shortcut from another page: the readiness page, the computer field focused
        w->showPage(MainWindow::Page::Policies);
        w->readinessPanel()->computerEdit()->setText(QStringLiteral("pc42"));
        w->treeView()->setFocus();
        QTest::keyClick(w->treeView(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Readiness));
        QLineEdit* computer = w->readinessPanel()->computerEdit();
        QVERIFY(computer->hasFocus());
        QCOMPARE(computer->selectedText(), QStringLiteral("pc42"));
        if (!OfferCommand::isSupportedPlatform()) {
            // elsewhere than Windows it says that it only works there
            QCOMPARE(w->readinessPanel()->offerNoteLabel()->text(),
                     QStringLiteral("Offering help starts msra.exe /offerRA and needs Windows; this computer does not "
                                    "run Windows."));
            QVERIFY(!w->readinessPanel()->offerButton()->isEnabled());
        }
        // the field still checks the name as it is typed
        QTest::keyClicks(computer, QStringLiteral("-x"));
        QCOMPARE(w->readinessPanel()->offerNoteLabel()->text(),
                 QStringLiteral("\"-x\" starts with \"-\"; a computer name or IP address never does."));
    }

    void targetIsSavedInTheProfileAndOpened()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("helpdesk.json"));
        DeploymentTarget expected;
        {
            auto w = makeWindow();
            QVERIFY(w);
            enableOffer(w.get());
            FirewallView* fw = w->firewallView();
            w->showPage(MainWindow::Page::Firewall);
            tickRow(fw->view(), fw->model()->indexOf(WindowsFamily::Server2003Sp1));
            click(fw->deployedCheckBox());
            w->showPage(MainWindow::Page::Readiness);
            QListWidget* editions = w->readinessPanel()->targetEditor()->editionsView();
            tickRow(editions, editions->model()->index(3, 0)); // Enterprise
            click(w->readinessPanel()->featurePresentCheckBox());
            expected = w->document()->deploymentTarget();
            QVERIFY(w->saveTo(file));
        }
        QCOMPARE(expected.families,
                 (std::vector<WindowsFamily>{WindowsFamily::VistaAndLater, WindowsFamily::Server2003Sp1}));
        QCOMPARE(expected.firewallDeployed, expected.families);
        QCOMPARE(expected.editions, std::vector<Edition>{Edition::Enterprise});
        QVERIFY(expected.featurePresent);
        const Profile saved = ProfileFormat::load(file.toStdString());
        QVERIFY(saved.integrityVerified);
        QVERIFY(saved.target.has_value());
        QCOMPARE(*saved.target, expected);

        auto w = makeWindow();
        QVERIFY(w);
        QVERIFY(w->openFile(file));
        QCOMPARE(w->document()->deploymentTarget(), expected);
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->firewallView()->model()->checkedFamilies(), expected.families);
        QVERIFY(w->firewallView()->deployedCheckBox()->isChecked());
        ReadinessPanel* ready = w->readinessPanel();
        QVERIFY(ready->isDone(ReadinessPanel::Item::Firewall));
        QVERIFY(ready->isDone(ReadinessPanel::Item::Feature));
        QCOMPARE(ready->targetEditor()->editionsView()->item(3)->checkState(), Qt::Checked);
        QVERIFY(!finding(w->document(), "offer.firewall"));

        // opened over other work (after Save/Discard), the profile is the document: its target, a
        // fresh undo history, not modified
        w->selectPolicy(PolicyId::SessionLogging);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        w->document()->loadDeploymentTarget(DeploymentTarget{});
        w->setConfirmReplaceFunction([](const Configuration&, const Configuration&, const QString&) { return true; });
        QVERIFY(w->openFile(file));
        QCOMPARE(w->document()->deploymentTarget(), expected);
        QCOMPARE(w->document()->undoStack()->count(), 0);
        QVERIFY(!w->isWindowModified());
    }

    void germanAndFrench()
    {
        auto w = makeWindow();
        QVERIFY(w);
        ReadinessPanel* ready = w->readinessPanel();
        LanguageManager::apply(QStringLiteral("de"));
        QApplication::processEvents();
        QCOMPARE(w->offerAction()->text(), QStringLiteral("&Remoteunterstützung anbieten für…"));
        QCOMPARE(ready->itemLabel(ReadinessPanel::Item::Feature)->text(),
                 QStringLiteral("Das Feature Remoteunterstützung ist auf den Zielcomputern vorhanden"));
        QCOMPARE(w->firewallView()->deployedCheckBox()->text(),
                 QStringLiteral("Die Ausnahmen der angehakten Windows-Versionen sind auf deren Computern &verteilt"));
        QCOMPARE(ready->targetEditor()->buildSpinBox()->text(), QStringLiteral("Nicht angegeben"));
        QVERIFY(w->firewallView()->model()->powerShellCommands().contains(
            QStringLiteral("# New-NetFirewallRule erfordert Windows 8 oder Windows Server 2012 oder höher")));

        LanguageManager::apply(QStringLiteral("fr"));
        QApplication::processEvents();
        QCOMPARE(w->offerAction()->text(), QStringLiteral("&Offrir l'assistance à distance à…"));
        QCOMPARE(ready->targetEditor()->buildSpinBox()->text(), QStringLiteral("Non indiqué"));
        QCOMPARE(ready->targetEditor()->editionsView()->item(0)->text(), QStringLiteral("Famille"));
    }
};

QTEST_MAIN(TestDeploymentTarget)
#include "TestDeploymentTarget.moc"
