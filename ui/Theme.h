#pragma once
/**
 * @file Theme.h
 * Light and dark palettes for the console (Fusion-based ConsoleStyle, so both look the same on every
 * platform and in screenshots).
 */

namespace ra::ui {

class Theme
{
public:
    /// Applies the light or dark palette to the application.
    static void apply(bool dark);
    static bool isDark();
};

} // namespace ra::ui
