#pragma once
/**
 * @file IpAddress.h
 * IP addresses written as text (a computer to offer help to, the host of a URL), read with the
 * platform's own parser (inet_pton; InetPtonA on Windows).
 */
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ra {

/// An IPv4 or IPv6 address.
struct IpAddress
{
    enum class Family { V4, V6 };

    Family family = Family::V4;
    /// The address in network order; an IPv4 address uses the first 4 bytes.
    std::array<std::uint8_t, 16> bytes{};

    /**
     * The address @p text writes, or nullopt when it is none: IPv4 in dotted decimal with four
     * parts ("192.0.2.10"), IPv6 in RFC 4291 text ("2001:db8::1", "::ffff:192.0.2.10"); no zone
     * ("%eth0"), brackets, prefix length or port.
     */
    static std::optional<IpAddress> parse(std::string_view text);

    /// 127.0.0.0/8 or ::1 (and ::ffff:127.x.x.x).
    bool isLoopback() const;

    bool operator==(const IpAddress&) const = default;
};

} // namespace ra
