#pragma once
/**
 * @file OpenDiffDialog.h
 * The dry run of "Open over existing work" (and of "Merge Profile Into Current Work"): what would
 * change in the current configuration, policy by policy and option by option, before anything is
 * replaced. A policy that the result leaves out (a partial profile) shows as "Not part of this
 * profile".
 */
#include "core/Catalog.h"
#include "core/Configuration.h"

#include <QDialog>

#include <set>

class QTreeWidget;

namespace ra::ui {

class OpenDiffDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opening replaces the current work; merging changes it (and is one undo step).
    enum class Mode { Open, Merge };

    OpenDiffDialog(const Configuration& current, const Configuration& incoming, const QString& fileName,
                   QWidget* parent = nullptr);
    /// @p currentIncluded / @p incomingIncluded: the policies each side speaks about
    /// (PolicyDocument::included, ra::Profile::included).
    OpenDiffDialog(Mode mode, const Configuration& current, const std::set<PolicyId>& currentIncluded,
                   const Configuration& incoming, const std::set<PolicyId>& incomingIncluded,
                   const QString& fileName, QWidget* parent = nullptr);

    /// Number of differences listed.
    int differenceCount() const { return m_count; }
    QTreeWidget* tree() const { return m_tree; }

    /// One line per difference: "policy: what: now → after" (for tests and logs).
    static QStringList differences(const Configuration& current, const Configuration& incoming);
    /// The same for sides that may leave policies out.
    static QStringList differences(const Configuration& current, const std::set<PolicyId>& currentIncluded,
                                   const Configuration& incoming, const std::set<PolicyId>& incomingIncluded);

private:
    QTreeWidget* m_tree;
    int m_count = 0;
};

} // namespace ra::ui
