#pragma once
/**
 * @file Firewall.h
 * The Windows Firewall exceptions Offer Remote Assistance needs, per Windows version family,
 * as data — and ready-to-paste netsh / PowerShell lines for a chosen set.
 */
#include <optional>
#include <string>
#include <string_view>
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

/**
 * One inbound allow rule of the domain profile: either a port (protocol + port) or a program.
 * The "Remote Desktop" exception of Windows Server 2003 SP1 becomes a TCP 3389 port rule (the
 * port that exception opens).
 */
struct FirewallRule
{
    std::string name;     ///< "Offer Remote Assistance (TCP 135)", "Offer Remote Assistance (msra.exe)"
    std::string protocol; ///< "TCP" for a port rule, empty for a program rule
    unsigned port = 0;    ///< port rule: the local port
    std::string program;  ///< program rule: the path with %WINDIR%
    bool operator==(const FirewallRule&) const = default;
};

/**
 * The firewall exceptions as data and as ready-to-paste commands.
 *
 * Lines end with a line feed. Names and paths are always quoted: netsh takes "double quotes", PowerShell
 * 'single quotes' (no variable expansion; an embedded ' is doubled). %WINDIR% is kept literally:
 * cmd.exe expands it when the netsh line runs, and Windows Firewall expands it in a rule's
 * program path when PowerShell stores it unexpanded.
 *
 * Availability on the target: `netsh advfirewall` exists from Windows Vista / Server 2008 on,
 * `New-NetFirewallRule` from Windows 8 / Server 2012 on. Windows XP SP2 and Server 2003 SP1 only
 * have the older `netsh firewall` context: see legacyNetshCommands().
 */
class Firewall
{
public:
    static const std::vector<FirewallRequirement>& requirements();
    static const FirewallRequirement& requirement(WindowsFamily family);
    /// The family of a FirewallRequirement::id ("vista", "xp-sp2", "server2003-sp1"); nullopt otherwise.
    static std::optional<WindowsFamily> familyFromId(std::string_view id);

    /// Whether @p family has `netsh advfirewall` (Windows Vista / Server 2008 and later); the
    /// others only have `netsh firewall`.
    static bool hasAdvancedFirewall(WindowsFamily family);
    /// Whether @p family has a PowerShell cmdlet for firewall rules at all: New-NetFirewallRule
    /// exists from Windows 8 / Server 2012 on, so only "Windows Vista and later" (and there only
    /// its Windows 8 / Server 2012 and later members).
    static bool hasPowerShell(WindowsFamily family);
    /// The netsh lines of one family in the context it has: netshCommands() for Windows Vista
    /// and later, legacyNetshCommands() for Windows XP SP2 and Server 2003 SP1.
    static std::string netshCommandsFor(WindowsFamily family);

    /// The rules @p families need, in family order, each rule once (a port or program already
    /// required by an earlier family is not repeated; paths compare case-insensitively).
    static std::vector<FirewallRule> rules(const std::vector<WindowsFamily>& families);

    /// `netsh advfirewall firewall add rule …` lines (domain profile), one per port/program.
    static std::string netshCommands(const std::vector<WindowsFamily>& families);
    /// `New-NetFirewallRule …` lines (domain profile), one per port/program.
    static std::string powerShellCommands(const std::vector<WindowsFamily>& families);
    /// `netsh firewall add portopening|allowedprogram …` lines for Windows XP SP2 and Server 2003
    /// SP1 (domain profile); the Remote Desktop exception becomes `netsh firewall set service
    /// type=REMOTEDESKTOP`.
    static std::string legacyNetshCommands(const std::vector<WindowsFamily>& families);

    /// @p s in double quotes for netsh; throws ra::Error if @p s contains a double quote.
    static std::string netshQuote(const std::string& s);
    /// @p s in single quotes for PowerShell, embedded single quotes doubled.
    static std::string powerShellQuote(const std::string& s);
};

} // namespace ra
