#pragma once
/**
 * @file ConsoleStyle.h
 * The console's widget style: Fusion, with check box and radio button indicators whose outline
 * stands out from what they are drawn on (a window, a list or table) in the light and the dark
 * palette. Fusion derives that outline from the Window colour alone (a little darker), which on
 * a dark palette is almost the colour of the background, so unticked boxes disappear.
 */
#include <QColor>
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
};

} // namespace ra::ui
