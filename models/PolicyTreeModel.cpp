#include "models/PolicyTreeModel.h"

#include "models/CatalogText.h"
#include "models/ExplainTextProvider.h"
#include "models/ModelIcons.h"
#include "models/PolicyDocument.h"

#include <QFont>

namespace ra {

namespace {
// Node numbers (QModelIndex::internalId): the four categories root first, then the policies.
constexpr quintptr kCategoryCount = 4;
constexpr quintptr kLastCategory = kCategoryCount - 1;
constexpr int kPolicyCount = static_cast<int>(kAllPolicies.size());

quintptr policyNode(PolicyId id)
{
    return kCategoryCount + static_cast<quintptr>(index(id));
}
bool isPolicyNode(quintptr node)
{
    return node >= kCategoryCount;
}
PolicyId policyOfNode(quintptr node)
{
    return static_cast<PolicyId>(static_cast<int>(node - kCategoryCount));
}
} // namespace

PolicyTreeModel::PolicyTreeModel(PolicyDocument* document, ExplainTextProvider* texts, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_texts(texts)
{
    connect(m_document, &PolicyDocument::policyChanged, this, &PolicyTreeModel::onPolicyChanged);
    connect(m_document, &PolicyDocument::configurationReset, this, &PolicyTreeModel::onAllChanged);
    if (m_texts)
        connect(m_texts, &ExplainTextProvider::changed, this, &PolicyTreeModel::onAllChanged);
}

PolicyTreeModel::~PolicyTreeModel() = default;

QModelIndex PolicyTreeModel::indexOf(PolicyId id) const
{
    return createIndex(ra::index(id), 0, policyNode(id));
}

QModelIndex PolicyTreeModel::indexOf(CategoryNode node) const
{
    return createIndex(0, 0, static_cast<quintptr>(node));
}

std::optional<PolicyId> PolicyTreeModel::policyAt(const QModelIndex& index)
{
    const QVariant v = index.data(PolicyIdRole);
    if (!v.isValid() || v.toInt() < 0 || v.toInt() >= kPolicyCount)
        return std::nullopt;
    return static_cast<PolicyId>(v.toInt());
}

QModelIndex PolicyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr p = parent.internalId();
    if (p < kLastCategory)
        return createIndex(row, column, p + 1);
    return createIndex(row, column, policyNode(static_cast<PolicyId>(row)));
}

QModelIndex PolicyTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr node = child.internalId();
    if (node == 0)
        return {};
    if (isPolicyNode(node))
        return createIndex(0, 0, kLastCategory);
    return createIndex(0, 0, node - 1);
}

int PolicyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const quintptr node = parent.internalId();
    if (isPolicyNode(node))
        return 0;
    return node == kLastCategory ? kPolicyCount : 1;
}

int PolicyTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PolicyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr node = index.internalId();
    if (isPolicyNode(node))
        return policyData(policyOfNode(node), role);
    return categoryData(static_cast<int>(node), role);
}

QVariant PolicyTreeModel::categoryData(int node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (static_cast<CategoryNode>(node)) {
        case CategoryNode::ComputerConfiguration: return tr("Computer Configuration");
        case CategoryNode::AdministrativeTemplates: return tr("Administrative Templates");
        case CategoryNode::System: return tr("System");
        case CategoryNode::RemoteAssistance:
            return m_texts ? m_texts->categoryName() : tr("Remote Assistance");
        }
        return {};
    case Qt::DecorationRole: return ModelIcons::folder();
    case NodeKindRole: return static_cast<int>(NodeKind::Category);
    case PolicyIdRole: return -1;
    default: return {};
    }
}

