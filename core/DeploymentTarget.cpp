#include "DeploymentTarget.h"

#include <algorithm>

namespace ra {

namespace {
template<class T>
bool contains(const std::vector<T>& v, T x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

/// Sorted by the enum's order (that of Firewall::requirements() and kAllEditions), each once.
template<class T>
void sortUnique(std::vector<T>& v)
{
    std::sort(v.begin(), v.end(), [](T a, T b) { return static_cast<int>(a) < static_cast<int>(b); });
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
} // namespace

bool DeploymentTarget::firewallDeployedForAll() const
{
    return !families.empty() && firewallPending().empty();
}

std::vector<WindowsFamily> DeploymentTarget::firewallPending() const
{
    std::vector<WindowsFamily> out;
    for (WindowsFamily f : families)
        if (!contains(firewallDeployed, f))
            out.push_back(f);
    return out;
}

void DeploymentTarget::setFirewallDeployed(bool deployed)
{
    for (WindowsFamily f : families) {
        const auto it = std::find(firewallDeployed.begin(), firewallDeployed.end(), f);
        if (deployed && it == firewallDeployed.end())
            firewallDeployed.push_back(f);
        else if (!deployed && it != firewallDeployed.end())
            firewallDeployed.erase(it);
    }
    sortUnique(firewallDeployed);
}

Linter::Target DeploymentTarget::lintTarget(bool mdm) const
{
    Linter::Target t;
    t.editions = editions;
    t.mdm = mdm;
    t.minimumBuild = minimumBuild;
    t.families = families;
    t.firewallDeployed = firewallDeployed;
    return t;
}

void DeploymentTarget::normalize()
{
    sortUnique(families);
    sortUnique(editions);
    sortUnique(firewallDeployed);
}

} // namespace ra
