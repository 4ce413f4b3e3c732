#include "FirewallView.h"

#include "models/FirewallModel.h"

#include <QApplication>
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
    auto* buttons = new QHBoxLayout;
    m_copyNetsh = new QPushButton(bottom);
    m_copyPowerShell = new QPushButton(bottom);
    buttons->addWidget(m_copyNetsh);
    buttons->addWidget(m_copyPowerShell);
    m_status = new QLabel(bottom);
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
    split->addWidget(m_view);
    split->addWidget(bottom);
    layout->addWidget(split, 1);

    connect(m_copyNetsh, &QPushButton::clicked, this, &FirewallView::copyNetsh);
    connect(m_copyPowerShell, &QPushButton::clicked, this, &FirewallView::copyPowerShell);
    connect(m_model, &FirewallModel::checkedFamiliesChanged, this, &FirewallView::updateCommands);
    retranslateUi();
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

void FirewallView::updateCommands()
{
    const bool any = !m_model->checkedFamilies().empty();
    m_copyNetsh->setEnabled(any);
    m_copyPowerShell->setEnabled(any);
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
                        "domain profile. Tick the &Windows versions you support to get the exceptions they "
                        "need as commands."));
    m_view->setAccessibleName(tr("Firewall exceptions per Windows version"));
    m_copyNetsh->setText(tr("Copy &netsh"));
    m_copyNetsh->setAccessibleName(tr("Copy netsh commands"));
    m_copyPowerShell->setText(tr("Copy &PowerShell"));
    m_copyPowerShell->setAccessibleName(tr("Copy PowerShell commands"));
    m_commands->setAccessibleName(tr("Commands"));
    m_status->setAccessibleName(tr("Copy status"));
    m_model->retranslate(); // the family titles and exception names
    updateCommands();
}

} // namespace ra::ui
