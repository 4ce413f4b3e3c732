#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ra::ui {

namespace {
QVariant value(const QString& key, const QVariant& fallback = {})
{
    return QSettings().value(key, fallback);
}
void store(const QString& key, const QVariant& v)
{
    QSettings().setValue(key, v);
}
} // namespace

QString AppSettings::language() { return value(QStringLiteral("ui/language")).toString(); }
void AppSettings::setLanguage(const QString& code) { store(QStringLiteral("ui/language"), code); }

BackendKind AppSettings::defaultBackend()
{
    const int v = value(QStringLiteral("backend/default"),
#ifdef Q_OS_WIN
                        int(BackendKind::LocalRegistry)
#else
                        int(BackendKind::GpoBackupFolder)
#endif
                            )
                      .toInt();
    if (v < 0 || v >= kBackendKindCount)
        return BackendKind::GpoBackupFolder;
    return BackendKind(v);
}
void AppSettings::setDefaultBackend(BackendKind kind) { store(QStringLiteral("backend/default"), int(kind)); }

QString AppSettings::backendKey(BackendKind kind)
{
    switch (kind) {
    case BackendKind::LocalRegistry: return QStringLiteral("localRegistry");
    case BackendKind::RegFile: return QStringLiteral("regFile");
    case BackendKind::LocalGpoFolder: return QStringLiteral("localGpo");
    case BackendKind::GpoBackupFolder: return QStringLiteral("gpoBackup");
    case BackendKind::SyncMlFile: return QStringLiteral("syncMl");
    case BackendKind::Intune: return QStringLiteral("intune");
    }
    return {};
}

QString AppSettings::backendPath(BackendKind kind)
{
    return value(QStringLiteral("backend/path/") + backendKey(kind)).toString();
}
void AppSettings::setBackendPath(BackendKind kind, const QString& path)
{
    store(QStringLiteral("backend/path/") + backendKey(kind), path);
}

QString AppSettings::admxFolder() { return value(QStringLiteral("admx/folder")).toString(); }
void AppSettings::setAdmxFolder(const QString& folder) { store(QStringLiteral("admx/folder"), folder); }
QString AppSettings::effectiveAdmxFolder()
{
    const QString chosen = admxFolder();
    if (!chosen.isEmpty())
        return chosen;
#ifdef Q_OS_WIN
    const QString windir = qEnvironmentVariable("WINDIR", QStringLiteral("C:\\Windows"));
    return QDir(windir).filePath(QStringLiteral("PolicyDefinitions"));
#else
    return {};
#endif
}

QString AppSettings::intuneTenantId() { return value(QStringLiteral("intune/tenantId")).toString(); }
void AppSettings::setIntuneTenantId(const QString& id) { store(QStringLiteral("intune/tenantId"), id); }
QString AppSettings::intuneClientId() { return value(QStringLiteral("intune/clientId")).toString(); }
void AppSettings::setIntuneClientId(const QString& id) { store(QStringLiteral("intune/clientId"), id); }
QString AppSettings::intuneProfileName() { return value(QStringLiteral("intune/profileDisplayName")).toString(); }
void AppSettings::setIntuneProfileName(const QString& name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(QStringLiteral("intune/profileDisplayName"));
    else
        store(QStringLiteral("intune/profileDisplayName"), name.trimmed());
}

QString AppSettings::gpoBackupName() { return value(QStringLiteral("backend/gpoBackup/name")).toString(); }
void AppSettings::setGpoBackupName(const QString& name) { store(QStringLiteral("backend/gpoBackup/name"), name); }
QString AppSettings::gpoBackupDomain() { return value(QStringLiteral("backend/gpoBackup/domain")).toString(); }
void AppSettings::setGpoBackupDomain(const QString& domain) { store(QStringLiteral("backend/gpoBackup/domain"), domain); }

QStringList AppSettings::recentFiles() { return value(QStringLiteral("files/recent")).toStringList(); }
void AppSettings::addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > maxRecentFiles)
        list.removeLast();
    store(QStringLiteral("files/recent"), list);
}
void AppSettings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    store(QStringLiteral("files/recent"), list);
}
void AppSettings::clearRecentFiles() { QSettings().remove(QStringLiteral("files/recent")); }

QByteArray AppSettings::windowGeometry() { return value(QStringLiteral("window/geometry")).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& g) { store(QStringLiteral("window/geometry"), g); }
QByteArray AppSettings::windowState() { return value(QStringLiteral("window/state")).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& s) { store(QStringLiteral("window/state"), s); }
QByteArray AppSettings::splitterState(const QString& name)
{
    return value(QStringLiteral("window/splitter/") + name).toByteArray();
}
void AppSettings::setSplitterState(const QString& name, const QByteArray& state)
{
    store(QStringLiteral("window/splitter/") + name, state);
}

bool AppSettings::darkTheme() { return value(QStringLiteral("ui/dark"), false).toBool(); }
void AppSettings::setDarkTheme(bool dark) { store(QStringLiteral("ui/dark"), dark); }

} // namespace ra::ui
