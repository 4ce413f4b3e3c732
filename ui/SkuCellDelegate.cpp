#include "SkuCellDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ra::ui {

SkuCellDelegate::SkuCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_availableRole(Qt::CheckStateRole)
    , m_footnoteRole(Qt::UserRole + 1)
    , m_check(QStringLiteral(":/icons/checkmark.svg"))
{
}

void SkuCellDelegate::setRoles(int availableRole, int footnoteRole)
{
    m_availableRole = availableRole;
    m_footnoteRole = footnoteRole;
}

bool SkuCellDelegate::isAvailable(const QModelIndex& index) const
{
    const QVariant v = index.data(m_availableRole);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    return v.toInt() == Qt::Checked;
}

void SkuCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Only the background: the content is drawn here.
    opt.text.clear();
    opt.icon = {};
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (!isAvailable(index))
        return;
    const int footnote = index.data(m_footnoteRole).toInt();
    const int iconSize = qMin(opt.rect.height() - 4, opt.fontMetrics.height());
    QFont sup = opt.font;
    sup.setPointSizeF(opt.font.pointSizeF() * 0.7);
    const QFontMetrics supFm(sup);
    const QString supText = footnote > 0 ? QString::number(footnote) : QString();
    const int supWidth = supText.isEmpty() ? 0 : supFm.horizontalAdvance(supText) + 1;
    const int total = iconSize + supWidth;
    const int x = opt.rect.left() + (opt.rect.width() - total) / 2;
    const int y = opt.rect.top() + (opt.rect.height() - iconSize) / 2;
    m_check.paint(painter, QRect(x, y, iconSize, iconSize));
    if (!supText.isEmpty()) {
        painter->save();
        painter->setFont(sup);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QPoint(x + iconSize + 1, y + supFm.ascent() - 1), supText);
        painter->restore();
    }
}

QSize SkuCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int h = option.fontMetrics.height() + 8;
    return {qMax(s.width(), h * 2), qMax(s.height(), h)};
}

} // namespace ra::ui
