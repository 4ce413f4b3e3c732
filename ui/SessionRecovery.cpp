#include "SessionRecovery.h"

#include "core/Profile.h"
#include "models/PolicyDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace ra::ui {

SessionRecovery::SessionRecovery(ra::PolicyDocument* document, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(1500);
    connect(m_timer, &QTimer::timeout, this, &SessionRecovery::saveNow);
    auto schedule = [this] { m_timer->start(); };
    connect(document, &PolicyDocument::policyChanged, this, schedule);
    connect(document, &PolicyDocument::configurationReset, this, schedule);
    connect(document, &PolicyDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer->stop();
            discard();
        }
    });
}

SessionRecovery::~SessionRecovery() = default;

void SessionRecovery::setDelay(int ms) { m_timer->setInterval(ms); }

QString SessionRecovery::recoveryFile() const { return QDir(m_folder).filePath(QStringLiteral("recovery.json")); }

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
    profile.provenance.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    profile.provenance.modified = profile.provenance.created;
    // The profile itself, plus where it came from, in one envelope.
    QJsonObject envelope;
    envelope.insert(QStringLiteral("originalPath"), m_doc->filePath());
    envelope.insert(QStringLiteral("sourcePath"), m_doc->sourcePath());
    envelope.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    envelope.insert(QStringLiteral("profile"), QString::fromStdString(ProfileFormat::write(profile)));
    QDir().mkpath(m_folder);
    QSaveFile f(recoveryFile());
    if (!f.open(QIODevice::WriteOnly))
        return; // best effort: recovery must never disturb editing
    f.write(QJsonDocument(envelope).toJson());
    f.commit();
}

void SessionRecovery::discard() { QFile::remove(recoveryFile()); }

std::optional<SessionRecovery::Recovered> SessionRecovery::pending() const
{
    QFile f(recoveryFile());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject envelope = QJsonDocument::fromJson(f.readAll()).object();
    try {
        const Profile profile = ProfileFormat::read(envelope.value(QStringLiteral("profile")).toString().toStdString(),
                                                    recoveryFile().toStdString());
        Recovered r;
        r.configuration = profile.configuration;
        r.originalPath = envelope.value(QStringLiteral("originalPath")).toString();
        r.sourcePath = envelope.value(QStringLiteral("sourcePath")).toString(r.originalPath);
        r.savedAt = QDateTime::fromString(envelope.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        return r;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace ra::ui
