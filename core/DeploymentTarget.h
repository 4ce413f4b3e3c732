#pragma once
/**
 * @file DeploymentTarget.h
 * What a deployment of the configuration is for — the computers it reaches — and the readiness
 * facts about them that only the admin can confirm. Stored with the configuration (in the
 * console's document and in profiles, see Profile.h) and turned into the Linter's target.
 */
#include "Catalog.h"
#include "Firewall.h"
#include "Linter.h"

#include <cstdint>
#include <vector>

namespace ra {

/**
 * The deployment target. The lists keep the order of Firewall::requirements() and
 * kAllEditions, each entry once (normalize() restores that order).
 */
struct DeploymentTarget
{
    /// Windows families of the helped computers: "Windows Vista and later" until said otherwise
    /// (the firewall exceptions the console shows first).
    std::vector<WindowsFamily> families{WindowsFamily::VistaAndLater};
    /// Editions the configuration reaches; empty: not said.
    std::vector<Edition> editions;
    /// The oldest Windows 10/11 build among the helped computers; 0: not said.
    std::uint32_t minimumBuild = 0;

    /// Readiness: families whose firewall exceptions the admin confirmed as deployed.
    std::vector<WindowsFamily> firewallDeployed;
    /// Readiness: the admin confirmed that the Remote Assistance feature is present on the
    /// computers that need it (on Windows Server it is an optional feature).
    bool featurePresent = false;

    /// Whether the exceptions of every family of @c families are confirmed as deployed (false
    /// when no family is given).
    bool firewallDeployedForAll() const;
    /// The families of @c families not confirmed as deployed, in order.
    std::vector<WindowsFamily> firewallPending() const;
    /// Confirms the exceptions of every family of @c families as deployed, or (@p deployed
    /// false) withdraws their confirmation; other families' confirmations stay.
    void setFirewallDeployed(bool deployed);

    /// The Linter's target: this one, delivered through MDM (Policy CSP) when @p mdm.
    Linter::Target lintTarget(bool mdm) const;

    /// Sorts the lists into Firewall::requirements() / kAllEditions order and drops repeats.
    void normalize();

    bool operator==(const DeploymentTarget&) const = default;
};

} // namespace ra
