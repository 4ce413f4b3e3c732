#pragma once
/**
 * @file PolicySearchProxyModel.h
 * Keeps only the policy rows of a (flattened) PolicyTreeModel and, with a search text, only the
 * policies that match it.
 */
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ra {

/**
 * The search of the "All settings" view. A policy matches when every word of the search text
 * (split at white space) occurs, case-insensitively, in its display name, CSP name, GP name,
 * GP English name, a registry value name or its explain text (PolicyTreeModel roles).
 * Category rows are never accepted. Put it over a KDescendantsProxyModel of the tree.
 */
class PolicySearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
public:
    explicit PolicySearchProxyModel(QObject* parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);

    /// Whether the policy row @p sourceIndex (of any model serving PolicyTreeModel's roles)
    /// matches every word of @p words.
    static bool matches(const QModelIndex& sourceIndex, const QStringList& words);

Q_SIGNALS:
    void searchTextChanged(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
};

} // namespace ra
