#include "IntuneComponent.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPluginLoader>

#include <atomic>
#include <memory>

#ifndef RA_INTUNE_PLUGIN_RELATIVE_DIR
#define RA_INTUNE_PLUGIN_RELATIVE_DIR "."
#endif

namespace ra::ui {

namespace {
constexpr const char* kPluginName = "ra-console-intune";

struct State
{
    QMutex mutex;
    bool tried = false;
    std::atomic<const intune::IntuneService*> service{nullptr};
    QString file;
    QString reason;
    /// The loaders of the component: kept, and the component never unloaded, for the life of
    /// the process (tests load it from more than one folder).
    QMutex loaderMutex;
    QList<QPluginLoader*> loaders;
};

/// Never destroyed: backends and threads of the component may outlive any one caller, even
/// static destructors at exit.
State& state()
{
    static State* s = new State;
    return *s;
}

/// The plugin's file in @p folder, or "" when it has none.
QString pluginFile(const QString& folder)
{
    const QString base = QDir(folder).filePath(QLatin1String(kPluginName));
    for (const QString& suffix : {QStringLiteral(".so"), QStringLiteral(".dll"), QStringLiteral(".dylib")})
        if (QFileInfo::exists(base + suffix))
            return base + suffix;
    return {};
}
} // namespace

QStringList IntuneComponent::searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("RA_CONSOLE_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    folders << appDir;
    const QString installed = QDir::cleanPath(appDir + QLatin1Char('/') + QLatin1String(RA_INTUNE_PLUGIN_RELATIVE_DIR));
    if (!folders.contains(installed))
        folders << installed;
    return folders;
}

IntuneComponent::LoadResult IntuneComponent::loadFrom(const QStringList& folders)
{
    QStringList problems;
    for (const QString& folder : folders) {
        const QString file = pluginFile(folder);
        if (file.isEmpty())
            continue;
        auto loader = std::make_unique<QPluginLoader>(file);
        // The component brings QtKeychain (and through it GLib and libsecret) and OpenSSL, which
        // keep state in their own statics and may have threads running: unloading them at exit
        // would pull that memory from under whoever still holds it.
        loader->setLoadHints(QLibrary::PreventUnloadHint);
        if (const auto* service = qobject_cast<intune::IntuneService*>(loader->instance())) {
            const QMutexLocker lock(&state().loaderMutex);
            state().loaders.append(loader.release());
            return {service, file, {}};
        }
        problems << tr("%1 could not be loaded: %2").arg(QDir::toNativeSeparators(file), loader->errorString());
    }
    if (problems.isEmpty()) {
        QStringList shown;
        for (const QString& f : folders)
            shown << QDir::toNativeSeparators(f);
        problems << tr("The Intune component (%1) is not installed; it was looked for in %2.")
                        .arg(QLatin1String(kPluginName), shown.join(QLatin1String(", ")));
    }
    return {nullptr, {}, problems.join(QLatin1Char(' ')) + QLatin1Char(' ')
                         + tr("Reinstall the console, or export SyncML or Graph JSON and upload it in the "
                              "Intune admin center.")};
}

const intune::IntuneService* IntuneComponent::service()
{
    State& s = state();
    if (const auto* loaded = s.service.load())
        return loaded;
    QMutexLocker lock(&s.mutex);
    if (s.tried)
        return s.service.load();
    s.tried = true;
    const LoadResult result = loadFrom(searchFolders());
    s.file = result.file;
    s.reason = result.reason;
    s.service.store(result.service);
    return result.service;
}

QString IntuneComponent::unavailableReason()
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.tried)
            return s.reason;
    }
    for (const QString& folder : searchFolders())
        if (!pluginFile(folder).isEmpty())
            return {};
    return loadFrom(searchFolders()).reason; // finds nothing: says where it looked
}

bool IntuneComponent::isLoaded() { return state().service.load() != nullptr; }

QString IntuneComponent::loadedFile()
{
    QMutexLocker lock(&state().mutex);
    return state().file;
}

} // namespace ra::ui
