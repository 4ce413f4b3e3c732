#include "SkuTableView.h"

#include "SkuCellDelegate.h"
#include "WrappingLabel.h"
#include "models/SkuTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

namespace ra::ui {

SkuTableView::SkuTableView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_caption = new WrappingLabel(this);
    layout->addWidget(m_caption);
    m_table = new QTableView(this);
    m_delegate = new SkuCellDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_caption->setBuddy(m_table);
    layout->addWidget(m_table);
    m_footnotes = new WrappingLabel(this);
    m_footnotes->setTextFormat(Qt::RichText);
    layout->addWidget(m_footnotes);
    layout->addStretch(1);
    retranslateUi();
}

void SkuTableView::setModel(QAbstractItemModel* model)
{
    // One row per edition reads well in the narrow pane beside the options.
    if (!m_transpose)
        m_transpose = new QTransposeProxyModel(this);
    m_transpose->setSourceModel(model);
    m_table->setModel(m_transpose);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void SkuTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SkuTableView::retranslateUi()
{
    m_caption->setText(tr("Editions of Windows 10 and later that support this policy:"));
    m_table->setAccessibleName(tr("Supported editions"));
    QString html;
    for (const QString& line : ra::SkuTableModel::footnoteLines())
        html += line.toHtmlEscaped() + QStringLiteral("<br/>");
    m_footnotes->setText(html);
    m_footnotes->setAccessibleName(tr("Footnotes"));
    // The edition names and the header widths follow the language.
    if (m_table->model()) {
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
    }
}

} // namespace ra::ui
