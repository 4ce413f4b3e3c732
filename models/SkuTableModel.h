#pragma once
/**
 * @file SkuTableModel.h
 * The SKU table of the Policy CSP document: rows = policies, columns = the seven editions
 * (Home, Pro, Business, Enterprise, Education, Mobile, Mobile Enterprise). An available cell
 * has the check mark icon and a footnote number (render it as a superscript); a blank cell has
 * neither.
 */
#include "core/Catalog.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace ra {

class SkuTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        AvailableRole = Qt::UserRole + 1, ///< bool
        FootnoteRole,                     ///< int: footnote number, 0 = none
        EditionRole,                      ///< int (ra::Edition)
        PolicyIdRole,                     ///< int: ra::index(PolicyId)
    };
    Q_ENUM(Role)

    /// All four policies, one row each.
    explicit SkuTableModel(QObject* parent = nullptr);

    /// Shows only @p id (one row), or all four policies with std::nullopt.
    void setPolicy(std::optional<PolicyId> id);
    std::optional<PolicyId> policy() const { return m_single; }

    /**
     * The footnote list under the table, one line per footnote of the catalog, in number
     * order: "1 - Added in Windows 10, version 1607." (translated).
     */
    static QStringList footnoteLines();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /**
     * Available cell: DecorationRole = check mark, FootnoteRole = n, ToolTipRole and
     * AccessibleTextRole = "Available – added in Windows 10, version 1607" (translated);
     * DisplayRole is empty (the view draws the mark and the superscript). Blank cell:
     * AvailableRole false, ToolTip/AccessibleText "Not available". TextAlignmentRole = centre.
     */
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Horizontal: edition names; vertical: the policy's CSP name.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Tells the views that the headers and tooltips changed (call on QEvent::LanguageChange).
    void retranslate();

private:
    PolicyId policyOfRow(int row) const;
    std::optional<PolicyId> m_single;
};

} // namespace ra
