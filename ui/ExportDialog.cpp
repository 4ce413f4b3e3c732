#include "ExportDialog.h"

#include "models/ExportSelectionModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra::ui {

ExportDialog::ExportDialog(ra::PolicyTreeModel* tree, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export for Colleagues"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("&Tick the policies the profile is about. A ticked policy that is Not configured "
                                "removes that policy where the profile is applied; policies left unticked are "
                                "left alone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new ExportSelectionModel(tree, this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Policies to export"));
    intro->setBuddy(m_view);
    layout->addWidget(m_view, 1);
    auto* row = new QHBoxLayout;
    auto* all = new QPushButton(tr("Tick &all"), this);
    auto* configured = new QPushButton(tr("Tick &configured"), this);
    auto* none = new QPushButton(tr("Tick &none"), this);
    row->addWidget(all);
    row->addWidget(configured);
    row->addWidget(none);
    row->addStretch(1);
    layout->addLayout(row);
    connect(all, &QPushButton::clicked, m_model, &ExportSelectionModel::checkAll);
    connect(configured, &QPushButton::clicked, m_model, &ExportSelectionModel::checkConfigured);
    connect(none, &QPushButton::clicked, m_model, &ExportSelectionModel::uncheckAll);

    auto* form = new QFormLayout;
    m_author = new QLineEdit(qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")), this);
    m_author->setAccessibleName(tr("Author"));
    form->addRow(tr("A&uthor:"), m_author);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The profile records the author, this computer's name, the product version and "
                               "the time, and a SHA-256 that shows later changes."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_model, &ExportSelectionModel::checkedPoliciesChanged, this, &ExportDialog::updateOk);
    updateOk();
    resize(sizeHint().expandedTo(QSize(480, 380)));
}

std::set<PolicyId> ExportDialog::includedPolicies() const { return m_model->checkedPolicies(); }
QString ExportDialog::author() const { return m_author->text().trimmed(); }
QPushButton* ExportDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }
void ExportDialog::updateOk() { okButton()->setEnabled(!m_model->checkedPolicies().empty()); }

} // namespace ra::ui
