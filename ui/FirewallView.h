#pragma once
/**
 * @file FirewallView.h
 * The Windows Firewall exceptions Offer Remote Assistance needs, per Windows version family
 * (ra::FirewallModel), with buttons that copy the netsh or PowerShell lines for the ticked
 * families.
 */
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace ra {
class FirewallModel;
}

namespace ra::ui {

class FirewallView : public QWidget
{
    Q_OBJECT
public:
    explicit FirewallView(QWidget* parent = nullptr);

    ra::FirewallModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPlainTextEdit* commandsView() const { return m_commands; }

public Q_SLOTS:
    /// Puts the netsh lines of the ticked families on the clipboard.
    void copyNetsh();
    /// Puts the PowerShell lines of the ticked families on the clipboard.
    void copyPowerShell();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateCommands();

    QLabel* m_intro;
    QTreeView* m_view;
    ra::FirewallModel* m_model;
    QPushButton* m_copyNetsh;
    QPushButton* m_copyPowerShell;
    QLabel* m_commandsCaption;
    QPlainTextEdit* m_commands;
    QLabel* m_status;
    bool m_showPowerShell = false;
};

} // namespace ra::ui
