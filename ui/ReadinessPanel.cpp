#include "ReadinessPanel.h"

#include "OfferCommand.h"
#include "StringConversion.h"
#include "core/Validator.h"
#include "models/CatalogText.h"
#include "models/FirewallModel.h"
#include "models/PolicyDocument.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace ra::ui {

ReadinessPanel::ReadinessPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < itemCount; ++i) {
        m_icon[i] = new QLabel(this);
        m_text[i] = new QLabel(this);
        QFont f = m_text[i]->font();
        f.setBold(true);
        m_text[i]->setFont(f);
        m_text[i]->setWordWrap(true);
        m_detail[i] = new QLabel(this);
        m_detail[i]->setWordWrap(true);
        m_go[i] = new QPushButton(this);
        grid->addWidget(m_icon[i], i * 2, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(m_text[i], i * 2, 1);
        grid->addWidget(m_detail[i], i * 2 + 1, 1);
        grid->addWidget(m_go[i], i * 2, 2, 2, 1, Qt::AlignTop);
    }
    layout->addLayout(grid);

    m_firewallDeployed = new QCheckBox(this);
    m_featurePresent = new QCheckBox(this);
    QSettings s;
    m_firewallDeployed->setChecked(s.value(QStringLiteral("readiness/firewallDeployed"), false).toBool());
    m_featurePresent->setChecked(s.value(QStringLiteral("readiness/featurePresent"), false).toBool());
    layout->addWidget(m_firewallDeployed);
    layout->addWidget(m_featurePresent);
    connect(m_firewallDeployed, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("readiness/firewallDeployed"), on);
        refresh();
    });
    connect(m_featurePresent, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("readiness/featurePresent"), on);
        refresh();
    });

    auto* offerBox = new QGroupBox(this);
    auto* ol = new QHBoxLayout(offerBox);
    m_offerCaption = new QLabel(offerBox);
    m_computer = new QLineEdit(offerBox);
    m_offer = new QPushButton(offerBox);
    m_offerCaption->setBuddy(m_computer);
    ol->addWidget(m_offerCaption);
    ol->addWidget(m_computer, 1);
    ol->addWidget(m_offer);
    layout->addWidget(offerBox);
    m_offerNote = new QLabel(this);
    m_offerNote->setWordWrap(true);
    layout->addWidget(m_offerNote);
    layout->addStretch(1);

    connect(m_go[int(Item::OfferEnabled)], &QPushButton::clicked, this,
            [this] { Q_EMIT showPolicyRequested(PolicyId::UnsolicitedRemoteAssistance, QString()); });
    connect(m_go[int(Item::HelperGroup)], &QPushButton::clicked, this, [this] {
        Q_EMIT showPolicyRequested(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit"));
    });
    connect(m_go[int(Item::Firewall)], &QPushButton::clicked, this, &ReadinessPanel::showFirewallRequested);
    connect(m_go[int(Item::Feature)], &QPushButton::clicked, this, [this] { m_featurePresent->setFocus(); });
    connect(m_offer, &QPushButton::clicked, this, &ReadinessPanel::offerRemoteAssistance);
    connect(m_computer, &QLineEdit::returnPressed, this, &ReadinessPanel::offerRemoteAssistance);
    connect(m_computer, &QLineEdit::textChanged, this, &ReadinessPanel::updateOffer);
    retranslateUi();
}

void ReadinessPanel::setDocument(ra::PolicyDocument* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &PolicyDocument::policyChanged, this, &ReadinessPanel::refresh);
        connect(m_doc, &PolicyDocument::configurationReset, this, &ReadinessPanel::refresh);
    }
    refresh();
}

void ReadinessPanel::setFirewallModel(ra::FirewallModel* model)
{
    m_firewall = model;
    if (model)
        connect(model, &FirewallModel::checkedFamiliesChanged, this, &ReadinessPanel::refresh);
    refresh();
}

bool ReadinessPanel::isDone(Item item) const { return m_done[int(item)]; }

QStringList ReadinessPanel::offerArguments(const QString& computer)
{
    return OfferCommand::arguments(computer);
}

bool ReadinessPanel::offerRemoteAssistance()
{
    const QString computer = m_computer->text().trimmed();
    const QString problem = OfferCommand::problem(computer);
    if (!problem.isEmpty()) {
        m_offerNote->setText(problem);
        return false;
    }
    if (!OfferCommand::isSupportedPlatform()) {
        m_offerNote->setText(offerNote());
        return false;
    }
    // msra.exe itself, without a shell; the computer is the one checked argument after /offerRA
    const QString msra = OfferCommand::program();
    if (OfferCommand::startDetached(computer, msra)) {
        m_offerNote->setText(tr("Started Remote Assistance for %1.").arg(computer));
        return true;
    }
    m_offerNote->setText(
        tr("Could not start %1. Install the Remote Assistance feature, then try again.").arg(msra));
    return false;
}

