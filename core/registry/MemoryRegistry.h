#pragma once
/**
 * @file MemoryRegistry.h
 * A registry held in memory, with the same rules as the Windows one, and a failure that tests can
 * schedule for the Nth write.
 */
#include "RegistryTarget.h"

#include <string>
#include <vector>

namespace ra {

/**
 * An in-memory RegistryTarget: keys keep their first spelling and compare case-insensitively,
 * values keep the order they were created in, setting a value creates the key and its parents,
 * and a key with subkeys cannot be deleted.
 *
 * failAtWrite(n) makes the n-th write from then on (setValue, deleteValue or deleteKey; 1 = the
 * next one) throw ra::Error without changing anything — the way a denied RegSetValueExW behaves.
 */
class MemoryRegistry : public RegistryTarget
{
public:
    MemoryRegistry() = default;

    std::string name() const override { return "in-memory registry"; }
    std::optional<std::vector<RegistryEntry>> values(const std::string& key) const override;
    bool hasSubkeys(const std::string& key) const override;
    void createKey(const std::string& key) override;
    void setValue(const RegistryEntry& value) override;
    void deleteValue(const std::string& key, const std::string& valueName) override;
    void deleteKey(const std::string& key) override;

    /// Schedules a failure: the @p n-th write from now (and the @p count - 1 writes after it)
    /// throws ra::Error with @p reason. 0 cancels.
    void failAtWrite(int n, std::string reason = "Access is denied. (injected failure)", int count = 1);
    /// Writes attempted since construction (including the one that failed).
    int writeCount() const { return m_writes; }
    /// Every key that exists, in creation order.
    std::vector<std::string> keys() const;

private:
    struct Key
    {
        std::string name;
        std::vector<RegistryEntry> values;
    };
    Key* findKey(const std::string& key);
    const Key* findKey(const std::string& key) const;
    Key& ensureKey(const std::string& key);
    void countWrite(const std::string& key, const std::string& valueName);

    std::vector<Key> m_keys;
    int m_writes = 0;
    int m_failAt = 0; ///< absolute number of the first write that fails, 0 = none
    int m_failCount = 0;
    std::string m_failReason;
};

} // namespace ra
