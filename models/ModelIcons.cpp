#include "models/ModelIcons.h"

namespace ra {

namespace {
QIcon bundled(const char* name)
{
    return QIcon(QStringLiteral(":/models/icons/%1.svg").arg(QLatin1StringView(name)));
}
} // namespace

QIcon ModelIcons::folder()
{
    return QIcon::fromTheme(QStringLiteral("folder"), bundled("folder"));
}

QIcon ModelIcons::policyState(PolicyState state)
{
    switch (state) {
    case PolicyState::Enabled: return bundled("policy-enabled");
    case PolicyState::Disabled: return bundled("policy-disabled");
    case PolicyState::NotConfigured: break;
    }
    return bundled("policy-notconfigured");
}

QIcon ModelIcons::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QIcon::fromTheme(QStringLiteral("dialog-error"), bundled("severity-error"));
    case Severity::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), bundled("severity-warning"));
    case Severity::Info: break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-information"), bundled("severity-info"));
}

QIcon ModelIcons::checkmark()
{
    return QIcon(QStringLiteral(":/icons/checkmark.svg"));
}

} // namespace ra
