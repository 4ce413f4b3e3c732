#include "RegistryTarget.h"

#include "core/Catalog.h"
#include "core/TextCodec.h"

namespace ra {

RegistryOperation RegistryOperation::set(RegistryEntry value)
{
    return RegistryOperation{Kind::SetValue, std::move(value)};
}

RegistryOperation RegistryOperation::deleteValue(std::string key, std::string valueName)
{
    return RegistryOperation{Kind::DeleteValue, RegistryEntry{std::move(key), std::move(valueName), RegType::None, {}}};
}

RegistryOperation RegistryOperation::deleteKey(std::string key)
{
    return RegistryOperation{Kind::DeleteKey, RegistryEntry{std::move(key), {}, RegType::None, {}}};
}

std::string RegistryOperation::describe() const
{
    switch (kind) {
    case Kind::SetValue:
        return "set " + entry.key + "\\" + entry.valueName + " = " + entry.describeData();
    case Kind::DeleteValue:
        return "delete value " + entry.key + "\\" + entry.valueName;
    case Kind::DeleteKey:
        return "delete key " + entry.key;
    }
    return {};
}

std::optional<RegistryEntry> RegistryTarget::value(const std::string& key, const std::string& valueName) const
{
    const auto all = values(key);
    if (!all)
        return std::nullopt;
    for (const auto& v : *all)
        if (text::iequals(v.valueName, valueName))
            return v;
    return std::nullopt;
}

void RegistryTarget::apply(const RegistryOperation& operation)
{
    switch (operation.kind) {
    case RegistryOperation::Kind::SetValue:
        setValue(operation.entry);
        break;
    case RegistryOperation::Kind::DeleteValue:
        deleteValue(operation.entry.key, operation.entry.valueName);
        break;
    case RegistryOperation::Kind::DeleteKey:
        deleteKey(operation.entry.key);
        break;
    }
}

std::vector<RegistryEntry> RegistryTarget::policyValues() const
{
    std::vector<RegistryEntry> out;
    for (std::string_view key : {Catalog::policyKey, Catalog::helperKey})
        if (auto v = values(std::string(key)))
            out.insert(out.end(), v->begin(), v->end());
    return out;
}

std::vector<std::string> RegistryTarget::helperNames() const
{
    std::vector<std::string> out;
    if (auto v = values(std::string(Catalog::helperKey)))
        for (const auto& e : *v)
            out.push_back(e.valueName);
    return out;
}

} // namespace ra
