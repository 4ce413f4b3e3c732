#pragma once
/**
 * @file SessionRecovery.h
 * Never lose work: while the document has unsaved changes it is written, a moment after each
 * edit, to a recovery profile in QStandardPaths::AppDataLocation. A clean save or close removes
 * it; after a crash the next start finds it and offers to restore it.
 *
 * Every running console has a recovery file of its own ("recovery-<id>.json"), guarded by a
 * QLockFile ("recovery-<id>.lock") that the session holds while it runs. Another session's
 * file is offered only when its lock is stale, i.e. the process that held it has died: a
 * second console running at the same time neither overwrites nor offers nor deletes the first
 * one's file. A session that ends without the admin deciding about its unsaved work (a crash,
 * or the window destroyed without closing) leaves the file behind, to be offered next time.
 */
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "core/DeploymentTarget.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <set>
#include <vector>

class QLockFile;
class QTimer;

namespace ra {
class PolicyDocument;
}

namespace ra::ui {

class SessionRecovery : public QObject
{
    Q_OBJECT
public:
    /// What a crashed session left behind.
    struct Recovered
    {
        Configuration configuration;
        /// the policies the work spoke about (PolicyDocument::included)
        std::set<PolicyId> included;
        /// the deployment target of the work (PolicyDocument::deploymentTarget)
        DeploymentTarget target;
        QString originalPath; ///< the profile the session had open, empty for a new document
        /// what the session had opened (a profile, registry.pol, GPO backup…), empty for a new document
        QString sourcePath;
        QDateTime savedAt;
        QString file; ///< the recovery file it was read from
    };

    /// @p folder: where to keep the recovery files (default: AppDataLocation).
    explicit SessionRecovery(ra::PolicyDocument* document, const QString& folder = QString(),
                             QObject* parent = nullptr);
    /// Releases this session's lock; its recovery file stays if it is there (see the file comment).
    ~SessionRecovery() override;

    /// This session's recovery file.
    QString recoveryFile() const;
    /**
     * The readable recovery files of sessions that ended without deciding about their work
     * (their lock is stale or gone), newest first. Never this session's own file, never the
     * file of a console that is still running.
     */
    std::vector<Recovered> pending() const;
    /// Writes this session's recovery file now (when the document is modified) or removes it.
    void saveNow();
    /// Removes this session's recovery file (after a clean save or close).
    void discard();
    /// Removes the recovery file of a crashed session (once restored, or when the admin declines
    /// it); false when it is gone already or its session turns out to be running.
    bool discard(const Recovered& recovered);
    /// Milliseconds between the last edit and the write (default 1500).
    void setDelay(int ms);

private:
    QPointer<ra::PolicyDocument> m_doc;
    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer;
};

} // namespace ra::ui
