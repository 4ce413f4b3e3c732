// GUI tests of the main window's title and Save for documents opened from a source that is not a
// profile (registry.pol, GPO backup folder): the title names the source, the modified marker
// follows the edits, and Save asks for a profile path through the real Save As dialog.
#include "ShownMainWindow.h"

#include "core/Profile.h"
#include "models/PolicyDocument.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PolicyPage.h"
#include "ui/SessionRecovery.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

using namespace ra;
using namespace ra::ui;

namespace {
const QString kCorpusPol = QStringLiteral(RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.pol");
const QString kCorpusBackup = QStringLiteral(RA_CORPUS_DIR "/gpo-backup/DoD - Windows 8 - Computer");
const QString kSuffix = QStringLiteral(" — Remote Assistance Policy Console");

/// What the Save As dialog showed, and the file typed into it.
struct SaveAsDialogSeen
{
    int shown = 0;
    QString title;
    QString suggested;
    QStringList filters;
};

/**
 * Answers the next file dialog the way a user does: reads what it offers, types @p fileName (in
 * the folder it offers) into its file name box and saves.
 */
QTimer* answerNextFileDialog(SaveAsDialogSeen* seen, const QString& fileName)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen, fileName] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        // a watchdog: a dialog left open fails the test instead of hanging it
        QTimer::singleShot(30000, dialog, &QDialog::reject);
        ++seen->shown;
        seen->title = dialog->windowTitle();
        seen->suggested = dialog->selectedFiles().value(0);
        seen->filters = dialog->nameFilters();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        // Type as a user does: into the focused name box of the active dialog (without focus, the
        // dialog keeps the folders it matched while typing selected, and those win over the text).
        if (!name || !QTest::qWaitForWindowActive(dialog)) {
            dialog->reject();
            return;
        }
        name->setFocus();
        if (!name->hasFocus()) {
            dialog->reject();
            return;
        }
        name->selectAll();
        QTest::keyClicks(name, fileName);
        // Save (the dialog's default button). Not Return in the name box: the completer's list of
        // the folder's files, filled in a thread, may be open and take the key.
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() through the public slot // QFileDialog::accept() through the public slot
    });
    timer->start();
    return timer;
}
} // namespace

