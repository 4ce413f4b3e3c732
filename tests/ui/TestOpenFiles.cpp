// GUI tests of "never lose work" and "files": Open over unsaved work (Save / Discard / Cancel,
// the dry-run diff, the opened file becomes the document), partial profiles (left-out policies
// shown, kept out when saved and delivered, included again by editing), Merge, Open Recent of a
// file that is gone, File > Properties, and crash recovery at start-up. They drive the real
// windows and dialogs with QTest under Xvfb.
#include "ShownMainWindow.h"

#include "backends/LocalGpoBackend.h"
#include "core/Profile.h"
#include "core/formats/RegFile.h"
#include "models/AllSettingsModel.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"
#include "ui/AppSettings.h"
#include "ui/BackendsPanel.h"
#include "ui/ConsoleApplication.h"
#include "ui/DocumentPropertiesDialog.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/OpenDiffDialog.h"
#include "ui/PolicyPage.h"
#include "ui/SessionRecovery.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <deque>
#include <functional>

using namespace ra;
using namespace ra::ui;

namespace {
const QString kSavePrompt = QStringLiteral("The configuration has changes that are not saved. Save them first?");

void click(QAbstractButton* b)
{
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}

/// Runs @p act on the next modal dialog of type T once it is shown (as a user answers it).
template <typename T>
void whenModal(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        // a watchdog: a dialog left open fails the test instead of hanging it
        QTimer::singleShot(30000, dialog, &QDialog::reject);
        act(dialog);
    });
    timer->start();
}

/// The rows of the dry-run diff: "policy: what: now → after".
QStringList diffRows(const QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem* c = group->child(j);
            out << QStringLiteral("%1: %2: %3 → %4").arg(group->text(0), c->text(0), c->text(1), c->text(2));
        }
    }
    return out;
}

