#pragma once
/**
 * @file HelperRowDelegate.h
 * Draws a helper-list row, and under an invalid row an error icon with the reason.
 */
#include <QStyledItemDelegate>

namespace ra::ui {

class HelperRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Reads HelperListModel::InvalidRole and MessagesRole of each row.
    explicit HelperRowDelegate(QObject* parent = nullptr);
    /// The reason shown under an invalid row (its messages joined), empty for a valid row.
    static QString problem(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ra::ui
