#include "MessageEditor.h"

#include "Theme.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ra::ui {

MessageEditor::MessageEditor(int maxLength, QWidget* parent)
    : QWidget(parent)
    , m_maxLength(maxLength)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_label = new WrappingLabel(this);
    layout->addWidget(m_label);

    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_edit->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_label->setBuddy(m_edit);
    layout->addWidget(m_edit);

    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_count);

    // The preview: a small dialog-like frame with the message as Windows shows it.
    m_previewCaption = new QLabel(this);
    QFont small = m_previewCaption->font();
    small.setItalic(true);
    m_previewCaption->setFont(small);
    layout->addWidget(m_previewCaption);

    m_preview = new QFrame(this);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    auto* pl = new QVBoxLayout(m_preview);
    m_previewTitle = new QLabel(m_preview);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    pl->addWidget(m_previewTitle);
    m_previewText = new WrappingLabel(m_preview);
    m_previewText->setTextFormat(Qt::PlainText);
    m_previewText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_previewText);
    m_previewButtons = new QLabel(m_preview);
    m_previewButtons->setAlignment(Qt::AlignRight);
    pl->addWidget(m_previewButtons);
    layout->addWidget(m_preview);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCountAndPreview();
        if (!m_updating)
            Q_EMIT textEdited(m_edit->toPlainText());
    });
    retranslateUi();
}

QString MessageEditor::text() const { return m_edit->toPlainText(); }

void MessageEditor::setText(const QString& text)
{
    if (text == m_edit->toPlainText())
        return;
    m_updating = true;
    // Keep the cursor where it was when the text is replaced by undo/redo.
    const int pos = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor c = m_edit->textCursor();
    c.setPosition(qMin(pos, int(text.size())));
    m_edit->setTextCursor(c);
    m_updating = false;
    updateCountAndPreview();
}

void MessageEditor::setLabel(const QString& label)
{
    m_label->setText(label);
    m_edit->setAccessibleName(label);
}

void MessageEditor::setPreviewTitle(const QString& title)
{
    m_previewTitleText = title;
    retranslateUi();
}

bool MessageEditor::isOverLimit() const { return m_edit->toPlainText().size() > m_maxLength; }

void MessageEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageEditor::retranslateUi()
{
    m_previewCaption->setText(tr("Preview: what the person being helped reads"));
    m_previewTitle->setText(m_previewTitleText.isEmpty() ? tr("Windows Remote Assistance")
                                                         : m_previewTitleText);
    m_previewButtons->setText(tr("[ Yes ]   [ No ]"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_count->setAccessibleName(tr("Character count"));
    updateCountAndPreview();
}

void MessageEditor::updateCountAndPreview()
{
    const QString t = m_edit->toPlainText();
    const int n = int(t.size());
    m_count->setText(tr("%1 / %2 characters").arg(n).arg(m_maxLength));
    QPalette pal = m_count->palette();
    if (n > m_maxLength) {
        m_count->setText(tr("%1 / %2 characters — %3 too many").arg(n).arg(m_maxLength).arg(n - m_maxLength));
        pal.setColor(QPalette::WindowText, Theme::errorText(pal));
        QFont f = m_count->font();
        f.setBold(true);
        m_count->setFont(f);
    } else {
        pal = palette();
        m_count->setFont(font());
    }
    m_count->setPalette(pal);
    m_previewText->setText(t.isEmpty() ? tr("(Windows shows its built-in warning when the message is empty.)") : t);
    m_previewText->setEnabled(!t.isEmpty());
}

} // namespace ra::ui
