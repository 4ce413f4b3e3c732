#include "models/FindingsModel.h"

#include "models/CatalogText.h"
#include "models/FindingText.h"
#include "models/ListDiff.h"
#include "models/ModelIcons.h"
#include "models/PolicyDocument.h"

namespace ra {

namespace {
constexpr int kColumnCount = 4;
}

FindingsModel::FindingsModel(PolicyDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_findings(document->findings())
{
    connect(m_document, &PolicyDocument::findingsChanged, this, &FindingsModel::refresh);
}

int FindingsModel::count(Severity severity) const
{
    int n = 0;
    for (const Finding& f : m_findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

void FindingsModel::refresh()
{
    const std::vector<Finding>& next = m_document->findings();
    const auto countsBefore = std::array{count(Severity::Info), count(Severity::Warning), count(Severity::Error)};
    const detail::ListDiff d = detail::listDiff(m_findings, next);
    const auto from = next.begin() + d.first;
    if (d.removed == d.inserted) {
        std::copy(from, from + d.inserted, m_findings.begin() + d.first);
        if (d.inserted > 0)
            Q_EMIT dataChanged(index(d.first, 0), index(d.first + d.inserted - 1, kColumnCount - 1));
    } else {
        if (d.removed > 0) {
            beginRemoveRows({}, d.first, d.first + d.removed - 1);
            m_findings.erase(m_findings.begin() + d.first, m_findings.begin() + d.first + d.removed);
            endRemoveRows();
        }
        if (d.inserted > 0) {
            beginInsertRows({}, d.first, d.first + d.inserted - 1);
            m_findings.insert(m_findings.begin() + d.first, from, from + d.inserted);
            endInsertRows();
        }
    }
    const auto countsAfter = std::array{count(Severity::Info), count(Severity::Warning), count(Severity::Error)};
    if (countsBefore != countsAfter)
        Q_EMIT countsChanged();
}

void FindingsModel::retranslate()
{
    if (!m_findings.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kColumnCount - 1);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SeverityRole: return static_cast<int>(f.severity);
    case PolicyIdRole: return f.policy ? ra::index(*f.policy) : -1;
    case ElementIdRole: return QString::fromStdString(f.element);
    case ListRowRole: return f.row;
    case CodeRole: return QString::fromStdString(f.code);
    case Qt::ToolTipRole: {
        const QString hint = FindingText::hint(f);
        if (hint.isEmpty())
            return FindingText::message(f);
        return tr("%1\nHow to fix: %2").arg(FindingText::message(f), hint);
    }
    default: break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return CatalogText::severityName(f.severity);
        if (role == Qt::DecorationRole)
            return ModelIcons::severity(f.severity);
        break;
    case PolicyColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return f.policy ? CatalogText::policyName(*f.policy) : QString();
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return FindingText::message(f);
        break;
    case HintColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return FindingText::hint(f);
        break;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case PolicyColumn: return tr("Policy");
    case MessageColumn: return tr("Problem");
    case HintColumn: return tr("How to fix");
    default: return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(PolicyIdRole, "policyId");
    names.insert(ElementIdRole, "elementId");
    names.insert(ListRowRole, "listRow");
    names.insert(CodeRole, "code");
    return names;
}

} // namespace ra
