#include "HelperListEditor.h"

#include "HelperRowDelegate.h"
#include "WrappingLabel.h"
#include "core/Error.h"
#include "models/ErrorText.h"
#include "models/HelperListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace ra::ui {

HelperListEditor::HelperListEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    layout->addWidget(m_label);

    auto* row = new QHBoxLayout;
    m_view = new QListView(this);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    auto* delegate = new HelperRowDelegate(m_view);
    m_view->setItemDelegate(delegate);
    // queued: after the view has committed the entry and closed the editor
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, &HelperListEditor::onEditorClosed,
            Qt::QueuedConnection);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_view->installEventFilter(this);
    m_label->setBuddy(m_view);
    row->addWidget(m_view, 1);

    auto* buttons = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_paste = new QPushButton(this);
    m_import = new QPushButton(this);
    m_sort = new QPushButton(this);
    for (QPushButton* b : {m_add, m_remove, m_paste, m_import, m_sort})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);

    m_status = new WrappingLabel(this);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &HelperListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &HelperListEditor::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, &HelperListEditor::pasteLines);
    connect(m_import, &QPushButton::clicked, this, &HelperListEditor::importFile);
    connect(m_sort, &QPushButton::clicked, this, &HelperListEditor::sortEntries);
    m_remove->setEnabled(false);
    retranslateUi();
}

void HelperListEditor::setModel(ra::HelperListModel* model)
{
    m_model = model;
    m_view->setModel(model);
    if (model) {
        auto relayout = [this] {
            m_view->doItemsLayout();
            updateStatus();
        };
        connect(model, &QAbstractItemModel::dataChanged, this, relayout);
        connect(model, &QAbstractItemModel::rowsInserted, this, relayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, relayout);
        connect(model, &QAbstractItemModel::modelReset, this, relayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, relayout);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    }
    updateStatus();
}

void HelperListEditor::setLabel(const QString& label)
{
    m_label->setText(label);
    m_view->setAccessibleName(label);
}

void HelperListEditor::addRow()
{
    if (!m_model)
        return;
    const int row = m_model->addEmptyRow();
    m_newRow = row;
    const QModelIndex idx = m_model->index(row);
    m_view->setCurrentIndex(idx);
    m_view->setFocus();
    m_view->edit(idx);
}

void HelperListEditor::onEditorClosed()
{
    // A new row closed with nothing in it (Escape, or Return on an empty line): it was never
    // wanted, so it leaves no row and no undo step behind.
    if (!m_model || m_newRow < 0)
        return;
    const QModelIndex added = m_model->index(m_newRow);
    if (added.isValid() && m_view->indexWidget(added))
        return; // its editor is (still or again) open
    const int row = std::exchange(m_newRow, -1);
    if (m_model->discardEmptyRow(row) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void HelperListEditor::removeSelectedRows()
{
    if (!m_model)
        return;
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.begin(), rows.end());
    m_model->removeHelpers(rows);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(first, m_model->rowCount() - 1)));
}

void HelperListEditor::pasteLines()
{
    if (!m_model)
        return;
    const int first = m_model->rowCount();
    if (m_model->pasteText(QApplication::clipboard()->text()) > 0)
        m_view->setCurrentIndex(m_model->index(first));
}

void HelperListEditor::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import helpers"), QString(),
                                                      tr("Text and CSV files (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFromFile(path);
}

bool HelperListEditor::importFromFile(const QString& path)
{
    if (!m_model)
        return false;
    try {
        const int first = m_model->rowCount();
        const int n = m_model->importFile(path);
        if (n == 0) {
            QMessageBox::information(this, tr("Import helpers"),
                                     tr("%1 contains no helper entries.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        m_view->setCurrentIndex(m_model->index(first));
        return true;
    } catch (const ra::Error& e) {
        QMessageBox::warning(this, tr("Import helpers"), ErrorText::text(e));
        return false;
    }
}

void HelperListEditor::sortEntries()
{
    if (m_model)
        m_model->sort(0);
}

void HelperListEditor::focusRow(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount()) {
        m_view->setCurrentIndex(m_model->index(row));
        m_view->scrollTo(m_model->index(row));
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void HelperListEditor::updateStatus()
{
    const int n = m_model ? m_model->rowCount() : 0;
    const int bad = m_model ? m_model->invalidCount() : 0;
    if (bad == 0)
        m_status->setText(tr("%n helper(s), all valid.", nullptr, n));
    else
        m_status->setText(tr("%n helper(s)", nullptr, n) + QStringLiteral(" — ")
                          + tr("%n invalid: see the marked rows.", nullptr, bad));
}

bool HelperListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteLines();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeSelectedRows();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HelperListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HelperListEditor::retranslateUi()
{
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a helper (Insert)"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected helpers (Delete)"));
    m_paste->setText(tr("&Paste lines"));
    m_paste->setToolTip(tr("Add every line of the clipboard as a helper (Ctrl+V)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add the helpers of a text or CSV file (first column)"));
    m_sort->setText(tr("&Sort"));
    m_sort->setToolTip(tr("Sort the helpers alphabetically"));
    for (QPushButton* b : {m_add, m_remove, m_paste, m_import, m_sort})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    m_status->setAccessibleName(tr("Helper list status"));
    if (m_model)
        m_model->retranslate(); // the rows' messages
    updateStatus();
}

} // namespace ra::ui
