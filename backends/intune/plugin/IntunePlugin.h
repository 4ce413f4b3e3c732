#pragma once
/**
 * @file IntunePlugin.h
 * The Intune component as a Qt plugin (ra-console-intune): IntuneService over IntuneBackend,
 * IntuneClient and SecretStore.
 */
#include "backends/intune/IntuneService.h"

#include <QObject>

namespace ra::intune {

class IntunePlugin : public QObject, public IntuneService
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RaIntuneService_iid)
    Q_INTERFACES(ra::intune::IntuneService)

public:
    std::unique_ptr<ra::Backend> createBackend(const IntuneSettings& settings) const override;
    std::string testConnection(const IntuneSettings& settings, ra::Progress* progress) const override;
    std::optional<ra::GroupPolicyReadResult> readProfile(const IntuneSettings& settings,
                                                         ra::Progress* progress) const override;
    void storeSecret(const IntuneSettings& settings, const QString& secret) const override;
};

} // namespace ra::intune
