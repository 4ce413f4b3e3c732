#pragma once
/**
 * @file FaultInjectingRegistry.h
 * A RegistryTarget wrapper whose N-th write fails: fault injection for any registry, the live
 * Win32 one included (the Wine tests use it through ra-policy's RA_POLICY_FAIL_AT_REGISTRY_WRITE).
 */
#include "RegistryTarget.h"

#include <memory>

namespace ra {

/**
 * Passes every call through to the wrapped registry, except that write number @p failAt
 * (1-based, counting createKey, setValue, deleteValue and deleteKey) throws ra::Error before
 * reaching it, the way a refused write does. Later writes (the rollback) go through.
 */
class FaultInjectingRegistry : public RegistryTarget
{
public:
    FaultInjectingRegistry(std::unique_ptr<RegistryTarget> inner, int failAt);

    std::string name() const override { return m_inner->name(); }
    std::optional<std::vector<RegistryEntry>> values(const std::string& key) const override { return m_inner->values(key); }
    bool hasSubkeys(const std::string& key) const override { return m_inner->hasSubkeys(key); }
    std::optional<RegistryEntry> value(const std::string& key, const std::string& valueName) const override
    {
        return m_inner->value(key, valueName);
    }
    void createKey(const std::string& key) override;
    void setValue(const RegistryEntry& value) override;
    void deleteValue(const std::string& key, const std::string& valueName) override;
    void deleteKey(const std::string& key) override;

    int writeCount() const { return m_writes; }

private:
    void count(const std::string& key, const std::string& valueName);
    std::unique_ptr<RegistryTarget> m_inner;
    int m_failAt;
    int m_writes = 0;
};

} // namespace ra
