#include "ThemedIcon.h"

#include <QApplication>
#include <QWidget>

namespace ra::ui {

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    const QIcon icon = QIcon::fromTheme(QString::fromLatin1(name));
    // the same test as QIcon::fromTheme(name, fallback)
    if (!icon.isNull() && !icon.availableSizes().isEmpty())
        return icon;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(fallback, nullptr, widget);
}

} // namespace ra::ui
