#include "models/AllSettingsModel.h"

#include "models/PolicyDocument.h"
#include "models/PolicySearchProxyModel.h"
#include "models/PolicyTreeModel.h"

#include <KDescendantsProxyModel>

namespace ra {

namespace {
enum ExtraColumn { StateExtra = 0, CommentExtra = 1 };
}

AllSettingsModel::AllSettingsModel(PolicyTreeModel* tree, QObject* parent)
    : KExtraColumnsProxyModel(parent)
    , m_tree(tree)
    , m_flat(new KDescendantsProxyModel(this))
    , m_search(new PolicySearchProxyModel(this))
{
    m_flat->setSourceModel(tree);
    m_search->setSourceModel(m_flat);
    // The titles given here are not used: headerData() translates them each time.
    appendColumn(tr("State"));
    appendColumn(tr("Comment"));
    setSourceModel(m_search);
    // A policy's state or comment lives in column 0 of the source: repeat its changes on the
    // extra columns.
    connect(m_search, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const QModelIndex first = mapFromSource(topLeft.siblingAtColumn(0));
                const QModelIndex last = mapFromSource(bottomRight.siblingAtColumn(0));
                if (first.isValid() && last.isValid())
                    Q_EMIT dataChanged(first.siblingAtColumn(StateColumn), last.siblingAtColumn(CommentColumn));
            });
}

AllSettingsModel::~AllSettingsModel() = default;

void AllSettingsModel::setSearchText(const QString& text)
{
    m_search->setSearchText(text);
}

QString AllSettingsModel::searchText() const
{
    return m_search->searchText();
}

QModelIndex AllSettingsModel::indexOf(PolicyId id) const
{
    const QModelIndex flat = m_flat->mapFromSource(m_tree->indexOf(id));
    return mapFromSource(m_search->mapFromSource(flat));
}

std::optional<PolicyId> AllSettingsModel::policyAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    return PolicyTreeModel::policyAt(index.siblingAtColumn(SettingColumn));
}

QVariant AllSettingsModel::extraColumnData(const QModelIndex& parent, int row, int extraColumn, int role) const
{
    const QModelIndex setting = index(row, SettingColumn, parent);
    if (extraColumn == StateExtra) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return setting.data(PolicyTreeModel::StateTextRole);
        case Qt::EditRole: return setting.data(PolicyTreeModel::StateRole);
        case Qt::FontRole: return setting.data(Qt::FontRole); // italic: not part of this profile
        default: break;
        }
    } else if (extraColumn == CommentExtra) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return setting.data(PolicyTreeModel::CommentRole);
        default: break;
        }
    }
    // the policy roles are served on every column
    if (role >= Qt::UserRole)
        return setting.data(role);
    return {};
}

bool AllSettingsModel::setExtraColumnData(const QModelIndex& parent, int row, int extraColumn,
                                          const QVariant& data, int role)
{
    if (role != Qt::EditRole)
        return false;
    const auto id = PolicyTreeModel::policyAt(index(row, SettingColumn, parent));
    if (!id)
        return false;
    if (extraColumn == CommentExtra) {
        m_tree->document()->setComment(*id, data.toString());
        return true;
    }
    if (extraColumn == StateExtra) {
        bool ok = false;
        const int state = data.toInt(&ok);
        if (!ok || state < static_cast<int>(PolicyState::NotConfigured)
            || state > static_cast<int>(PolicyState::Disabled))
            return false;
        m_tree->document()->setState(*id, static_cast<PolicyState>(state));
        return true;
    }
    return false;
}

Qt::ItemFlags AllSettingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = KExtraColumnsProxyModel::flags(index);
    if (index.isValid() && extraColumnForProxyColumn(index.column()) == CommentExtra)
        f |= Qt::ItemIsEditable;
    return f;
}

void AllSettingsModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case StateColumn: m_search->setSortRole(PolicyTreeModel::StateRole); break;
    case CommentColumn: m_search->setSortRole(PolicyTreeModel::CommentRole); break;
    default: m_search->setSortRole(Qt::DisplayRole); break;
    }
    m_search->sort(column < 0 ? -1 : 0, order);
}

QVariant AllSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case StateColumn: return tr("State");
        case CommentColumn: return tr("Comment");
        default: break;
        }
    }
    return KExtraColumnsProxyModel::headerData(section, orientation, role);
}

void AllSettingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace ra
