#include "BackendFactory.h"

#include "backends/ScopedBackend.h"
#include "core/Error.h"

#include <QCoreApplication>

#include <filesystem>

// The file backends are written by other parts of the team; each is used once it is in the tree.
#include "backends/GpoBackupBackend.h"
#include "backends/LocalGpoBackend.h"
#include "backends/RegFileBackend.h"
#include "backends/SyncMlFileBackend.h"
#define RA_HAVE_REG_BACKEND 1
#define RA_HAVE_GPO_BACKUP_BACKEND 1
#define RA_HAVE_LOCAL_GPO_BACKEND 1
#define RA_HAVE_SYNCML_BACKEND 1
#ifdef RA_HAVE_INTUNE
#include "IntuneComponent.h"
#include "backends/intune/IntuneSettings.h"
#include <QSettings>
#endif
#ifdef _WIN32
#include "backends/LocalRegistryBackend.h"
#include "core/registry/Win32Registry.h"
#define RA_HAVE_LOCAL_REGISTRY_BACKEND 1
#endif

namespace ra::ui {

namespace {
#ifdef RA_HAVE_LOCAL_REGISTRY_BACKEND
/// The local registry backend together with the live registry it writes to.
class OwningLocalRegistryBackend : public ra::Backend
{
public:
    explicit OwningLocalRegistryBackend(LocalRegistryOptions options)
        : m_backend(m_registry, std::move(options))
    {
    }
    std::string name() const override { return m_backend.name(); }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override { return m_backend.preview(changes); }
    ApplyReport apply(const ChangeSet& changes, Progress* progress) override { return m_backend.apply(changes, progress); }
    std::optional<GroupPolicyReadResult> current() override { return m_backend.current(); }

private:
    Win32Registry m_registry;
    LocalRegistryBackend m_backend;
};
#endif

/// @p backend, limited to @p scope when that leaves policies out.
[[maybe_unused]] std::unique_ptr<ra::Backend> scoped(std::unique_ptr<ra::Backend> backend, const std::set<PolicyId>& scope)
{
    if (scope.size() == kAllPolicies.size())
        return backend;
    return std::make_unique<ScopedBackend>(std::move(backend), scope);
}

std::filesystem::path toPath(const QString& s)
{
#ifdef _WIN32
    return std::filesystem::path(s.toStdWString());
#else
    return std::filesystem::path(s.toStdString());
#endif
}
} // namespace

bool BackendFactory::isAvailable(BackendKind kind) { return unavailableReason(kind).isEmpty(); }

QString BackendFactory::unavailableReason(BackendKind kind)
{
    switch (kind) {
    case BackendKind::LocalRegistry:
#if defined(RA_HAVE_LOCAL_REGISTRY_BACKEND)
        return {};
#elif defined(_WIN32)
        return tr("The local registry target is not part of this build.");
#else
        return tr("The local registry is the Windows registry of the computer the console runs on; "
                  "this computer does not run Windows. Export a .reg file instead and import it on "
                  "the Windows computer with \"reg import\" or by double-clicking it.");
#endif
    case BackendKind::RegFile:
#ifdef RA_HAVE_REG_BACKEND
        return {};
#else
        break;
#endif
    case BackendKind::LocalGpoFolder:
#ifdef RA_HAVE_LOCAL_GPO_BACKEND
        return {};
#else
        break;
#endif
    case BackendKind::GpoBackupFolder:
#ifdef RA_HAVE_GPO_BACKUP_BACKEND
        return {};
#else
        break;
#endif
    case BackendKind::SyncMlFile:
#ifdef RA_HAVE_SYNCML_BACKEND
        return {};
#else
        break;
#endif
    case BackendKind::Intune:
#ifdef RA_HAVE_INTUNE
        return IntuneComponent::unavailableReason();
#else
        return tr("Intune delivery is not part of this build yet; export SyncML or Graph JSON and "
                  "upload it in the Intune admin center.");
#endif
    }
    return tr("This target is not part of this build.");
}

bool BackendFactory::targetIsFolder(BackendKind kind)
{
    return kind == BackendKind::LocalGpoFolder || kind == BackendKind::GpoBackupFolder;
}

bool BackendFactory::needsPath(BackendKind kind)
{
    return kind != BackendKind::LocalRegistry && kind != BackendKind::Intune;
}

QString BackendFactory::fileFilter(BackendKind kind)
{
    switch (kind) {
    case BackendKind::RegFile: return tr("Registry files (*.reg)");
    case BackendKind::SyncMlFile: return tr("SyncML files (*.xml *.syncml)");
    default: return {};
    }
}

QString BackendFactory::displayName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::LocalRegistry: return tr("Local registry (Windows)");
    case BackendKind::RegFile: return tr(".reg file");
    case BackendKind::LocalGpoFolder: return tr("Local GPO folder");
    case BackendKind::GpoBackupFolder: return tr("GPO backup folder");
    case BackendKind::SyncMlFile: return tr("SyncML file");
    case BackendKind::Intune: return tr("Microsoft Intune");
    }
    return {};
}

