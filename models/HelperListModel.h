#pragma once
/**
 * @file HelperListModel.h
 * The editable helper list of "Configure Offer Remote Assistance" (element
 * RA_Unsolicit_DACL_Edit): one row per `DOMAIN\Name` entry, each with its validation result.
 * Every change is written through PolicyDocument::setOption, so each is one undoable step.
 */
#include "core/Finding.h"
#include "models/PolicyDocument.h"

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace ra {

class HelperListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        /// int: the worst ra::Severity of the row's findings, -1 when the entry is fine
        SeverityRole = Qt::UserRole + 1,
        /// bool: the row has an Error or Warning finding (the inline marker)
        InvalidRole,
        /// QStringList: the messages of the row's findings, in the current language
        MessagesRole,
        /// QStringList: the codes of the row's findings ("helper.upn", …)
        CodesRole,
    };
    Q_ENUM(Role)

    /// How importText() reads its input.
    enum class TextFormat {
        Lines, ///< one entry per line
        Csv,   ///< the first field of each record (RFC 4180 quotes; ',' or ';' or tab);
               ///< a header row ("Name", "Helper", "Account", …) is skipped
        Auto,  ///< Csv when the first non-blank line has a separator outside quotes, else Lines
    };
    Q_ENUM(TextFormat)

    /// @p document must outlive the model.
    explicit HelperListModel(PolicyDocument* document, QObject* parent = nullptr);

    QStringList helpers() const { return m_helpers; }
    /// Rows with InvalidRole true.
    int invalidCount() const;

    /// Appends @p entry (as typed); returns its row.
    int addHelper(const QString& entry);
    /// Appends entries as one undoable step; returns the number added.
    int addHelpers(const QStringList& entries);
    /// Appends an empty row for the editor to fill in (one undoable step, which the entry then
    /// typed into the row joins); returns its row.
    int addEmptyRow();
    /**
     * Drops @p row if it is the row addEmptyRow() added and it is still empty: when nothing was
     * edited since, that step is taken back and forgotten (no undo or redo entry is left), else
     * the row is removed as a step of its own. Returns true when the row was dropped.
     */
    bool discardEmptyRow(int row);
    /// Removes the given rows (any order) as one undoable step.
    void removeHelpers(QList<int> rows);
    /**
     * Pasted text: one entry per line (also `;`-separated), surrounding white space trimmed,
     * blank lines skipped; appended as one undoable step. Returns the number added.
     */
    int pasteText(const QString& text);
    /// importText with parseHelperText(); returns the number added.
    int importText(const QString& text, TextFormat format = TextFormat::Auto);
    /**
     * Imports a text or CSV file (UTF-8, or UTF-16 with BOM; ".csv" → Csv, else Auto).
     * Throws ra::Error naming the file when it cannot be read. Returns the number added.
     */
    int importFile(const QString& path);
    /// The entries of @p text: trimmed, blank ones skipped.
    static QStringList parseHelperText(const QString& text, TextFormat format = TextFormat::Auto);

    int rowCount(const QModelIndex& parent = {}) const override;
    /// DisplayRole/EditRole: the entry; ToolTipRole: the messages (one per line);
    /// DecorationRole: the severity icon of an invalid row; plus the roles above.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// EditRole: replaces the entry (undoable).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Inserts empty entries (flagged until typed in), one undoable step.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    /// Sorts the entries case-insensitively, one undoable step.
    void sort(int column = 0, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Tells the views that the messages changed (call on QEvent::LanguageChange).
    void retranslate();

private:
    void write(const QStringList& helpers,
               PolicyDocument::ListEdit edit = PolicyDocument::ListEdit::Change);
    void syncFromDocument();
    void revalidate();
    PolicyDocument* m_document;
    QStringList m_helpers;
    std::vector<std::vector<Finding>> m_rowFindings;
    int m_emptyRow = -1;       ///< the row addEmptyRow() added, -1 when none
    int m_emptyRowIndex = -1;  ///< the undo index right after adding it
};

} // namespace ra
