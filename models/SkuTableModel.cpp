#include "models/SkuTableModel.h"

#include "models/CatalogText.h"
#include "models/ModelIcons.h"

namespace ra {

namespace {
constexpr int kEditionCount = static_cast<int>(kAllEditions.size());
}

SkuTableModel::SkuTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SkuTableModel::setPolicy(std::optional<PolicyId> id)
{
    if (id == m_single)
        return;
    beginResetModel();
    m_single = id;
    endResetModel();
}

QStringList SkuTableModel::footnoteLines()
{
    QStringList lines;
    for (const Footnote& f : Catalog::instance().footnotes())
        lines << tr("%1 - %2").arg(f.number).arg(CatalogText::footnoteText(f.number));
    return lines;
}

PolicyId SkuTableModel::policyOfRow(int row) const
{
    return m_single ? *m_single : kAllPolicies[static_cast<std::size_t>(row)];
}

int SkuTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_single ? 1 : static_cast<int>(kAllPolicies.size());
}

int SkuTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kEditionCount;
}

QVariant SkuTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyId id = policyOfRow(index.row());
    const Edition edition = kAllEditions[static_cast<std::size_t>(index.column())];
    const SkuCell& cell = Catalog::instance().policy(id).skus[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DecorationRole: return cell.available ? QVariant(ModelIcons::checkmark()) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (!cell.available)
            return tr("%1: not available").arg(CatalogText::editionName(edition));
        if (cell.footnote != 0)
            return tr("%1: available – %2")
                .arg(CatalogText::editionName(edition), CatalogText::footnoteText(cell.footnote));
        return tr("%1: available").arg(CatalogText::editionName(edition));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case AvailableRole: return cell.available;
    case FootnoteRole: return cell.footnote;
    case EditionRole: return static_cast<int>(edition);
    case PolicyIdRole: return ra::index(id);
    default: return {};
    }
}

QVariant SkuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kEditionCount)
            return {};
        return CatalogText::editionName(kAllEditions[static_cast<std::size_t>(section)]);
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Policy& policy = Catalog::instance().policy(policyOfRow(section));
    return role == Qt::DisplayRole ? QString::fromStdString(policy.cspNode)
                                   : CatalogText::policyName(policy.id);
}

Qt::ItemFlags SkuTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void SkuTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace ra
