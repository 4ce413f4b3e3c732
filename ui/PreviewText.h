#pragma once
/**
 * @file PreviewText.h
 * The texts of the delivery preview in the user's language: the titles, captions and notes the
 * backends give their preview items (codes listed with ra::PreviewItem) and the value changes of
 * core/PreviewDiff.
 */
#include "backends/Backend.h"
#include "core/PreviewDiff.h"

#include <QCoreApplication>
#include <QString>

namespace ra::ui {

/**
 * Without a translator every text equals the English of the note (Note::message) or of
 * ValueChange::describe(); a note without a code, with an unknown code or unexpected arguments
 * is shown as written.
 */
class PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(ra::ui::PreviewText)
public:
    /// A title, caption or current note of a preview item.
    static QString text(const ra::Note& note);
    /// One value change with its marker (+ added, ~ changed, - removed).
    static QString valueChange(const ra::ValueChange& change);
};

} // namespace ra::ui
