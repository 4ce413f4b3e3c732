#pragma once
/**
 * @file Theme.h
 * Light and dark palettes for the console (Fusion-based ConsoleStyle, so both look the same on every
 * platform and in screenshots).
 */

#include <QColor>

class QPalette;

namespace ra::ui {

class Theme
{
public:
    /// Applies the light or dark palette to the application.
    static void apply(bool dark);
    static bool isDark();
    /**
     * The colour of error text (an invalid helper's reason, a message over its limit) on
     * @p palette's Window and Base: a red with at least 4.5:1 contrast to both (WCAG 2.1 1.4.3),
     * lighter on a dark palette.
     */
    static QColor errorText(const QPalette& palette);
};

} // namespace ra::ui
