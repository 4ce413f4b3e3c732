#include "models/PolicySearchProxyModel.h"

#include "models/PolicyTreeModel.h"

#include <QRegularExpression>

namespace ra {

PolicySearchProxyModel::PolicySearchProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PolicySearchProxyModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT searchTextChanged(m_searchText);
}

bool PolicySearchProxyModel::matches(const QModelIndex& sourceIndex, const QStringList& words)
{
    if (words.isEmpty())
        return true;
    const QStringList fields = {
        sourceIndex.data(Qt::DisplayRole).toString(),
        sourceIndex.data(PolicyTreeModel::CspNameRole).toString(),
        sourceIndex.data(PolicyTreeModel::GpNameRole).toString(),
        sourceIndex.data(PolicyTreeModel::GpEnglishNameRole).toString(),
        sourceIndex.data(PolicyTreeModel::RegistryValueNamesRole).toStringList().join(QLatin1Char('\n')),
        sourceIndex.data(PolicyTreeModel::ExplainTextRole).toString(),
    };
    for (const QString& word : words) {
        bool found = false;
        for (const QString& field : fields)
            if (field.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

bool PolicySearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (source.data(PolicyTreeModel::NodeKindRole).toInt() != static_cast<int>(PolicyTreeModel::NodeKind::Policy))
        return false;
    return matches(source, m_words);
}

} // namespace ra
