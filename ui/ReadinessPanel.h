#pragma once
/**
 * @file ReadinessPanel.h
 * Helpdesk readiness: the checklist of an Offer Remote Assistance deployment (Offer RA enabled,
 * a domain helper group set, firewall exceptions for the target Windows versions, the Remote
 * Assistance feature present) and, on Windows, "Offer Remote Assistance to…" which starts
 * `msra.exe /offerRA <computer>`.
 */
#include "core/Catalog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {
class PolicyDocument;
class FirewallModel;
} // namespace ra

namespace ra::ui {

class ReadinessPanel : public QWidget
{
    Q_OBJECT
public:
    /// The checklist items, in order.
    enum class Item { OfferEnabled = 0, HelperGroup, Firewall, Feature };
    static constexpr int itemCount = 4;

    explicit ReadinessPanel(QWidget* parent = nullptr);

    void setDocument(ra::PolicyDocument* document);
    /// The firewall families ticked on the Firewall page count as the target versions.
    void setFirewallModel(ra::FirewallModel* model);

    bool isDone(Item item) const;
    QLabel* itemLabel(Item item) const { return m_text[int(item)]; }
    QLineEdit* computerEdit() const { return m_computer; }
    QPushButton* offerButton() const { return m_offer; }

    QLabel* offerNoteLabel() const { return m_offerNote; }

    /// The arguments of msra.exe that offer help to @p computer (OfferCommand::arguments()).
    static QStringList offerArguments(const QString& computer);

public Q_SLOTS:
    void refresh();
    /// Starts msra.exe /offerRA for the computer entered (Windows only); an invalid computer is
    /// refused with the reason under the field.
    bool offerRemoteAssistance();

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
    /// What the Offer button does on this platform.
    static QString offerNote();

    QPointer<ra::PolicyDocument> m_doc;
    QPointer<ra::FirewallModel> m_firewall;
    QLabel* m_intro;
    QLabel* m_icon[itemCount];
    QLabel* m_text[itemCount];
    QLabel* m_detail[itemCount];
    QPushButton* m_go[itemCount];
    bool m_done[itemCount] = {};
    QCheckBox* m_firewallDeployed;
    QCheckBox* m_featurePresent;
    QLabel* m_offerCaption;
    QLineEdit* m_computer;
    QPushButton* m_offer;
    QLabel* m_offerNote;
};

} // namespace ra::ui
