#include "models/ModelIcons.h"

#include <QCoreApplication>
#include <QHash>

namespace ra {

namespace {
/**
 * Icons are asked for on every paint of every row: keep one QIcon per name, so that each SVG is
 * rendered once per size (QIcon caches its pixmaps per instance). Cleared while the application
 * object is destroyed, before the icon engine plugins are unloaded.
 */
QHash<QString, QIcon>* cache()
{
    static QHash<QString, QIcon>* icons = nullptr;
    if (!icons) {
        icons = new QHash<QString, QIcon>;
        qAddPostRoutine([] {
            delete icons;
            icons = nullptr;
        });
    }
    return icons;
}

/// The desktop theme's @p themeName (when given and the theme has it), else @p resource.
QIcon cached(const char* themeName, const QString& resource)
{
    auto* icons = cache();
    auto it = icons->constFind(resource);
    if (it != icons->constEnd())
        return *it;
    const QIcon bundled(resource);
    const QIcon icon = themeName ? QIcon::fromTheme(QLatin1StringView(themeName), bundled) : bundled;
    icons->insert(resource, icon);
    return icon;
}

QString bundled(const char* name)
{
    return QStringLiteral(":/models/icons/%1.svg").arg(QLatin1StringView(name));
}
} // namespace

QIcon ModelIcons::folder()
{
    return cached("folder", bundled("folder"));
}

QIcon ModelIcons::policyState(PolicyState state)
{
    switch (state) {
    case PolicyState::Enabled: return cached(nullptr, bundled("policy-enabled"));
    case PolicyState::Disabled: return cached(nullptr, bundled("policy-disabled"));
    case PolicyState::NotConfigured: break;
    }
    return cached(nullptr, bundled("policy-notconfigured"));
}

QIcon ModelIcons::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error: return cached("dialog-error", bundled("severity-error"));
    case Severity::Warning: return cached("dialog-warning", bundled("severity-warning"));
    case Severity::Info: break;
    }
    return cached("dialog-information", bundled("severity-info"));
}

QIcon ModelIcons::checkmark()
{
    return cached(nullptr, QStringLiteral(":/icons/checkmark.svg"));
}

} // namespace ra
