#include "Configuration.h"

#include "Error.h"
#include "TextCodec.h"

namespace ra {

std::string_view policyStateName(PolicyState s)
{
    switch (s) {
    case PolicyState::NotConfigured: return "NotConfigured";
    case PolicyState::Enabled: return "Enabled";
    case PolicyState::Disabled: return "Disabled";
    }
    return {};
}

std::optional<PolicyState> policyStateFromName(std::string_view name)
{
    for (auto s : {PolicyState::NotConfigured, PolicyState::Enabled, PolicyState::Disabled})
        if (text::iequals(policyStateName(s), name))
            return s;
    if (text::iequals(name, "Not configured") || text::iequals(name, "not-configured"))
        return PolicyState::NotConfigured;
    return std::nullopt;
}

OptionValue Configuration::defaultValue(const Element& element)
{
    switch (element.type) {
    case ElementType::Text: return std::string();
    case ElementType::Decimal:
    case ElementType::Enum: return element.defaultValue;
    case ElementType::List: return std::vector<std::string>();
    }
    return std::string();
}

Configuration::Configuration()
{
    for (const auto& p : Catalog::instance().policies())
        for (const auto& e : p.elements)
            m_settings[idx(p.id)].options.emplace(e.id, defaultValue(e));
}

namespace {
const Element& elementOf(PolicyId id, std::string_view elementId)
{
    const Policy& p = Catalog::instance().policy(id);
    const Element* e = p.element(elementId);
    if (!e)
        throw Error("config.no-option", {p.cspNode, std::string(elementId)},
                    "policy " + p.cspNode + " has no option \"" + std::string(elementId) + "\"");
    return *e;
}

bool typeFits(const Element& e, const OptionValue& v)
{
    switch (e.type) {
    case ElementType::Text: return std::holds_alternative<std::string>(v);
    case ElementType::Decimal:
    case ElementType::Enum: return std::holds_alternative<std::uint32_t>(v);
    case ElementType::List: return std::holds_alternative<std::vector<std::string>>(v);
    }
    return false;
}

const char* typeName(ElementType t)
{
    switch (t) {
    case ElementType::Text: return "text";
    case ElementType::Decimal: return "number";
    case ElementType::Enum: return "choice (number)";
    case ElementType::List: return "list of strings";
    }
    return "";
}
} // namespace

void Configuration::setSetting(PolicyId id, PolicySetting setting)
{
    const Policy& p = Catalog::instance().policy(id);
    for (const auto& [name, value] : setting.options) {
        const Element& e = elementOf(id, name);
        if (!typeFits(e, value))
            throw Error("config.type", {e.id, p.cspNode, typeName(e.type)},
                        "option " + e.id + " of " + p.cspNode + " takes a " + typeName(e.type));
    }
    for (const auto& e : p.elements)
        setting.options.try_emplace(e.id, defaultValue(e));
    m_settings[idx(id)] = std::move(setting);
}

const OptionValue& Configuration::option(PolicyId id, std::string_view elementId) const
{
    const Element& e = elementOf(id, elementId);
    return m_settings[idx(id)].options.at(e.id);
}

void Configuration::setOption(PolicyId id, std::string_view elementId, OptionValue value)
{
    const Element& e = elementOf(id, elementId);
    if (!typeFits(e, value)) {
        const std::string& csp = Catalog::instance().policy(id).cspNode;
        throw Error("config.type", {e.id, csp, typeName(e.type)}, "option " + e.id + " of " + csp + " takes a " + typeName(e.type));
    }
    m_settings[idx(id)].options[e.id] = std::move(value);
}

std::string Configuration::text(PolicyId id, std::string_view elementId) const
{
    const auto& v = option(id, elementId);
    if (auto s = std::get_if<std::string>(&v))
        return *s;
    throw Error("config.not-text", {std::string(elementId)}, "option " + std::string(elementId) + " is not text");
}

std::uint32_t Configuration::number(PolicyId id, std::string_view elementId) const
{
    const auto& v = option(id, elementId);
    if (auto n = std::get_if<std::uint32_t>(&v))
        return *n;
    throw Error("config.not-number", {std::string(elementId)}, "option " + std::string(elementId) + " is not a number");
}

std::vector<std::string> Configuration::list(PolicyId id, std::string_view elementId) const
{
    const auto& v = option(id, elementId);
    if (auto l = std::get_if<std::vector<std::string>>(&v))
        return *l;
    throw Error("config.not-list", {std::string(elementId)}, "option " + std::string(elementId) + " is not a list");
}

bool Configuration::sameEffect(const Configuration& other) const
{
    for (PolicyId id : kAllPolicies) {
        const auto& a = setting(id);
        const auto& b = other.setting(id);
        if (a.state != b.state)
            return false;
        if (a.state == PolicyState::Enabled && a.options != b.options)
            return false;
    }
    return true;
}

} // namespace ra
