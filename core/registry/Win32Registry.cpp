#include "Win32Registry.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <algorithm>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace ra {

namespace {

std::wstring wide(const std::string& utf8)
{
    const std::u16string u = text::toUtf16(utf8);
    return std::wstring(u.begin(), u.end());
}

std::string narrow(const wchar_t* s, std::size_t n)
{
    std::u16string u(s, s + n);
    return text::toUtf8(u);
}

[[noreturn]] void fail(const char* function, LSTATUS status, const std::string& key,
                       const std::string& valueName = {})
{
    const std::string why = Win32Registry::errorText(status);
    throw Error("registry.call", {function, why}, std::string(function) + " failed: " + why, "HKEY_LOCAL_MACHINE\\" + key,
                valueName.empty() ? ErrorLocation() : ErrorLocation::value(valueName));
}

/// An open registry key, closed on scope exit.
class KeyHandle
{
public:
    KeyHandle() = default;
    ~KeyHandle()
    {
        if (m_key)
            RegCloseKey(m_key);
    }
    KeyHandle(const KeyHandle&) = delete;
    KeyHandle& operator=(const KeyHandle&) = delete;
    HKEY* out() { return &m_key; }
    HKEY get() const { return m_key; }

private:
    HKEY m_key = nullptr;
};

/// Opens @p key for @p access; false when it does not exist, throws on other errors.
bool openKey(const std::string& key, REGSAM access, KeyHandle& handle)
{
    const LSTATUS st = RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, access | KEY_WOW64_64KEY, handle.out());
    if (st == ERROR_FILE_NOT_FOUND)
        return false;
    if (st != ERROR_SUCCESS)
        fail("RegOpenKeyExW", st, key);
    return true;
}

void createKeyHandle(const std::string& key, REGSAM access, KeyHandle& handle)
{
    const LSTATUS st = RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                       access | KEY_WOW64_64KEY, nullptr, handle.out(), nullptr);
    if (st != ERROR_SUCCESS)
        fail("RegCreateKeyExW", st, key);
}

} // namespace

std::string Win32Registry::errorText(long code)
{
    wchar_t* buffer = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, static_cast<DWORD>(code), 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::string message;
    if (n && buffer) {
        try {
            message = std::string(text::trim(narrow(buffer, n)));
        } catch (const std::exception&) {
        }
    }
    if (buffer)
        LocalFree(buffer);
    if (message.empty())
        message = "error";
    return message + " (" + std::to_string(code) + ")";
}

std::optional<std::vector<RegistryEntry>> Win32Registry::values(const std::string& key) const
{
    KeyHandle k;
    if (!openKey(key, KEY_QUERY_VALUE, k))
        return std::nullopt;
    DWORD count = 0, maxName = 0, maxData = 0;
    LSTATUS st = RegQueryInfoKeyW(k.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &count, &maxName,
                                  &maxData, nullptr, nullptr);
    if (st != ERROR_SUCCESS)
        fail("RegQueryInfoKeyW", st, key);
    std::vector<RegistryEntry> out;
    std::vector<wchar_t> name(maxName + 2);
    std::vector<BYTE> data(maxData + 2);
    for (DWORD i = 0;; ++i) {
        DWORD nameLen = static_cast<DWORD>(name.size());
        DWORD dataLen = static_cast<DWORD>(data.size());
        DWORD type = 0;
        st = RegEnumValueW(k.get(), i, name.data(), &nameLen, nullptr, &type, data.data(), &dataLen);
        if (st == ERROR_NO_MORE_ITEMS)
            break;
        if (st == ERROR_MORE_DATA) {
            // a value grew between the two calls: make room and read this index again
            name.resize(name.size() * 2 + 256);
            data.resize(std::max<std::size_t>(data.size() * 2, dataLen + 2));
            --i;
            continue;
        }
        if (st != ERROR_SUCCESS)
            fail("RegEnumValueW", st, key);
        RegistryEntry e;
        e.key = key;
        e.valueName = narrow(name.data(), nameLen);
        e.type = static_cast<RegType>(type);
        e.data.assign(data.begin(), data.begin() + dataLen);
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<RegistryEntry> Win32Registry::value(const std::string& key, const std::string& valueName) const
{
    KeyHandle k;
    if (!openKey(key, KEY_QUERY_VALUE, k))
        return std::nullopt;
    const std::wstring wname = wide(valueName);
    std::vector<BYTE> data(256);
    for (;;) {
        DWORD type = 0;
        DWORD size = static_cast<DWORD>(data.size());
        const LSTATUS st = RegQueryValueExW(k.get(), wname.c_str(), nullptr, &type, data.data(), &size);
        if (st == ERROR_FILE_NOT_FOUND)
            return std::nullopt;
        if (st == ERROR_MORE_DATA) {
            data.resize(size + 2);
            continue;
        }
        if (st != ERROR_SUCCESS)
            fail("RegQueryValueExW", st, key, valueName);
        RegistryEntry e;
        e.key = key;
        e.valueName = valueName;
        e.type = static_cast<RegType>(type);
        e.data.assign(data.begin(), data.begin() + size);
        return e;
    }
}

bool Win32Registry::hasSubkeys(const std::string& key) const
{
    KeyHandle k;
    if (!openKey(key, KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS, k))
        return false;
    DWORD subkeys = 0;
    const LSTATUS st = RegQueryInfoKeyW(k.get(), nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr, nullptr,
                                        nullptr, nullptr, nullptr, nullptr);
    if (st != ERROR_SUCCESS)
        fail("RegQueryInfoKeyW", st, key);
    return subkeys > 0;
}

void Win32Registry::createKey(const std::string& key)
{
    KeyHandle k;
    createKeyHandle(key, KEY_QUERY_VALUE, k);
}

void Win32Registry::setValue(const RegistryEntry& value)
{
    KeyHandle k;
    createKeyHandle(value.key, KEY_SET_VALUE, k);
    const LSTATUS st = RegSetValueExW(k.get(), wide(value.valueName).c_str(), 0, static_cast<DWORD>(value.type),
                                      value.data.empty() ? nullptr : value.data.data(),
                                      static_cast<DWORD>(value.data.size()));
    if (st != ERROR_SUCCESS)
        fail("RegSetValueExW", st, value.key, value.valueName);
}

void Win32Registry::deleteValue(const std::string& key, const std::string& valueName)
{
    KeyHandle k;
    if (!openKey(key, KEY_SET_VALUE, k))
        return;
    const LSTATUS st = RegDeleteValueW(k.get(), wide(valueName).c_str());
    if (st != ERROR_SUCCESS && st != ERROR_FILE_NOT_FOUND)
        fail("RegDeleteValueW", st, key, valueName);
}

void Win32Registry::deleteKey(const std::string& key)
{
    const LSTATUS st = RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), KEY_WOW64_64KEY, 0);
    if (st == ERROR_FILE_NOT_FOUND)
        return;
    if (st != ERROR_SUCCESS) {
        // RegDeleteKeyExW refuses keys with subkeys: say so rather than only "access denied"
        if (hasSubkeys(key))
            throw Error("registry.subkeys", {errorText(st)}, "RegDeleteKeyExW failed: the key has subkeys (" + errorText(st) + ")",
                        "HKEY_LOCAL_MACHINE\\" + key);
        fail("RegDeleteKeyExW", st, key);
    }
}

} // namespace ra
