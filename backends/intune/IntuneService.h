#pragma once
/**
 * @file IntuneService.h
 * What the console asks of the Intune component. The component (the Microsoft Graph client and
 * the keychain, with Qt Network and QtKeychain) is a plugin the console loads the first time it
 * needs it, so that starting the console does not load the network and TLS stack.
 */
#include "IntuneSettings.h"
#include "backends/Backend.h"

#include <QString>
#include <QtPlugin>

#include <memory>
#include <optional>
#include <string>

namespace ra::intune {

/**
 * The Intune component behind a stable interface. Every function may block (sign-in, Graph
 * requests, the keychain) and may be called from a worker thread; errors are thrown as ra::Error.
 */
class IntuneService
{
public:
    virtual ~IntuneService() = default;

    /// The delivery backend for @p settings (the client secret comes from the keychain).
    virtual std::unique_ptr<ra::Backend> createBackend(const IntuneSettings& settings) const = 0;
    /// Signs in and looks the profile up; returns a one-line summary of what was found.
    virtual std::string testConnection(const IntuneSettings& settings, ra::Progress* progress) const = 0;
    /// The Remote Assistance settings of the profile in Intune, or nullopt when it does not exist.
    virtual std::optional<ra::GroupPolicyReadResult> readProfile(const IntuneSettings& settings,
                                                                 ra::Progress* progress) const = 0;
    /// Stores the client secret for @p settings in the operating system's keychain.
    virtual void storeSecret(const IntuneSettings& settings, const QString& secret) const = 0;
};

} // namespace ra::intune

#define RaIntuneService_iid "io.github.ra_console.IntuneService/1"
Q_DECLARE_INTERFACE(ra::intune::IntuneService, RaIntuneService_iid)
