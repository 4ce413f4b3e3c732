#pragma once
/**
 * @file MessageEditor.h
 * The editor of one warning message (RA_Options): multi-line text with a live character count
 * against the limit, and a preview of the message as the person being helped reads it.
 */
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QFrame;

namespace ra::ui {

class MessageEditor : public QWidget
{
    Q_OBJECT
public:
    /// @p maxLength is the ADMX limit in UTF-16 code units (1023 for these two messages).
    explicit MessageEditor(int maxLength, QWidget* parent = nullptr);

    QString text() const;
    /// Shows @p text without emitting textEdited().
    void setText(const QString& text);
    /// The caption above the text field (the ADMX label).
    void setLabel(const QString& label);
    /// Whether the preview shows the message before connecting or before sharing control.
    void setPreviewTitle(const QString& title);
    int maxLength() const { return m_maxLength; }
    bool isOverLimit() const;
    QPlainTextEdit* textEdit() const { return m_edit; }
    /// The "123 / 1023 characters" label.
    QLabel* countLabel() const { return m_count; }
    /// The rendered preview text.
    QLabel* previewLabel() const { return m_previewText; }

Q_SIGNALS:
    /// The user changed the text.
    void textEdited(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateCountAndPreview();

    int m_maxLength;
    bool m_updating = false;
    QLabel* m_label;
    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QFrame* m_preview;
    QLabel* m_previewCaption;
    QLabel* m_previewTitle;
    QLabel* m_previewText;
    QLabel* m_previewButtons;
    QString m_previewTitleText;
};

} // namespace ra::ui
