#include "ReadinessPanel.h"

#include "DeploymentTargetEditor.h"
#include "OfferCommand.h"
#include "StringConversion.h"
#include "core/Validator.h"
#include "models/CatalogText.h"
#include "models/FirewallModel.h"
#include "models/PolicyDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
QStringList familyTitles(const std::vector<WindowsFamily>& families)
{
    QStringList out;
    for (WindowsFamily f : families)
        out << FirewallModel::familyTitle(f);
    return out;
}
} // namespace

ReadinessPanel::ReadinessPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* targetBox = new QGroupBox(content);
    auto* tl = new QVBoxLayout(targetBox);
    m_targetCaption = new QLabel(targetBox);
    m_targetCaption->setWordWrap(true);
    tl->addWidget(m_targetCaption);
    m_target = new DeploymentTargetEditor(targetBox);
    tl->addWidget(m_target);
    layout->addWidget(targetBox);
    targetBox->setObjectName(QStringLiteral("targetBox"));

    auto* checkBox = new QGroupBox(content);
    checkBox->setObjectName(QStringLiteral("checklistBox"));
    auto* cl = new QVBoxLayout(checkBox);
    m_checklistCaption = new QLabel(checkBox);
    m_checklistCaption->setWordWrap(true);
    cl->addWidget(m_checklistCaption);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_firewallDeployed = new QCheckBox(checkBox);
    m_featurePresent = new QCheckBox(checkBox);
    for (int i = 0; i < itemCount; ++i) {
        m_icon[i] = new QLabel(checkBox);
        m_text[i] = new QLabel(checkBox);
        QFont f = m_text[i]->font();
        f.setBold(true);
        m_text[i]->setFont(f);
        m_text[i]->setWordWrap(true);
        m_detail[i] = new QLabel(checkBox);
        m_detail[i]->setWordWrap(true);
        grid->addWidget(m_icon[i], i * 3, 0, 3, 1, Qt::AlignTop);
        grid->addWidget(m_text[i], i * 3, 1);
        grid->addWidget(m_detail[i], i * 3 + 1, 1);
        if (Item(i) != Item::Feature) {
            m_go[i] = new QPushButton(checkBox);
            grid->addWidget(m_go[i], i * 3, 2, 2, 1, Qt::AlignTop);
        }
    }
    grid->addWidget(m_firewallDeployed, int(Item::Firewall) * 3 + 2, 1);
    grid->addWidget(m_featurePresent, int(Item::Feature) * 3 + 2, 1);
    cl->addLayout(grid);
    layout->addWidget(checkBox);

    auto* offerBox = new QGroupBox(content);
    offerBox->setObjectName(QStringLiteral("offerBox"));
    auto* obl = new QVBoxLayout(offerBox);
    m_offerCaption = new QLabel(offerBox);
    m_offerCaption->setWordWrap(true);
    obl->addWidget(m_offerCaption);
    m_helpdeskPc = new QLabel(offerBox);
    m_helpdeskPc->setWordWrap(true);
    obl->addWidget(m_helpdeskPc);
    auto* ol = new QHBoxLayout;
    m_computerLabel = new QLabel(offerBox);
    m_computer = new QLineEdit(offerBox);
    m_offer = new QPushButton(offerBox);
    m_computerLabel->setBuddy(m_computer);
    ol->addWidget(m_computerLabel);
    ol->addWidget(m_computer, 1);
    ol->addWidget(m_offer);
    obl->addLayout(ol);
    m_offerNote = new QLabel(offerBox);
    m_offerNote->setWordWrap(true);
    obl->addWidget(m_offerNote);
    layout->addWidget(offerBox);
    layout->addStretch(1);


    connect(m_go[int(Item::OfferEnabled)], &QPushButton::clicked, this,
            [this] { Q_EMIT showPolicyRequested(PolicyId::UnsolicitedRemoteAssistance, QString()); });
    connect(m_go[int(Item::HelperGroup)], &QPushButton::clicked, this, [this] {
        Q_EMIT showPolicyRequested(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit"));
    });
    connect(m_go[int(Item::Firewall)], &QPushButton::clicked, this, &ReadinessPanel::showFirewallRequested);
    connect(m_firewallDeployed, &QCheckBox::clicked, this, &ReadinessPanel::onFirewallDeployedClicked);
    connect(m_featurePresent, &QCheckBox::clicked, this, &ReadinessPanel::onFeaturePresentClicked);
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
    m_target->setDocument(document);
    if (m_doc) {
        connect(m_doc, &PolicyDocument::policyChanged, this, &ReadinessPanel::refresh);
        connect(m_doc, &PolicyDocument::configurationReset, this, &ReadinessPanel::refresh);
        connect(m_doc, &PolicyDocument::deploymentTargetChanged, this, &ReadinessPanel::refresh);
    }
    refresh();
}

bool ReadinessPanel::isDone(Item item) const { return m_done[int(item)]; }

QStringList ReadinessPanel::offerArguments(const QString& computer)
{
    return OfferCommand::arguments(computer);
}

bool ReadinessPanel::canOfferFromHere(const QString& msraPath)
{
    return OfferCommand::isSupportedPlatform() && QFileInfo(msraPath).isFile();
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
        tr("Could not start %1. Add Remote Assistance to this computer, then try again.")
            .arg(QDir::toNativeSeparators(msra)));
    return false;
}

void ReadinessPanel::focusOffer()
{
    m_computer->setFocus(Qt::ShortcutFocusReason);
    m_computer->selectAll();
    updateOffer();
}

