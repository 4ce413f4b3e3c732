#include "SessionRecovery.h"

#include "core/Profile.h"
#include "models/PolicyDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace ra::ui {

namespace {
/// "recovery-<id>.json" → "recovery-<id>.lock" (also the single "recovery.json" of older versions).
QString lockFileOf(const QString& recoveryFile)
{
    QString lock = recoveryFile;
    lock.chop(int(QStringLiteral(".json").size()));
    return lock + QStringLiteral(".lock");
}

/// Whether the session that wrote @p recoveryFile is still running (holds its lock).
bool isRunning(const QString& recoveryFile)
{
    QLockFile lock(lockFileOf(recoveryFile));
    // Only a dead process makes a lock stale, never its age: a session may run for days.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock(); // removes the stale lock file
    return false;
}
} // namespace

SessionRecovery::SessionRecovery(ra::PolicyDocument* document, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
{
    QDir().mkpath(m_folder);
    m_lock = std::make_unique<QLockFile>(lockFileOf(recoveryFile()));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0); // best effort: a folder that cannot be written loses only the protection
    m_timer->setSingleShot(true);
    m_timer->setInterval(1500);
    connect(m_timer, &QTimer::timeout, this, &SessionRecovery::saveNow);
    auto schedule = [this] { m_timer->start(); };
    connect(document, &PolicyDocument::policyChanged, this, schedule);
    connect(document, &PolicyDocument::configurationReset, this, schedule);
    connect(document, &PolicyDocument::deploymentTargetChanged, this, schedule);
    connect(document, &PolicyDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer->stop();
            discard();
        }
    });
}

SessionRecovery::~SessionRecovery() = default;

void SessionRecovery::setDelay(int ms) { m_timer->setInterval(ms); }

QString SessionRecovery::recoveryFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("recovery-%1.json").arg(m_id));
}

void SessionRecovery::saveNow()
{
    if (!m_doc)
        return;
    if (!m_doc->isModified()) {
        discard();
        return;
    }
    Profile profile;
    profile.configuration = m_doc->configuration();
    profile.included = m_doc->included();
    if (!(m_doc->deploymentTarget() == DeploymentTarget()))
        profile.target = m_doc->deploymentTarget();
    profile.provenance.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    profile.provenance.modified = profile.provenance.created;
    // The profile itself, plus where it came from, in one envelope.
    QJsonObject envelope;
    envelope.insert(QStringLiteral("originalPath"), m_doc->filePath());
    envelope.insert(QStringLiteral("sourcePath"), m_doc->sourcePath());
    envelope.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    envelope.insert(QStringLiteral("profile"), QString::fromStdString(ProfileFormat::write(profile)));
    QDir().mkpath(m_folder);
    QSaveFile f(recoveryFile());
    if (!f.open(QIODevice::WriteOnly))
        return; // best effort: recovery must never disturb editing
    f.write(QJsonDocument(envelope).toJson());
    f.commit();
}

void SessionRecovery::discard() { QFile::remove(recoveryFile()); }

bool SessionRecovery::discard(const Recovered& recovered)
{
    if (recovered.file.isEmpty() || recovered.file == recoveryFile() || isRunning(recovered.file))
        return false;
    return QFile::remove(recovered.file);
}

std::vector<SessionRecovery::Recovered> SessionRecovery::pending() const
{
    std::vector<Recovered> out;
    const QDir dir(m_folder);
    // "recovery*.json", matched by hand: a QDir name filter compiles a regular expression, and
    // this runs at every start (it alone brought PCRE2 and its JIT into the idle console)
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : files) {
        if (!name.startsWith(QLatin1String("recovery")) || !name.endsWith(QLatin1String(".json")))
            continue;
        const QString file = dir.filePath(name);
        if (file == recoveryFile() || isRunning(file))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(f.readAll()).object();
        try {
            const Profile profile = ProfileFormat::read(
                envelope.value(QStringLiteral("profile")).toString().toStdString(), file.toStdString());
            Recovered r;
            r.configuration = profile.configuration;
            r.included = profile.included;
            r.target = profile.target.value_or(DeploymentTarget());
            r.originalPath = envelope.value(QStringLiteral("originalPath")).toString();
            r.sourcePath = envelope.value(QStringLiteral("sourcePath")).toString(r.originalPath);
            r.savedAt = QDateTime::fromString(envelope.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (!r.savedAt.isValid())
                r.savedAt = QFileInfo(file).lastModified();
            r.file = file;
            out.push_back(std::move(r));
        } catch (const std::exception&) {
            continue; // unreadable: not offered (and left for the admin to look at)
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Recovered& a, const Recovered& b) { return a.savedAt > b.savedAt; });
    return out;
}

} // namespace ra::ui
