#pragma once
/**
 * @file FindingsPanel.h
 * The live validation and lint findings with severity icons and counts. Activating a finding
 * (double click, Enter) asks the main window to show the policy and focus the field.
 */
#include "core/Catalog.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace ra {
class FindingsModel;
class PolicyDocument;
} // namespace ra

namespace ra::ui {

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setDocument(ra::PolicyDocument* document);
    ra::FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }

    /// Emits findingActivated (or deploymentFindingActivated) for @p row of the model.
    void activateRow(int row);
    /// Whether a finding with @p code is fixed in the deployment target or the firewall rather
    /// than in a policy: offer.firewall, mdm.min-build, sku.not-available.
    static bool isDeploymentFinding(const QString& code);

Q_SIGNALS:
    /// @p elementId empty: the policy as a whole; @p listRow -1: not a list row.
    void findingActivated(ra::PolicyId policy, const QString& elementId, int listRow);
    /**
     * A finding about the deployment rather than one field was activated: @p code is
     * offer.firewall, mdm.min-build or sku.not-available (isDeploymentFinding()), or the code
     * of any finding about no policy.
     */
    void deploymentFindingActivated(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();
    void onActivated(const QModelIndex& index);

    QLabel* m_summary;
    QTreeView* m_view;
    ra::FindingsModel* m_model = nullptr;
};

} // namespace ra::ui
