#pragma once
/**
 * @file OpenDiffDialog.h
 * The dry run of "Open over existing work": what would change in the current configuration,
 * policy by policy and option by option, before anything is replaced.
 */
#include "core/Configuration.h"

#include <QDialog>

class QTreeWidget;

namespace ra::ui {

class OpenDiffDialog : public QDialog
{
    Q_OBJECT
public:
    OpenDiffDialog(const Configuration& current, const Configuration& incoming, const QString& fileName,
                   QWidget* parent = nullptr);

    /// Number of differences listed.
    int differenceCount() const { return m_count; }
    QTreeWidget* tree() const { return m_tree; }

    /// One line per difference: "policy: what: now → after" (for tests and logs).
    static QStringList differences(const Configuration& current, const Configuration& incoming);

private:
    QTreeWidget* m_tree;
    int m_count = 0;
};

} // namespace ra::ui
