#include "FirewallView.h"

#include "models/FirewallModel.h"
#include "models/PolicyDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ra::ui {

FirewallView::FirewallView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new FirewallModel(this);
    m_view = new QTreeView(split);
    m_view->setModel(m_model);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setUniformRowHeights(true);
    m_intro->setBuddy(m_view);

    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    m_contextNote = new QLabel(bottom);
    m_contextNote->setWordWrap(true);
    bl->addWidget(m_contextNote);
    auto* buttons = new QHBoxLayout;
    m_copyNetsh = new QPushButton(bottom);
    m_copyPowerShell = new QPushButton(bottom);
    buttons->addWidget(m_copyNetsh);
    buttons->addWidget(m_copyPowerShell);
    m_status = new QLabel(bottom);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    bl->addLayout(buttons);
    m_commandsCaption = new QLabel(bottom);
    bl->addWidget(m_commandsCaption);
    m_commands = new QPlainTextEdit(bottom);
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandsCaption->setBuddy(m_commands);
    bl->addWidget(m_commands, 1);
    m_deployed = new QCheckBox(bottom);
    bl->addWidget(m_deployed);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1); // the tree's 14 rows fit beside the commands
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_copyNetsh, &QPushButton::clicked, this, &FirewallView::copyNetsh);
    connect(m_copyPowerShell, &QPushButton::clicked, this, &FirewallView::copyPowerShell);
    connect(m_model, &FirewallModel::checkedFamiliesChanged, this, &FirewallView::onFamiliesTicked);
    connect(m_deployed, &QCheckBox::clicked, this, &FirewallView::onDeployedClicked);
    retranslateUi();
}

void FirewallView::setDocument(ra::PolicyDocument* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc)
        connect(m_doc, &PolicyDocument::deploymentTargetChanged, this, &FirewallView::syncFromDocument);
    syncFromDocument();
}

void FirewallView::syncFromDocument()
{
    if (m_doc) {
        m_syncing = true;
        m_model->setCheckedFamilies(m_doc->deploymentTarget().families);
        m_syncing = false;
    }
    updateCommands();
    updateDeployed();
}

void FirewallView::onFamiliesTicked()
{
    if (m_doc && !m_syncing) {
        DeploymentTarget target = m_doc->deploymentTarget();
        target.families = m_model->checkedFamilies();
        m_doc->setDeploymentTarget(target, [] { return FirewallView::tr("Change the target Windows versions"); });
    }
    updateCommands();
    updateDeployed();
}

void FirewallView::onDeployedClicked(bool deployed)
{
    if (!m_doc)
        return;
    DeploymentTarget target = m_doc->deploymentTarget();
    target.setFirewallDeployed(deployed);
    m_doc->setDeploymentTarget(target, [deployed] {
        return deployed ? FirewallView::tr("Confirm the firewall exceptions as deployed")
                      : FirewallView::tr("Withdraw the firewall confirmation");
    });
    updateDeployed();
}

void FirewallView::updateDeployed()
{
    const bool any = !m_model->checkedFamilies().empty();
    m_deployed->setEnabled(m_doc && any);
    m_deployed->setChecked(m_doc && m_doc->deploymentTarget().firewallDeployedForAll());
}

void FirewallView::copyNetsh()
{
    m_showPowerShell = false;
    updateCommands();
    QApplication::clipboard()->setText(m_model->netshCommands());
    m_status->setText(tr("netsh lines copied."));
}

void FirewallView::copyPowerShell()
{
    m_showPowerShell = true;
    updateCommands();
    QApplication::clipboard()->setText(m_model->powerShellCommands());
    m_status->setText(tr("PowerShell lines copied."));
}

void FirewallView::focusFamilies()
{
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void FirewallView::updateCommands()
{
    const bool any = !m_model->checkedFamilies().empty();
    const bool powerShell = m_model->anyPowerShellChecked();
    if (!powerShell)
        m_showPowerShell = false;
    m_copyNetsh->setEnabled(any);
    m_copyPowerShell->setEnabled(powerShell);
    m_copyPowerShell->setToolTip(powerShell ? QString()
                                            : tr("None of the ticked Windows versions has a PowerShell cmdlet for "
                                                 "firewall rules."));
    m_commandsCaption->setText(m_showPowerShell ? tr("PowerShell (run as administrator):")
                                                : tr("netsh (run in an elevated command prompt):"));
    m_commands->setPlainText(any ? (m_showPowerShell ? m_model->powerShellCommands() : m_model->netshCommands())
                                 : tr("Tick at least one Windows version above."));
}

void FirewallView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_view->expandAll();
}

void FirewallView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirewallView::retranslateUi()
{
    m_intro->setText(tr("Offer Remote Assistance reaches the computer through the Windows Firewall of the "
                        "domain profile. Tick the &Windows versions of the helped computers to get the exceptions "
                        "they need as commands."));
    m_view->setAccessibleName(tr("Firewall exceptions per Windows version"));
    m_contextNote->setText(
        tr("Windows XP SP2 and Windows Server 2003 SP1 have neither netsh advfirewall nor a PowerShell cmdlet: "
           "their lines use netsh firewall, and PowerShell only names them. New-NetFirewallRule needs Windows 8 "
           "or Windows Server 2012 or later."));
    m_copyNetsh->setText(tr("Copy &netsh"));
    m_copyNetsh->setAccessibleName(tr("Copy netsh commands"));
    m_copyPowerShell->setText(tr("Copy &PowerShell"));
    m_copyPowerShell->setAccessibleName(tr("Copy PowerShell commands"));
    m_commands->setAccessibleName(tr("Commands"));
    m_status->setAccessibleName(tr("Copy status"));
    m_deployed->setText(tr("The exceptions of the ticked Windows versions are &deployed on their computers"));
    m_deployed->setAccessibleName(tr("Firewall exceptions deployed"));
    m_model->retranslate(); // the family titles and exception names
    updateCommands();
}

} // namespace ra::ui
