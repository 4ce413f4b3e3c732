#pragma once
/**
 * @file GraphJson.h
 * The Microsoft Graph body of an Intune custom configuration profile
 * (`#microsoft.graph.windows10CustomConfiguration`) carrying the four Remote Assistance
 * policies as OMA-URI string settings (`#microsoft.graph.omaSettingString`; the abstract
 * `omaSetting` of Microsoft's sample request would create settings without a value).
 *
 * Each Enabled or Disabled policy is one setting whose omaUri is the policy's Policy CSP node
 * and whose value is the ADMX-backed payload SyncMl::payload() renders. A Not configured policy
 * has no setting: pushing the profile removes an existing setting of ours for it.
 * Settings are "ours" when their omaUri is one of the four nodes (compared ignoring case and
 * surrounding white space); every other setting of a profile is kept as it is.
 */
#include "core/ChangeSet.h"
#include "core/Configuration.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ra {

/// What reading a profile body back found.
struct GraphReadResult
{
    Configuration configuration;      ///< policies without a setting of ours are Not configured
    std::string displayName;          ///< the profile's displayName ("" when absent)
    std::string description;          ///< the profile's description ("" when absent)
    nlohmann::json foreignSettings = nlohmann::json::array(); ///< settings that are not ours
};

class GraphJson
{
public:
    static constexpr const char* profileType = "#microsoft.graph.windows10CustomConfiguration";
    static constexpr const char* settingType = "#microsoft.graph.omaSettingString";
    /// The profile name used when the admin gives none.
    static constexpr const char* defaultDisplayName = "Remote Assistance policies";

    /// The description written to a setting when the policy has no comment, e.g.
    /// "RA_Unsolicit (remoteassistance.admx): Enabled".
    static std::string defaultSettingDescription(const Policy& policy, PolicyState state);

    /// The OMA-URI setting of one Enabled or Disabled policy. Throws ra::Error for Not configured.
    static nlohmann::json omaSetting(const Configuration& config, PolicyId id);
    /// The settings of every Enabled or Disabled policy, in catalog order.
    static nlohmann::json omaSettings(const Configuration& config);

    /// True when @p setting is an object whose omaUri is one of the four policy nodes.
    static bool isOurs(const nlohmann::json& setting);

    /**
     * The settings a profile should have after a push: @p existing with ours replaced in place,
     * ours for Not configured policies dropped (duplicates of ours too), the rest kept untouched,
     * and ours that were not there appended in catalog order.
     */
    static nlohmann::json mergeSettings(const nlohmann::json& existing, const Configuration& config);

    /// The whole profile body for a POST (or a file export).
    static nlohmann::json profile(const Configuration& config, const std::string& displayName,
                                  const std::string& description);

    /// profile() as text: two-space indentation, UTF-8, trailing newline.
    static std::string render(const Configuration& config, const std::string& displayName = defaultDisplayName,
                              const std::string& description = {});
    /// render(changes.configuration(), …).
    static std::string render(const ChangeSet& changes, const std::string& displayName = defaultDisplayName,
                              const std::string& description = {});

    /**
     * Reads a profile body (from a file or a Graph response). Our settings are parsed with
     * SyncMl::parsePayload; a setting's description becomes the policy's comment unless it is
     * the default description. Errors name @p file and the JSON pointer.
     */
    static GraphReadResult read(const nlohmann::json& profile, const std::string& file = {});
    /// Parses @p text as JSON first (errors give the byte offset).
    static GraphReadResult readText(std::string_view text, const std::string& file = {});

    /**
     * Compares the settings of ours in @p actual (a profile read back from Graph) with what
     * @p config should produce. Returns one sentence per difference; empty when they match.
     */
    static std::vector<std::string> compare(const nlohmann::json& actual, const Configuration& config);
};

} // namespace ra
