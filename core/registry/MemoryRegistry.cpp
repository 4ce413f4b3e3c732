#include "MemoryRegistry.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <algorithm>

namespace ra {

namespace {
bool isBelow(std::string_view child, std::string_view parent)
{
    return child.size() > parent.size() + 1 && child[parent.size()] == '\\'
        && text::istartsWith(child, parent);
}
} // namespace

MemoryRegistry::Key* MemoryRegistry::findKey(const std::string& key)
{
    auto it = std::find_if(m_keys.begin(), m_keys.end(), [&](const Key& k) { return text::iequals(k.name, key); });
    return it == m_keys.end() ? nullptr : &*it;
}

const MemoryRegistry::Key* MemoryRegistry::findKey(const std::string& key) const
{
    return const_cast<MemoryRegistry*>(this)->findKey(key);
}

MemoryRegistry::Key& MemoryRegistry::ensureKey(const std::string& key)
{
    if (key.empty() || key.front() == '\\' || key.back() == '\\' || key.find("\\\\") != std::string::npos)
        throw Error("registry.invalid-key", {}, "invalid key name", name(), ErrorLocation::key(key));
    // parents first, like RegCreateKeyExW
    for (std::size_t pos = key.find('\\'); pos != std::string::npos; pos = key.find('\\', pos + 1))
        if (!findKey(key.substr(0, pos)))
            m_keys.push_back({key.substr(0, pos), {}});
    if (Key* k = findKey(key))
        return *k;
    m_keys.push_back({key, {}});
    return m_keys.back();
}

void MemoryRegistry::countWrite(const std::string& key, const std::string& valueName)
{
    ++m_writes;
    if (m_failAt != 0 && m_writes >= m_failAt && m_writes < m_failAt + m_failCount) {
        throw Error("registry.simulated", {m_failReason}, m_failReason, name() + "\\" + key,
                    valueName.empty() ? ErrorLocation() : ErrorLocation::value(valueName));
    }
}

std::optional<std::vector<RegistryEntry>> MemoryRegistry::values(const std::string& key) const
{
    const Key* k = findKey(key);
    if (!k)
        return std::nullopt;
    std::vector<RegistryEntry> out = k->values;
    for (auto& v : out)
        v.key = key;
    return out;
}

bool MemoryRegistry::hasSubkeys(const std::string& key) const
{
    return std::any_of(m_keys.begin(), m_keys.end(), [&](const Key& k) { return isBelow(k.name, key); });
}

void MemoryRegistry::createKey(const std::string& key)
{
    countWrite(key, {});
    ensureKey(key);
}

void MemoryRegistry::setValue(const RegistryEntry& value)
{
    countWrite(value.key, value.valueName);
    Key& k = ensureKey(value.key);
    for (auto& v : k.values) {
        if (text::iequals(v.valueName, value.valueName)) {
            // the stored name keeps its spelling, as in the Windows registry
            v.type = value.type;
            v.data = value.data;
            return;
        }
    }
    RegistryEntry stored = value;
    stored.key = k.name;
    k.values.push_back(std::move(stored));
}

void MemoryRegistry::deleteValue(const std::string& key, const std::string& valueName)
{
    countWrite(key, valueName);
    if (Key* k = findKey(key))
        std::erase_if(k->values, [&](const RegistryEntry& v) { return text::iequals(v.valueName, valueName); });
}

void MemoryRegistry::deleteKey(const std::string& key)
{
    countWrite(key, {});
    if (hasSubkeys(key))
        throw Error("registry.memory-subkeys", {}, "the key has subkeys and cannot be deleted", name() + "\\" + key);
    std::erase_if(m_keys, [&](const Key& k) { return text::iequals(k.name, key); });
}

void MemoryRegistry::failAtWrite(int n, std::string reason, int count)
{
    m_failAt = n > 0 ? m_writes + n : 0;
    m_failCount = count;
    m_failReason = std::move(reason);
}

std::vector<std::string> MemoryRegistry::keys() const
{
    std::vector<std::string> out;
    for (const auto& k : m_keys)
        out.push_back(k.name);
    return out;
}

} // namespace ra