QVariant PolicyTreeModel::policyData(PolicyId id, int role) const
{
    const Policy& policy = Catalog::instance().policy(id);
    const Configuration& config = m_document->configuration();
    switch (role) {
    case Qt::DisplayRole:
        return m_texts ? m_texts->displayName(id) : CatalogText::policyName(id);
    case Qt::ToolTipRole:
        if (!m_document->isIncluded(id))
            return tr("%1\nNot part of this profile: applying it leaves this policy as it is on the target. "
                      "Edit it to include it.")
                .arg(CatalogText::policySummary(id));
        return CatalogText::policySummary(id);
    case SummaryRole: return CatalogText::policySummary(id);
    case Qt::FontRole:
        if (!m_document->isIncluded(id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IncludedRole: return m_document->isIncluded(id);
    case Qt::DecorationRole: return ModelIcons::policyState(config.state(id));
    case NodeKindRole: return static_cast<int>(NodeKind::Policy);
    case PolicyIdRole: return ra::index(id);
    case StateRole: return static_cast<int>(config.state(id));
    case StateTextRole:
        return m_document->isIncluded(id) ? CatalogText::stateName(config.state(id)) : tr("Not part of this profile");
    case CspNameRole: return QString::fromStdString(policy.cspNode);
    case GpNameRole: return QString::fromStdString(policy.gpName);
    case GpEnglishNameRole: return QString::fromStdString(policy.gpEnglishName);
    case OmaUriRole: return QString::fromStdString(policy.omaUri);
    case RegistryKeyRole: return QString::fromStdString(policy.key);
    case RegistryValueNamesRole: {
        QStringList names{QString::fromStdString(policy.valueName)};
        for (const Element& e : policy.elements)
            if (!e.valueName.empty())
                names << QString::fromStdString(e.valueName);
        return names;
    }
    case ExplainTextRole: return m_texts ? m_texts->explainText(id) : CatalogText::policySummary(id);
    case SupportedOnRole: return CatalogText::supportedOn(id);
    case CommentRole: return QString::fromStdString(config.comment(id));
    default: return {};
    }
}

bool PolicyTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const auto id = policyAt(index);
    if (!id || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role == StateRole) {
        const int state = value.toInt();
        if (state < static_cast<int>(PolicyState::NotConfigured) || state > static_cast<int>(PolicyState::Disabled))
            return false;
        m_document->setState(*id, static_cast<PolicyState>(state));
        return true;
    }
    if (role == CommentRole) {
        m_document->setComment(*id, value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags PolicyTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isPolicyNode(index.internalId()))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PolicyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Setting");
    return {};
}

QHash<int, QByteArray> PolicyTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(PolicyIdRole, "policyId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(CspNameRole, "cspName");
    names.insert(GpNameRole, "gpName");
    names.insert(GpEnglishNameRole, "gpEnglishName");
    names.insert(OmaUriRole, "omaUri");
    names.insert(RegistryKeyRole, "registryKey");
    names.insert(RegistryValueNamesRole, "registryValueNames");
    names.insert(ExplainTextRole, "explainText");
    names.insert(SummaryRole, "summary");
    names.insert(SupportedOnRole, "supportedOn");
    names.insert(CommentRole, "comment");
    names.insert(IncludedRole, "included");
    return names;
}

void PolicyTreeModel::onPolicyChanged(PolicyId id)
{
    const QModelIndex i = indexOf(id);
    Q_EMIT dataChanged(i, i);
}

void PolicyTreeModel::onAllChanged()
{
    // the structure never changes: only the data of the category name and the policies
    const QModelIndex category = indexOf(CategoryNode::RemoteAssistance);
    Q_EMIT dataChanged(category, category);
    Q_EMIT dataChanged(indexOf(kAllPolicies.front()), indexOf(kAllPolicies.back()));
}

void PolicyTreeModel::retranslate()
{
    // The category rows above Remote Assistance are tr() texts too (each the only row of its
    // parent); then Remote Assistance and the policies.
    for (auto node : {CategoryNode::ComputerConfiguration, CategoryNode::AdministrativeTemplates, CategoryNode::System}) {
        const QModelIndex category = indexOf(node);
        Q_EMIT dataChanged(category, category);
    }
    onAllChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

} // namespace ra
