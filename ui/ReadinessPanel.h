#pragma once
/**
 * @file ReadinessPanel.h
 * Helpdesk readiness for one deployment: its target (DeploymentTargetEditor), the checklist of an
 * Offer Remote Assistance deployment — Offer RA enabled, a domain helper group set, firewall
 * exceptions for the target Windows versions, the Remote Assistance feature present on the
 * target computers — and "Offer Remote Assistance to…", which starts `msra.exe /offerRA
 * <computer>` on Windows. The checklist belongs to the document (PolicyDocument::
 * deploymentTarget(), saved in the profile); whether this helpdesk computer itself can offer
 * (msra.exe present here) is shown apart from it.
 */
#include "core/Catalog.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {
class PolicyDocument;
} // namespace ra

namespace ra::ui {

class DeploymentTargetEditor;

class ReadinessPanel : public QWidget
{
    Q_OBJECT
public:
    /// The checklist items, in order.
    enum class Item { OfferEnabled = 0, HelperGroup, Firewall, Feature };
    static constexpr int itemCount = 4;

    explicit ReadinessPanel(QWidget* parent = nullptr);

    void setDocument(ra::PolicyDocument* document);

    bool isDone(Item item) const;
    QLabel* itemLabel(Item item) const { return m_text[int(item)]; }
    QLabel* detailLabel(Item item) const { return m_detail[int(item)]; }
    /// "Go to …" of an item; nullptr for Item::Feature (confirmed in place).
    QPushButton* goButton(Item item) const { return m_go[int(item)]; }
    DeploymentTargetEditor* targetEditor() const { return m_target; }
    /// Confirms the firewall exceptions of every target family as deployed.
    QCheckBox* firewallDeployedCheckBox() const { return m_firewallDeployed; }
    /// Confirms the Remote Assistance feature on the target computers.
    QCheckBox* featurePresentCheckBox() const { return m_featurePresent; }
    QLineEdit* computerEdit() const { return m_computer; }
    QPushButton* offerButton() const { return m_offer; }
    QLabel* offerNoteLabel() const { return m_offerNote; }
    /// Whether this computer (the helpdesk's) can offer help: msra.exe present here.
    QLabel* helpdeskComputerLabel() const { return m_helpdeskPc; }

    /// The arguments of msra.exe that offer help to @p computer (OfferCommand::arguments()).
    static QStringList offerArguments(const QString& computer);
    /// Whether @p msraPath exists where Offer starts msra.exe (this computer can offer help).
    static bool canOfferFromHere(const QString& msraPath);

public Q_SLOTS:
    void refresh();
    /// Starts msra.exe /offerRA for the computer entered (Windows only); an invalid computer is
    /// refused with the reason under the field.
    bool offerRemoteAssistance();
    /// Focuses the computer field (its text selected) and says what Offer does here — on
    /// another system than Windows that it only works on Windows.
    void focusOffer();
    /// Focuses what a finding about the deployment asks for: mdm.min-build → the oldest build,
    /// sku.not-available → the editions, offer.firewall → the firewall confirmation, anything
    /// else → the Windows versions.
    void focusForFinding(const QString& code);

Q_SIGNALS:
    /// "Go there" for the Offer RA policy (element empty: the state).
    void showPolicyRequested(ra::PolicyId policy, const QString& elementId);
    void showFirewallRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setItem(Item item, bool done, const QString& text, const QString& detail);
    /// The Offer button and the note under it, for the computer entered.
    void updateOffer();
    void onFirewallDeployedClicked(bool deployed);
    void onFeaturePresentClicked(bool present);
    /// What the Offer button does on this platform.
    static QString offerNote();

    QPointer<ra::PolicyDocument> m_doc;
    QLabel* m_intro;
    QLabel* m_targetCaption;
    DeploymentTargetEditor* m_target;
    QLabel* m_checklistCaption;
    QLabel* m_icon[itemCount];
    QLabel* m_text[itemCount];
    QLabel* m_detail[itemCount];
    QPushButton* m_go[itemCount] = {};
    bool m_done[itemCount] = {};
    QCheckBox* m_firewallDeployed;
    QCheckBox* m_featurePresent;
    QLabel* m_offerCaption;
    QLabel* m_helpdeskPc;
    QLabel* m_computerLabel;
    QLineEdit* m_computer;
    QPushButton* m_offer;
    QLabel* m_offerNote;
};

} // namespace ra::ui
