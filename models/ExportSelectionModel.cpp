#include "models/ExportSelectionModel.h"

#include "models/PolicyDocument.h"
#include "models/PolicySearchProxyModel.h"
#include "models/PolicyTreeModel.h"

#include <KDescendantsProxyModel>
#include <QItemSelectionModel>

namespace ra {

ExportSelectionModel::ExportSelectionModel(PolicyTreeModel* tree, QObject* parent)
    : KCheckableProxyModel(parent)
    , m_tree(tree)
    , m_flat(new KDescendantsProxyModel(this))
    , m_policies(new PolicySearchProxyModel(this))
    , m_checked(new QItemSelectionModel(m_policies, this))
{
    m_flat->setSourceModel(tree);
    m_policies->setSourceModel(m_flat);
    setSourceModel(m_policies);
    setSelectionModel(m_checked);
    checkConfigured();
    connect(m_checked, &QItemSelectionModel::selectionChanged, this,
            &ExportSelectionModel::checkedPoliciesChanged);
}

ExportSelectionModel::~ExportSelectionModel() = default;

std::set<PolicyId> ExportSelectionModel::checkedPolicies() const
{
    std::set<PolicyId> out;
    for (const QModelIndex& row : m_checked->selectedRows())
        if (const auto id = PolicyTreeModel::policyAt(row))
            out.insert(*id);
    return out;
}

void ExportSelectionModel::setCheckedPolicies(const std::set<PolicyId>& policies)
{
    QItemSelection selection;
    for (int row = 0; row < m_policies->rowCount(); ++row) {
        const QModelIndex index = m_policies->index(row, 0);
        const auto id = PolicyTreeModel::policyAt(index);
        if (id && policies.count(*id))
            selection.select(index, index);
    }
    m_checked->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExportSelectionModel::checkConfigured()
{
    std::set<PolicyId> configured;
    for (PolicyId id : kAllPolicies)
        if (m_tree->document()->configuration().state(id) != PolicyState::NotConfigured)
            configured.insert(id);
    setCheckedPolicies(configured);
}

void ExportSelectionModel::checkAll()
{
    setCheckedPolicies({kAllPolicies.begin(), kAllPolicies.end()});
}

void ExportSelectionModel::uncheckAll()
{
    setCheckedPolicies({});
}

QModelIndex ExportSelectionModel::indexOf(PolicyId id) const
{
    const QModelIndex flat = m_flat->mapFromSource(m_tree->indexOf(id));
    return mapFromSource(m_policies->mapFromSource(flat));
}

} // namespace ra
