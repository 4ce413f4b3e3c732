#include "FindingsPanel.h"

#include "models/FindingsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ra::ui {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_view = new QTreeView(this);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_summary->setBuddy(m_view);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::onActivated);
    retranslateUi();
}

void FindingsPanel::setDocument(ra::PolicyDocument* document)
{
    delete m_model;
    m_model = document ? new FindingsModel(document, this) : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        connect(m_model, &FindingsModel::countsChanged, this, &FindingsPanel::updateSummary);
        connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateSummary);
        QHeaderView* h = m_view->header();
        h->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(FindingsModel::PolicyColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Interactive);
        h->resizeSection(FindingsModel::MessageColumn, 520);
        h->setStretchLastSection(true);
    }
    updateSummary();
}

void FindingsPanel::activateRow(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount())
        onActivated(m_model->index(row, 0));
}

bool FindingsPanel::isDeploymentFinding(const QString& code)
{
    return code == QLatin1String("offer.firewall") || code == QLatin1String("mdm.min-build")
        || code == QLatin1String("sku.not-available");
}

void FindingsPanel::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const int policy = index.data(FindingsModel::PolicyIdRole).toInt();
    const QString code = index.data(FindingsModel::CodeRole).toString();
    if (policy < 0 || isDeploymentFinding(code)) {
        Q_EMIT deploymentFindingActivated(code);
        return;
    }
    Q_EMIT findingActivated(PolicyId(policy), index.data(FindingsModel::ElementIdRole).toString(),
                            index.data(FindingsModel::ListRowRole).toInt());
}

void FindingsPanel::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int notes = m_model->count(Severity::Info);
    if (errors + warnings + notes == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
                           + tr("%n note(s)", nullptr, notes) + QStringLiteral(" — ")
                           + tr("press Enter on a finding to go to the field."));
}

void FindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Findings"));
    m_summary->setAccessibleName(tr("Findings summary"));
    if (m_model)
        m_model->retranslate(); // messages, hints and headers
    updateSummary();
}

} // namespace ra::ui
