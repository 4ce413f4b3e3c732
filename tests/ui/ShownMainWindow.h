#pragma once
// The console's main window as the GUI tests start it: recovery files in the test's own folder,
// the questions it would ask in a message box answered by the test, shown and made the active
// window like a window the admin has just opened.
#include "ui/MainWindow.h"

#include <QMessageBox>
#include <QTest>

#include <memory>

namespace shown {

/// Answers every question with Discard (no unsaved work is kept, nothing is saved).
inline QMessageBox::StandardButton discard(const QString&, const QString&, QMessageBox::StandardButtons)
{
    return QMessageBox::Discard;
}

enum class Activate { Yes, No };

/// A main window with recovery files under \a recoveryFolder and \a ask answering its questions,
/// shown and exposed (and, with Activate::Yes, active); nullptr when the window system did not
/// expose or activate it, which the caller turns into a failure with QVERIFY.
inline std::unique_ptr<ra::ui::MainWindow> mainWindow(const QString& recoveryFolder,
                                                      ra::ui::MainWindow::AskFunction ask = discard,
                                                      Activate activate = Activate::Yes)
{
    auto w = std::make_unique<ra::ui::MainWindow>(recoveryFolder);
    w->setAskFunction(std::move(ask));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (activate == Activate::Yes) {
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
    }
    return w;
}

} // namespace shown
