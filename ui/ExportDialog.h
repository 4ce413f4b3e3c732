#pragma once
/**
 * @file ExportDialog.h
 * "Export for colleagues": tick the policies the profile speaks about (KCheckableProxyModel via
 * ra::ExportSelectionModel), name the author; the profile carries comments and provenance.
 */
#include "core/Catalog.h"

#include <QDialog>

#include <set>

class QLineEdit;
class QListView;
class QPushButton;
class QDialogButtonBox;

namespace ra {
class ExportSelectionModel;
class PolicyTreeModel;
} // namespace ra

namespace ra::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ra::PolicyTreeModel* tree, QWidget* parent = nullptr);

    std::set<PolicyId> includedPolicies() const;
    QString author() const;

    ra::ExportSelectionModel* selectionModel() const { return m_model; }
    QListView* view() const { return m_view; }
    QPushButton* okButton() const;

private:
    void updateOk();
    ra::ExportSelectionModel* m_model;
    QListView* m_view;
    QLineEdit* m_author;
    QDialogButtonBox* m_buttons;
};

} // namespace ra::ui
