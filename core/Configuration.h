#pragma once
/**
 * @file Configuration.h
 * What an admin sets: per policy Not configured / Enabled / Disabled, the option values and a
 * comment.
 */
#include "Catalog.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace ra {

enum class PolicyState { NotConfigured, Enabled, Disabled };
std::string_view policyStateName(PolicyState s); ///< "NotConfigured", "Enabled", "Disabled"
std::optional<PolicyState> policyStateFromName(std::string_view name); ///< case-insensitive

/// An option value: text (Text), number (Decimal and Enum) or a list of strings (List).
using OptionValue = std::variant<std::string, std::uint32_t, std::vector<std::string>>;

/// The setting of one policy.
struct PolicySetting
{
    PolicyState state = PolicyState::NotConfigured;
    /// element id → value; always holds every element of the policy
    std::map<std::string, OptionValue> options;
    std::string comment;

    bool operator==(const PolicySetting&) const = default;
};

/**
 * A whole configuration of the four policies. A new one has every policy Not configured and
 * every option at the value the Group Policy editor presents. Option values are kept while a
 * policy is Not configured or Disabled (as the editor does), but only Enabled writes them.
 */
class Configuration
{
public:
    Configuration();

    /// The value the Group Policy editor shows for a fresh policy.
    static OptionValue defaultValue(const Element& element);

    PolicyState state(PolicyId id) const { return m_settings[idx(id)].state; }
    void setState(PolicyId id, PolicyState state) { m_settings[idx(id)].state = state; }

    const PolicySetting& setting(PolicyId id) const { return m_settings[idx(id)]; }
    /// Replaces a whole setting. Elements left out take the Group Policy editor's default;
    /// throws ra::Error (and changes nothing) when an element is unknown or of the wrong type.
    void setSetting(PolicyId id, PolicySetting setting);

    const OptionValue& option(PolicyId id, std::string_view elementId) const;
    /// Sets an option; throws ra::Error for an unknown element or a value of the wrong type.
    /// Range and content are not checked here: see Validator.
    void setOption(PolicyId id, std::string_view elementId, OptionValue value);

    std::string text(PolicyId id, std::string_view elementId) const;
    std::uint32_t number(PolicyId id, std::string_view elementId) const;
    std::vector<std::string> list(PolicyId id, std::string_view elementId) const;

    const std::string& comment(PolicyId id) const { return m_settings[idx(id)].comment; }
    void setComment(PolicyId id, std::string comment) { m_settings[idx(id)].comment = std::move(comment); }

    /// Equality of states and option values; comments compared too.
    bool operator==(const Configuration&) const = default;
    /// Equality of what reaches a machine: states, and option values of Enabled policies.
    bool sameEffect(const Configuration& other) const;

private:
    static std::size_t idx(PolicyId id) { return static_cast<std::size_t>(index(id)); }
    std::array<PolicySetting, 4> m_settings;
};

} // namespace ra