class TestDocumentTitle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path(), shown::discard, shown::Activate::No);
    }
    static void clickState(MainWindow* w, PolicyId id, PolicyState state)
    {
        w->selectPolicy(id);
        QAbstractButton* button = w->policyPage()->stateButton(state);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
        // Qt's own file dialog (the one driven here), never a platform one.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        LanguageManager::apply(QStringLiteral("en"));
    }

    void newDocumentIsUntitled()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QCOMPARE(w->windowTitle(), QStringLiteral("Untitled[*]") + kSuffix);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Untitled") + kSuffix);
        clickState(w.get(), PolicyId::SessionLogging, PolicyState::Enabled);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Untitled*") + kSuffix);
    }

    void registryPolKeepsItsNameWhenEditedAndSaveAsksForAProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The corpus file under the name Windows gives it, in a folder the test may write to.
        const QString pol = dir.filePath(QStringLiteral("Registry.pol"));
        QVERIFY(QFile::copy(kCorpusPol, pol));

        auto w = makeWindow();
        QVERIFY(w);
        QVERIFY(w->openFile(pol));
        PolicyDocument* doc = w->document();
        QCOMPARE(doc->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(doc->filePath(), QString()); // not a profile: Save does not write there
        QCOMPARE(doc->sourcePath(), pol);
        QCOMPARE(w->windowTitle(), QStringLiteral("Registry.pol[*]") + kSuffix);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol") + kSuffix);
        QVERIFY(!w->isWindowModified());

        // Edit: the name stays, the marker appears (this reverted to "Untitled" before).
        clickState(w.get(), PolicyId::SessionLogging, PolicyState::Disabled);
        QCOMPARE(doc->configuration().state(PolicyId::SessionLogging), PolicyState::Disabled);
        QCOMPARE(w->windowTitle(), QStringLiteral("Registry.pol[*]") + kSuffix);
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol*") + kSuffix);
        // Undo back to the opened state clears the marker, the name stays.
        w->undoAction()->trigger();
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol") + kSuffix);
        w->redoAction()->trigger();
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol*") + kSuffix);

        // Save: the source is no profile, so it asks where to save one (Save As), suggesting a
        // profile named after the source next to it; the registry.pol is left as it was.
        const QByteArray polBytes = [&] {
            QFile f(pol);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!polBytes.isEmpty());
        const QString profile = dir.filePath(QStringLiteral("remote-assistance"));
        SaveAsDialogSeen seen;
        answerNextFileDialog(&seen, QStringLiteral("remote-assistance"));
        w->saveAction()->trigger();
        QCOMPARE(seen.shown, 1);
        QCOMPARE(seen.title, QStringLiteral("Save As"));
        QCOMPARE(seen.suggested, dir.filePath(QStringLiteral("Registry.json")));
        QCOMPARE(seen.filters, QStringList{QStringLiteral("Profiles (*.json)")});

        const QString saved = profile + QStringLiteral(".json");
        QVERIFY(QFile::exists(saved));
        const Profile written = ProfileFormat::load(saved.toStdString());
        QCOMPARE(written.configuration, doc->configuration());
        QCOMPARE(written.configuration.state(PolicyId::SessionLogging), PolicyState::Disabled);
        QFile polAfter(pol);
        QVERIFY(polAfter.open(QIODevice::ReadOnly));
        QCOMPARE(polAfter.readAll(), polBytes);

        QCOMPARE(doc->filePath(), saved);
        QCOMPARE(w->windowTitle(), QStringLiteral("remote-assistance.json[*]") + kSuffix);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("remote-assistance.json") + kSuffix);
        QVERIFY(!w->isWindowModified());

        // From now on Save writes the profile without asking.
        clickState(w.get(), PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("remote-assistance.json*") + kSuffix);
        SaveAsDialogSeen again;
        QPointer<QTimer> pending = answerNextFileDialog(&again, QStringLiteral("wrong.json"));
        QVERIFY(w->save());
        QCOMPARE(again.shown, 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("wrong.json"))));
        QCOMPARE(ProfileFormat::load(saved.toStdString()).configuration.state(PolicyId::SolicitedRemoteAssistance),
                 PolicyState::Enabled);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("remote-assistance.json") + kSuffix);
        delete pending; // the answer for a dialog that never came
    }

    void recoveredSessionKeepsTheSourceName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pol = dir.filePath(QStringLiteral("Registry.pol"));
        QVERIFY(QFile::copy(kCorpusPol, pol));
        {
            auto w = makeWindow();
            QVERIFY(w);
            QVERIFY(w->openFile(pol));
            clickState(w.get(), PolicyId::SessionLogging, PolicyState::Disabled);
            w->sessionRecovery()->saveNow(); // as the timer does after an edit; then the session "crashes"
            QVERIFY(QFile::exists(w->sessionRecovery()->recoveryFile()));
        } // destroyed without closing: the recovery file stays, as after a crash
        auto w = makeWindow();
        QVERIFY(w);
        const auto pending = w->sessionRecovery()->pending();
        QVERIFY(!pending.empty());
        QCOMPARE(pending.front().originalPath, QString());
        QCOMPARE(pending.front().sourcePath, pol);
        QString question;
        w->setAskFunction([&question](const QString&, const QString& text, QMessageBox::StandardButtons) {
            question = text;
            return QMessageBox::Yes;
        });
        QVERIFY(w->offerRecovery());
        QVERIFY(question.startsWith(QStringLiteral("The console was closed without saving %1 (last change ").arg(pol)));
        QCOMPARE(w->document()->configuration().state(PolicyId::SessionLogging), PolicyState::Disabled);
        QCOMPARE(w->document()->filePath(), QString());
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol*") + kSuffix);
        // Restored on top of the registry.pol read again: Undo goes back to it, unmodified.
        w->undoAction()->trigger();
        QCOMPARE(w->document()->configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("Registry.pol") + kSuffix);
        w->sessionRecovery()->discard();
    }

    void gpoBackupFolderShowsTheFolderName()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QVERIFY(w->openFile(kCorpusBackup + QLatin1Char('/')));
        QCOMPARE(w->windowTitle(), QStringLiteral("DoD - Windows 8 - Computer[*]") + kSuffix);
        clickState(w.get(), PolicyId::CustomizeWarningMessages, PolicyState::NotConfigured);
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("DoD - Windows 8 - Computer*") + kSuffix);
        QCOMPARE(w->document()->filePath(), QString());

        // Cancelling the Save As dialog saves nothing and keeps the marker.
        SaveAsDialogSeen seen;
        auto* timer = new QTimer(qApp);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, &seen] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            ++seen.shown;
            seen.suggested = dialog->selectedFiles().value(0);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        timer->start();
        QVERIFY(!w->save());
        QCOMPARE(seen.shown, 1);
        QCOMPARE(seen.suggested, QDir::cleanPath(QStringLiteral(RA_CORPUS_DIR "/gpo-backup/DoD - Windows 8 - Computer.json")));
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->windowHandle()->title(), QStringLiteral("DoD - Windows 8 - Computer*") + kSuffix);

        // New: back to Untitled.
        QVERIFY(w->newDocument());
        QCOMPARE(w->windowTitle(), QStringLiteral("Untitled[*]") + kSuffix);
        QCOMPARE(w->document()->sourcePath(), QString());
    }
};

QTEST_MAIN(TestDocumentTitle)
#include "TestDocumentTitle.moc"