void writeProfile(const QString& path, const Configuration& config,
                  std::set<PolicyId> included = PolicyDocument::allPolicies(), Provenance provenance = {})
{
    Profile p;
    p.configuration = config;
    p.included = std::move(included);
    p.provenance = std::move(provenance);
    ProfileFormat::save(path.toStdString(), p);
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestOpenFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& recoveryFolder)
    {
        return shown::mainWindow(recoveryFolder,
                                 [this](const QString&, const QString& text, QMessageBox::StandardButtons) {
                                     m_asked << text;
                                     if (!m_answers.empty()) {
                                         const auto a = m_answers.front();
                                         m_answers.pop_front();
                                         return a;
                                     }
                                     return m_answer;
                                 });
    }
    static void clickState(MainWindow* w, PolicyId id, PolicyState state)
    {
        w->showPage(MainWindow::Page::Policies);
        w->selectPolicy(id);
        click(w->policyPage()->stateButton(state));
    }

    QStringList m_asked;
    std::deque<QMessageBox::StandardButton> m_answers;
    QMessageBox::StandardButton m_answer = QMessageBox::Discard;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        LanguageManager::apply(QStringLiteral("en"));
    }

    void init()
    {
        m_asked.clear();
        m_answers.clear();
        m_answer = QMessageBox::Discard;
        AppSettings::clearRecentFiles();
        LanguageManager::apply(QStringLiteral("en")); // also after a test that failed in German or French
    }

    void openOverUnsavedWorkAsksShowsTheDiffThenTheFileIsTheDocument()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.json"));
        Configuration theirsConfig;
        theirsConfig.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        writeProfile(theirs, theirsConfig);

        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        clickState(w.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
        QVERIFY(w->saveTo(mine));
        clickState(w.get(), PolicyId::UnsolicitedRemoteAssistance, PolicyState::Disabled); // not saved
        QVERIFY(w->isWindowModified());
        const QByteArray mineBytes = bytesOf(mine);

        // Cancel: nothing is opened, the work stays as it is.
        m_answer = QMessageBox::Cancel;
        QVERIFY(!w->openFile(theirs));
        QCOMPARE(m_asked, QStringList{kSavePrompt});
        QCOMPARE(doc->filePath(), mine);
        QVERIFY(w->isWindowModified());
        QCOMPARE(doc->configuration().state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Disabled);

        // Discard, then Cancel in the dry run: still nothing opened.
        m_answer = QMessageBox::Discard;
        m_asked.clear();
        int diffs = 0;
        whenModal<OpenDiffDialog>([&diffs](OpenDiffDialog* d) {
            ++diffs;
            click(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel));
        });
        QVERIFY(!w->openFile(theirs));
        QCOMPARE(diffs, 1);
        QCOMPARE(m_asked, QStringList{kSavePrompt});
        QCOMPARE(doc->filePath(), mine);
        QVERIFY(w->isWindowModified());

        // Discard, then Replace: the dry run lists the changes, then the file is the document.
        m_asked.clear();
        QString title;
        QString intro;
        QStringList rows;
        QString replaceText;
        whenModal<OpenDiffDialog>([&](OpenDiffDialog* d) {
            title = d->windowTitle();
            intro = d->findChild<QLabel*>()->text();
            rows = diffRows(d->tree());
            QPushButton* replace = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            replaceText = replace->text();
            click(replace);
        });
        QVERIFY(w->openFile(theirs));
        QCOMPARE(m_asked, QStringList{kSavePrompt});
        QCOMPARE(title, QStringLiteral("Open Over Current Work"));
        QCOMPARE(intro, QStringLiteral("Opening theirs.json replaces the current work: the file becomes the open "
                                       "document. These settings change:"));
        QCOMPARE(replaceText, QStringLiteral("&Replace"));
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("Turn on session logging: State: Not configured → Enabled"),
                           QStringLiteral("Configure Solicited Remote Assistance: State: Disabled → Not configured"),
                           QStringLiteral("Configure Offer Remote Assistance: State: Disabled → Not configured"),
                       }));
        QCOMPARE(doc->configuration(), theirsConfig);
        QCOMPARE(doc->filePath(), theirs);
        QVERIFY(!doc->isModified());
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->windowTitle(), QStringLiteral("theirs.json[*] — Remote Assistance Policy Console"));
        // A history of its own: Undo cannot reach the other file's work and save it into this one.
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!w->undoAction()->isEnabled());
        QCOMPARE(AppSettings::recentFiles().value(0), theirs);

        // Save writes the opened file; the other one is as it was saved.
        clickState(w.get(), PolicyId::CustomizeWarningMessages, PolicyState::Disabled);
        QVERIFY(w->save());
        QCOMPARE(ProfileFormat::load(theirs.toStdString()).configuration.state(PolicyId::CustomizeWarningMessages),
                 PolicyState::Disabled);
        QCOMPARE(bytesOf(mine), mineBytes);
    }

    void saveAnswerSavesTheOldFileBeforeOpening()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.json"));
        writeProfile(theirs, Configuration());
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        clickState(w.get(), PolicyId::SessionLogging, PolicyState::Enabled);
        QVERIFY(w->saveTo(mine));
        clickState(w.get(), PolicyId::SessionLogging, PolicyState::Disabled);
        m_answer = QMessageBox::Save;
        whenModal<OpenDiffDialog>(
            [](OpenDiffDialog* d) { click(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)); });
        QVERIFY(w->openFile(theirs));
        QCOMPARE(m_asked, QStringList{kSavePrompt});
        QCOMPARE(ProfileFormat::load(mine.toStdString()).configuration.state(PolicyId::SessionLogging),
                 PolicyState::Disabled);
        QCOMPARE(w->document()->filePath(), theirs);
        QVERIFY(!w->isWindowModified());
    }

    void partialProfileLeavesTheOtherPoliciesAlone()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString partial = dir.filePath(QStringLiteral("logging-only.json"));
        Configuration config;
        config.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        config.setComment(PolicyId::SessionLogging, "only logging");
        writeProfile(partial, config, {PolicyId::SessionLogging});

        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        clickState(w.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        QStringList rows;
        whenModal<OpenDiffDialog>([&rows](OpenDiffDialog* d) {
            rows = diffRows(d->tree());
            click(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        });
        QVERIFY(w->openFile(partial));
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("Customize warning messages: State: Not configured → Not part of this profile"),
                           QStringLiteral("Turn on session logging: State: Not configured → Disabled"),
                           QStringLiteral("Turn on session logging: Comment:  → only logging"),
                           QStringLiteral("Configure Solicited Remote Assistance: State: Enabled → Not part of this profile"),
                           QStringLiteral("Configure Offer Remote Assistance: State: Not configured → Not part of this profile"),
                       }));
        QCOMPARE(doc->included(), std::set<PolicyId>{PolicyId::SessionLogging});
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->statusBar()->currentMessage().contains(
            QStringLiteral("3 policies are not part of this profile and are left alone.")));

        // The tree, the All settings view and the policy page say which policies are left out.
        const QModelIndex offer = w->treeModel()->indexOf(PolicyId::UnsolicitedRemoteAssistance);
        QCOMPARE(offer.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Not part of this profile"));
        QCOMPARE(w->allSettingsModel()->index(3, AllSettingsModel::StateColumn).data().toString(),
                 QStringLiteral("Not part of this profile"));
        QCOMPARE(w->allSettingsModel()->index(1, AllSettingsModel::StateColumn).data().toString(),
                 QStringLiteral("Disabled"));
        PolicyPage* page = w->policyPage();
        w->selectPolicy(PolicyId::SessionLogging);
        QVERIFY(!page->notIncludedBar()->isVisible());
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(page->notIncludedBar()->isVisible());
        QCOMPARE(page->notIncludedLabel()->text(),
                 QStringLiteral("Not part of this profile: applying it leaves this policy as it is on the target. "
                                "Choose a state or edit it to include it."));
        QCOMPARE(page->includeButton()->text(), QStringLiteral("&Include in Profile"));

        // Delivered from the console, the left-out policies stay as the target has them.
        QTemporaryDir target;
        {
            Configuration before;
            before.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
            before.setState(PolicyId::SessionLogging, PolicyState::Enabled);
            QVERIFY(LocalGpoBackend(target.path().toStdString()).apply(ChangeSet(before)).ok);
        }
        BackendsPanel* panel = w->backendsPanel();
        w->showPage(MainWindow::Page::Deliver);
        panel->setKind(BackendKind::LocalGpoFolder);
        panel->setTargetPath(target.path());
        QSignalSpy finished(panel, &BackendsPanel::applyFinished);
        click(panel->applyButton());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        {
            const auto now = LocalGpoBackend(target.path().toStdString()).current();
            QVERIFY(now);
            QCOMPARE(now->configuration.state(PolicyId::SessionLogging), PolicyState::Disabled);
            QCOMPARE(now->configuration.state(PolicyId::SolicitedRemoteAssistance), PolicyState::Enabled);
        }
        // A .reg file gets the profile's policy only: no deletions of the others.
        const QString reg = dir.filePath(QStringLiteral("ra.reg"));
        panel->setKind(BackendKind::RegFile);
        panel->setTargetPath(reg);
        finished.clear();
        click(panel->applyButton());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        const QString regText = QString::fromStdString(RegFile::load(reg.toStdString()).toText());
        QVERIFY2(regText.contains(QStringLiteral("\"LoggingEnabled\"")), qPrintable(regText));
        QVERIFY2(!regText.contains(QStringLiteral("fAllowToGetHelp")), qPrintable(regText));
        QVERIFY2(!regText.contains(QStringLiteral("fAllowUnsolicited")), qPrintable(regText));
        QVERIFY2(!regText.contains(QStringLiteral("UseCustomMessages")), qPrintable(regText));

        // Saved, it stays a partial profile.
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(w->saveTo(saved));
        QCOMPARE(ProfileFormat::load(saved.toStdString()).included, std::set<PolicyId>{PolicyId::SessionLogging});

        // The admin includes a policy again by editing it, or with the bar's button; Undo leaves it out again.
        w->showPage(MainWindow::Page::Policies);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        click(page->includeButton());
        QVERIFY(doc->isIncluded(PolicyId::UnsolicitedRemoteAssistance));
        QVERIFY(!page->notIncludedBar()->isVisible());
        QCOMPARE(offer.data(PolicyTreeModel::StateTextRole).toString(), QStringLiteral("Not configured"));
        QVERIFY(w->isWindowModified());
        w->undoAction()->trigger();
        QVERIFY(!doc->isIncluded(PolicyId::UnsolicitedRemoteAssistance));
        QVERIFY(page->notIncludedBar()->isVisible());
        QVERIFY(!w->isWindowModified());
        w->selectPolicy(PolicyId::CustomizeWarningMessages);
        click(page->stateButton(PolicyState::Enabled));
        QVERIFY(doc->isIncluded(PolicyId::CustomizeWarningMessages));
        QVERIFY(!page->notIncludedBar()->isVisible());
    }

    void mergeIsASeparateUndoableStep()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.json"));
        Configuration theirsConfig;
        theirsConfig.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        theirsConfig.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled); // not in the profile
        writeProfile(theirs, theirsConfig, {PolicyId::SessionLogging});
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        PolicyDocument* doc = w->document();
        clickState(w.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        QVERIFY(w->saveTo(mine));
        QCOMPARE(w->mergeAction()->text(), QStringLiteral("Merge Profile &Into Current Work…"));

        QString title;
        QStringList rows;
        QString button;
        whenModal<OpenDiffDialog>([&](OpenDiffDialog* d) {
            title = d->windowTitle();
            rows = diffRows(d->tree());
            QPushButton* merge = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            button = merge->text();
            click(merge);
        });
        QVERIFY(w->mergeProfile(theirs));
        QVERIFY(m_asked.isEmpty()); // merging keeps the work: nothing to save first
        QCOMPARE(title, QStringLiteral("Merge Into Current Work"));
        QCOMPARE(button, QStringLiteral("&Merge"));
        QCOMPARE(rows, QStringList{QStringLiteral("Turn on session logging: State: Not configured → Enabled")});
        QCOMPARE(doc->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(doc->configuration().state(PolicyId::SolicitedRemoteAssistance), PolicyState::Enabled);
        QCOMPARE(doc->filePath(), mine);
        QVERIFY(w->isWindowModified());
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Merge theirs.json"));
        w->undoAction()->trigger();
        QCOMPARE(doc->configuration().state(PolicyId::SessionLogging), PolicyState::NotConfigured);
        QVERIFY(!w->isWindowModified());
    }

    void recentFileThatCannotBeOpenedIsOfferedForRemoval()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString kept = dir.filePath(QStringLiteral("kept.json"));
        writeProfile(kept, Configuration());
        const QString gone = dir.filePath(QStringLiteral("gone.json"));
        AppSettings::addRecentFile(gone);
        AppSettings::addRecentFile(kept);
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        w->setAskFunction({}); // the real message box

        const auto triggerRecent = [&w](const QString& path) {
            Q_EMIT w->recentMenu()->aboutToShow();
            for (QAction* a : w->recentMenu()->actions())
                if (a->text().endsWith(QDir::toNativeSeparators(path))) {
                    a->trigger();
                    return true;
                }
            return false;
        };
        // No: the entry stays.
        QString text;
        whenModal<QMessageBox>([&text](QMessageBox* box) {
            text = box->text();
            click(box->button(QMessageBox::No));
        });
        QVERIFY(triggerRecent(gone));
        QCOMPARE(text, QStringLiteral("%1: the file does not exist.\n\nRemove it from the recent files?")
                           .arg(QDir::toNativeSeparators(gone)));
        QCOMPARE(AppSettings::recentFiles(), (QStringList{kept, gone}));
        // Yes: removed; the other entry stays.
        whenModal<QMessageBox>([](QMessageBox* box) { click(box->button(QMessageBox::Yes)); });
        QVERIFY(triggerRecent(gone));
        QCOMPARE(AppSettings::recentFiles(), QStringList{kept});
        QVERIFY(w->statusBar()->currentMessage().startsWith(QStringLiteral("Removed ")));
        // A recent file that opens is opened.
        QVERIFY(triggerRecent(kept));
        QCOMPARE(w->document()->filePath(), kept);
    }

    void propertiesShowTheProvenanceTranslated()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString file = dir.filePath(QStringLiteral("from-alice.json"));
        Configuration config;
        config.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        config.setComment(PolicyId::SessionLogging, "CAB-311");
        Provenance prov{"alice", "WS-0042", "ra-console 1.4.0", "2026-01-05T09:30:00Z", "2026-02-10T16:45:00Z"};
        writeProfile(file, config, {PolicyId::SessionLogging, PolicyId::SolicitedRemoteAssistance}, prov);

        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        QVERIFY(w->openFile(file));
        const QString modified =
            QLocale().toString(QDateTime(QDate(2026, 2, 10), QTime(16, 45), QTimeZone::UTC).toLocalTime(),
                               QLocale::ShortFormat);
        QVERIFY2(w->statusBar()->currentMessage().contains(
                     QStringLiteral("Written by alice on WS-0042, last changed %1 (File > Properties).").arg(modified)),
                 qPrintable(w->statusBar()->currentMessage()));

        struct Seen
        {
            QString title;
            QStringList fields;
            QStringList captions;
            QStringList rows;
            bool noProvenanceShown = true;
        };
        const auto look = [&w]() {
            Seen seen;
            whenModal<DocumentPropertiesDialog>([&seen](DocumentPropertiesDialog* d) {
                seen.title = d->windowTitle();
                using F = DocumentPropertiesDialog::Field;
                for (F f : {F::Source, F::Author, F::Computer, F::ProductVersion, F::Created, F::Modified}) {
                    seen.fields << d->fieldText(f);
                    for (QLabel* l : d->findChildren<QLabel*>())
                        if (l->buddy() == d->fieldLabel(f))
                            seen.captions << l->text();
                }
                for (int i = 0; i < d->policies()->topLevelItemCount(); ++i) {
                    const QTreeWidgetItem* item = d->policies()->topLevelItem(i);
                    seen.rows << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(
                        QStringLiteral(" | "));
                }
                seen.noProvenanceShown = d->noProvenanceLabel()->isVisibleTo(d);
                click(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
            });
            w->propertiesAction()->trigger();
            return seen;
        };
        const QString created = QLocale().toString(
            QDateTime(QDate(2026, 1, 5), QTime(9, 30), QTimeZone::UTC).toLocalTime(), QLocale::ShortFormat);
        Seen en = look();
        QCOMPARE(w->propertiesAction()->text(), QStringLiteral("&Properties…"));
        QCOMPARE(en.title, QStringLiteral("Properties"));
        QCOMPARE(en.fields, (QStringList{QDir::toNativeSeparators(file), QStringLiteral("alice"),
                                         QStringLiteral("WS-0042"), QStringLiteral("ra-console 1.4.0"), created,
                                         modified}));
        QCOMPARE(en.captions, (QStringList{QStringLiteral("&Source:"), QStringLiteral("A&uthor:"),
                                           QStringLiteral("Co&mputer:"), QStringLiteral("&Written with:"),
                                           QStringLiteral("C&reated:"), QStringLiteral("Last c&hanged:")}));
        QCOMPARE(en.rows, (QStringList{
                              QStringLiteral("Customize warning messages | No | Not part of this profile | "),
                              QStringLiteral("Turn on session logging | Yes | Enabled | CAB-311"),
                              QStringLiteral("Configure Solicited Remote Assistance | Yes | Not configured | "),
                              QStringLiteral("Configure Offer Remote Assistance | No | Not part of this profile | "),
                          }));
        QVERIFY(!en.noProvenanceShown);

        LanguageManager::apply(QStringLiteral("de"));
        Seen de = look();
        QCOMPARE(de.title, QStringLiteral("Eigenschaften"));
        QCOMPARE(de.captions, (QStringList{QStringLiteral("&Quelle:"), QStringLiteral("A&utor:"),
                                           QStringLiteral("Co&mputer:"), QStringLiteral("Erstellt &mit:"),
                                           QStringLiteral("Erstellt &am:"), QStringLiteral("Zuletzt &geändert:")}));
        QCOMPARE(de.rows.value(0), QStringLiteral("Warnmeldungen anpassen | Nein | Nicht Teil dieses Profils | "));
        QCOMPARE(de.rows.value(1), QStringLiteral("Sitzungsprotokollierung aktivieren | Ja | Aktiviert | CAB-311"));
        LanguageManager::apply(QStringLiteral("fr"));
        Seen fr = look();
        QCOMPARE(fr.title, QStringLiteral("Propriétés"));
        QCOMPARE(fr.captions.value(1), QStringLiteral("A&uteur :"));
        QCOMPARE(fr.rows.value(0).section(QStringLiteral(" | "), 1, 2),
                 QStringLiteral("Non | Ne fait pas partie de ce profil"));
        LanguageManager::apply(QStringLiteral("en"));

        // Not a profile: no provenance to show, and the dialog says so.
        const QString pol = QStringLiteral(RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.pol");
        QVERIFY(w->openFile(pol));
        Seen other = look();
        QVERIFY(other.noProvenanceShown);
        QCOMPARE(other.fields.value(1), QStringLiteral("—"));
    }

    void startUpOffersRecoveryBeforeOpeningTheFileGiven()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString doubleClicked = dir.filePath(QStringLiteral("double-clicked.json"));
        Configuration other;
        other.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        writeProfile(doubleClicked, other);
        {
            auto crashed = makeWindow(recovery.path());
            QVERIFY(crashed);
            clickState(crashed.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
            crashed->sessionRecovery()->saveNow();
        } // gone without closing: as after a crash
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        // Restore the work, then keep it rather than open the double-clicked file.
        m_answers = {QMessageBox::Yes, QMessageBox::Cancel};
        ConsoleApplication::startUp(*w, {doubleClicked}, true);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked[0].startsWith(QStringLiteral("The console was closed without saving a new configuration")),
                 qPrintable(m_asked[0]));
        QCOMPARE(m_asked[1], kSavePrompt);
        QCOMPARE(w->document()->configuration().state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->document()->sourcePath(), QString());
        // The work is kept by this session now (and only once).
        QVERIFY(QFile::exists(w->sessionRecovery()->recoveryFile()));
        QVERIFY(w->sessionRecovery()->pending().empty());
    }

    void recoveryRestoresOntoTheOpenedFileSoUndoGoesBackToIt()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString base = dir.filePath(QStringLiteral("base.json"));
        Configuration baseConfig;
        baseConfig.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        writeProfile(base, baseConfig);
        {
            auto crashed = makeWindow(recovery.path());
            QVERIFY(crashed);
            QVERIFY(crashed->openFile(base));
            clickState(crashed.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
            crashed->sessionRecovery()->saveNow();
        }
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        m_answer = QMessageBox::Yes;
        QVERIFY(w->offerRecovery());
        PolicyDocument* doc = w->document();
        QCOMPARE(doc->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(doc->configuration().state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        QCOMPARE(doc->filePath(), base);
        QCOMPARE(w->windowTitle(), QStringLiteral("base.json[*] — Remote Assistance Policy Console"));
        QVERIFY(w->isWindowModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Recover unsaved work"));
        // The crashed session's file has served; this session keeps the work.
        QVERIFY(w->sessionRecovery()->pending().empty());
        QVERIFY(QFile::exists(w->sessionRecovery()->recoveryFile()));
        // Undo: back to the file as saved, not to an empty configuration.
        w->undoAction()->trigger();
        QCOMPARE(doc->configuration(), baseConfig);
        QVERIFY(!w->isWindowModified());
        w->redoAction()->trigger();
        QVERIFY(w->isWindowModified());
    }

    void recoveryWhenTheOpenedFileIsGone()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString base = dir.filePath(QStringLiteral("base.json"));
        Configuration baseConfig;
        baseConfig.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        writeProfile(base, baseConfig);
        {
            auto crashed = makeWindow(recovery.path());
            QVERIFY(crashed);
            QVERIFY(crashed->openFile(base));
            clickState(crashed.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
            crashed->sessionRecovery()->saveNow();
        }
        QVERIFY(QFile::remove(base));
        auto w = makeWindow(recovery.path());
        QVERIFY(w);
        m_answer = QMessageBox::Yes;
        QVERIFY(w->offerRecovery());
        QCOMPARE(w->document()->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(w->document()->filePath(), base);
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Unsaved work restored; save it to keep it. %1 cannot be read any more, so Undo goes "
                                "back to an empty configuration.")
                     .arg(QDir::toNativeSeparators(base)));
        w->undoAction()->trigger();
        QCOMPARE(w->document()->configuration(), Configuration());
    }

    void aSecondRunningConsoleNeitherOffersNorDeletesTheFirstOnesWork()
    {
        QTemporaryDir recovery;
        auto first = makeWindow(recovery.path());
        QVERIFY(first);
        clickState(first.get(), PolicyId::SessionLogging, PolicyState::Disabled);
        first->sessionRecovery()->saveNow();
        const QString firstFile = first->sessionRecovery()->recoveryFile();
        QVERIFY(QFile::exists(firstFile));

        auto second = makeWindow(recovery.path());
        QVERIFY(second);
        QVERIFY(!second->offerRecovery());
        QVERIFY(m_asked.isEmpty());
        clickState(second.get(), PolicyId::SessionLogging, PolicyState::Enabled);
        second->sessionRecovery()->saveNow();
        QVERIFY(second->sessionRecovery()->recoveryFile() != firstFile);
        m_answer = QMessageBox::Discard;
        QVERIFY(second->close());
        QVERIFY(!QFile::exists(second->sessionRecovery()->recoveryFile()));
        QVERIFY(QFile::exists(firstFile));
        QCOMPARE(ProfileFormat::read(
                     [&] {
                         QFile f(firstFile);
                         f.open(QIODevice::ReadOnly);
                         return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("profile"))
                             .toString().toStdString();
                     }())
                     .configuration.state(PolicyId::SessionLogging),
                 PolicyState::Disabled);
        QVERIFY(first->close());
        QVERIFY(!QFile::exists(firstFile));
    }
};

QTEST_MAIN(TestOpenFiles)
#include "TestOpenFiles.moc"
