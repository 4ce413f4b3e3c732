#pragma once
/**
 * @file ApplyWorker.h
 * Runs Backend::apply off the GUI thread: lives in a QThread, reports progress through queued
 * signals and honours Cancel between steps.
 */
#include "backends/Backend.h"
#include "core/ChangeSet.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace ra::ui {

class ApplyWorker : public QObject, private ra::Progress
{
    Q_OBJECT
public:
    ApplyWorker(std::unique_ptr<ra::Backend> backend, ra::ChangeSet changes);
    ~ApplyWorker() override;

    /// Asks the running apply to stop at its next step (thread-safe).
    void cancel() { m_cancelled = true; }

    /// The text of a backend's progress step in the current language (its English message for
    /// an unknown code).
    static QString stepText(const ra::ProgressStep& step);
    /// A line of an apply report (ApplyReport::log) in the current language (as written for a
    /// line without a code or with an unknown one).
    static QString logText(const ra::Note& line);

public Q_SLOTS:
    /// Applies; emits progressed() along the way and finished() once.
    void run();

Q_SIGNALS:
    void progressed(const QString& message, int done, int total);
    /// @p ok false: @p error says what happened and what to do next.
    void finished(bool ok, const QStringList& log, const QString& error, bool cancelled);

private:
    void step(const std::string& message, int done, int total) override;
    void report(const ra::ProgressStep& s, int done, int total) override;
    bool cancelled() const override { return m_cancelled; }

    std::unique_ptr<ra::Backend> m_backend;
    ra::ChangeSet m_changes;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ra::ui
