#pragma once
/**
 * @file Sha256.h
 * SHA-256 (FIPS 180-4). Written here because core/ is cross-built for Windows with mingw-w64,
 * for which Debian ships no crypto library.
 */
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ra {

/**
 * Incremental SHA-256: update() any number of times, then finish(). finish() resets the object,
 * so it can hash the next message.
 */
class Sha256
{
public:
    Sha256();
    /// Adds @p size bytes to the message.
    void update(const void* data, std::size_t size);
    void update(std::string_view s) { update(s.data(), s.size()); }
    /// Pads the message, returns its 32-byte digest and starts over.
    std::array<std::uint8_t, 32> finish();

    /// The digest of @p data as 64 lower-case hex digits.
    static std::string hex(std::string_view data);
    /// A digest as 64 lower-case hex digits.
    static std::string toHex(const std::array<std::uint8_t, 32>& digest);

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0;
};

} // namespace ra
