// GUI tests of the console: they drive the real widgets of ra-console's main window with QTest
// (under Xvfb) and check the document, the files written and what every widget shows.
#include "MainWindowStates.h"
#include "ShownMainWindow.h"
#include "backends/GpoBackupReader.h"
#include "core/Profile.h"
#include "models/AllSettingsModel.h"
#include "models/ExplainTextProvider.h"
#include "models/FindingsModel.h"
#include "models/HelperListModel.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"
#include "models/SkuTableModel.h"
#include "ui/AboutDialog.h"
#include "ui/AppSettings.h"
#include "ui/BackendsPanel.h"
#include "ui/FindingsPanel.h"
#include "ui/FirewallView.h"
#include "ui/HelperListEditor.h"
#include "ui/HelperRowDelegate.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/MessageEditor.h"
#include "ui/OpenDiffDialog.h"
#include "ui/PolicyPage.h"
#include "ui/ReadinessPanel.h"
#include "ui/SessionRecovery.h"
#include "ui/SkuTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace ra;
using namespace ra::ui;

namespace {
const QString kCorpusBackup = QStringLiteral(RA_CORPUS_DIR "/gpo-backup/DoD - Windows 8 - Computer");
const QString kShareMessage = QStringLiteral(
    "You are about to allow other personnel to remotely control your system. You must monitor the activity "
    "until the session is closed.");
const QString kViewMessage = QStringLiteral(
    "You are about to allow other personnel to remotely connect to your system. Sensitive data should not be "
    "displayed during this session.");

/// Clicks a widget with the keyboard-free path a user takes with the mouse.
void click(QAbstractButton* b)
{
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path(),
                                 [this](const QString&, const QString& text, QMessageBox::StandardButtons) {
                                     m_asked << text;
                                     return m_answer;
                                 });
    }

    QTemporaryDir m_recovery;
    QStringList m_asked;
    QMessageBox::StandardButton m_answer = QMessageBox::Discard;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
        LanguageManager::apply(QStringLiteral("en"));
    }

    void init()
    {
        m_asked.clear();
        m_answer = QMessageBox::Discard;
    }

    void treeShowsCategoriesAndPolicies()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QTreeView* tree = w->treeView();
        const QModelIndex root = w->treeModel()->index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Computer Configuration"));
        QVERIFY(tree->visualRect(root).height() > 0);
        const QModelIndex policy = w->treeModel()->indexOf(PolicyId::SessionLogging);
        QVERIFY(tree->visualRect(policy).height() > 0);
        tree->setCurrentIndex(policy);
        QCOMPARE(w->currentPolicy(), PolicyId::SessionLogging);
    }

    void editCustomizeWarningMessages()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        w->selectPolicy(PolicyId::CustomizeWarningMessages);
        PolicyPage* page = w->policyPage();
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Customize warning messages"));
        QVERIFY(!page->optionsBox()->isEnabled());
        click(page->stateButton(PolicyState::Enabled));
        QCOMPARE(doc->configuration().state(PolicyId::CustomizeWarningMessages), PolicyState::Enabled);
        QVERIFY(page->optionsBox()->isEnabled());

        MessageEditor* share = page->messageEditor(QStringLiteral("RA_Options_Share_Control_Message"));
        QVERIFY(share);
        share->textEdit()->setFocus();
        QTest::keyClicks(share->textEdit(), QStringLiteral("Call 555 first"));
        QCOMPARE(doc->configuration().text(PolicyId::CustomizeWarningMessages, "RA_Options_Share_Control_Message"),
                 std::string("Call 555 first"));
        QCOMPARE(share->countLabel()->text(), QStringLiteral("14 / 1023 characters"));
        QCOMPARE(share->previewLabel()->text(), QStringLiteral("Call 555 first"));
        // Over the limit: the count says by how much; the validator reports it.
        share->textEdit()->setPlainText(QString(1030, QLatin1Char('x')));
        QCOMPARE(share->countLabel()->text(), QStringLiteral("1030 / 1023 characters — 7 too many"));
        QVERIFY(share->isOverLimit());
        bool lengthFinding = false;
        for (const Finding& f : doc->findings())
            lengthFinding = lengthFinding || (f.element == "RA_Options_Share_Control_Message" && f.severity == Severity::Error);
        QVERIFY(lengthFinding);

        page->commentEdit()->setFocus();
        QTest::keyClicks(page->commentEdit(), QStringLiteral("CHG-42"));
        QCOMPARE(doc->configuration().comment(PolicyId::CustomizeWarningMessages), std::string("CHG-42"));
        QVERIFY(w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));
    }

    void editSessionLoggingAndNavigate()
    {
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::CustomizeWarningMessages);
        w->nextAction()->trigger();
        QCOMPARE(w->currentPolicy(), PolicyId::SessionLogging);
        QCOMPARE(w->policyPage()->titleLabel()->text(), QStringLiteral("Turn on session logging"));
        click(w->policyPage()->stateButton(PolicyState::Disabled));
        QCOMPARE(w->document()->configuration().state(PolicyId::SessionLogging), PolicyState::Disabled);
        // The tree follows the page.
        QCOMPARE(PolicyTreeModel::policyAt(w->treeView()->currentIndex()), std::optional(PolicyId::SessionLogging));
        w->previousAction()->trigger();
        QCOMPARE(w->currentPolicy(), PolicyId::CustomizeWarningMessages);
        QVERIFY(!w->previousAction()->isEnabled());
    }

    void editSolicitedAndUndoRedo()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        PolicyPage* page = w->policyPage();
        click(page->stateButton(PolicyState::Enabled));
        QSpinBox* spin = page->spinBox(QStringLiteral("RA_Solicit_ExpireValue_Edt"));
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 99);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("12"));
        QTest::keyClick(spin, Qt::Key_Tab);
        QCOMPARE(doc->configuration().number(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt"), 12u);

        QComboBox* units = page->comboBox(QStringLiteral("RA_Solicit_ExpireUnits_List"));
        QVERIFY(units);
        QCOMPARE(units->count(), 3);
        QCOMPARE(units->itemText(0), QStringLiteral("Minutes"));
        units->setFocus();
        QTest::keyClick(units, Qt::Key_Down); // Hours → Days
        QCOMPARE(doc->configuration().number(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireUnits_List"), 2u);

        QComboBox* control = page->comboBox(QStringLiteral("RA_Solicit_Control_List"));
        QCOMPARE(control->itemText(0), QStringLiteral("Allow helpers to remotely control the computer"));
        control->setFocus();
        QTest::keyClick(control, Qt::Key_Down);
        QCOMPARE(doc->configuration().number(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_Control_List"), 0u);

        // Undo the last three edits one by one; the widgets follow.
        w->undoAction()->trigger();
        QCOMPARE(control->currentData().toUInt(), 1u);
        w->undoAction()->trigger();
        QCOMPARE(units->currentText(), QStringLiteral("Hours"));
        w->undoAction()->trigger();
        QCOMPARE(spin->value(), 1);
        w->undoAction()->trigger();
        QVERIFY(page->stateButton(PolicyState::NotConfigured)->isChecked());
        QVERIFY(!page->optionsBox()->isEnabled());
        QVERIFY(!w->isWindowModified());
        // Redo everything.
        for (int i = 0; i < 4; ++i)
            w->redoAction()->trigger();
        QVERIFY(page->stateButton(PolicyState::Enabled)->isChecked());
        QCOMPARE(spin->value(), 12);
        QCOMPARE(units->currentText(), QStringLiteral("Days"));
        QCOMPARE(control->currentData().toUInt(), 0u);
        QVERIFY(w->isWindowModified());
    }

    void editOfferAndMarkInvalidHelper()
    {
        auto w = makeWindow();
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        PolicyPage* page = w->policyPage();
        click(page->stateButton(PolicyState::Enabled));
        HelperListEditor* helpers = page->helperEditor();
        QVERIFY(helpers);
        QApplication::clipboard()->setText(QStringLiteral("CORP\\Helpdesk\nnot valid here\nCORP\\Tier2\n"));
        helpers->view()->setFocus();
        QTest::keySequence(helpers->view(), QKeySequence::Paste);
        const auto list = doc->configuration().list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit");
        QCOMPARE(list, (std::vector<std::string>{"CORP\\Helpdesk", "not valid here", "CORP\\Tier2"}));
        QAbstractItemModel* model = helpers->view()->model();
        QVERIFY(HelperRowDelegate::problem(model->index(0, 0)).isEmpty());
        QVERIFY(!HelperRowDelegate::problem(model->index(1, 0)).isEmpty());
        QVERIFY(HelperRowDelegate::problem(model->index(2, 0)).isEmpty());
        QCOMPARE(helpers->statusLabel()->text(), QStringLiteral("3 helper(s) — 1 invalid: see the marked rows."));
        // The invalid row is taller: the reason is drawn under it.
        QVERIFY(helpers->view()->visualRect(model->index(1, 0)).height()
                > helpers->view()->visualRect(model->index(0, 0)).height());

        // The finding points at row 1; activating it focuses that row.
        FindingsPanel* findings = w->findingsPanel();
        int findingRow = -1;
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            if (findings->model()->index(r, 0).data(FindingsModel::ListRowRole).toInt() == 1)
                findingRow = r;
        QVERIFY(findingRow >= 0);
        w->selectPolicy(PolicyId::SessionLogging);
        findings->activateRow(findingRow);
        QCOMPARE(w->currentPolicy(), PolicyId::UnsolicitedRemoteAssistance);
        QCOMPARE(page->helperEditor()->view()->currentIndex().row(), 1);
        QVERIFY(page->helperEditor()->view()->hasFocus());

        // Fix it in place (F2 opens the row's editor; the delegate commits through setData), then sort.
        QListView* view = page->helperEditor()->view();
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("not valid here"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("CORP\\Admins"));
        QCOMPARE(editor->text(), QStringLiteral("CORP\\Admins"));
        view->itemDelegate()->setModelData(editor, view->model(), view->currentIndex());
        QCOMPARE(page->helperEditor()->statusLabel()->text(), QStringLiteral("3 helper(s), all valid."));
        page->helperEditor()->sortEntries();
        QCOMPARE(doc->configuration().list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 (std::vector<std::string>{"CORP\\Admins", "CORP\\Helpdesk", "CORP\\Tier2"}));
        // The readiness checklist sees Offer RA and the domain group.
        QVERIFY(w->readinessPanel()->isDone(ReadinessPanel::Item::OfferEnabled));
        QVERIFY(w->readinessPanel()->isDone(ReadinessPanel::Item::HelperGroup));
    }

    void openCorpusGpoBackupShowsEveryState()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QVERIFY(w->openFile(kCorpusBackup));
        const Configuration& c = w->document()->configuration();
        QCOMPARE(c.state(PolicyId::CustomizeWarningMessages), PolicyState::Enabled);
        QCOMPARE(c.state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(c.state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        QCOMPARE(c.state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Disabled);
        QVERIFY(!w->isWindowModified());

        PolicyPage* page = w->policyPage();
        w->selectPolicy(PolicyId::CustomizeWarningMessages);
        QVERIFY(page->stateButton(PolicyState::Enabled)->isChecked());
        QVERIFY(page->optionsBox()->isEnabled());
        QCOMPARE(page->messageEditor(QStringLiteral("RA_Options_Share_Control_Message"))->text(), kShareMessage);
        QCOMPARE(page->messageEditor(QStringLiteral("RA_Options_Connect_Message"))->text(), kViewMessage);
        QCOMPARE(page->messageEditor(QStringLiteral("RA_Options_Connect_Message"))->countLabel()->text(),
                 QStringLiteral("%1 / 1023 characters").arg(kViewMessage.size()));
        QCOMPARE(page->supportedOnLabel()->text(), QStringLiteral("At least Windows Vista"));
        QCOMPARE(page->cspNodeLabel()->text(), QStringLiteral("CustomizeWarningMessages"));
        QCOMPARE(page->gpNameLabel()->text(), QStringLiteral("RA_Options"));
        QCOMPARE(page->gpEnglishNameLabel()->text(), QStringLiteral("Customize warning messages"));
        QCOMPARE(page->admxFileLabel()->text(), QStringLiteral("remoteassistance.admx"));
        QCOMPARE(page->omaUriEdit()->text(),
                 QStringLiteral("./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/CustomizeWarningMessages"));

        w->selectPolicy(PolicyId::SessionLogging);
        QVERIFY(page->stateButton(PolicyState::Enabled)->isChecked());
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        QVERIFY(page->stateButton(PolicyState::Disabled)->isChecked());
        QVERIFY(!page->optionsBox()->isEnabled());
        // Values are kept while Disabled: the editor defaults.
        QCOMPARE(page->spinBox(QStringLiteral("RA_Solicit_ExpireValue_Edt"))->value(), 1);
        QCOMPARE(page->comboBox(QStringLiteral("RA_Solicit_ExpireUnits_List"))->currentText(), QStringLiteral("Hours"));
        QCOMPARE(page->comboBox(QStringLiteral("RA_Solicit_Mailto_List"))->currentText(), QStringLiteral("Mailto"));
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(page->stateButton(PolicyState::Disabled)->isChecked());
        QCOMPARE(page->helperEditor()->view()->model()->rowCount(), 0);
        QCOMPARE(page->supportedOnLabel()->text(),
                 QStringLiteral("At least Windows Server 2003 operating systems or Windows XP Professional"));

        // SKU table: seven editions, Business blank, the others with footnote 1.
        QTableView* sku = page->skuView()->table();
        QCOMPARE(sku->model()->rowCount(), 7); // shown transposed: one row per edition
        QCOMPARE(sku->model()->columnCount(), 1);
        QCOMPARE(sku->model()->headerData(2, Qt::Vertical).toString(), QStringLiteral("Business"));
        QCOMPARE(sku->model()->index(2, 0).data(SkuTableModel::AvailableRole).toBool(), false);
        QCOMPARE(sku->model()->index(1, 0).data(SkuTableModel::FootnoteRole).toInt(), 1);
        QVERIFY(page->skuView()->footnotesLabel()->text().contains(QStringLiteral("1607")));

        // The All settings view lists all four with their state.
        QCOMPARE(w->allSettingsModel()->rowCount(), 4);
        w->searchEdit()->setText(QStringLiteral("fAllowUnsolicited"));
        QCOMPARE(w->allSettingsModel()->rowCount(), 1);
        w->searchEdit()->clear();
    }

    void applyToGpoBackupFolder()
    {
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        HelperListModel* helpers = w->policyPage()->helperEditor()->model();
        helpers->addHelper(QStringLiteral("CORP\\Helpdesk"));
        w->selectPolicy(PolicyId::SessionLogging);
        click(w->policyPage()->stateButton(PolicyState::Enabled));

        QTemporaryDir target;
        QVERIFY(target.isValid());
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        panel->setKind(BackendKind::GpoBackupFolder);
        panel->setTargetPath(target.path());
        QVERIFY(panel->preview());
        QVERIFY(panel->previewTabs()->count() > 0);

        QSignalSpy finished(panel, &BackendsPanel::applyFinished);
        click(panel->applyButton());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(panel->resultLog()->toPlainText().contains(QStringLiteral("Done: the target was updated.")));

        QVERIFY(QFile::exists(QDir(target.path()).filePath(QStringLiteral("manifest.xml"))));
        const GpoBackupOpenResult r = GpoBackupReader::open(target.path().toStdString());
        QVERIFY(r.opened.has_value());
        QCOMPARE(r.opened->displayName, std::string("Remote Assistance"));
        const Configuration& written = r.read.configuration;
        QCOMPARE(written.state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Enabled);
        QCOMPARE(written.list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 std::vector<std::string>{"CORP\\Helpdesk"});
        QCOMPARE(written.state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(written.state(PolicyId::SolicitedRemoteAssistance), PolicyState::NotConfigured);
        QVERIFY(written.sameEffect(w->document()->configuration()));
    }

    void intuneTestConnectionExplainsBadSettings()
    {
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        panel->setKind(BackendKind::Intune);
        QVERIFY(panel->testConnectionButton()->isVisibleTo(w.get()));
        QCOMPARE(panel->testConnectionButton()->text(), QStringLiteral("Te&st connection"));
        for (QLineEdit* edit : panel->findChildren<QLineEdit*>())
            if (edit->accessibleName() == QStringLiteral("Tenant ID"))
                edit->setText(QStringLiteral("not a tenant!"));
        click(panel->testConnectionButton());
        const QString log = panel->resultLog()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Connection test not started: ")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("The tenant ID \"not a tenant!\" is neither a GUID nor a domain name")),
                 qPrintable(log));
        QVERIFY(panel->testConnectionButton()->isEnabled());
    }

    void saveOpenOverExistingWorkAndRecover()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ra.json"));
        {
            auto w = makeWindow();
            QVERIFY(w);
            w->selectPolicy(PolicyId::SessionLogging);
            click(w->policyPage()->stateButton(PolicyState::Enabled));
            QVERIFY(w->saveTo(file));
            QVERIFY(!w->isWindowModified());
            QVERIFY(w->windowTitle().startsWith(QStringLiteral("ra.json")));
            const Profile saved = ProfileFormat::load(file.toStdString());
            QCOMPARE(saved.configuration.state(PolicyId::SessionLogging), PolicyState::Enabled);
            QVERIFY(saved.integrityVerified);
        }
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Disabled));
        // Opening a profile over this work shows the dry-run diff first.
        QStringList shown;
        w->setConfirmReplaceFunction([&shown](const Configuration& now, const Configuration& incoming, const QString&) {
            shown = OpenDiffDialog::differences(now, incoming);
            return true;
        });
        QVERIFY(w->openFile(file));
        QCOMPARE(shown, (QStringList{QStringLiteral("Turn on session logging: State: Not configured → Enabled"),
                                     QStringLiteral("Configure Solicited Remote Assistance: State: Disabled → Not configured")}));
        // The unsaved work was asked about first (Discard); the file is the document now.
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(w->document()->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->document()->filePath(), file);

        // Unsaved work is kept for recovery; after a crash a new window offers it.
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        w->sessionRecovery()->saveNow();
        QVERIFY(QFile::exists(w->sessionRecovery()->recoveryFile()));
        const Configuration unsaved = w->document()->configuration();
        w.reset(); // as after a crash: the window is gone without closing
        auto second = makeWindow();
        QVERIFY(second);
        m_answer = QMessageBox::Yes;
        QVERIFY(second->offerRecovery());
        QCOMPARE(second->document()->configuration(), unsaved);
        QVERIFY(second->isWindowModified());
        // Closing over unsaved changes asks first; Cancel keeps the window.
        m_answer = QMessageBox::Cancel;
        m_asked.clear();
        QVERIFY(!second->close());
        QCOMPARE(m_asked.size(), 1);
        m_answer = QMessageBox::Discard;
        QVERIFY(second->close());
    }

    void firewallAndPages()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QVERIFY(w->showPageByName(QStringLiteral("firewall")));
        FirewallView* fw = w->firewallView();
        QVERIFY(fw->isVisible());
        fw->copyNetsh();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("netsh advfirewall firewall add rule")));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("msra.exe")));
        fw->copyPowerShell();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("New-NetFirewallRule")));
        QVERIFY(w->showPageByName(QStringLiteral("UnsolicitedRemoteAssistance")));
        QCOMPARE(w->currentPolicy(), PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(!w->showPageByName(QStringLiteral("nonsense")));
        QCOMPARE(ReadinessPanel::offerArguments(QStringLiteral(" pc42 ")),
                 (QStringList{QStringLiteral("/offerRA"), QStringLiteral("pc42")}));
        QVERIFY(AboutDialog::versionsText().contains(QStringLiteral("QtKeychain 0.15")));
    }

    void accessibleNames()
    {
        auto w = makeWindow();
        QVERIFY(w);
        for (PolicyId id : kAllPolicies) {
            w->selectPolicy(id);
            QApplication::processEvents();
            for (QWidget* child : w->findChildren<QWidget*>()) {
                const bool control = qobject_cast<QAbstractButton*>(child) || qobject_cast<QLineEdit*>(child)
                                     || qobject_cast<QComboBox*>(child) || qobject_cast<QAbstractSpinBox*>(child)
                                     || qobject_cast<QPlainTextEdit*>(child) || qobject_cast<QAbstractItemView*>(child);
                if (!control || qobject_cast<QLineEdit*>(child->parentWidget()) || child->inherits("QTabBar") || child->inherits("QHeaderView") || child->inherits("QTableCornerButton")
                    || qobject_cast<QComboBox*>(child->parentWidget()) || qobject_cast<QAbstractSpinBox*>(child->parentWidget()))
                    continue;
                const QString text = child->accessibleName().isEmpty() && qobject_cast<QAbstractButton*>(child)
                                         ? static_cast<QAbstractButton*>(child)->text()
                                         : child->accessibleName();
                if (child->inherits("QToolButton") && child->parent() && child->parent()->inherits("QToolBar"))
                    continue; // named by their action
                if (child->objectName().startsWith(QLatin1String("qt_")) || child->window() != w.get())
                    continue; // Qt's internals and popups (a combo box's list)
                QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                                         .arg(QString::fromLatin1(child->metaObject()->className()),
                                                              child->objectName())));
            }
        }
    }

    void helpShowsMicrosoftsTextAndTheConsolesLabels()
    {
        // the corpus templates (en-US only) as the ADMX folder of Settings
        AppSettings::setAdmxFolder(QStringLiteral(RA_CORPUS_DIR "/admx"));
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        PolicyPage* page = w->policyPage();
        const QString microsoft = QStringLiteral("This policy setting allows you to turn on or turn off Offer (Unsolicited) "
                                                 "Remote Assistance on this computer.");
        QVERIFY2(page->helpBrowser()->toPlainText().startsWith(microsoft), qPrintable(page->helpBrowser()->toPlainText()));
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Configure Offer Remote Assistance"));
        // German console: the labels stay German, the explain text is Microsoft's, in English
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("de")), QString());
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Remoteunterstützung anbieten konfigurieren"));
        QVERIFY(page->helpBrowser()->toPlainText().startsWith(microsoft));
        QVERIFY2(page->helpBrowser()->toPlainText().contains(QStringLiteral("(en-US)")),
                 qPrintable(page->helpBrowser()->toPlainText()));
        QCOMPARE(w->treeModel()->indexOf(PolicyId::SessionLogging).data().toString(),
                 QStringLiteral("Sitzungsprotokollierung aktivieren"));
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("en")), QString());
        AppSettings::setAdmxFolder(QString());
    }

    void switchLanguage()
    {
        // Through Tools > Settings > Language, with the keyboard (MainWindow::applySettings());
        // TestLanguageSwitch checks every visible text after the switch.
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("de")), QString());
        QCOMPARE(LanguageManager::current(), QStringLiteral("de"));
        QVERIFY(LanguageManager::qtTranslationLoaded());
        QCOMPARE(w->policyPage()->stateButton(PolicyState::Enabled)->text(), QStringLiteral("Ak&tiviert"));
        QCOMPARE(w->policyPage()->stateButton(PolicyState::NotConfigured)->text(), QStringLiteral("&Nicht konfiguriert"));
        QCOMPARE(w->pages()->tabText(int(MainWindow::Page::Firewall)), QStringLiteral("Firewall"));
        QCOMPARE(w->pages()->tabText(int(MainWindow::Page::Deliver)), QStringLiteral("Verteilen"));
        QCOMPARE(w->policyPage()->titleLabel()->text(), QStringLiteral("Remoteunterstützung anbieten konfigurieren"));
        QCOMPARE(w->allSettingsModel()->headerData(AllSettingsModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Zustand"));
        // Qt's own strings come from qtbase.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("fr")), QString());
        QCOMPARE(w->policyPage()->stateButton(PolicyState::Enabled)->text(), QStringLiteral("Acti&vé"));
        QCOMPARE(w->pages()->tabText(int(MainWindow::Page::Policies)), QStringLiteral("Stratégies"));

        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("en")), QString());
        QCOMPARE(w->policyPage()->stateButton(PolicyState::Enabled)->text(), QStringLiteral("E&nabled"));
        QCOMPARE(w->allSettingsModel()->headerData(AllSettingsModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
    }
};

QTEST_MAIN(TestConsole)
#include "TestConsole.moc"
