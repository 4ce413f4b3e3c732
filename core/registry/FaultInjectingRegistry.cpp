#include "FaultInjectingRegistry.h"

#include "core/Error.h"

namespace ra {

FaultInjectingRegistry::FaultInjectingRegistry(std::unique_ptr<RegistryTarget> inner, int failAt)
    : m_inner(std::move(inner))
    , m_failAt(failAt)
{
}

void FaultInjectingRegistry::count(const std::string& key, const std::string& valueName)
{
    if (++m_writes == m_failAt)
        throw Error("registry.injected", {std::to_string(m_writes)},
                    "write " + std::to_string(m_writes) + " refused (injected failure)", m_inner->name() + "\\" + key,
                    valueName.empty() ? ErrorLocation() : ErrorLocation::value(valueName));
}

void FaultInjectingRegistry::createKey(const std::string& key)
{
    count(key, {});
    m_inner->createKey(key);
}

void FaultInjectingRegistry::setValue(const RegistryEntry& value)
{
    count(value.key, value.valueName);
    m_inner->setValue(value);
}

void FaultInjectingRegistry::deleteValue(const std::string& key, const std::string& valueName)
{
    count(key, valueName);
    m_inner->deleteValue(key, valueName);
}

void FaultInjectingRegistry::deleteKey(const std::string& key)
{
    count(key, {});
    m_inner->deleteKey(key);
}

} // namespace ra
