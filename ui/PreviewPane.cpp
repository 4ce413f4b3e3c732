#include "PreviewPane.h"

#include "PreviewText.h"
#include "WrappingLabel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
/// Unchanged lines shown around a change; longer runs of unchanged lines are folded.
constexpr std::size_t kContext = 3;

QString q(const std::string& s) { return QString::fromStdString(s); }

QWidget* titled(QWidget* parent, QLabel*& label, QWidget* view)
{
    auto* box = new QWidget(parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    label = new QLabel(box);
    label->setBuddy(view);
    view->setParent(box);
    l->addWidget(label);
    l->addWidget(view, 1);
    return box;
}

QPlainTextEdit* textView()
{
    auto* view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

PreviewPane::PreviewPane(ra::PreviewItem item, QWidget* parent)
    : QWidget(parent)
    , m_item(std::move(item))
{
    auto* layout = new QVBoxLayout(this);
    m_caption = new WrappingLabel(this);
    m_note = new WrappingLabel(this);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);
    layout->addWidget(m_note);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    auto* sides = new QSplitter(Qt::Horizontal, m_split);
    sides->setChildrenCollapsible(false);
    m_current = textView();
    m_after = textView();
    sides->addWidget(titled(sides, m_currentLabel, m_current));
    sides->addWidget(titled(sides, m_afterLabel, m_after));
    m_diff = new QTextEdit;
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_split->addWidget(sides);
    m_split->addWidget(titled(m_split, m_diffLabel, m_diff));
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_currentLabel->setText(tr("N&ow on the target:"));
    m_current->setAccessibleName(tr("Now on the target"));
    m_afterLabel->setText(tr("Afte&r Apply:"));
    m_after->setAccessibleName(tr("After Apply"));
    m_diffLabel->setText(tr("Difference&s:"));
    m_diff->setAccessibleName(tr("Differences"));
    m_diff->setAccessibleDescription(tr("Each line starts with + when it is added, - when it is removed and ~ when it "
                                        "changes."));

    const QString caption = PreviewText::text(m_item.caption);
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    const bool isDiff = m_item.kind == ra::PreviewItem::Kind::Diff;
    m_after->setPlainText(isDiff && m_item.entries ? q(ra::PreviewDiff::listing(*m_item.entries)) : q(m_item.content));
    update(PreviewText::text(m_item.currentNote), m_item.currentNote.code != "current-unreadable");
}

QString PreviewPane::title() const { return PreviewText::text(m_item.label); }

QString PreviewPane::tabTitle() const
{
    switch (m_state) {
    case State::New: return tr("%1 (new)").arg(title());
    case State::Changed: return tr("%1 (changed)").arg(title());
    case State::Unchanged: return tr("%1 (unchanged)").arg(title());
    case State::Unknown: break;
    }
    return title();
}

void PreviewPane::setCurrent(std::optional<std::string> current, const QString& note, bool known)
{
    m_item.current = std::move(current);
    update(note, known);
}

void PreviewPane::update(const QString& note, bool known)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const bool isDiff = m_item.kind == ra::PreviewItem::Kind::Diff;
    if (m_item.current && !(isDiff && m_item.current->empty()))
        m_current->setPlainText(q(*m_item.current));
    else if (isDiff)
        m_current->setPlainText(tr("No values there yet."));
    else if (!known)
        m_current->setPlainText(note);
    else
        m_current->setPlainText(tr("New file; nothing there yet."));

    m_values.clear();
    m_lines.clear();
    if (m_item.entries)
        m_values = ra::PreviewDiff::values(m_item.currentEntries.value_or(std::vector<ra::RegistryEntry>{}), *m_item.entries);
    if (m_item.current && !isDiff)
        m_lines = ra::PreviewDiff::lines(*m_item.current, m_item.content);
    if (!known)
        m_state = State::Unknown;
    else if (!m_item.current && !isDiff)
        m_state = State::New;
    else if (!m_values.empty() || ra::PreviewDiff::hasChanges(m_lines))
        m_state = State::Changed;
    else
        m_state = State::Unchanged;
    fillDiff(known);
    m_diff->moveCursor(QTextCursor::Start); // the first change in view, not the last line
}

void PreviewPane::fillDiff(bool known)
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor added = dark ? QColor(0x1e, 0x4a, 0x2b) : QColor(0xd8, 0xf3, 0xdc);
    const QColor removed = dark ? QColor(0x5c, 0x22, 0x27) : QColor(0xfb, 0xdd, 0xdd);
    const QColor changed = dark ? QColor(0x55, 0x46, 0x10) : QColor(0xfa, 0xee, 0xc2);

    m_diff->clear();
    QTextCursor cursor(m_diff->document());
    bool first = true;
    const auto line = [&](const QString& text, const QColor& background = QColor(), bool bold = false) {
        QTextBlockFormat block;
        if (background.isValid())
            block.setBackground(background);
        QTextCharFormat chars;
        if (bold)
            chars.setFontWeight(QFont::Bold);
        if (first) {
            cursor.setBlockFormat(block);
            cursor.setCharFormat(chars);
            first = false;
        } else {
            cursor.insertBlock(block, chars);
        }
        cursor.insertText(text, chars);
    };

    const bool isDiff = m_item.kind == ra::PreviewItem::Kind::Diff;
    if (!known) {
        line(tr("What the target holds now is not known, so no differences are shown."));
        return;
    }
    if (m_state == State::New) {
        line(tr("New file; nothing there yet. Apply creates it as shown on the right."), QColor(), true);
        if (m_item.entries && !m_item.entries->empty()) {
            line(QString());
            line(tr("Registry values it holds:"), QColor(), true);
            for (const ra::ValueChange& c : m_values)
                line(PreviewText::valueChange(c), added);
        }
        return;
    }
    if (m_item.entries) {
        line(tr("Registry values:"), QColor(), true);
        if (m_values.empty())
            line(tr("No registry value changes."));
        for (const ra::ValueChange& c : m_values)
            line(PreviewText::valueChange(c), c.kind == ra::ValueChange::Kind::Added     ? added
                                                  : c.kind == ra::ValueChange::Kind::Removed ? removed
                                                                                             : changed);
    }
    if (isDiff)
        return;
    if (m_item.entries)
        line(QString());
    line(tr("Lines (+ added, - removed):"), QColor(), true);
    if (!ra::PreviewDiff::hasChanges(m_lines)) {
        line(tr("No line changes: the file there is exactly what Apply writes."));
        return;
    }
    // unchanged lines far from any change are folded into one line
    std::vector<bool> near(m_lines.size(), false);
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].op != ra::DiffLine::Op::Same)
            for (std::size_t j = i >= kContext ? i - kContext : 0; j <= std::min(m_lines.size() - 1, i + kContext); ++j)
                near[j] = true;
    for (std::size_t i = 0; i < m_lines.size();) {
        const ra::DiffLine& l = m_lines[i];
        if (l.op == ra::DiffLine::Op::Same && !near[i]) {
            std::size_t j = i;
            while (j < m_lines.size() && m_lines[j].op == ra::DiffLine::Op::Same && !near[j])
                ++j;
            line(tr("  … %n unchanged line(s) …", nullptr, int(j - i)));
            i = j;
            continue;
        }
        switch (l.op) {
        case ra::DiffLine::Op::Added: line(QStringLiteral("+ ") + q(l.text), added); break;
        case ra::DiffLine::Op::Removed: line(QStringLiteral("- ") + q(l.text), removed); break;
        case ra::DiffLine::Op::Same: line(QStringLiteral("  ") + q(l.text)); break;
        }
        ++i;
    }
}

} // namespace ra::ui
