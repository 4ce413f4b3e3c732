#include "RegistryPlan.h"

#include "core/GroupPolicy.h"
#include "core/TextCodec.h"

#include <algorithm>

namespace ra {

namespace {
// The state of one key while entries are interpreted.
struct KeyState
{
    std::string key;
    bool existed = false;
    std::vector<RegistryEntry> before;
    std::vector<RegistryEntry> after;
    std::vector<std::string> deletedSubkeys;
};

template <class Values>
auto findValue(Values& values, std::string_view name)
{
    return std::find_if(values.begin(), values.end(),
                        [&](const RegistryEntry& v) { return text::iequals(v.valueName, name); });
}

std::vector<std::string> splitList(const RegistryEntry& e)
{
    std::vector<std::string> out;
    const auto s = e.asString();
    if (!s)
        return out;
    std::size_t start = 0;
    while (start <= s->size()) {
        auto semi = s->find(';', start);
        if (semi == std::string::npos)
            semi = s->size();
        auto item = std::string(text::trim(std::string_view(*s).substr(start, semi - start)));
        if (!item.empty())
            out.push_back(item);
        start = semi + 1;
    }
    return out;
}
} // namespace

std::vector<RegistryEntry> RegistryPlan::removalEntries(PolicyId id)
{
    const Policy& p = Catalog::instance().policy(id);
    std::vector<RegistryEntry> out{RegistryEntry::control(p.key, "**del." + p.valueName)};
    for (const Element& e : p.elements) {
        if (e.type == ElementType::List)
            out.push_back(RegistryEntry::control(e.key, "**delvals."));
        else
            out.push_back(RegistryEntry::control(e.key, "**del." + e.valueName));
    }
    return out;
}

std::vector<RegistryEntry> RegistryPlan::entries(const ChangeSet& changes, const std::set<PolicyId>& scope)
{
    std::vector<RegistryEntry> out;
    for (const RegistryEntry& e : changes.entries()) {
        const auto owner = GroupPolicy::ownerOf(e);
        if (owner && scope.count(*owner))
            out.push_back(e);
    }
    for (PolicyId id : changes.removed()) {
        if (!scope.count(id))
            continue;
        auto removal = removalEntries(id);
        out.insert(out.end(), removal.begin(), removal.end());
    }
    return out;
}

std::vector<RegistryOperation> RegistryPlan::operations(const ChangeSet& changes,
                                                        const RegistryTarget& current,
                                                        const std::set<PolicyId>& scope)
{
    return fromEntries(entries(changes, scope), current);
}

std::vector<RegistryOperation> RegistryPlan::fromEntries(const std::vector<RegistryEntry>& entries,
                                                         const RegistryTarget& current)
{
    std::vector<KeyState> keys;
    auto state = [&](const std::string& key) -> KeyState& {
        for (auto& k : keys)
            if (text::iequals(k.key, key))
                return k;
        KeyState k;
        k.key = key;
        if (auto vals = current.values(key)) {
            k.existed = true;
            k.before = *vals;
        }
        k.after = k.before;
        keys.push_back(std::move(k));
        return keys.back();
    };

    for (const RegistryEntry& e : entries) {
        std::string target;
        const ControlCode code = controlCode(e.valueName, &target);
        switch (code) {
        case ControlCode::None: {
            KeyState& k = state(e.key);
            if (auto it = findValue(k.after, e.valueName); it != k.after.end()) {
                it->type = e.type;
                it->data = e.data;
            } else {
                k.after.push_back(e);
            }
            break;
        }
        case ControlCode::DeleteValue: {
            KeyState& k = state(e.key);
            if (auto it = findValue(k.after, target); it != k.after.end())
                k.after.erase(it);
            break;
        }
        case ControlCode::DeleteAllValues:
            state(e.key).after.clear();
            break;
        case ControlCode::DeleteValues: {
            KeyState& k = state(e.key);
            for (const auto& name : splitList(e))
                if (auto it = findValue(k.after, name); it != k.after.end())
                    k.after.erase(it);
            break;
        }
        case ControlCode::SoftValue: {
            KeyState& k = state(e.key);
            if (findValue(k.after, target) == k.after.end()) {
                RegistryEntry v = e;
                v.valueName = target;
                k.after.push_back(std::move(v));
            }
            break;
        }
        case ControlCode::DeleteKeys: {
            KeyState& k = state(e.key);
            for (const auto& sub : splitList(e))
                k.deletedSubkeys.push_back(e.key + "\\" + sub);
            break;
        }
        case ControlCode::SecureKey:
        case ControlCode::Unknown:
            break;
        }
    }

    std::vector<RegistryOperation> ops;
    for (const KeyState& k : keys) {
        for (const auto& sub : k.deletedSubkeys)
            if (current.keyExists(sub))
                ops.push_back(RegistryOperation::deleteKey(sub));
        for (const auto& v : k.before) {
            if (findValue(k.after, v.valueName) == k.after.end())
                ops.push_back(RegistryOperation::deleteValue(k.key, v.valueName));
        }
        for (const auto& v : k.after) {
            auto it = findValue(k.before, v.valueName);
            if (it != k.before.end() && it->type == v.type && it->data == v.data)
                continue;
            RegistryEntry w = v;
            w.key = k.key;
            ops.push_back(RegistryOperation::set(std::move(w)));
        }
    }
    return ops;
}

} // namespace ra
