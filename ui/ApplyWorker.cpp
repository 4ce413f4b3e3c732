#include "ApplyWorker.h"

#include "core/Error.h"

namespace ra::ui {

ApplyWorker::ApplyWorker(std::unique_ptr<ra::Backend> backend, ra::ChangeSet changes)
    : m_backend(std::move(backend))
    , m_changes(std::move(changes))
{
}

ApplyWorker::~ApplyWorker() = default;

void ApplyWorker::run()
{
    QStringList log;
    try {
        const ApplyReport report = m_backend->apply(m_changes, this);
        for (const std::string& line : report.log)
            log << QString::fromStdString(line);
        Q_EMIT finished(report.ok, log, QString::fromStdString(report.error), m_cancelled.load());
    } catch (const ra::Error& e) {
        Q_EMIT finished(false, log, QString::fromStdString(e.what()), m_cancelled.load());
    } catch (const std::exception& e) {
        Q_EMIT finished(false, log, QString::fromStdString(e.what()), m_cancelled.load());
    }
}

void ApplyWorker::step(const std::string& message, int done, int total)
{
    Q_EMIT progressed(QString::fromStdString(message), done, total);
}

} // namespace ra::ui
