#pragma once
/**
 * @file ThemedIcon.h
 * An icon of the desktop's icon theme, with one of the style's standard icons where the theme
 * has none (Windows, a bare X session).
 */
#include <QIcon>
#include <QStyle>

class QWidget;

namespace ra::ui {

/**
 * The icon theme's @p name, else the style's @p fallback for @p widget (or the application's
 * style). Unlike QIcon::fromTheme(name, fallback) the fallback is only made when it is used:
 * a style builds its standard icons from several image files each time it is asked.
 */
QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QWidget* widget = nullptr);

} // namespace ra::ui
