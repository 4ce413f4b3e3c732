#pragma once
/**
 * @file Win32Registry.h
 * The live Windows registry (HKEY_LOCAL_MACHINE, 64-bit view). Compiled only on Windows.
 */
#include "RegistryTarget.h"

namespace ra {

/**
 * RegistryTarget over the Win32 registry API: RegCreateKeyExW, RegSetValueExW, RegDeleteValueW,
 * RegDeleteKeyExW and RegEnumValueW on HKEY_LOCAL_MACHINE, always with KEY_WOW64_64KEY so that a
 * 32-bit process writes the same policy keys as Group Policy. Names and string data are
 * converted between UTF-8 and UTF-16; value data is passed through byte for byte.
 *
 * Errors throw ra::Error with "HKEY_LOCAL_MACHINE\<key>" as the file, the value as the location and
 * the Win32 function, the system's message and the error code as the reason.
 */
class Win32Registry : public RegistryTarget
{
public:
    Win32Registry() = default;

    std::string name() const override { return "HKEY_LOCAL_MACHINE"; }
    std::optional<std::vector<RegistryEntry>> values(const std::string& key) const override;
    bool hasSubkeys(const std::string& key) const override;
    std::optional<RegistryEntry> value(const std::string& key, const std::string& valueName) const override;
    void createKey(const std::string& key) override;
    void setValue(const RegistryEntry& value) override;
    void deleteValue(const std::string& key, const std::string& valueName) override;
    void deleteKey(const std::string& key) override;

    /// The system's text for a Win32 error code, e.g. "Access is denied. (5)".
    static std::string errorText(long code);
};

} // namespace ra
