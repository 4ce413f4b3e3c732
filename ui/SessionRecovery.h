#pragma once
/**
 * @file SessionRecovery.h
 * Never lose work: while the document has unsaved changes it is written, a moment after each
 * edit, to a recovery profile in QStandardPaths::AppDataLocation. A clean save or close removes
 * it; after a crash the next start finds it and offers to restore it.
 */
#include "core/Configuration.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

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
        QString originalPath; ///< the profile the session had open, empty for a new document
        /// what the session had opened (a profile, registry.pol, GPO backup…), empty for a new document
        QString sourcePath;
        QDateTime savedAt;
    };

    /// @p folder: where to keep the recovery file (default: AppDataLocation).
    explicit SessionRecovery(ra::PolicyDocument* document, const QString& folder = QString(),
                             QObject* parent = nullptr);
    ~SessionRecovery() override;

    QString recoveryFile() const;
    /// The recovery file of an earlier session, if one is there and readable.
    std::optional<Recovered> pending() const;
    /// Writes the recovery file now (when the document is modified) or removes it.
    void saveNow();
    /// Removes the recovery file (after a clean save or close, or when the admin declines it).
    void discard();
    /// Milliseconds between the last edit and the write (default 1500).
    void setDelay(int ms);

private:
    QPointer<ra::PolicyDocument> m_doc;
    QString m_folder;
    QTimer* m_timer;
};

} // namespace ra::ui