QString ReadinessPanel::offerNote()
{
    return OfferCommand::isSupportedPlatform()
        ? tr("Starts msra.exe /offerRA with the computer entered.")
        : tr("Offering help starts msra.exe /offerRA and needs Windows; this computer does "
             "not run Windows.");
}

void ReadinessPanel::updateOffer()
{
    // As the computer is typed: the reason it cannot be offered help, else what the button does.
    const QString computer = m_computer->text().trimmed();
    const QString problem = computer.isEmpty() ? QString() : OfferCommand::problem(computer);
    m_offerNote->setText(problem.isEmpty() ? offerNote() : problem);
    m_offer->setEnabled(OfferCommand::isSupportedPlatform() && !computer.isEmpty() && problem.isEmpty());
}

void ReadinessPanel::setItem(Item item, bool done, const QString& text, const QString& detail)
{
    const int i = int(item);
    m_done[i] = done;
    const int size = fontMetrics().height() * 3 / 2;
    m_icon[i]->setPixmap(style()->standardIcon(done ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
                             .pixmap(size, size));
    m_icon[i]->setAccessibleName(done ? tr("Done") : tr("To do"));
    m_text[i]->setText(text);
    m_detail[i]->setText(detail);
    m_text[i]->setAccessibleName(text + QStringLiteral(" — ") + (done ? tr("done") : tr("to do")));
}

void ReadinessPanel::refresh()
{
    const Configuration config = m_doc ? m_doc->configuration() : Configuration();
    const PolicyId offer = PolicyId::UnsolicitedRemoteAssistance;
    const bool offerOn = config.state(offer) == PolicyState::Enabled;
    setItem(Item::OfferEnabled, offerOn, tr("Offer Remote Assistance is enabled"),
            offerOn ? tr("\"%1\" is Enabled.").arg(ra::CatalogText::policyName(offer))
                    : tr("Set \"%1\" to Enabled.").arg(ra::CatalogText::policyName(offer)));

    QStringList domainEntries;
    for (const std::string& h : config.list(offer, "RA_Unsolicit_DACL_Edit")) {
        const QString entry = qs(h);
        if (entry.contains(QLatin1Char('\\')) && Validator::validateHelper(h, 0).empty())
            domainEntries << entry;
    }
    const bool helpersOk = offerOn && !domainEntries.isEmpty();
    setItem(Item::HelperGroup, helpersOk, tr("A domain helper group is set"),
            domainEntries.isEmpty()
                ? tr("Add your helpdesk group as DOMAIN\\Group to the helper list.")
                : tr("Helpers: %1").arg(domainEntries.join(QStringLiteral(", "))));

    QStringList families;
    if (m_firewall)
        for (int r = 0; r < m_firewall->rowCount(); ++r) {
            const QModelIndex idx = m_firewall->index(r, 0);
            if (idx.data(Qt::CheckStateRole).toInt() == Qt::Checked)
                families << idx.data(Qt::DisplayRole).toString();
        }
    const bool firewallOk = !families.isEmpty() && m_firewallDeployed->isChecked();
    setItem(Item::Firewall, firewallOk, tr("Firewall exceptions for the target Windows versions"),
            families.isEmpty() ? tr("Tick the target Windows versions on the Firewall page.")
                               : tr("Target versions: %1. Deploy the exceptions (copy the commands on the "
                                    "Firewall page), then tick the box below.")
                                     .arg(families.join(QStringLiteral(", "))));

    // on Windows, msra.exe where Offer starts it shows the feature on this computer
    const bool featureOk = m_featurePresent->isChecked()
        || (OfferCommand::isSupportedPlatform() && QFileInfo::exists(OfferCommand::program()));
    setItem(Item::Feature, featureOk, tr("The Remote Assistance feature is present"),
            tr("Windows clients have msra.exe; on Windows Server install it with "
               "\"Install-WindowsFeature Remote-Assistance\"."));

}

void ReadinessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReadinessPanel::retranslateUi()
{
    m_intro->setText(tr("Before the helpdesk can offer help without an invitation, every item below must "
                        "be done."));
    m_go[int(Item::OfferEnabled)]->setText(tr("Go to the &policy"));
    m_go[int(Item::HelperGroup)]->setText(tr("Go to the he&lpers"));
    m_go[int(Item::Firewall)]->setText(tr("Go to Fire&wall"));
    m_go[int(Item::Feature)]->setText(tr("&Confirm"));
    for (QPushButton* b : m_go)
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    m_firewallDeployed->setText(tr("The firewall exceptions are &deployed to the target computers"));
    m_featurePresent->setText(tr("The Remote &Assistance feature is present on the helpers' computers"));
    m_offerCaption->setText(tr("Offer &Remote Assistance to:"));
    m_computer->setPlaceholderText(tr("computer name or IP address"));
    m_computer->setAccessibleName(tr("Computer to help"));
    m_offer->setText(tr("&Offer Remote Assistance"));
    m_offer->setAccessibleName(tr("Offer Remote Assistance"));
    updateOffer();
    refresh();
}

} // namespace ra::ui
