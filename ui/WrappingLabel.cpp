#include "WrappingLabel.h"

#include <QEvent>

namespace ra::ui {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Inputs WrappingLabel::currentInputs() const
{
    Inputs in;
    in.text = text();
    in.font = font();
    in.contents = contentsMargins();
    in.format = int(textFormat());
    in.alignment = int(alignment());
    in.margin = margin();
    in.indent = indent();
    in.interaction = int(textInteractionFlags());
    in.dpi = logicalDpiY();
    in.wordWrap = wordWrap();
    return in;
}

int WrappingLabel::heightForWidth(int width) const
{
    Inputs in = currentInputs();
    if (!(in == m_inputs)) {
        m_inputs = std::move(in);
        m_entries.fill(Entry{});
    } else {
        for (const Entry& e : m_entries)
            if (e.used && e.width == width)
                return e.height;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_layouts;
    m_entries[m_next] = Entry{width, height, true};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent* event)
{
    // a style may lay text out differently; the inputs above do not show it
    if (event->type() == QEvent::StyleChange)
        m_entries.fill(Entry{});
    QLabel::changeEvent(event);
}

} // namespace ra::ui
