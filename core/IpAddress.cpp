#include "IpAddress.h"

#include <string>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <sys/socket.h>
#endif

namespace ra {

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    // inet_pton wants a NUL-terminated string: no NUL may hide in the text
    if (text.empty() || text.find('\0') != std::string_view::npos)
        return std::nullopt;
    const std::string s(text);
    IpAddress a;
    const bool v6 = s.find(':') != std::string::npos;
    a.family = v6 ? Family::V6 : Family::V4;
#ifdef _WIN32
    if (InetPtonA(v6 ? AF_INET6 : AF_INET, s.c_str(), a.bytes.data()) != 1)
        return std::nullopt;
#else
    if (inet_pton(v6 ? AF_INET6 : AF_INET, s.c_str(), a.bytes.data()) != 1)
        return std::nullopt;
#endif
    return a;
}

bool IpAddress::isLoopback() const
{
    if (family == Family::V4)
        return bytes[0] == 127;
    bool zeros = true; // ::1
    for (std::size_t i = 0; i < 15; ++i)
        zeros = zeros && bytes[i] == 0;
    if (zeros && bytes[15] == 1)
        return true;
    bool mapped = true; // ::ffff:127.x.x.x
    for (std::size_t i = 0; i < 10; ++i)
        mapped = mapped && bytes[i] == 0;
    return mapped && bytes[10] == 0xff && bytes[11] == 0xff && bytes[12] == 127;
}

} // namespace ra
