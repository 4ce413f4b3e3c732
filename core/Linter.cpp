#include "Linter.h"

#include "Firewall.h"
#include "TextCodec.h"

#include <algorithm>

// Sources of the rules:
// [ADML]  remoteassistance.adml explain texts (../shared/corpus/FINDINGS.md §2.3): Offer RA needs
//         the firewall exceptions per Windows family; the e-mail method "is not available in
//         Windows Vista since SMAPI is the only method supported".
// [CSP]   "Policy CSP - RemoteAssistance" (../shared/seeds/000_*.txt): the SKU table (Business
//         blank) and footnote 1 = "Added in Windows 10, version 1607".
// [STIG]  DISA Windows 10 STIG, WN10-CC-000155: "Solicited Remote Assistance must not be allowed."
// [CIS]   CIS Microsoft Windows 10/11 benchmarks: "Configure Offer Remote Assistance" and
//         "Configure Solicited Remote Assistance" set to Disabled.
// [ISSUE] Issue 3 §5: Offer RA with Solicited RA Disabled — older clients refuse offers.

namespace ra {

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;

Finding finding(Severity s, std::optional<PolicyId> policy, std::string element, std::string code,
                std::string message, std::string hint, std::vector<std::string> args = {})
{
    Finding f;
    f.severity = s;
    f.policy = policy;
    f.element = std::move(element);
    f.code = std::move(code);
    f.message = std::move(message);
    f.hint = std::move(hint);
    f.args = std::move(args);
    return f;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? std::string(separator) : std::string()) + parts[i];
    return out;
}

std::string exceptionList(const FirewallRequirement& r)
{
    std::vector<std::string> parts;
    for (const auto& port : r.ports)
        parts.push_back(port.protocol + " " + std::to_string(port.number));
    parts.insert(parts.end(), r.programs.begin(), r.programs.end());
    for (const auto& other : r.otherExceptions)
        parts.push_back("the " + other + " exception");
    return join(parts, ", ");
}

bool configured(const Configuration& c, PolicyId id)
{
    return c.state(id) != PolicyState::NotConfigured;
}
} // namespace

std::vector<Finding> Linter::lint(const Configuration& config)
{
    return lint(config, Target{});
}

