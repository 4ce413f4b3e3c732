#pragma once
/**
 * @file DeploymentTargetEditor.h
 * The one place where the admin says what a deployment targets: the Windows version families
 * of the helped computers (the same data as the Firewall page's ticks), their editions and the
 * oldest Windows 10/11 build; and shows whether delivery goes through MDM (which follows the
 * Deliver page). Edits go to PolicyDocument::setDeploymentTarget (undoable, saved in the
 * profile) and so to the Linter, live.
 */
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

namespace ra {
class PolicyDocument;
}

namespace ra::ui {

class DeploymentTargetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DeploymentTargetEditor(QWidget* parent = nullptr);

    void setDocument(ra::PolicyDocument* document);

    /// One checkable row per Windows family (Firewall::requirements() order).
    QListWidget* familiesView() const { return m_families; }
    /// One checkable row per edition (kAllEditions order).
    QListWidget* editionsView() const { return m_editions; }
    /// The oldest Windows 10/11 build; 0 shows "Not specified".
    QSpinBox* buildSpinBox() const { return m_build; }
    QLabel* deliveryLabel() const { return m_delivery; }

public Q_SLOTS:
    void focusFamilies();
    void focusEditions();
    void focusBuild();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void syncFromDocument();
    void onItemChanged(QListWidgetItem* item);
    void onBuildChanged(int build);
    void fitHeight(QListWidget* list);

    QPointer<ra::PolicyDocument> m_doc;
    QLabel* m_familiesLabel;
    QListWidget* m_families;
    QLabel* m_editionsLabel;
    QListWidget* m_editions;
    QLabel* m_buildLabel;
    QSpinBox* m_build;
    QLabel* m_buildHint;
    QLabel* m_delivery;
    bool m_syncing = false;
};

} // namespace ra::ui
