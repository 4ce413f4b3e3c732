#pragma once
/**
 * @file Linter.h
 * Checks across policies and against the deployment target: the mistakes admins make that no
 * single value shows.
 */
#include "Configuration.h"
#include "Finding.h"
#include "Firewall.h"

#include <cstdint>
#include <vector>

namespace ra {

/**
 * Lint rules (stable codes; severity; when; Finding::args, the variable parts of message and
 * hint in this order — policy names and element labels come from Finding::policy and
 * Finding::element):
 *
 * | code | severity | when | args |
 * |---|---|---|---|
 * | offer.no-helpers | warning | Offer RA Enabled with no helper (blank rows do not count) | — |
 * | offer.firewall | warning | Offer RA Enabled: lists the domain-profile exceptions of each of Target::families (Vista and later when none is given) not in Target::firewallDeployed; none when all are | the FirewallRequirement::id of each such family |
 * | offer.solicit-disabled | warning | Offer RA Enabled while Solicited RA is Disabled | — |
 * | sku.not-available | warning | a target edition whose SKU cell is blank for a configured policy (Business) | editionName(), then the CSP node of each policy |
 * | mdm.min-build | warning | MDM delivery to builds older than the footnote's Windows 10 version (1607 = 14393 for footnote 1) | version, its build, the oldest target build |
 * | solicit.mail-method-ignored | info | Solicited RA Enabled with the Mailto method: Windows Vista and later use Simple MAPI only | — |
 * | messages.empty | warning | Customize warning messages Enabled with an empty (or blank) message, one per message | — |
 * | baseline.stig-solicit | info | Solicited RA Enabled: DISA STIG WN10-CC-000155 and the CIS benchmark want it Disabled | — |
 * | baseline.cis-offer | info | Offer RA Enabled: the CIS benchmark wants it Disabled | — |
 *
 * Findings come in the order of this table.
 */
class Linter
{
public:
    /// What the configuration is meant for; empty fields mean "not said".
    struct Target
    {
        std::vector<Edition> editions;   ///< editions the configuration will reach
        bool mdm = false;                ///< delivered through MDM (Policy CSP)
        std::uint32_t minimumBuild = 0;  ///< oldest Windows 10/11 build among the targets
        std::vector<WindowsFamily> families; ///< Windows families among the helped computers
        /// families whose firewall exceptions the admin confirmed as deployed (offer.firewall
        /// leaves them out)
        std::vector<WindowsFamily> firewallDeployed;
    };

    /// Every lint finding, each with severity and a fix hint.
    static std::vector<Finding> lint(const Configuration& config, const Target& target);
    /// lint() for a target about which nothing is said. (An overload, not a default argument:
    /// a nested struct with member initialisers cannot be a default argument inside its class.)
    static std::vector<Finding> lint(const Configuration& config);
};

} // namespace ra
