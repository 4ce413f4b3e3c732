#pragma once
/**
 * @file FindingsModel.h
 * The findings panel: the live validation and lint findings of a PolicyDocument, one row each
 * (document order: validation first, then lint).
 */
#include "core/Finding.h"

#include <QAbstractTableModel>

#include <vector>

namespace ra {

class PolicyDocument;

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn = 0, PolicyColumn = 1, MessageColumn = 2, HintColumn = 3 };
    Q_ENUM(Column)

    /// Roles served on every column, to locate what a finding is about.
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int (ra::Severity)
        PolicyIdRole,                    ///< int: ra::index(PolicyId), -1 when about no policy
        ElementIdRole,                   ///< QString: ADMX element id, empty for the policy
        ListRowRole,                     ///< int: row of the helper list, -1 otherwise
        CodeRole,                        ///< QString: stable code, e.g. "helper.upn"
    };
    Q_ENUM(Role)

    /// @p document must outlive the model.
    explicit FindingsModel(PolicyDocument* document, QObject* parent = nullptr);

    const Finding& finding(int row) const { return m_findings.at(static_cast<std::size_t>(row)); }
    int count(Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /**
     * Severity column: translated name + severity icon (DecorationRole). Policy column: the
     * policy's display name (translated), empty when about no policy. Message and Hint:
     * FindingText, in the current language. ToolTipRole: message and hint. SeverityRole sorts numerically
     * (Info < Warning < Error).
     */
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Tells the views that every text changed (call on QEvent::LanguageChange).
    void retranslate();

Q_SIGNALS:
    /// The number of errors, warnings or notes changed.
    void countsChanged();

private:
    void refresh();
    PolicyDocument* m_document;
    std::vector<Finding> m_findings;
};

} // namespace ra