void ReadinessPanel::focusForFinding(const QString& code)
{
    if (code == QLatin1String("mdm.min-build"))
        m_target->focusBuild();
    else if (code == QLatin1String("sku.not-available"))
        m_target->focusEditions();
    else if (code == QLatin1String("offer.firewall") && m_firewallDeployed->isEnabled())
        m_firewallDeployed->setFocus(Qt::OtherFocusReason);
    else
        m_target->focusFamilies();
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

    // This computer, not the deployment: can the helpdesk offer from here?
    const QString msra = QDir::toNativeSeparators(OfferCommand::program());
    if (!OfferCommand::isSupportedPlatform())
        m_helpdeskPc->setText(tr("This computer does not run Windows, so it cannot offer help; offer it from a "
                                 "Windows computer of the helpdesk."));
    else if (canOfferFromHere(OfferCommand::program()))
        m_helpdeskPc->setText(tr("This computer can offer help: %1 is present.").arg(msra));
    else
        m_helpdeskPc->setText(tr("This computer cannot offer help yet: %1 is missing. Add Remote Assistance to "
                                 "it (on Windows Server it is an optional feature).")
                                  .arg(msra));
}

void ReadinessPanel::onFirewallDeployedClicked(bool deployed)
{
    if (!m_doc)
        return;
    DeploymentTarget t = m_doc->deploymentTarget();
    t.setFirewallDeployed(deployed);
    m_doc->setDeploymentTarget(t, [deployed] {
        return deployed ? ReadinessPanel::tr("Confirm the firewall exceptions as deployed")
                      : ReadinessPanel::tr("Withdraw the firewall confirmation");
    });
    refresh();
}

void ReadinessPanel::onFeaturePresentClicked(bool present)
{
    if (!m_doc)
        return;
    DeploymentTarget t = m_doc->deploymentTarget();
    t.featurePresent = present;
    m_doc->setDeploymentTarget(t, [present] {
        return present ? ReadinessPanel::tr("Confirm the Remote Assistance feature as present")
                      : ReadinessPanel::tr("Withdraw the Remote Assistance feature confirmation");
    });
    refresh();
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
    const DeploymentTarget target = m_doc ? m_doc->deploymentTarget() : DeploymentTarget();
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

    // the firewall item: the target families, each confirmed as deployed or not
    const QStringList families = familyTitles(target.families);
    const QStringList pending = familyTitles(target.firewallPending());
    const bool firewallOk = target.firewallDeployedForAll();
    QString firewallDetail;
    if (families.isEmpty())
        firewallDetail = tr("Tick the Windows versions of the helped computers above or on the Firewall page.");
    else if (firewallOk)
        firewallDetail = tr("Deployed for: %1.").arg(families.join(QStringLiteral("; ")));
    else
        firewallDetail = tr("Not yet confirmed for: %1. Deploy their exceptions (the commands are on the Firewall "
                            "page), then confirm below.")
                             .arg(pending.join(QStringLiteral("; ")));
    setItem(Item::Firewall, firewallOk, tr("Firewall exceptions for the target Windows versions"), firewallDetail);
    m_firewallDeployed->setEnabled(m_doc && !families.isEmpty());
    m_firewallDeployed->setChecked(firewallOk);

    // the feature on the computers of this deployment (not on this computer: see the Offer box)
    setItem(Item::Feature, target.featurePresent, tr("The Remote Assistance feature is present on the target computers"),
            tr("Windows clients include Remote Assistance. On Windows Server it is an optional feature: add it to "
               "the servers to be helped and to a Remote Desktop server the helpdesk offers help from."));
    m_featurePresent->setEnabled(m_doc);
    m_featurePresent->setChecked(target.featurePresent);
}

void ReadinessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReadinessPanel::retranslateUi()
{
    m_intro->setText(tr("Before the helpdesk can offer help without an invitation, every item of the checklist "
                        "must be done. The target and the checklist are saved with the configuration."));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("targetBox")))
        box->setTitle(tr("Deployment target"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("checklistBox")))
        box->setTitle(tr("Checklist"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("offerBox")))
        box->setTitle(tr("Offer Remote Assistance"));
    m_targetCaption->setText(tr("The computers this configuration is for. The findings check the configuration "
                                "against them."));
    m_checklistCaption->setText(tr("What must be true before help can be offered to these computers."));
    m_go[int(Item::OfferEnabled)]->setText(tr("Go to the &policy"));
    m_go[int(Item::HelperGroup)]->setText(tr("Go to the helper &list"));
    m_go[int(Item::Firewall)]->setText(tr("&Go to Firewall"));
    for (QPushButton* b : m_go)
        if (b)
            b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    m_firewallDeployed->setText(tr("The exceptions are &deployed for all these versions"));
    m_firewallDeployed->setAccessibleName(tr("Firewall exceptions deployed"));
    m_featurePresent->setText(tr("&Confirmed for the computers of this deployment"));
    m_featurePresent->setAccessibleName(tr("Remote Assistance feature confirmed"));
    m_offerCaption->setText(tr("From this computer, for one computer of the deployment."));
    m_helpdeskPc->setAccessibleName(tr("This computer"));
    m_computerLabel->setText(tr("Computer to &assist:"));
    m_computer->setPlaceholderText(tr("computer name or IP address"));
    m_computer->setAccessibleName(tr("Computer to help"));
    m_offer->setText(tr("&Offer Remote Assistance"));
    m_offer->setAccessibleName(tr("Offer Remote Assistance"));
    updateOffer();
    refresh();
}

} // namespace ra::ui
