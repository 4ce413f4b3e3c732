#pragma once
/**
 * @file AppSettings.h
 * The console's persistent preferences (QSettings): default backend and its paths, the ADMX
 * folder, the language, the Intune tenant and application ids and profile name, the GPO backup's
 * name and domain, recent files and the window state.
 * Secrets are never stored here (the Intune client secret lives in the OS keychain).
 */
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ra::ui {

/// The delivery targets the console offers, in the order of the selector.
enum class BackendKind : int {
    LocalRegistry = 0,
    RegFile,
    LocalGpoFolder,
    GpoBackupFolder,
    SyncMlFile,
    Intune,
};
inline constexpr int kBackendKindCount = 6;

/**
 * Typed access to the console's QSettings. Each getter reads the store, each setter writes it,
 * so several instances stay consistent.
 */
class AppSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    /// "en", "de" or "fr"; empty means "the system language".
    static QString language();
    static void setLanguage(const QString& code);

    static BackendKind defaultBackend();
    static void setDefaultBackend(BackendKind kind);
    /// The last target path chosen for a backend (a file or a folder); empty if none.
    static QString backendPath(BackendKind kind);
    static void setBackendPath(BackendKind kind, const QString& path);

    /// The folder with .admx files and their language subfolders; empty = built-in default.
    static QString admxFolder();
    static void setAdmxFolder(const QString& folder);
    /// admxFolder(), or the platform default (C:\\Windows\\PolicyDefinitions on Windows).
    static QString effectiveAdmxFolder();

    static QString intuneTenantId();
    static void setIntuneTenantId(const QString& id);
    static QString intuneClientId();
    static void setIntuneClientId(const QString& id);
    /// The Intune profile the console writes (the key IntuneSettings reads); empty: the default name.
    static QString intuneProfileName();
    /// Stores @p name; an empty name removes the setting (the default name applies).
    static void setIntuneProfileName(const QString& name);

    /// The GPO name of a new GPO backup; empty: "Remote Assistance".
    static QString gpoBackupName();
    static void setGpoBackupName(const QString& name);
    /// The DNS domain of a new GPO backup; empty: none.
    static QString gpoBackupDomain();
    static void setGpoBackupDomain(const QString& domain);

    static QStringList recentFiles();
    /// Moves @p path to the front of the recent files (and trims the list).
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
    static QByteArray splitterState(const QString& name);
    static void setSplitterState(const QString& name, const QByteArray& state);

    static bool darkTheme();
    static void setDarkTheme(bool dark);

    /// Stable settings key of a backend kind (e.g. "gpoBackup").
    static QString backendKey(BackendKind kind);
};

} // namespace ra::ui
