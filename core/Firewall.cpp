#include "Firewall.h"

#include "Error.h"
#include "TextCodec.h"

#include <algorithm>

namespace ra {

namespace {
// The exceptions the "Configure Offer Remote Assistance" explain text lists per Windows family
// (remoteassistance.adml RA_Unsolicit_Explain; the Policy CSP "RemoteAssistance" page repeats
// it; ../shared/corpus/FINDINGS.md §6). All of them belong to the domain profile.
std::vector<FirewallRequirement> makeRequirements()
{
    const FirewallPort dcom{"TCP", 135};
    const std::string helpSvc = "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe";
    const std::string helpCtr = "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe";
    std::vector<FirewallRequirement> out;
    out.push_back({WindowsFamily::VistaAndLater, "vista", "Windows Vista and later", {dcom},
                   {"%WINDIR%\\System32\\msra.exe", "%WINDIR%\\System32\\raserver.exe"}, {}, "Domain"});
    out.push_back({WindowsFamily::XpSp2, "xp-sp2",
                   "Windows XP SP2 and Windows XP Professional x64 Edition SP1", {dcom},
                   {helpSvc, helpCtr, "%WINDIR%\\System32\\Sessmgr.exe"}, {}, "Domain"});
    out.push_back({WindowsFamily::Server2003Sp1, "server2003-sp1", "Windows Server 2003 SP1", {dcom},
                   {helpSvc, helpCtr}, {"Remote Desktop"}, "Domain"});
    return out;
}

constexpr unsigned kRemoteDesktopPort = 3389; // the port the Remote Desktop exception opens

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isRemoteDesktop(const FirewallRule& r)
{
    return r.protocol == "TCP" && r.port == kRemoteDesktopPort;
}
} // namespace

const std::vector<FirewallRequirement>& Firewall::requirements()
{
    static const std::vector<FirewallRequirement> all = makeRequirements();
    return all;
}

const FirewallRequirement& Firewall::requirement(WindowsFamily family)
{
    for (const auto& r : requirements())
        if (r.family == family)
            return r;
    throw Error("firewall.family", {}, "unknown Windows family");
}

std::optional<WindowsFamily> Firewall::familyFromId(std::string_view id)
{
    for (const auto& r : requirements())
        if (r.id == id)
            return r.family;
    return std::nullopt;
}

bool Firewall::hasAdvancedFirewall(WindowsFamily family)
{
    return family == WindowsFamily::VistaAndLater;
}

bool Firewall::hasPowerShell(WindowsFamily family)
{
    return family == WindowsFamily::VistaAndLater;
}

std::string Firewall::netshCommandsFor(WindowsFamily family)
{
    return hasAdvancedFirewall(family) ? netshCommands({family}) : legacyNetshCommands({family});
}

std::vector<FirewallRule> Firewall::rules(const std::vector<WindowsFamily>& families)
{
    std::vector<FirewallRule> out;
    auto add = [&](FirewallRule rule) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const FirewallRule& r) {
            return r.protocol == rule.protocol && r.port == rule.port && text::iequals(r.program, rule.program);
        });
        if (!seen)
            out.push_back(std::move(rule));
    };
    for (WindowsFamily family : families) {
        const FirewallRequirement& req = requirement(family);
        for (const FirewallPort& port : req.ports)
            add({"Offer Remote Assistance (" + port.protocol + " " + std::to_string(port.number) + ")",
                 port.protocol, port.number, {}});
        for (const std::string& program : req.programs)
            add({"Offer Remote Assistance (" + fileName(program) + ")", {}, 0, program});
        for (const std::string& other : req.otherExceptions)
            if (other == "Remote Desktop")
                add({"Offer Remote Assistance (Remote Desktop, TCP 3389)", "TCP", kRemoteDesktopPort, {}});
    }
    return out;
}

std::string Firewall::netshQuote(const std::string& s)
{
    // netsh has no escape for a double quote inside a quoted argument; Windows forbids '"' in
    // file names, so none of our names or paths can contain one.
    if (s.find('"') != std::string::npos)
        throw Error("firewall.quote", {s}, "a firewall rule name or path cannot contain a double quote: " + s);
    return "\"" + s + "\"";
}

std::string Firewall::powerShellQuote(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

// netsh advfirewall firewall add rule name=<name> dir=in action=allow profile=domain
//   protocol=TCP localport=<port> | program=<path>   (Vista / Server 2008 and later)
std::string Firewall::netshCommands(const std::vector<WindowsFamily>& families)
{
    std::string out;
    for (const FirewallRule& r : rules(families)) {
        out += "netsh advfirewall firewall add rule name=" + netshQuote(r.name)
            + " dir=in action=allow profile=domain";
        if (r.program.empty())
            out += " protocol=" + r.protocol + " localport=" + std::to_string(r.port);
        else
            out += " program=" + netshQuote(r.program);
        out += "\n";
    }
    return out;
}

// New-NetFirewallRule -DisplayName <name> -Direction Inbound -Profile Domain -Action Allow
//   -Protocol TCP -LocalPort <port> | -Program <path>   (Windows 8 / Server 2012 and later)
std::string Firewall::powerShellCommands(const std::vector<WindowsFamily>& families)
{
    std::string out;
    for (const FirewallRule& r : rules(families)) {
        out += "New-NetFirewallRule -DisplayName " + powerShellQuote(r.name)
            + " -Direction Inbound -Profile Domain -Action Allow";
        if (r.program.empty())
            out += " -Protocol " + r.protocol + " -LocalPort " + std::to_string(r.port);
        else
            out += " -Program " + powerShellQuote(r.program);
        out += "\n";
    }
    return out;
}

// Windows XP SP2 / Server 2003 SP1 "netsh firewall" context:
//   add portopening protocol=TCP port=<n> name=<name> mode=ENABLE scope=ALL profile=DOMAIN
//   add allowedprogram program=<path> name=<name> mode=ENABLE scope=ALL profile=DOMAIN
//   set service type=REMOTEDESKTOP mode=ENABLE scope=ALL profile=DOMAIN
std::string Firewall::legacyNetshCommands(const std::vector<WindowsFamily>& families)
{
    std::string out;
    for (const FirewallRule& r : rules(families)) {
        if (isRemoteDesktop(r))
            out += "netsh firewall set service type=REMOTEDESKTOP mode=ENABLE scope=ALL profile=DOMAIN";
        else if (r.program.empty())
            out += "netsh firewall add portopening protocol=" + r.protocol + " port=" + std::to_string(r.port)
                + " name=" + netshQuote(r.name) + " mode=ENABLE scope=ALL profile=DOMAIN";
        else
            out += "netsh firewall add allowedprogram program=" + netshQuote(r.program)
                + " name=" + netshQuote(r.name) + " mode=ENABLE scope=ALL profile=DOMAIN";
        out += "\n";
    }
    return out;
}

} // namespace ra
