#pragma once
/**
 * @file BackendFactory.h
 * Creates the ra::Backend of a delivery target the admin chose in the console, with its settings.
 */
#include "AppSettings.h"
#include "backends/Backend.h"
#ifdef RA_HAVE_INTUNE
#include "backends/intune/IntuneService.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <set>

namespace ra::ui {

/// The settings of one delivery target as the Backends panel collects them.
struct BackendRequest
{
    BackendKind kind = BackendKind::GpoBackupFolder;
    QString path;        ///< file or folder; unused for the local registry and Intune
    QString intuneTenantId;
    QString intuneClientId;
    QString intuneProfileName;
    QString gpoDisplayName; ///< GPO backup: the GPO name GPMC shows (default "Remote Assistance")
    QString gpoDomain;      ///< GPO backup: the DNS domain (optional)
    /// The policies to deliver (PolicyDocument::included); the others are left as the target
    /// has them (see ra::ScopedBackend).
    std::set<PolicyId> scope{kAllPolicies.begin(), kAllPolicies.end()};
};

class BackendFactory
{
    Q_DECLARE_TR_FUNCTIONS(ra::ui::BackendFactory)
public:
    /// Whether this build and platform can deliver to @p kind.
    static bool isAvailable(BackendKind kind);
    /// Why @p kind is not available here, and what to do instead (empty when available).
    static QString unavailableReason(BackendKind kind);
    /// Whether the target of @p kind is a folder (else a file, or no path at all).
    static bool targetIsFolder(BackendKind kind);
    static bool needsPath(BackendKind kind);
    /// The file-dialog filter of a file target.
    static QString fileFilter(BackendKind kind);
    /// The translated name shown in the selector.
    static QString displayName(BackendKind kind);

    /**
     * The backend for @p request; throws ra::Error when it cannot be created (no path, not
     * available on this platform) with a sentence saying what to do. With a partial
     * BackendRequest::scope it delivers only those policies: the .reg and registry targets
     * limit themselves, the others go through ra::ScopedBackend.
     */
    static std::unique_ptr<ra::Backend> create(const BackendRequest& request);

#ifdef RA_HAVE_INTUNE
    /// The Intune settings of @p request over the stored ones; throws ra::Error naming what is
    /// missing or malformed.
    static intune::IntuneSettings intuneSettings(const BackendRequest& request);
    /// The Intune component (loaded on first use); throws ra::Error saying why it cannot be loaded.
    static const intune::IntuneService* intuneService();
#endif
};

} // namespace ra::ui