std::unique_ptr<ra::Backend> BackendFactory::create(const BackendRequest& request)
{
    const QString why = unavailableReason(request.kind);
    if (!why.isEmpty())
        throw ra::Error(why.toStdString(), displayName(request.kind).toStdString());
    if (needsPath(request.kind) && request.path.trimmed().isEmpty())
        throw ra::Error((targetIsFolder(request.kind) ? tr("Choose a target folder first.")
                                                      : tr("Choose a target file first."))
                            .toStdString(),
                        displayName(request.kind).toStdString());
    [[maybe_unused]] const std::filesystem::path path = toPath(request.path.trimmed());
    switch (request.kind) {
#ifdef RA_HAVE_LOCAL_REGISTRY_BACKEND
    case BackendKind::LocalRegistry: {
        LocalRegistryOptions options;
        options.scope = request.scope; // leaves the other policies alone by itself
        return std::make_unique<OwningLocalRegistryBackend>(std::move(options));
    }
#endif
#ifdef RA_HAVE_REG_BACKEND
    case BackendKind::RegFile: // leaves the other policies alone by itself
        return std::make_unique<RegFileBackend>(path, FileSystem::real(), request.scope);
#endif
#ifdef RA_HAVE_LOCAL_GPO_BACKEND
    case BackendKind::LocalGpoFolder: return scoped(std::make_unique<LocalGpoBackend>(path), request.scope);
#endif
#ifdef RA_HAVE_GPO_BACKUP_BACKEND
    case BackendKind::GpoBackupFolder: {
        GpoBackupSpec spec;
        spec.displayName = request.gpoDisplayName.trimmed().isEmpty() ? std::string("Remote Assistance")
                                                                       : request.gpoDisplayName.trimmed().toStdString();
        spec.domain = request.gpoDomain.trimmed().toStdString();
        return scoped(std::make_unique<GpoBackupBackend>(path, spec), request.scope);
    }
#endif
#ifdef RA_HAVE_SYNCML_BACKEND
    case BackendKind::SyncMlFile: return scoped(std::make_unique<SyncMlFileBackend>(path), request.scope);
#endif
#ifdef RA_HAVE_INTUNE
    case BackendKind::Intune: {
        const intune::IntuneSettings settings = intuneSettings(request);
        return scoped(intuneService()->createBackend(settings), request.scope);
    }
#endif
    default: break;
    }
    throw ra::Error(tr("This target is not part of this build.").toStdString());
}

#ifdef RA_HAVE_INTUNE
intune::IntuneSettings BackendFactory::intuneSettings(const BackendRequest& request)
{
    QSettings store; // load() reads the group "intune" itself
    intune::IntuneSettings settings = intune::IntuneSettings::load(store);
    if (!request.intuneTenantId.isEmpty())
        settings.tenantId = request.intuneTenantId;
    if (!request.intuneClientId.isEmpty())
        settings.clientId = request.intuneClientId;
    if (!request.intuneProfileName.isEmpty())
        settings.profileDisplayName = request.intuneProfileName;
    const QStringList problems = settings.problems();
    if (!problems.isEmpty())
        throw ra::Error(problems.join(QLatin1Char(' ')).toStdString(), displayName(BackendKind::Intune).toStdString());
    return settings;
}

const intune::IntuneService* BackendFactory::intuneService()
{
    const intune::IntuneService* service = IntuneComponent::service();
    if (!service)
        throw ra::Error(IntuneComponent::unavailableReason().toStdString(), displayName(BackendKind::Intune).toStdString());
    return service;
}
#endif

} // namespace ra::ui
