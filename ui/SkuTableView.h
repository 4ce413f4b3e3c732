#pragma once
/**
 * @file SkuTableView.h
 * The SKU table of a policy (a QTableView over the models' SKU table model, cells drawn by
 * SkuCellDelegate) with the list of footnotes under it.
 */
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QTransposeProxyModel;

namespace ra::ui {

class SkuCellDelegate;

class SkuTableView : public QWidget
{
    Q_OBJECT
public:
    explicit SkuTableView(QWidget* parent = nullptr);

    /// Shows @p model transposed: one row per edition, one column per policy.
    void setModel(QAbstractItemModel* model);
    QTableView* table() const { return m_table; }
    SkuCellDelegate* delegate() const { return m_delegate; }
    /// The footnote list under the table.
    QLabel* footnotesLabel() const { return m_footnotes; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_caption;
    QTableView* m_table;
    SkuCellDelegate* m_delegate;
    QLabel* m_footnotes;
    QTransposeProxyModel* m_transpose = nullptr;
};

} // namespace ra::ui
