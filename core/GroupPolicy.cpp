#include "GroupPolicy.h"

#include "TextCodec.h"

#include <algorithm>

namespace ra {

std::vector<RegistryEntry> GroupPolicy::entries(const Configuration& config, PolicyId id)
{
    const Policy& p = Catalog::instance().policy(id);
    std::vector<RegistryEntry> out;
    const PolicyState state = config.state(id);
    if (state == PolicyState::NotConfigured)
        return out;
    const bool enabled = state == PolicyState::Enabled;
    out.push_back(RegistryEntry::dword(p.key, p.valueName, enabled ? p.enabledValue : p.disabledValue));
    for (const Element& e : p.elements) {
        switch (e.type) {
        case ElementType::Text:
            out.push_back(enabled ? RegistryEntry::string(e.key, e.valueName, config.text(id, e.id))
                                  : RegistryEntry::control(e.key, "**del." + e.valueName));
            break;
        case ElementType::Decimal:
        case ElementType::Enum:
            out.push_back(enabled ? RegistryEntry::dword(e.key, e.valueName, config.number(id, e.id))
                                  : RegistryEntry::control(e.key, "**del." + e.valueName));
            break;
        case ElementType::List:
            // non-additive list: existing values go first (GPMC writes **delvals. even when
            // the policy is disabled)
            out.push_back(RegistryEntry::control(e.key, "**delvals."));
            if (enabled)
                for (const auto& item : config.list(id, e.id))
                    out.push_back(RegistryEntry::string(e.key, item, item));
            break;
        }
    }
    return out;
}

std::vector<RegistryEntry> GroupPolicy::entries(const Configuration& config)
{
    std::vector<RegistryEntry> out;
    for (PolicyId id : kAllPolicies) {
        auto part = entries(config, id);
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return out;
}

namespace {
// The value name an entry is about: the name itself, or the target of **del./**soft.
std::string subjectName(const RegistryEntry& e, ControlCode* code = nullptr)
{
    std::string target;
    const ControlCode c = controlCode(e.valueName, &target);
    if (code)
        *code = c;
    if (c == ControlCode::DeleteValue || c == ControlCode::SoftValue)
        return target;
    return e.valueName;
}

std::optional<PolicyId> ownerByName(std::string_view key, std::string_view name)
{
    for (const Policy& p : Catalog::instance().policies()) {
        if (text::iequals(key, p.key) && text::iequals(name, p.valueName))
            return p.id;
        for (const Element& e : p.elements) {
            if (!text::iequals(key, e.key))
                continue;
            if (e.type == ElementType::List || text::iequals(name, e.valueName))
                return p.id;
        }
    }
    return std::nullopt;
}

/// "V of CSP is TYPE, expected REG_SZ" for an option value of the wrong registry type.
Note optionTypeNote(const Element& el, const Policy& p, RegType type, const std::string& expected)
{
    const std::string found = regTypeName(type);
    return {"option-type", {el.valueName, p.cspNode, found, expected},
            el.valueName + " of " + p.cspNode + " is " + found + ", expected " + expected};
}
} // namespace

std::optional<PolicyId> GroupPolicy::ownerOf(const RegistryEntry& entry)
{
    return ownerByName(entry.key, subjectName(entry));
}

bool GroupPolicy::isOurs(const RegistryEntry& entry)
{
    return ownerOf(entry).has_value();
}

GroupPolicyReadResult GroupPolicy::read(const std::vector<RegistryEntry>& input)
{
    GroupPolicyReadResult result;
    // The effective values of our keys after applying the entries in order.
    struct Slot
    {
        std::string key;
        std::string name;
        RegistryEntry entry;
    };
    std::vector<Slot> values;
    std::vector<std::pair<std::string, std::string>> seen; // (key, name) of plain values, lower case
    auto find = [&](std::string_view key, std::string_view name) {
        return std::find_if(values.begin(), values.end(), [&](const Slot& s) {
            return text::iequals(s.key, key) && text::iequals(s.name, name);
        });
    };

    auto eraseWhere = [&](auto predicate) {
        const std::size_t before = values.size();
        values.erase(std::remove_if(values.begin(), values.end(), predicate), values.end());
        return before - values.size();
    };
    // True when @p key is @p root or one of its subkeys.
    auto isUnder = [](std::string_view key, std::string_view root) {
        return text::iequals(key, root)
            || (key.size() > root.size() && text::istartsWith(key, root) && key[root.size()] == '\\');
    };
    auto names = [](const RegistryEntry& e) {
        std::vector<std::string> out;
        const std::string list = e.asString().value_or(std::string());
        std::size_t start = 0;
        while (start <= list.size()) {
            std::size_t end = list.find(';', start);
            if (end == std::string::npos)
                end = list.size();
            const auto name = text::trim(std::string_view(list).substr(start, end - start));
            if (!name.empty())
                out.emplace_back(name);
            start = end + 1;
        }
        return out;
    };

    for (const RegistryEntry& e : input) {
        ControlCode code = ControlCode::None;
        const std::string subject = subjectName(e, &code);
        const bool ours = ownerByName(e.key, subject).has_value();

        // Control codes aimed at a whole key or a list of names also remove our values when
        // they sit on a key we share with other policies ([MS-GPREG] §2.2.1, the Win32 SDK
        // "Control Codes"): apply them whether or not the entry is ours.
        std::size_t removed = 0;
        switch (code) {
        case ControlCode::DeleteAllValues:
            removed = eraseWhere([&](const Slot& s) { return text::iequals(s.key, e.key); });
            break;
        case ControlCode::DeleteValues:
            for (const std::string& name : names(e))
                removed += eraseWhere([&](const Slot& s) { return text::iequals(s.key, e.key) && text::iequals(s.name, name); });
            break;
        case ControlCode::DeleteKeys:
            for (const std::string& sub : names(e)) {
                const std::string root = e.key + "\\" + sub;
                removed += eraseWhere([&](const Slot& s) { return isUnder(s.key, root); });
            }
            break;
        default:
            break;
        }

        if (!ours) {
            if (removed > 0)
                result.notes.push_back({"control-removed", {e.key + "\\" + e.valueName, std::to_string(removed)},
                                        "control entry " + e.key + "\\" + e.valueName + " removed "
                                            + std::to_string(removed) + " Remote Assistance value(s) set before it"});
            result.foreign.push_back(e);
            continue;
        }
        switch (code) {
        case ControlCode::None: {
            const auto lowered = std::make_pair(text::toLowerAscii(e.key), text::toLowerAscii(e.valueName));
            if (std::find(seen.begin(), seen.end(), lowered) != seen.end()) {
                ++result.duplicates;
                result.notes.push_back({"duplicate-entry", {e.key + "\\" + e.valueName},
                                        "duplicate entry " + e.key + "\\" + e.valueName + " (the last one is used)"});
            } else {
                seen.push_back(lowered);
            }
            if (auto it = find(e.key, e.valueName); it != values.end())
                it->entry = e;
            else
                values.push_back({e.key, e.valueName, e});
            break;
        }
        case ControlCode::DeleteValue:
            if (auto it = find(e.key, subject); it != values.end())
                values.erase(it);
            break;
        case ControlCode::SoftValue:
            // **soft.X: X is set only when it does not exist yet
            if (find(e.key, subject) == values.end()) {
                RegistryEntry value = e;
                value.valueName = subject;
                values.push_back({e.key, subject, std::move(value)});
            }
            break;
        case ControlCode::DeleteAllValues:
        case ControlCode::DeleteValues:
        case ControlCode::DeleteKeys:
        case ControlCode::SecureKey: // permissions only; no values change
            break;
        case ControlCode::Unknown:
            result.notes.push_back({"control-unknown", {e.key + "\\" + e.valueName},
                                    "control entry " + e.key + "\\" + e.valueName + " was not interpreted"});
            break;
        }
    }

    Configuration& config = result.configuration;
    for (const Policy& p : Catalog::instance().policies()) {
        auto it = find(p.key, p.valueName);
        if (it == values.end())
            continue; // Not configured
        const auto v = it->entry.asDword();
        if (!v) {
            const std::string type = regTypeName(it->entry.type);
            result.notes.push_back({"policy-type", {p.valueName, p.cspNode, type},
                                    p.valueName + " of " + p.cspNode + " is " + type
                                        + ", expected REG_DWORD; policy read as Not configured"});
            continue;
        }
        if (*v == p.disabledValue) {
            config.setState(p.id, PolicyState::Disabled);
            continue;
        }
        if (*v != p.enabledValue) {
            result.notes.push_back({"policy-value", {p.valueName, p.cspNode, std::to_string(*v)},
                                    p.valueName + " of " + p.cspNode + " is " + std::to_string(*v)
                                        + ", neither the enabled nor the disabled value; policy read as Not "
                                          "configured"});
            continue;
        }
        config.setState(p.id, PolicyState::Enabled);
        for (const Element& el : p.elements) {
            if (el.type == ElementType::List) {
                std::vector<std::string> items;
                for (const Slot& s : values) {
                    if (!text::iequals(s.key, el.key))
                        continue;
                    const auto data = s.entry.asString();
                    if (!data) {
                        const std::string type = regTypeName(s.entry.type);
                        result.notes.push_back({"helper-type", {s.name, type},
                                                "helper entry \"" + s.name + "\" is " + type
                                                    + ", expected REG_SZ; skipped"});
                        continue;
                    }
                    if (*data != s.name)
                        result.notes.push_back({"helper-data", {s.name, *data},
                                                "helper entry \"" + s.name + "\" has data \"" + *data
                                                    + "\"; Windows reads the data, the name should be the same"});
                    items.push_back(*data);
                }
                config.setOption(p.id, el.id, items);
                continue;
            }
            auto vit = find(el.key, el.valueName);
            if (vit == values.end()) {
                result.notes.push_back({"option-missing", {el.valueName, p.cspNode},
                                        el.valueName + " of " + p.cspNode + " is missing; the editor's default is shown"});
                continue;
            }
            if (el.type == ElementType::Text) {
                if (auto s = vit->entry.asString())
                    config.setOption(p.id, el.id, *s);
                else
                    result.notes.push_back(optionTypeNote(el, p, vit->entry.type, "REG_SZ"));
            } else {
                auto n = vit->entry.asDword();
                if (!n) {
                    result.notes.push_back(optionTypeNote(el, p, vit->entry.type, "REG_DWORD"));
                    continue;
                }
                if (el.type == ElementType::Enum && !el.item(*n))
                    result.notes.push_back({"option-choice", {el.valueName, p.cspNode, std::to_string(*n)},
                                            el.valueName + " of " + p.cspNode + " is " + std::to_string(*n)
                                                + ", which is not one of its choices"});
                config.setOption(p.id, el.id, *n);
            }
        }
    }

    // Option values without an Enabled policy do nothing on Windows: say so instead of dropping
    // them silently.
    for (const Policy& p : Catalog::instance().policies()) {
        if (config.state(p.id) == PolicyState::Enabled)
            continue;
        const std::string state = config.state(p.id) == PolicyState::Disabled ? "Disabled" : "Not configured";
        for (const Element& el : p.elements) {
            if (el.type == ElementType::List) {
                const auto n = std::count_if(values.begin(), values.end(),
                                             [&](const Slot& s) { return text::iequals(s.key, el.key); });
                if (n > 0)
                    result.notes.push_back({"list-ignored", {std::to_string(n), el.key, p.cspNode, state},
                                            std::to_string(n) + " value(s) on " + el.key + " ignored: " + p.cspNode
                                                + " is " + state});
            } else if (find(el.key, el.valueName) != values.end()) {
                result.notes.push_back({"option-ignored", {el.valueName, p.cspNode, state},
                                        el.valueName + " ignored: " + p.cspNode + " is " + state});
            }
        }
    }
    return result;
}

} // namespace ra
