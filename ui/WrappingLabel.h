#pragma once
/**
 * @file WrappingLabel.h
 * A word-wrapped QLabel that remembers the heights it gave for a width.
 */
#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QString>

#include <array>

namespace ra::ui {

/**
 * A QLabel with word wrap on whose heightForWidth() lays its text out once per width.
 *
 * QLabel lays the whole text out again on each heightForWidth() call, and nested box layouts
 * ask each label for the same few widths many times while a window is first laid out (the
 * minimum height for a width is not cached by QWidgetItem): the console's first page asked its
 * labels 163 times. The answers are kept for the last four widths, as long as everything the
 * height depends on — text, font, text format, wrapping, alignment, margins, indent, text
 * interaction, screen resolution — is as it was.
 */
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

    /// How many heights were laid out (not taken from the cache) since construction; for tests.
    int layoutCount() const { return m_layouts; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int format = 0;
        int alignment = 0;
        int margin = 0;
        int indent = 0;
        int interaction = 0;
        int dpi = 0;
        bool wordWrap = false;
        bool operator==(const Inputs&) const = default;
    };
    Inputs currentInputs() const;

    struct Entry
    {
        int width = 0;
        int height = 0;
        bool used = false;
    };
    mutable Inputs m_inputs;
    mutable std::array<Entry, 4> m_entries{};
    mutable unsigned m_next = 0;
    mutable int m_layouts = 0;
};

} // namespace ra::ui
