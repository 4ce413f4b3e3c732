#pragma once
/**
 * @file ConsoleStyle.h
 * The console's widget style: Fusion, with check box and radio button indicators whose outline
 * stands out from what they are drawn on (a window, a list or table) in the light and the dark
 * palette. Fusion derives that outline from the Window colour alone (a little darker), which on
 * a dark palette is almost the colour of the background, so unticked boxes disappear.
 */
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QProxyStyle>

namespace ra::ui {

class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Wraps a new Fusion style.
    ConsoleStyle();

    /**
     * The outline colour of check box and radio button indicators for @p palette: WindowText
     * blended into Window, just enough towards WindowText that its contrast with Window, Base
     * and AlternateBase is at least 3.2:1 (WCAG 2.1 asks 3:1 for user-interface components).
     * For the Disabled @p group the blend stops at the (dimmed) disabled text colour.
     */
    static QColor indicatorOutline(const QPalette& palette, QPalette::ColorGroup group = QPalette::Active);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    /**
     * Fusion's icons, with the float and close buttons of dock widget title bars made once.
     * Fusion builds those two from six bundled PNGs on every call, and a dock widget asks for
     * both each time its title bar is laid out (QCommonStyle::subElementRect): 7 % of the
     * console's instructions to its first paint. They depend on nothing of @p option or @p widget.
     */
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

private:
    mutable QIcon m_dockFloatIcon;
    mutable QIcon m_dockCloseIcon;
};

} // namespace ra::ui
