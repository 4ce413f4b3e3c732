#pragma once
/**
 * @file SkuCellDelegate.h
 * Draws a cell of the SKU table: a check mark where the edition supports the policy, and the
 * footnote number as a superscript after it, as the source document shows them.
 */
#include <QIcon>
#include <QStyledItemDelegate>

namespace ra::ui {

class SkuCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SkuCellDelegate(QObject* parent = nullptr);

    /// The roles the model answers: whether the edition has the policy (bool or Qt::Checked),
    /// and the footnote number (int, 0 = none).
    void setRoles(int availableRole, int footnoteRole);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool isAvailable(const QModelIndex& index) const;
    int m_availableRole;
    int m_footnoteRole;
    QIcon m_check;
};

} // namespace ra::ui
