#pragma once
/**
 * @file HelperListEditor.h
 * The editor of the Offer Remote Assistance helper list over a ra::HelperListModel: add, remove,
 * edit in place, paste many lines, import from a text or CSV file, sort. Every invalid row is
 * marked inline with the reason, so the admin sees what is wrong where it is wrong.
 */
#include <QWidget>

class QListView;
class QPushButton;
class QLabel;

namespace ra {
class HelperListModel;
}

namespace ra::ui {

class HelperListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit HelperListEditor(QWidget* parent = nullptr);

    /// The model edited (owned by the caller; it writes to the document).
    void setModel(ra::HelperListModel* model);
    ra::HelperListModel* model() const { return m_model; }

    QListView* view() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }
    void setLabel(const QString& label);

public Q_SLOTS:
    void addRow();
    void removeSelectedRows();
    /// Appends every line of the clipboard text.
    void pasteLines();
    /// Asks for a .txt/.csv file and appends its entries.
    void importFile();
    /// Appends the entries of @p path; returns false and shows why when it cannot be read.
    bool importFromFile(const QString& path);
    void sortEntries();
    /// Selects @p row and gives the list the focus.
    void focusRow(int row);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateStatus();
    void onEditorClosed();

    QLabel* m_label;
    QListView* m_view;
    ra::HelperListModel* m_model = nullptr;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_paste;
    QPushButton* m_import;
    QPushButton* m_sort;
    QLabel* m_status;
    int m_newRow = -1; ///< the row addRow() added, until its editor closes
};

} // namespace ra::ui
