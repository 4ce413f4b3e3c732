// GUI tests of the Deliver page: they drive the real widgets of the console's main window (and its
// Settings dialog) with QTest under Xvfb and check what the preview shows against the files there.
#include "ShownMainWindow.h"

#include "backends/GpoBackupBackend.h"
#include "backends/LocalRegistryBackend.h"
#include "backends/RegFileBackend.h"
#include "core/registry/MemoryRegistry.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegistryPol.h"
#include "models/PolicyDocument.h"
#include "models/HelperListModel.h"
#include "ui/AppSettings.h"
#include "ui/BackendsPanel.h"
#include "ui/HelperListEditor.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PolicyPage.h"
#include "ui/PreviewPane.h"
#include "ui/PreviewText.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

using namespace ra;
using namespace ra::ui;

namespace {
const QString kPolicyKey = QStringLiteral("Software\\policies\\Microsoft\\Windows NT\\Terminal Services");

void click(QAbstractButton* b)
{
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}

/// Types @p text into @p edit as a user does (select all, type over it) and leaves the field.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

/// Calls @p work on the next modal dialog that opens (QMessageBox, Settings …).
void onNextModal(std::function<void(QWidget*)> work)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, work] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            work(modal);
        }
    });
    timer->start();
}

/// @p text as a text view shows it (line ends as LF).
QString lf(const std::string& text) { return QString::fromStdString(text).remove(QLatin1Char('\r')); }

QString paneTexts(BackendsPanel* panel)
{
    QStringList out;
    for (int i = 0; i < panel->previewTabs()->count(); ++i)
        out << panel->previewTabs()->tabText(i);
    return out.join(QStringLiteral(" | "));
}
} // namespace

class TestDeliverPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path());
    }

    /// Offer RA with one helper, Session logging on: what the tests deliver.
    static void configure(MainWindow* w)
    {
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        w->policyPage()->helperEditor()->model()->addHelper(QStringLiteral("CORP\\Helpdesk"));
        w->selectPolicy(PolicyId::SessionLogging);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
    }

    static void choose(BackendsPanel* panel, BackendKind kind, const QString& path)
    {
        QComboBox* selector = panel->selector();
        selector->setFocus();
        selector->setCurrentIndex(selector->findData(int(kind)));
        QCOMPARE(panel->kind(), kind);
        if (!path.isEmpty())
            typeInto(panel->pathEdit(), path);
    }

    static void clickPreview(BackendsPanel* panel)
    {
        QSignalSpy updated(panel, &BackendsPanel::previewUpdated);
        click(panel->previewButton());
        QCOMPARE(updated.count(), 1);
        QVERIFY(!panel->isPreviewOutdated());
        QVERIFY(!panel->outdatedLabel()->isVisible());
    }

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
    }

    void init()
    {
        QSettings().clear();
        LanguageManager::apply(QStringLiteral("en"));
    }

    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }

    void previewTextsAreTheBackendsEnglishAndTranslated()
    {
        // the notes as the backends make them
        QTemporaryDir dir;
        const std::filesystem::path root = dir.filePath(QStringLiteral("b")).toStdString();
        Configuration c;
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Disabled);
        GpoBackupSpec spec;
        spec.displayName = "Remote Assistance";
        spec.backupTime = "2026-11-22T08:00:00";
        GpoBackupBackend(root, spec).apply(ChangeSet(c)); // a new backup ID each time
        const std::vector<PreviewItem> backup = GpoBackupBackend(root, spec).preview(ChangeSet(c));
        MemoryRegistry registry;
        const std::vector<PreviewItem> live = LocalRegistryBackend(registry).preview(ChangeSet(c));
        std::vector<Note> notes{backup.at(0).label,     backup.at(1).currentNote, live.at(0).label, live.at(0).caption,
                                PreviewItem::polAsLgpo("registry.pol"), PreviewItem::polAsLgpo("Registry.pol", 3),
                                PreviewItem::unreadable("ra.reg: line 1: not a .reg file"),
                                {"graph-request", {"https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations"},
                                 "Microsoft Graph request body (https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations)"}};
        QStringList codes;
        for (const Note& n : notes) {
            codes << QString::fromStdString(n.code);
            QCOMPARE(PreviewText::text(n).toStdString(), n.message);
        }
        QCOMPARE(codes, (QStringList{"file", "current-backup", "registry-changes", "registry-values", "pol-as-lgpo",
                                     "pol-as-lgpo-kept", "current-unreadable", "graph-request"}));
        // unknown codes and wrong arguments: the English
        QCOMPARE(PreviewText::text({"future", {}, "Later"}), QStringLiteral("Later"));
        QCOMPARE(PreviewText::text({"pol-as-lgpo-kept", {"x"}, "as written"}), QStringLiteral("as written"));
        const std::string key = kPolicyKey.toStdString();
        const std::vector<ValueChange> changes = PreviewDiff::values(
            {RegistryEntry::dword(key, "a", 0), RegistryEntry::dword(key, "gone", 1)},
            {RegistryEntry::dword(key, "a", 1), RegistryEntry::control(key, "**del.b"), RegistryEntry::control(key, "**delvals.")});
        QCOMPARE(changes.size(), std::size_t(4));
        for (const ValueChange& v : changes)
            QCOMPARE(PreviewText::valueChange(v).toStdString(), v.describe());

        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        for (const Note& n : notes)
            if (n.code != "file")
                QVERIFY2(PreviewText::text(n).toStdString() != n.message, n.message.c_str());
        QCOMPARE(PreviewText::text(live.at(0).label), QStringLiteral("Änderungen an in-memory registry"));
        QCOMPARE(PreviewText::text(PreviewItem::polAsLgpo("Registry.pol", 3)),
                 QStringLiteral("Registry.pol als LGPO-Text; 3 Einträge anderer Richtlinien bleiben erhalten"));
        QCOMPARE(PreviewText::valueChange(changes[0]), QStringLiteral("~ Geändert %1\\a: DWORD:0 -> DWORD:1").arg(kPolicyKey));
        QCOMPARE(PreviewText::valueChange(changes[1]), QStringLiteral("+ Hinzugefügt %1\\**del.b = (löscht b)").arg(kPolicyKey));
        QCOMPARE(PreviewText::valueChange(changes[3]), QStringLiteral("- Entfernt %1\\gone (war DWORD:1)").arg(kPolicyKey));
        QCOMPARE(LanguageManager::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(PreviewText::text(PreviewItem::unreadable("x")), QStringLiteral("Le fichier existant ne peut pas être lu : x"));
    }

    void fileTargetsShowWhatIsThereAndWhatApplyWrites_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("reg") << int(BackendKind::RegFile) << QStringLiteral("ra.reg")
                             << QStringList{QStringLiteral("ra.reg")};
        QTest::newRow("syncml") << int(BackendKind::SyncMlFile) << QStringLiteral("ra.xml")
                                << QStringList{QStringLiteral("ra.xml")};
        QTest::newRow("local-gpo") << int(BackendKind::LocalGpoFolder) << QStringLiteral("GroupPolicy")
                                   << QStringList{QStringLiteral("Machine/Registry.pol"), QStringLiteral("gpt.ini")};
        QTest::newRow("gpo-backup") << int(BackendKind::GpoBackupFolder) << QStringLiteral("backups")
                                    << QStringList{QStringLiteral("manifest.xml")};
    }
    void fileTargetsShowWhatIsThereAndWhatApplyWrites()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, titles);
        auto w = makeWindow();
        QVERIFY(w);
        configure(w.get());
        QTemporaryDir dir;
        const QString target = dir.filePath(name);
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind(kind), target);

        // 1. nothing there yet
        clickPreview(panel);
        QCOMPARE(panel->previewTabs()->tabText(0), QStringLiteral("Summary"));
        const QString summary = panel->summaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("The target has no Remote Assistance settings yet; Apply writes all of them.")),
                 qPrintable(summary));
        QVERIFY(summary.startsWith(QStringLiteral("Target: ")));
        const QList<PreviewPane*> panes = panel->previewPanes();
        QVERIFY(panes.size() >= titles.size());
        for (int i = 0; i < titles.size(); ++i)
            QCOMPARE(panes[i]->title(), titles[i]);
        for (PreviewPane* pane : panes) {
            QCOMPARE(pane->state(), PreviewPane::State::New);
            QCOMPARE(pane->tabTitle(), pane->title() + QStringLiteral(" (new)"));
            QCOMPARE(pane->currentView()->toPlainText(), QStringLiteral("New file; nothing there yet."));
            QCOMPARE(pane->afterView()->toPlainText(), lf(pane->item().content));
            QVERIFY(pane->diffView()->toPlainText().startsWith(
                QStringLiteral("New file; nothing there yet. Apply creates it as shown on the right.")));
            QVERIFY2(summary.contains(QStringLiteral("  %1: new").arg(pane->title())), qPrintable(summary));
        }
        QVERIFY(!QFile::exists(target)); // a preview writes nothing

        // 2. applied: the preview follows and compares with what is there now
        QSignalSpy finished(panel, &BackendsPanel::applyFinished);
        QSignalSpy updated(panel, &BackendsPanel::previewUpdated);
        click(panel->applyButton());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(updated.wait(10000));
        QVERIFY(!panel->isPreviewOutdated());
        QVERIFY2(panel->summaryView()->toPlainText().contains(
                     QStringLiteral("The target already has these settings; Apply changes no policy.")),
                 qPrintable(panel->summaryView()->toPlainText()));
        for (PreviewPane* pane : panel->previewPanes()) {
            QVERIFY(pane->item().current.has_value());
            if (BackendKind(kind) == BackendKind::GpoBackupFolder && pane->title() != QStringLiteral("manifest.xml")) {
                // a new backup is compared with the one just written
                QVERIFY2(pane->noteLabel()->text().startsWith(QStringLiteral("Compared with ")), qPrintable(pane->noteLabel()->text()));
                QVERIFY(pane->noteLabel()->text().endsWith(QStringLiteral("), the newest in the folder")));
                if (pane->title().endsWith(QStringLiteral("registry.pol"))) {
                    QCOMPARE(pane->state(), PreviewPane::State::Unchanged);
                    QCOMPARE(pane->captionLabel()->text(), QStringLiteral("registry.pol shown as LGPO text"));
                }
                continue;
            }
            if (pane->title() == QStringLiteral("manifest.xml")) {
                QCOMPARE(pane->state(), PreviewPane::State::Changed); // the next backup is added to it
                continue;
            }
            QCOMPARE(pane->state(), PreviewPane::State::Unchanged);
            QCOMPARE(pane->tabTitle(), pane->title() + QStringLiteral(" (unchanged)"));
            QCOMPARE(pane->currentView()->toPlainText(), pane->afterView()->toPlainText());
            QVERIFY2(pane->diffView()->toPlainText().contains(
                         QStringLiteral("No line changes: the file there is exactly what Apply writes.")),
                     qPrintable(pane->diffView()->toPlainText()));
        }

        // 3. the configuration changes while another page is shown: the preview is marked out of
        // date, and refreshed when the Deliver page comes back
        w->showPage(MainWindow::Page::Policies);
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        QVERIFY(panel->isPreviewOutdated());
        QVERIFY(panel->outdatedLabel()->text().startsWith(QStringLiteral("Out of date: ")));
        updated.clear();
        w->showPage(MainWindow::Page::Deliver);
        QVERIFY(updated.wait(10000));
        QVERIFY(!panel->isPreviewOutdated());
        QVERIFY(!panel->outdatedLabel()->isVisible());
        const QString changed = panel->summaryView()->toPlainText();
        QVERIFY2(changed.contains(QStringLiteral("These settings change on the target (now → after Apply):")), qPrintable(changed));
        QVERIFY2(changed.contains(QStringLiteral("  Configure Solicited Remote Assistance: State: Not configured → Enabled")),
                 qPrintable(changed));
        bool sawValue = false;
        for (PreviewPane* pane : panel->previewPanes()) {
            const QString diff = pane->diffView()->toPlainText();
            if (pane->item().entries) {
                const QString added = QStringLiteral("+ Added %1\\fAllowToGetHelp = DWORD:1").arg(kPolicyKey);
                QVERIFY2(diff.contains(added), qPrintable(diff));
                QCOMPARE(pane->state(), PreviewPane::State::Changed);
                QVERIFY(pane->tabTitle().endsWith(QStringLiteral(" (changed)")));
                sawValue = true;
            }
            if (BackendKind(kind) == BackendKind::SyncMlFile) {
                QVERIFY(PreviewDiff::hasChanges(pane->lineDiff()));
                QVERIFY2(diff.contains(QStringLiteral("\n+ ")), qPrintable(diff));
                QVERIFY(diff.contains(QStringLiteral("SolicitedRemoteAssistance")));
            }
        }
        QCOMPARE(sawValue, BackendKind(kind) != BackendKind::SyncMlFile);
    }

    void previewFollowsTheDocumentAndTheTarget()
    {
        auto w = makeWindow();
        QVERIFY(w);
        configure(w.get());
        QTemporaryDir dir;
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind::RegFile, dir.filePath(QStringLiteral("a.reg")));
        clickPreview(panel);
        const QString before = panel->previewPanes().first()->afterView()->toPlainText();
        QVERIFY(before.contains(QStringLiteral("\"fAllowUnsolicited\"=dword:00000001")));

        // undo while the page is shown: refreshed, and Apply would write what is shown
        QSignalSpy updated(panel, &BackendsPanel::previewUpdated);
        w->document()->undoStack()->undo(); // Session logging back to Not configured
        QVERIFY(panel->isPreviewOutdated());
        QVERIFY(updated.wait(10000));
        const QString after = panel->previewPanes().first()->afterView()->toPlainText();
        QVERIFY(after != before);
        QCOMPARE(after, lf(RegFileBackend("x.reg").render(ChangeSet(w->document()->configuration())).toText()));

        // another file name: the preview is of that file
        updated.clear();
        typeInto(panel->pathEdit(), dir.filePath(QStringLiteral("b.reg")));
        QVERIFY(updated.wait(10000));
        QCOMPARE(panel->previewPanes().first()->title(), QStringLiteral("b.reg"));

        // another target: its artifacts
        updated.clear();
        choose(panel, BackendKind::LocalGpoFolder, dir.filePath(QStringLiteral("GroupPolicy")));
        QVERIFY(updated.wait(10000));
        QCOMPARE(paneTexts(panel), QStringLiteral("Summary | Machine/Registry.pol (new) | gpt.ini (new)"));

        // no path: the preview says why, in place of the preview
        updated.clear();
        typeInto(panel->pathEdit(), QString());
        QVERIFY(updated.wait(10000));
        QVERIFY(panel->outdatedLabel()->isVisible());
        QCOMPARE(panel->outdatedLabel()->text(), QStringLiteral("No preview: Local GPO folder: Choose a target folder first."));
        QCOMPARE(panel->previewTabs()->count(), 0);
    }

    void existingFilesAreComparedValueByValue()
    {
        auto w = makeWindow();
        QVERIFY(w);
        configure(w.get());
        QTemporaryDir dir;
        // a Local GPO with a value of another policy and an old Offer RA helper
        const QString gpo = dir.filePath(QStringLiteral("GroupPolicy"));
        QVERIFY(QDir().mkpath(gpo + QStringLiteral("/Machine")));
        const std::vector<RegistryEntry> old{
            RegistryEntry::dword("Software\\Policies\\Other", "Keep", 1),
            RegistryEntry::dword(kPolicyKey.toStdString(), "fAllowUnsolicited", 0),
        };
        RegistryPol::write((gpo + QStringLiteral("/Machine/Registry.pol")).toStdString(), old);
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind::LocalGpoFolder, gpo);
        clickPreview(panel);
        PreviewPane* pol = panel->previewPanes().first();
        QCOMPARE(pol->state(), PreviewPane::State::Changed);
        QCOMPARE(pol->captionLabel()->text(), QStringLiteral("Registry.pol shown as LGPO text; 1 entries of other policies kept"));
        QCOMPARE(pol->currentView()->toPlainText(), lf(LgpoText::render(old)));
        const QString diff = pol->diffView()->toPlainText();
        QVERIFY2(diff.startsWith(QStringLiteral("Registry values:\n")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("\n~ Changed %1\\fAllowUnsolicited: DWORD:0 -> DWORD:1\n").arg(kPolicyKey)),
                 qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("+ Added %1\\RAUnsolicit\\CORP\\Helpdesk = SZ:CORP\\Helpdesk").arg(kPolicyKey)));
        QVERIFY(!diff.contains(QStringLiteral("Other")));
        QVERIFY(diff.contains(QStringLiteral("\nLines (+ added, - removed):\n")));
        // the gpt.ini that is not there yet
        QCOMPARE(panel->previewPanes().at(1)->state(), PreviewPane::State::New);
        // the changed lines carry a marker and a colour; a screen reader gets the marker
        QVERIFY(!pol->diffView()->accessibleDescription().isEmpty());
        bool coloured = false;
        for (QTextBlock b = pol->diffView()->document()->begin(); b.isValid(); b = b.next())
            if (b.text().startsWith(QStringLiteral("~ Changed")))
                coloured = b.blockFormat().background().style() != Qt::NoBrush;
        QVERIFY(coloured);
    }

    void anUnreadableFileIsExplained()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ra.reg"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a registry file\n");
        f.close();
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind::RegFile, file);
        clickPreview(panel);
        PreviewPane* pane = panel->previewPanes().first();
        QCOMPARE(pane->state(), PreviewPane::State::Unknown);
        QVERIFY2(pane->noteLabel()->text().startsWith(QStringLiteral("The file there cannot be read: ")),
                 qPrintable(pane->noteLabel()->text()));
        QCOMPARE(pane->currentView()->toPlainText(), pane->noteLabel()->text());
        QCOMPARE(pane->diffView()->toPlainText(),
                 QStringLiteral("What the target holds now is not known, so no differences are shown."));
        QVERIFY(panel->summaryView()->toPlainText().contains(QStringLiteral("The target's current settings could not be read: ")));
    }

    void germanPreview()
    {
        auto w = makeWindow();
        QVERIFY(w);
        configure(w.get());
        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QApplication::processEvents();
        QTemporaryDir dir;
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind::LocalGpoFolder, dir.filePath(QStringLiteral("GroupPolicy")));
        clickPreview(panel);
        QCOMPARE(paneTexts(panel), QStringLiteral("Zusammenfassung | Machine/Registry.pol (neu) | gpt.ini (neu)"));
        PreviewPane* pol = panel->previewPanes().first();
        QCOMPARE(pol->captionLabel()->text(),
                 QStringLiteral("Registry.pol als LGPO-Text; 0 Einträge anderer Richtlinien bleiben erhalten"));
        QCOMPARE(pol->currentView()->toPlainText(), QStringLiteral("Neue Datei; dort ist noch nichts."));
        QLabel* nowLabel = nullptr;
        for (QLabel* l : pol->findChildren<QLabel*>())
            if (l->buddy() == pol->currentView())
                nowLabel = l;
        QVERIFY(nowLabel);
        QCOMPARE(nowLabel->text(), QStringLiteral("Derzeit im &Ziel:"));
        QVERIFY(pol->diffView()->toPlainText().contains(
            QStringLiteral("+ Hinzugefügt %1\\fAllowUnsolicited = DWORD:1").arg(kPolicyKey)));
        QCOMPARE(panel->previewButton()->text(), QStringLiteral("Änderungen in der &Vorschau"));
        // the button shows its whole text with room around it
        const QFontMetrics fm = panel->previewButton()->fontMetrics();
        QVERIFY(panel->previewButton()->width()
                >= fm.horizontalAdvance(QStringLiteral("Änderungen in der Vorschau")) + 2 * fm.averageCharWidth());
        // a first preview opens the first artifact; the summary is the tab before it
        QCOMPARE(panel->previewTabs()->currentIndex(), 1);
    }

    void settingsReachTheDeliverPage()
    {
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = w->backendsPanel();
        QTemporaryDir dir;
        const QString syncml = QDir::toNativeSeparators(dir.filePath(QStringLiteral("fleet.xml")));
        QAction* settings = nullptr;
        for (QAction* a : w->findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Settings…"))
                settings = a;
        QVERIFY(settings);
        bool driven = false;
        onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<SettingsDialog*>(modal);
            if (!dialog)
                return;
            for (QComboBox* box : dialog->findChildren<QComboBox*>())
                if (box->accessibleName() == QStringLiteral("Default target"))
                    box->setCurrentIndex(box->findData(int(BackendKind::SyncMlFile)));
            for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
                if (edit->accessibleName() == QStringLiteral("SyncML file"))
                    typeInto(edit, syncml);
                if (edit->accessibleName() == QStringLiteral("Tenant ID"))
                    typeInto(edit, QStringLiteral("contoso.onmicrosoft.com"));
            }
            driven = true;
            click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        });
        settings->trigger();
        QVERIFY(driven);
        QCOMPARE(panel->kind(), BackendKind::SyncMlFile);
        QCOMPARE(panel->targetPath(), syncml);
        QCOMPARE(panel->tenantEdit()->text(), QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(panel->request().intuneTenantId, QStringLiteral("contoso.onmicrosoft.com"));
    }

    void gpoAndProfileNamesPersist()
    {
        QTemporaryDir dir;
        {
            auto w = makeWindow();
            QVERIFY(w);
            BackendsPanel* panel = w->backendsPanel();
            w->showPage(MainWindow::Page::Deliver);
            choose(panel, BackendKind::GpoBackupFolder, dir.filePath(QStringLiteral("b")));
            typeInto(panel->gpoNameEdit(), QStringLiteral("Helpdesk RA"));
            typeInto(panel->gpoDomainEdit(), QStringLiteral("corp.example.com"));
            choose(panel, BackendKind::Intune, QString());
            typeInto(panel->profileNameEdit(), QStringLiteral("RA kiosks"));
            QCOMPARE(panel->profileNameEdit()->placeholderText(), QStringLiteral("Remote Assistance policies"));
        }
        BackendsPanel again;
        QCOMPARE(again.gpoNameEdit()->text(), QStringLiteral("Helpdesk RA"));
        QCOMPARE(again.gpoDomainEdit()->text(), QStringLiteral("corp.example.com"));
        QCOMPARE(again.profileNameEdit()->text(), QStringLiteral("RA kiosks"));
        QCOMPARE(again.request().gpoDisplayName, QStringLiteral("Helpdesk RA"));
        QCOMPARE(again.request().intuneProfileName, QStringLiteral("RA kiosks"));
        // the key the Intune settings read, and no secret anywhere in the settings
        QCOMPARE(QSettings().value(QStringLiteral("intune/profileDisplayName")).toString(), QStringLiteral("RA kiosks"));
        for (const QString& key : QSettings().allKeys())
            QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(key));
        // the GPO name is what the backup gets
        auto w = makeWindow();
        QVERIFY(w);
        w->showPage(MainWindow::Page::Deliver);
        choose(w->backendsPanel(), BackendKind::GpoBackupFolder, dir.filePath(QStringLiteral("b")));
        clickPreview(w->backendsPanel());
        bool named = false;
        for (PreviewPane* pane : w->backendsPanel()->previewPanes())
            if (pane->title().endsWith(QStringLiteral("bkupInfo.xml")))
                named = pane->afterView()->toPlainText().contains(QStringLiteral("Helpdesk RA"));
        QVERIFY(named);
    }

    void splitterStateIsKept()
    {
        QList<int> sizes;
        {
            auto w = makeWindow();
            QVERIFY(w);
            w->showPage(MainWindow::Page::Deliver);
            QSplitter* split = w->backendsPanel()->splitter();
            const QList<int> before = split->sizes();
            QSplitterHandle* handle = split->handle(1);
            const QPoint from(handle->width() / 2, handle->height() / 2);
            QTest::mousePress(handle, Qt::LeftButton, {}, from);
            QTest::mouseMove(handle, from + QPoint(0, -60));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, from + QPoint(0, -60));
            sizes = split->sizes();
            QVERIFY(sizes != before);
        }
        auto w = makeWindow();
        QVERIFY(w);
        w->showPage(MainWindow::Page::Deliver);
        QCOMPARE(w->backendsPanel()->splitter()->sizes(), sizes);
    }

    void liveRegistryAsksFirst()
    {
        BackendsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QString text;
        onNextModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            text = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("Do&n't Write"))
                    click(b);
        });
        QVERIFY(!panel.confirmLiveRegistry());
        QVERIFY(text.contains(QStringLiteral("registry of this computer")));
        onNextModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QCOMPARE(box->defaultButton()->text(), QStringLiteral("Do&n't Write"));
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("&Write to the Registry"))
                    click(b);
        });
        QVERIFY(panel.confirmLiveRegistry());
    }

    void closingWhileTestingTheConnectionIsSafe()
    {
        // a "Graph" that accepts connections and never answers
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSettings s;
        s.setValue(QStringLiteral("intune/cloud"), QStringLiteral("custom"));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        s.setValue(QStringLiteral("intune/graphBaseUrl"), url);
        s.setValue(QStringLiteral("intune/loginBaseUrl"), url);
        s.sync();
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        choose(panel, BackendKind::Intune, QString());
        typeInto(panel->tenantEdit(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        typeInto(panel->clientEdit(), QStringLiteral("66666666-7777-4888-9999-000000000000"));
        click(panel->testConnectionButton());
        QVERIFY(panel->resultLog()->toPlainText().contains(QStringLiteral("Testing the connection to Intune…")));
        QVERIFY(!panel->testConnectionButton()->isEnabled());
        // closed while the test may still run: the thread is stopped and waited for
        QPointer<BackendsPanel> gone(panel);
        w.reset();
        QVERIFY(gone.isNull());
    }
};

QTEST_MAIN(TestDeliverPage)
#include "TestDeliverPage.moc"
