#pragma once
/**
 * @file PreviewPane.h
 * One artifact of the delivery preview: what the target holds now and what Apply would write,
 * side by side, and the differences below them (registry values added, changed, removed; lines
 * added and removed, each with a + or - marker and coloured).
 */
#include "backends/Backend.h"
#include "core/PreviewDiff.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTextEdit;

namespace ra::ui {

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    /// How the artifact compares with the target.
    enum class State {
        New,       ///< nothing there yet
        Changed,   ///< Apply changes it
        Unchanged, ///< Apply writes what is already there
        Unknown,   ///< what is there could not be read (or is being read)
    };

    explicit PreviewPane(ra::PreviewItem item, QWidget* parent = nullptr);

    const ra::PreviewItem& item() const { return m_item; }
    State state() const { return m_state; }
    /// The translated title (the item's label).
    QString title() const;
    /// title() with the state, for the tab: "registry.pol (changed)".
    QString tabTitle() const;

    /**
     * Replaces what the target holds now, for a target read later (Intune): @p current shown
     * like the item's content (nullopt: nothing there), @p note says what it is; @p known false
     * while it is still being read or when it could not be read.
     */
    void setCurrent(std::optional<std::string> current, const QString& note, bool known = true);

    /// The value changes (for items made of registry entries) and the line diff shown.
    const std::vector<ra::ValueChange>& valueChanges() const { return m_values; }
    const std::vector<ra::DiffLine>& lineDiff() const { return m_lines; }

    // for tests
    QLabel* captionLabel() const { return m_caption; }
    QLabel* noteLabel() const { return m_note; }
    QPlainTextEdit* currentView() const { return m_current; }
    QPlainTextEdit* afterView() const { return m_after; }
    QTextEdit* diffView() const { return m_diff; }
    QSplitter* splitter() const { return m_split; }

private:
    void update(const QString& note, bool known);
    void fillDiff(bool known);

    ra::PreviewItem m_item;
    State m_state = State::Unknown;
    std::vector<ra::ValueChange> m_values;
    std::vector<ra::DiffLine> m_lines;
    QLabel* m_caption;
    QLabel* m_note;
    QLabel* m_currentLabel;
    QPlainTextEdit* m_current;
    QLabel* m_afterLabel;
    QPlainTextEdit* m_after;
    QLabel* m_diffLabel;
    QTextEdit* m_diff;
    QSplitter* m_split;
};

} // namespace ra::ui
