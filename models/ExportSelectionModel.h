#pragma once
/**
 * @file ExportSelectionModel.h
 * The checkable list of the four policies for "Export for colleagues" (KCheckableProxyModel
 * over the policy rows of a PolicyTreeModel). Ticked policies are the profile's included ones.
 */
#include "core/Catalog.h"

#include <KCheckableProxyModel>

#include <set>

class KDescendantsProxyModel;
class QItemSelectionModel;

namespace ra {

class PolicyTreeModel;
class PolicySearchProxyModel;

class ExportSelectionModel : public KCheckableProxyModel
{
    Q_OBJECT
public:
    /// Every configured (Enabled or Disabled) policy of the tree's document starts ticked.
    explicit ExportSelectionModel(PolicyTreeModel* tree, QObject* parent = nullptr);
    ~ExportSelectionModel() override;

    /// The ticked policies (ra::Profile::included).
    std::set<PolicyId> checkedPolicies() const;
    void setCheckedPolicies(const std::set<PolicyId>& policies);
    /// Ticks all policies that are not Not configured in the document.
    void checkConfigured();
    void checkAll();
    void uncheckAll();

    /// The row of @p id.
    QModelIndex indexOf(PolicyId id) const;

Q_SIGNALS:
    void checkedPoliciesChanged();

private:
    PolicyTreeModel* m_tree;
    KDescendantsProxyModel* m_flat;
    PolicySearchProxyModel* m_policies;
    QItemSelectionModel* m_checked;
};

} // namespace ra
