#pragma once
/**
 * @file ConsoleApplication.h
 * Start-up of ra-console: command line (--lang, --dark, --page, --screenshot,
 * --quit-after-first-paint, a file to open), settings, translations, palette, the main window,
 * crash recovery.
 */

namespace ra::ui {

class ConsoleApplication
{
public:
    /// Runs the console; @p argc / @p argv as given to main(). Returns the exit code.
    static int run(int argc, char** argv);
    /// Milliseconds since the process started (Linux: from /proc; elsewhere: since main()).
    static double millisecondsSinceProcessStart();
    /// Call first thing in main() (the fallback clock for millisecondsSinceProcessStart()).
    static void markProcessStart();
};

} // namespace ra::ui
