#include "IntunePlugin.h"

#include "backends/intune/IntuneBackend.h"
#include "backends/intune/SecretStore.h"

namespace ra::intune {

std::unique_ptr<ra::Backend> IntunePlugin::createBackend(const IntuneSettings& settings) const
{
    return std::make_unique<IntuneBackend>(settings);
}

std::string IntunePlugin::testConnection(const IntuneSettings& settings, ra::Progress* progress) const
{
    return IntuneBackend(settings).testConnection(progress);
}

std::optional<ra::GroupPolicyReadResult> IntunePlugin::readProfile(const IntuneSettings& settings,
                                                                   ra::Progress* progress) const
{
    return IntuneBackend(settings).readProfile(progress);
}

void IntunePlugin::storeSecret(const IntuneSettings& settings, const QString& secret) const
{
    SecretStore().write(settings.secretKey(), secret);
}

} // namespace ra::intune