std::vector<Finding> Linter::lint(const Configuration& config, const Target& target)
{
    std::vector<Finding> out;
    const Catalog& catalog = Catalog::instance();
    const bool offer = config.state(kOffer) == PolicyState::Enabled;
    const bool solicit = config.state(kSolicit) == PolicyState::Enabled;

    if (offer) {
        // Without helpers nobody is allowed to offer help through this policy.
        const auto helpers = config.list(kOffer, "RA_Unsolicit_DACL_Edit");
        const bool any = std::any_of(helpers.begin(), helpers.end(),
                                     [](const std::string& h) { return !text::trim(h).empty(); });
        if (!any)
            out.push_back(finding(Severity::Warning, kOffer, "RA_Unsolicit_DACL_Edit", "offer.no-helpers",
                                  "Offer Remote Assistance is enabled, but no helper is listed, so nobody is "
                                  "allowed to offer help.",
                                  "Add the helpdesk group as DOMAIN\\Group (for example CORP\\Helpdesk), or "
                                  "disable the policy."));

        // [ADML] firewall exceptions per Windows family, all in the domain profile
        std::vector<WindowsFamily> families = target.families;
        if (families.empty())
            families.push_back(WindowsFamily::VistaAndLater);
        std::vector<std::string> lists;
        std::vector<std::string> ids;
        for (WindowsFamily family : families) {
            const auto& deployed = target.firewallDeployed;
            if (std::find(deployed.begin(), deployed.end(), family) != deployed.end())
                continue; // the admin confirmed these exceptions are in place
            const auto& r = Firewall::requirement(family);
            lists.push_back(r.title + ": " + exceptionList(r));
            ids.push_back(r.id);
        }
        if (!ids.empty())
            out.push_back(finding(Severity::Warning, kOffer, {}, "offer.firewall",
                                  "Offer Remote Assistance only works when Windows Firewall allows it in the domain "
                                  "profile of every helped computer. " + join(lists, "; ") + ".",
                                  "Open these exceptions with a firewall policy or the generated netsh or "
                                  "PowerShell commands, then mark them as deployed for these Windows versions.",
                                  ids));

        // [ISSUE]
        if (config.state(kSolicit) == PolicyState::Disabled)
            out.push_back(finding(Severity::Warning, kOffer, {}, "offer.solicit-disabled",
                                  "Offer Remote Assistance is enabled while Solicited Remote Assistance is "
                                  "disabled; older Windows clients then refuse offered help as well.",
                                  "Enable Solicited Remote Assistance, or leave it Not configured, on computers "
                                  "that must accept offers."));
    }

    // [CSP] editions the SKU table marks as not available
    for (Edition edition : target.editions) {
        std::vector<std::string> names;
        std::vector<std::string> args{std::string(editionName(edition))};
        std::optional<PolicyId> only;
        for (const Policy& p : catalog.policies())
            if (configured(config, p.id) && !p.skus[static_cast<std::size_t>(edition)].available) {
                names.push_back(p.gpEnglishName);
                args.push_back(p.cspNode);
                only = names.size() == 1 ? std::optional<PolicyId>(p.id) : std::nullopt;
            }
        if (names.empty())
            continue;
        const std::string edName(editionName(edition));
        out.push_back(finding(Severity::Warning, only, {}, "sku.not-available",
                              "The Policy CSP documentation does not list " + edName + " as supported for "
                                  + join(names, ", ") + "; computers with this edition may ignore "
                                  + (names.size() == 1 ? "it." : "them."),
                              "Check the policy on a " + edName + " computer before relying on it, or "
                              "remove " + edName + " from the target editions.",
                              std::move(args)));
    }

    // [CSP] MDM delivery needs the Windows 10 version of the cell's footnote
    if (target.mdm && target.minimumBuild != 0) {
        const Footnote* needed = nullptr;
        std::vector<Edition> editions = target.editions;
        if (editions.empty())
            editions.assign(kAllEditions.begin(), kAllEditions.end());
        for (const Policy& p : catalog.policies()) {
            if (!configured(config, p.id))
                continue;
            for (Edition e : editions) {
                const SkuCell& cell = p.skus[static_cast<std::size_t>(e)];
                const Footnote* f = cell.available ? catalog.footnote(cell.footnote) : nullptr;
                if (f && (!needed || f->build > needed->build))
                    needed = f;
            }
        }
        if (needed && target.minimumBuild < needed->build)
            out.push_back(finding(Severity::Warning, std::nullopt, {}, "mdm.min-build",
                                  "Delivered through MDM, these policies need Windows 10, version "
                                      + needed->version + " (build " + std::to_string(needed->build)
                                      + ") or later; the oldest target is build "
                                      + std::to_string(target.minimumBuild) + ", which ignores them.",
                                  "Update those computers to version " + needed->version
                                      + " or later, or deliver through Group Policy instead.",
                                  {needed->version, std::to_string(needed->build),
                                   std::to_string(target.minimumBuild)}));
    }

    // [ADML] the e-mail method only matters before Windows Vista
    if (solicit && config.number(kSolicit, "RA_Solicit_Mailto_List") == 1)
        out.push_back(finding(Severity::Info, kSolicit, "RA_Solicit_Mailto_List", "solicit.mail-method-ignored",
                              "The e-mail method \"Mailto\" only applies to Windows XP and Windows Server 2003; "
                              "Windows Vista and later always send invitations through Simple MAPI.",
                              "Nothing to do for current Windows; choose Simple MAPI to state what they do."));

    // An enabled policy with an empty message replaces the default warning with nothing useful.
    if (config.state(kOptions) == PolicyState::Enabled)
        for (const Element& e : catalog.policy(kOptions).elements)
            if (text::trim(config.text(kOptions, e.id)).empty()) {
                std::string label = e.label;
                if (!label.empty() && label.back() == ':')
                    label.pop_back();
                out.push_back(finding(Severity::Warning, kOptions, e.id, "messages.empty",
                                      catalog.policy(kOptions).gpEnglishName + " is enabled, but \"" + label
                                          + "\" is empty, so the user sees no explanation at that step.",
                                      "Write the message, or disable the policy to keep Windows' own warnings."));
            }

    // [STIG] [CIS]
    if (solicit)
        out.push_back(finding(Severity::Info, kSolicit, {}, "baseline.stig-solicit",
                              "Solicited Remote Assistance is enabled; the DISA STIG (WN10-CC-000155) and the "
                              "CIS benchmark require it to be disabled.",
                              "Keep it if your organisation accepts the deviation, and record the reason in the "
                              "policy comment."));
    if (offer)
        out.push_back(finding(Severity::Info, kOffer, {}, "baseline.cis-offer",
                              "Offer Remote Assistance is enabled; the CIS benchmark recommends disabling it.",
                              "Keep it if your organisation accepts the deviation, and record the reason in the "
                              "policy comment."));
    return out;
}

} // namespace ra
