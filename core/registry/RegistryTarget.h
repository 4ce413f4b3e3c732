#pragma once
/**
 * @file RegistryTarget.h
 * A registry the policies can be written into: the live Windows registry (Win32Registry) or an
 * in-memory one (MemoryRegistry). Keys are paths below HKEY_LOCAL_MACHINE without the hive, as in
 * registry.pol ("Software\\Policies\\…"); key and value names compare case-insensitively.
 */
#include "core/RegistryEntry.h"

#include <optional>
#include <string>
#include <vector>

namespace ra {

/**
 * One change to a registry: set a value, delete a value, or delete a key (with its values; a key
 * that still has subkeys cannot be deleted, as RegDeleteKeyExW refuses it).
 */
struct RegistryOperation
{
    enum class Kind { SetValue, DeleteValue, DeleteKey };
    Kind kind = Kind::SetValue;
    /// For SetValue: key, value name, type and data. For DeleteValue: key and value name.
    /// For DeleteKey: the key only.
    RegistryEntry entry;

    static RegistryOperation set(RegistryEntry value);
    static RegistryOperation deleteValue(std::string key, std::string valueName);
    static RegistryOperation deleteKey(std::string key);

    /// One line for logs and previews, e.g. `set Software\…\fAllowToGetHelp = DWORD:1`.
    std::string describe() const;

    bool operator==(const RegistryOperation&) const = default;
};

/**
 * The registry interface the local-registry backend writes through. Reads never change anything;
 * every write throws ra::Error (naming the key and value and the system's reason) when it fails.
 */
class RegistryTarget
{
public:
    virtual ~RegistryTarget() = default;

    /// A name for messages, e.g. "HKEY_LOCAL_MACHINE" or "in-memory registry".
    virtual std::string name() const = 0;

    /// Every value of @p key in the order the registry enumerates them (RegistryEntry::key is
    /// @p key as passed); std::nullopt when the key does not exist.
    virtual std::optional<std::vector<RegistryEntry>> values(const std::string& key) const = 0;
    /// True when @p key has at least one subkey (false when it does not exist).
    virtual bool hasSubkeys(const std::string& key) const = 0;

    /// Creates the key and its missing parents; an existing key is left as it is.
    virtual void createKey(const std::string& key) = 0;
    /// Creates the key (and its parents) when needed and writes the value.
    virtual void setValue(const RegistryEntry& value) = 0;
    /// Deletes one value; a value or key that does not exist is not an error.
    virtual void deleteValue(const std::string& key, const std::string& valueName) = 0;
    /// Deletes a key that has no subkeys; a missing key is not an error.
    virtual void deleteKey(const std::string& key) = 0;

    /// True when @p key exists.
    bool keyExists(const std::string& key) const { return values(key).has_value(); }
    /// One value, or std::nullopt when the key or value does not exist.
    virtual std::optional<RegistryEntry> value(const std::string& key, const std::string& valueName) const;
    /// Carries out one operation.
    void apply(const RegistryOperation& operation);

    /**
     * The values under the keys of the four policies (the Terminal Services policy key, then the
     * RAUnsolicit helper key), ready for GroupPolicy::read. Values of other software under the
     * policy key are included; GroupPolicy::read sets them aside as foreign.
     */
    std::vector<RegistryEntry> policyValues() const;
    /// The value names of the RAUnsolicit key (the helper list as stored), in enumeration order.
    std::vector<std::string> helperNames() const;
};

} // namespace ra
