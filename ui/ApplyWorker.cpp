#include "ApplyWorker.h"

#include "core/Error.h"
#include "models/ErrorText.h"

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
        for (const Note& line : report.log)
            log << logText(line);
        Q_EMIT finished(report.ok, log, QString::fromStdString(report.error), m_cancelled.load());
    } catch (const ra::Error& e) {
        Q_EMIT finished(false, log, ErrorText::text(e), m_cancelled.load());
    } catch (const std::exception& e) {
        Q_EMIT finished(false, log, ErrorText::text(e), m_cancelled.load());
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

QString ApplyWorker::logText(const ra::Note& line)
{
    const auto a = [&](std::size_t i) { return QString::fromStdString(line.args.at(i)); };
    const std::string& code = line.code;
    const std::size_t n = line.args.size();
    if (code == "wrote-registry-pol" && n == 4)
        return tr("Wrote %1 Remote Assistance entries to %2 (replaced %3, kept %4 entries of other policies)")
            .arg(a(0), a(1), a(2), a(3));
    if (code == "wrote-backup" && n == 4)
        return tr("Wrote backup %1 (\"%2\", %3) to %4").arg(a(0), a(1), a(2), a(3));
    if (code == "created-manifest" && n == 1)
        return tr("Created %1").arg(a(0));
    if (code == "added-to-manifest" && n == 1)
        return tr("Added the backup to %1").arg(a(0));
    if (code == "wrote-reg" && n == 3)
        return tr("wrote %1 (%2 key blocks); import it on the machine with: reg import \"%3\"").arg(a(0), a(1), a(2));
    if (code == "updated-local-pol" && n == 3)
        return tr("Updated %1: %2 Remote Assistance entries, %3 other entries kept").arg(a(0), a(1), a(2));
    if (code == "updated-gpt-ini" && n == 1)
        return tr("Updated %1 (machine version and Registry extension)").arg(a(0));
    if (code == "wrote-syncml" && n == 4)
        return tr("wrote %1 (%2 bytes, %3 Replace, %4 Delete)").arg(a(0), a(1), a(2), a(3));
    if (code == "wrote-lgpo" && n == 2)
        return tr("Wrote %1 LGPO records to %2").arg(a(0), a(1));
    if (code == "wrote-graph-json" && n == 3)
        return tr("wrote %1 (%2 bytes, %3 OMA-URI settings)").arg(a(0), a(1), a(2));
    if (code == "updated-local-gpo" && n == 3)
        return tr("updated the Local Group Policy object %1 (%2 entries of these policies, %3 of other policies kept) "
                  "and its gpt.ini")
            .arg(a(0), a(1), a(2));
    if (code == "duplicate-value" && n == 2) // a note of the registry.pol merge
        return tr("Note: duplicate value %1 (%2 times; the last one applies)").arg(a(0), a(1));
    return QString::fromStdString(line.message);
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
