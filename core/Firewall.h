#pragma once
/**
 * @file Firewall.h
 * The Windows Firewall exceptions Offer Remote Assistance needs, per Windows version family,
 * as data — and ready-to-paste netsh / PowerShell lines for a chosen set.
 */
#include <string>
#include <vector>

namespace ra {

enum class WindowsFamily {
    VistaAndLater,  ///< Windows Vista and later
    XpSp2,          ///< Windows XP SP2 and XP Professional x64 SP1
    Server2003Sp1,  ///< Windows Server 2003 SP1
};

struct FirewallPort
{
    std::string protocol; ///< "TCP"
    unsigned number = 0;  ///< 135
};

/// The exceptions one Windows family needs (all in the domain profile).
struct FirewallRequirement
{
    WindowsFamily family;
    std::string id;                     ///< stable id: "vista", "xp-sp2", "server2003-sp1"
    std::string title;                  ///< "Windows Vista and later"
    std::vector<FirewallPort> ports;
    std::vector<std::string> programs;  ///< with %WINDIR%
    std::vector<std::string> otherExceptions; ///< e.g. "Remote Desktop"
    std::string profile = "Domain";
};

class Firewall
{
public:
    static const std::vector<FirewallRequirement>& requirements();
    static const FirewallRequirement& requirement(WindowsFamily family);

    /// `netsh advfirewall firewall add rule …` lines (domain profile), one per port/program.
    static std::string netshCommands(const std::vector<WindowsFamily>& families);
    /// `New-NetFirewallRule …` lines (domain profile), one per port/program.
    static std::string powerShellCommands(const std::vector<WindowsFamily>& families);
};

} // namespace ra
