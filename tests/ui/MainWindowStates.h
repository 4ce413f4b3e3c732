#pragma once
// Every state of the console's main window a user can bring up with its tabs: each policy page
// with each navigation tab and each of its Help/Details/Availability tabs, the firewall and the
// helpdesk readiness pages, and the Deliver page with each target selected.
#include "ui/BackendsPanel.h"
#include "ui/MainWindow.h"
#include "WindowWalk.h"

#include <QComboBox>

namespace walk {

inline void forEachMainWindowState(ra::ui::MainWindow* w,
                                   const std::function<void(const QString& name, const QString& id)>& visit)
{
    using ra::ui::MainWindow;
    const QSet<QTabWidget*> pages{w->pages()};
    w->showPage(MainWindow::Page::Policies);
    for (ra::PolicyId id : ra::kAllPolicies) {
        w->selectPolicy(id);
        const QString policy = QString::fromStdString(ra::Catalog::instance().policy(id).cspNode);
        forEachTabState(w, pages, policy, policy, visit);
    }
    w->showPage(MainWindow::Page::Firewall);
    forEachTabState(w, pages, QStringLiteral("Firewall"), QStringLiteral("firewall"), visit);
    w->showPage(MainWindow::Page::Readiness);
    forEachTabState(w, pages, QStringLiteral("Readiness"), QStringLiteral("readiness"), visit);
    w->showPage(MainWindow::Page::Deliver);
    QComboBox* targets = w->backendsPanel()->selector();
    const int current = targets->currentIndex();
    for (int i = 0; i < targets->count(); ++i) {
        targets->setCurrentIndex(i);
        forEachTabState(w, pages, QStringLiteral("Deliver to %1").arg(targets->itemText(i)),
                        QStringLiteral("deliver %1").arg(i), visit);
    }
    targets->setCurrentIndex(current);
    w->showPage(MainWindow::Page::Policies);
    QApplication::processEvents();
}

} // namespace walk

#include "ui/SettingsDialog.h"

#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

namespace walk {

/// Presses the mnemonic of @p text (with Alt when @p alt) on @p widget, with the letter as the text.
inline void pressMnemonic(QWidget* widget, const QString& text, bool alt)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return;
    const Qt::Key code = key[0].key();
    QTest::sendKeyEvent(QTest::Click, widget, code, QString(QChar(char16_t(code))).toLower(),
                        alt ? Qt::AltModifier : Qt::NoModifier);
}

/**
 * Switches the console's language as a user does, with the keyboard only: Alt+<Tools> opens the
 * menu, <Settings…>'s letter opens the Settings dialog, Alt+<Language> goes to the language,
 * the arrow keys choose @p code and Return closes the dialog (MainWindow::applySettings()).
 * Returns what did not work; empty when the language was chosen.
 */
inline QString chooseLanguageInSettings(ra::ui::MainWindow* w, const QString& code)
{
    QMenu* menu = nullptr;
    QAction* settings = nullptr;
    for (QAction* top : w->menuBar()->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->menuRole() == QAction::PreferencesRole) {
                    menu = top->menu();
                    settings = a;
                }
    if (!settings)
        return QStringLiteral("no Settings action in the menus");
    QString error = QStringLiteral("the Settings dialog did not open");
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ra::ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        // The menu that opened the dialog gives the activation back to the main window as it
        // closes: wait until the dialog has it (again).
        const bool active = QTest::qWaitFor([dialog] {
            if (QApplication::activeWindow() != dialog)
                dialog->activateWindow();
            return QApplication::activeWindow() == dialog;
        });
        if (!active) {
            error = QStringLiteral("the Settings dialog did not become active");
            dialog->reject();
            return;
        }
        QComboBox* combo = dialog->languageCombo();
        QLabel* label = nullptr;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            if (l->buddy() == combo)
                label = l;
        if (!label) {
            error = QStringLiteral("the language has no label");
            dialog->reject();
            return;
        }
        pressMnemonic(dialog, label->text(), true);
        if (QApplication::focusWidget() != combo) {
            error = QStringLiteral("%1 (“%2”) did not go to the language but to %3 (active window: %4)")
                        .arg(QKeySequence::mnemonic(label->text()).toString(), label->text(),
                             describe(QApplication::focusWidget()), describe(QApplication::activeWindow()));
            dialog->reject();
            return;
        }
        const int target = combo->findData(code);
        while (target >= 0 && combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (target >= 0 && combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        QTest::keyClick(combo, Qt::Key_Return);
        error = dialog->isVisible() || dialog->result() != QDialog::Accepted
                    ? QStringLiteral("Return did not close the Settings dialog with OK")
                    : QString();
        if (dialog->isVisible())
            dialog->reject();
    });
    // Back from a dialog, the window gets the activation back with the next events (there is no
    // window manager under Xvfb to give it at once).
    const bool active = QTest::qWaitFor([w] {
        if (QApplication::activeWindow() != w)
            w->activateWindow();
        return QApplication::activeWindow() == w;
    });
    if (!active)
        return QStringLiteral("the main window is not active");
    timer.start();
    pressMnemonic(w, menu->title(), true);
    if (!menu->isVisible())
        return QStringLiteral("%1 did not open the menu “%2”")
            .arg(QKeySequence::mnemonic(menu->title()).toString(), menu->title());
    pressMnemonic(menu, settings->text(), false);
    timer.stop();
    QApplication::processEvents();
    return error;
}

} // namespace walk
