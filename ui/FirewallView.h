#pragma once
/**
 * @file FirewallView.h
 * The Windows Firewall exceptions Offer Remote Assistance needs, per Windows version family
 * (ra::FirewallModel), with buttons that copy the netsh or PowerShell lines for the ticked
 * families — each family in the firewall context it has (`netsh firewall` before Vista, no
 * PowerShell cmdlet before Windows 8). The ticked families are the document's target families
 * (PolicyDocument::deploymentTarget()), and the admin confirms here that the exceptions are
 * deployed (which satisfies the offer.firewall lint warning).
 */
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace ra {
class FirewallModel;
class PolicyDocument;
} // namespace ra

namespace ra::ui {

class FirewallView : public QWidget
{
    Q_OBJECT
public:
    explicit FirewallView(QWidget* parent = nullptr);

    /// Ticks follow (and edit) @p document's target families and firewall confirmation.
    void setDocument(ra::PolicyDocument* document);

    ra::FirewallModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPlainTextEdit* commandsView() const { return m_commands; }
    QPushButton* copyNetshButton() const { return m_copyNetsh; }
    QPushButton* copyPowerShellButton() const { return m_copyPowerShell; }
    QCheckBox* deployedCheckBox() const { return m_deployed; }
    /// What the buttons do per family (which families have no PowerShell cmdlet).
    QLabel* contextNoteLabel() const { return m_contextNote; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Puts the netsh lines of the ticked families on the clipboard.
    void copyNetsh();
    /// Puts the PowerShell lines of the ticked families on the clipboard.
    void copyPowerShell();
    /// Focuses the Windows versions (e.g. for the offer.firewall finding).
    void focusFamilies();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateCommands();
    void updateDeployed();
    void onFamiliesTicked();
    void onDeployedClicked(bool deployed);
    void syncFromDocument();

    QPointer<ra::PolicyDocument> m_doc;
    QLabel* m_intro;
    QTreeView* m_view;
    ra::FirewallModel* m_model;
    QLabel* m_contextNote;
    QPushButton* m_copyNetsh;
    QPushButton* m_copyPowerShell;
    QLabel* m_commandsCaption;
    QPlainTextEdit* m_commands;
    QLabel* m_status;
    QCheckBox* m_deployed;
    bool m_showPowerShell = false;
    bool m_syncing = false;
};

} // namespace ra::ui
