#pragma once
/**
 * @file FontConfigWarmUp.h
 * Loads fontconfig's configuration and font cache on a worker thread while the console connects
 * to the display, parses its command line and loads its settings, translations and style.
 *
 * Qt asks fontconfig for its configuration the first time a widget needs a font (on Linux that
 * is FcInit(): reading /etc/fonts and the cache files, about a tenth of the instructions the
 * console runs before its first paint); done beforehand on a second CPU, the main thread finds
 * it ready. fontconfig is thread-safe, and wait() is called before anything can ask for a font,
 * so the work is never done twice. Without fontconfig (Windows, macOS, or a build without its
 * headers) this does nothing.
 */

#include <thread>

namespace ra::ui {

class FontConfigWarmUp
{
public:
    /// Starts the worker thread (when the build has fontconfig).
    FontConfigWarmUp();
    /// Waits for the worker thread.
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp&) = delete;
    FontConfigWarmUp& operator=(const FontConfigWarmUp&) = delete;

    /// Returns once fontconfig is loaded (or at once without fontconfig); call before the first font use.
    void wait();

private:
    std::thread m_thread;
};

} // namespace ra::ui
