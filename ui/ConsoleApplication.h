#pragma once
/**
 * @file ConsoleApplication.h
 * Start-up of ra-console: command line (--lang, --dark, --page, --screenshot,
 * --quit-after-first-paint, a file to open), settings, translations, palette, the main window,
 * crash recovery.
 */

#include <QStringList>

namespace ra::ui {

class MainWindow;

class ConsoleApplication
{
public:
    /**
     * What the console does once its window is shown: first it offers the unsaved work of a
     * session that crashed (when @p offerRecovery), then it opens the first of @p files — so a
     * profile double-clicked after a crash asks about the recovered work (Save / Discard /
     * Cancel) instead of losing it.
     */
    static void startUp(MainWindow& window, const QStringList& files, bool offerRecovery);
    /// Runs the console; @p argc / @p argv as given to main(). Returns the exit code.
    static int run(int argc, char** argv);
    /// --check-components: loads the Intune plugin, prints where from (or why not); 0 when loaded.
    static int checkComponents();
    /// Milliseconds since the process started (Linux: from /proc; elsewhere: since main()).
    static double millisecondsSinceProcessStart();
    /// Call first thing in main() (the fallback clock for millisecondsSinceProcessStart()).
    static void markProcessStart();
};

} // namespace ra::ui
