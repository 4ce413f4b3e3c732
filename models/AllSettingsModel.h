#pragma once
/**
 * @file AllSettingsModel.h
 * The "All settings" flat view of the console in one object:
 * PolicyTreeModel → KDescendantsProxyModel → PolicySearchProxyModel → this
 * (a KExtraColumnsProxyModel adding the State and Comment columns).
 *
 * Usage: `view->setModel(new ra::AllSettingsModel(treeModel, view));`
 */
#include "core/Catalog.h"

#include <KExtraColumnsProxyModel>

#include <optional>

class KDescendantsProxyModel;

namespace ra {

class PolicyTreeModel;
class PolicySearchProxyModel;

class AllSettingsModel : public KExtraColumnsProxyModel
{
    Q_OBJECT
public:
    /// The columns.
    enum Column { SettingColumn = 0, StateColumn = 1, CommentColumn = 2 };
    Q_ENUM(Column)

    /// @p tree must outlive this model.
    explicit AllSettingsModel(PolicyTreeModel* tree, QObject* parent = nullptr);
    ~AllSettingsModel() override;

    PolicyTreeModel* treeModel() const { return m_tree; }
    PolicySearchProxyModel* searchModel() const { return m_search; }

    /// Filters the rows (see PolicySearchProxyModel); an empty text shows all four policies.
    void setSearchText(const QString& text);
    QString searchText() const;

    /// The row of @p id (column 0), invalid when filtered out.
    QModelIndex indexOf(PolicyId id) const;
    /// The policy of any index of this model.
    std::optional<PolicyId> policyAt(const QModelIndex& index) const;

    /// State: the translated state name, the state icon, StateRole. Comment: the comment
    /// (editable: writes PolicyDocument::setComment, undoable).
    QVariant extraColumnData(const QModelIndex& parent, int row, int extraColumn,
                             int role = Qt::DisplayRole) const override;
    bool setExtraColumnData(const QModelIndex& parent, int row, int extraColumn, const QVariant& data,
                            int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Sorts by setting name, state or comment (column 1 and 2 sort through the search proxy).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column titles, in the language in use.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Tells the views that the column titles changed (call on QEvent::LanguageChange, after
    /// PolicyTreeModel::retranslate(), whose row changes reach this model by themselves).
    void retranslate();

private:
    PolicyTreeModel* m_tree;
    KDescendantsProxyModel* m_flat;
    PolicySearchProxyModel* m_search;
};

} // namespace ra
