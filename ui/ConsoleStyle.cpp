#include "ConsoleStyle.h"

#include <QPalette>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

namespace ra::ui {

namespace {

/// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& from, const QColor& to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

/**
 * A Window colour for which Fusion's own outline of an indicator comes out as @p outline: Fusion
 * draws a check box's outline in Window darker(140) then lighter(110), and a radio button's in
 * Window darker(150); both scale the HSV value only, so the inverse is the value scaled back.
 */
QColor windowGiving(const QColor& outline, double fusionFactor)
{
    QColor hsv = outline.toHsv();
    const int value = std::clamp(int(std::lround(hsv.value() * fusionFactor)), 0, 255);
    hsv.setHsv(hsv.hue(), hsv.saturation(), value, hsv.alpha());
    return hsv.toRgb();
}

} // namespace

ConsoleStyle::ConsoleStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("ConsoleStyle"));
}

QColor ConsoleStyle::indicatorOutline(const QPalette& palette, QPalette::ColorGroup group)
{
    const QColor text = palette.color(group, QPalette::WindowText);
    const QColor backgrounds[] = {palette.color(group, QPalette::Window), palette.color(group, QPalette::Base),
                                  palette.color(group, QPalette::AlternateBase)};
    auto worst = [&](const QColor& c) {
        double r = 21.0;
        for (const QColor& b : backgrounds)
            r = std::min(r, contrast(c, b));
        return r;
    };
    // From halfway between the window and its text towards the text, in small steps: the
    // softest outline that still meets the contrast asked for.
    for (int step = 10; step <= 20; ++step) {
        const QColor c = blend(backgrounds[0], text, step / 20.0);
        if (worst(c) >= 3.2)
            return c;
    }
    return text;
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    // Fusion draws the indicators' outline from the option palette's Window colour; hand it a
    // Window that yields indicatorOutline(). The fill (Base) and the check mark (Text) keep
    // theirs. A keyboard-focused indicator keeps Fusion's highlighted outline.
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
        const bool focusOutline = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
        const bool textured = option->palette.window().style() == Qt::TexturePattern;
        if (!focusOutline && !textured) {
            const QColor outline = indicatorOutline(
                option->palette, (option->state & State_Enabled) ? QPalette::Active : QPalette::Disabled);
            const double factor = element == PE_IndicatorCheckBox ? 1.40 / 1.10 : 1.50;
            const QColor window = windowGiving(outline, factor);
            if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
                QStyleOptionButton copy(*button);
                copy.palette.setColor(QPalette::Window, window);
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
                return;
            }
            QStyleOption copy(*option);
            copy.palette.setColor(QPalette::Window, window);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

QIcon ConsoleStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    QIcon* cached = nullptr;
    if (standardIcon == SP_TitleBarNormalButton)
        cached = &m_dockFloatIcon;
    else if (standardIcon == SP_TitleBarCloseButton)
        cached = &m_dockCloseIcon;
    if (!cached)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    if (cached->isNull())
        *cached = QProxyStyle::standardIcon(standardIcon, option, widget);
    return *cached;
}

} // namespace ra::ui
