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

void ApplyWorker::report(const ra::ProgressStep& s, int done, int total)
{
    Q_EMIT progressed(stepText(s), done, total);
}

QString ApplyWorker::stepText(const ra::ProgressStep& step)
{
    const auto arg = [&](std::size_t i) { return QString::fromStdString(step.args.at(i)); };
    const std::string& code = step.code;
    const std::size_t n = step.args.size();
    if (code == "write" && n == 1)
        return tr("Writing %1").arg(arg(0));
    if (code == "wrote" && n == 1)
        return tr("Wrote %1").arg(arg(0));
    if (code == "read" && n == 1)
        return tr("Reading %1").arg(arg(0));
    if (code == "update" && n == 1)
        return tr("Updating %1").arg(arg(0));
    if (code == "write-backup" && n == 1)
        return tr("Writing the backup to %1").arg(arg(0));
    if (code == "write-registry" && n == 1)
        return step.args[0] == "1" ? tr("Writing %1 registry change").arg(arg(0))
                                   : tr("Writing %1 registry changes").arg(arg(0));
    if (code == "update-local-gpo" && n == 0)
        return tr("Updating the Local Group Policy object");
    if (code == "done" && n == 0)
        return tr("Done");
    return QString::fromStdString(step.message);
}

} // namespace ra::ui
