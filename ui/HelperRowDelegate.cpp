#include "HelperRowDelegate.h"

#include "Theme.h"

#include "models/HelperListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace ra::ui {

HelperRowDelegate::HelperRowDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString HelperRowDelegate::problem(const QModelIndex& index)
{
    if (!index.data(HelperListModel::InvalidRole).toBool())
        return {};
    return index.data(HelperListModel::MessagesRole).toStringList().join(QStringLiteral("; "));
}

void HelperRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QString reason = problem(index);
    if (reason.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Upper line: the entry as usual; lower line: icon + reason in the error colour.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const int line = opt.fontMetrics.height();
    const int pad = 2;

    // background / selection over the whole row
    QStyleOptionViewItem bg = opt;
    bg.text.clear();
    bg.icon = {};
    bg.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);

    QIcon warn = opt.icon;
    if (warn.isNull())
        warn = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
    const int iconSize = line;
    QRect textRect = opt.rect.adjusted(pad + iconSize + 4, pad, -pad, 0);
    textRect.setHeight(line);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    warn.paint(painter, QRect(opt.rect.left() + pad, opt.rect.top() + pad, iconSize, iconSize));

    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    const QRect reasonRect(textRect.left(), textRect.bottom() + 1, textRect.width(),
                           opt.rect.bottom() - textRect.bottom() - pad);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : Theme::errorText(opt.palette));
    painter->drawText(reasonRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, reason);
    painter->restore();
}

QSize HelperRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QString reason = problem(index);
    if (reason.isEmpty())
        return s;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    const int avail = option.widget ? option.widget->width() : 400;
    const int width = qMax(100, avail - option.fontMetrics.height() - 24);
    const QRect r = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, reason);
    s.setHeight(option.fontMetrics.height() + r.height() + 6);
    return s;
}

} // namespace ra::ui
