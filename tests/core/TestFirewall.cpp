#include "core/Error.h"
#include "core/Firewall.h"

#include <QTest>

using namespace ra;

class TestFirewall : public QObject
{
    Q_OBJECT
private slots:
    void requirementsAsInExplainText()
    {
        const auto& all = Firewall::requirements();
        QCOMPARE(all.size(), std::size_t(3));

        const auto& vista = Firewall::requirement(WindowsFamily::VistaAndLater);
        QCOMPARE(vista.id, std::string("vista"));
        QCOMPARE(vista.profile, std::string("Domain"));
        QCOMPARE(vista.ports.size(), std::size_t(1));
        QCOMPARE(vista.ports[0].protocol, std::string("TCP"));
        QCOMPARE(vista.ports[0].number, 135u);
        QCOMPARE(vista.programs, (std::vector<std::string>{"%WINDIR%\\System32\\msra.exe",
                                                           "%WINDIR%\\System32\\raserver.exe"}));
        QVERIFY(vista.otherExceptions.empty());

        const auto& xp = Firewall::requirement(WindowsFamily::XpSp2);
        QCOMPARE(xp.id, std::string("xp-sp2"));
        QCOMPARE(xp.ports[0].number, 135u);
        QCOMPARE(xp.programs, (std::vector<std::string>{"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe",
                                                        "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe",
                                                        "%WINDIR%\\System32\\Sessmgr.exe"}));

        const auto& srv = Firewall::requirement(WindowsFamily::Server2003Sp1);
        QCOMPARE(srv.id, std::string("server2003-sp1"));
        QCOMPARE(srv.ports[0].number, 135u);
        QCOMPARE(srv.programs, (std::vector<std::string>{"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe",
                                                         "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe"}));
        QCOMPARE(srv.otherExceptions, std::vector<std::string>{"Remote Desktop"});
    }

    void netshVista()
    {
        QCOMPARE(Firewall::netshCommands({WindowsFamily::VistaAndLater}),
                 std::string(
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (TCP 135)\" dir=in action=allow profile=domain protocol=TCP localport=135\n"
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (msra.exe)\" dir=in action=allow profile=domain program=\"%WINDIR%\\System32\\msra.exe\"\n"
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (raserver.exe)\" dir=in action=allow profile=domain program=\"%WINDIR%\\System32\\raserver.exe\"\n"));
    }

    void powerShellVista()
    {
        QCOMPARE(Firewall::powerShellCommands({WindowsFamily::VistaAndLater}),
                 std::string(
                     "New-NetFirewallRule -DisplayName 'Offer Remote Assistance (TCP 135)' -Direction Inbound -Profile Domain -Action Allow -Protocol TCP -LocalPort 135\n"
                     "New-NetFirewallRule -DisplayName 'Offer Remote Assistance (msra.exe)' -Direction Inbound -Profile Domain -Action Allow -Program '%WINDIR%\\System32\\msra.exe'\n"
                     "New-NetFirewallRule -DisplayName 'Offer Remote Assistance (raserver.exe)' -Direction Inbound -Profile Domain -Action Allow -Program '%WINDIR%\\System32\\raserver.exe'\n"));
    }

    void sharedExceptionsOnlyOnce()
    {
        // XP SP2 then Server 2003 SP1: TCP 135, Helpsvc and Helpctr are shared; the Remote
        // Desktop exception becomes TCP 3389
        const auto rules = Firewall::rules({WindowsFamily::XpSp2, WindowsFamily::Server2003Sp1});
        QCOMPARE(rules.size(), std::size_t(5));
        QCOMPARE(rules[0], (FirewallRule{"Offer Remote Assistance (TCP 135)", "TCP", 135, {}}));
        QCOMPARE(rules[1].name, std::string("Offer Remote Assistance (Helpsvc.exe)"));
        QCOMPARE(rules[3].program, std::string("%WINDIR%\\System32\\Sessmgr.exe"));
        QCOMPARE(rules[4], (FirewallRule{"Offer Remote Assistance (Remote Desktop, TCP 3389)", "TCP", 3389, {}}));
        QCOMPARE(Firewall::rules({WindowsFamily::VistaAndLater, WindowsFamily::VistaAndLater}).size(),
                 std::size_t(3));
    }

    void netshServer2003()
    {
        QCOMPARE(Firewall::netshCommands({WindowsFamily::Server2003Sp1}),
                 std::string(
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (TCP 135)\" dir=in action=allow profile=domain protocol=TCP localport=135\n"
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (Helpsvc.exe)\" dir=in action=allow profile=domain program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe\"\n"
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (Helpctr.exe)\" dir=in action=allow profile=domain program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe\"\n"
                     "netsh advfirewall firewall add rule name=\"Offer Remote Assistance (Remote Desktop, TCP 3389)\" dir=in action=allow profile=domain protocol=TCP localport=3389\n"));
    }

    void legacyNetshXpAndServer2003()
    {
        QCOMPARE(Firewall::legacyNetshCommands({WindowsFamily::XpSp2, WindowsFamily::Server2003Sp1}),
                 std::string(
                     "netsh firewall add portopening protocol=TCP port=135 name=\"Offer Remote Assistance (TCP 135)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe\" name=\"Offer Remote Assistance (Helpsvc.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe\" name=\"Offer Remote Assistance (Helpctr.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall add allowedprogram program=\"%WINDIR%\\System32\\Sessmgr.exe\" name=\"Offer Remote Assistance (Sessmgr.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall set service type=REMOTEDESKTOP mode=ENABLE scope=ALL profile=DOMAIN\n"));
    }

    void eachFamilyGetsItsOwnContext()
    {
        // netsh advfirewall and New-NetFirewallRule only exist from Vista / Windows 8 on
        QVERIFY(Firewall::hasAdvancedFirewall(WindowsFamily::VistaAndLater));
        QVERIFY(!Firewall::hasAdvancedFirewall(WindowsFamily::XpSp2));
        QVERIFY(!Firewall::hasAdvancedFirewall(WindowsFamily::Server2003Sp1));
        QVERIFY(Firewall::hasPowerShell(WindowsFamily::VistaAndLater));
        QVERIFY(!Firewall::hasPowerShell(WindowsFamily::XpSp2));
        QVERIFY(!Firewall::hasPowerShell(WindowsFamily::Server2003Sp1));
        QCOMPARE(Firewall::netshCommandsFor(WindowsFamily::VistaAndLater),
                 Firewall::netshCommands({WindowsFamily::VistaAndLater}));
        QCOMPARE(Firewall::netshCommandsFor(WindowsFamily::Server2003Sp1),
                 std::string(
                     "netsh firewall add portopening protocol=TCP port=135 name=\"Offer Remote Assistance (TCP 135)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe\" name=\"Offer Remote Assistance (Helpsvc.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe\" name=\"Offer Remote Assistance (Helpctr.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
                     "netsh firewall set service type=REMOTEDESKTOP mode=ENABLE scope=ALL profile=DOMAIN\n"));
        QCOMPARE(Firewall::netshCommandsFor(WindowsFamily::XpSp2),
                 Firewall::legacyNetshCommands({WindowsFamily::XpSp2}));
        QVERIFY(Firewall::netshCommandsFor(WindowsFamily::XpSp2).find("advfirewall") == std::string::npos);
    }

    void familyIds()
    {
        QCOMPARE(Firewall::familyFromId("vista"), std::optional(WindowsFamily::VistaAndLater));
        QCOMPARE(Firewall::familyFromId("xp-sp2"), std::optional(WindowsFamily::XpSp2));
        QCOMPARE(Firewall::familyFromId("server2003-sp1"), std::optional(WindowsFamily::Server2003Sp1));
        QCOMPARE(Firewall::familyFromId("Vista"), std::optional<WindowsFamily>());
        QCOMPARE(Firewall::familyFromId(""), std::optional<WindowsFamily>());
    }

    void noFamilyNoLines()
    {
        QCOMPARE(Firewall::netshCommands({}), std::string());
        QCOMPARE(Firewall::powerShellCommands({}), std::string());
    }

    void quoting()
    {
        QCOMPARE(Firewall::netshQuote("C:\\Program Files\\x.exe"), std::string("\"C:\\Program Files\\x.exe\""));
        QCOMPARE(Firewall::powerShellQuote("C:\\O'Brien's $env:x\\a.exe"),
                 std::string("'C:\\O''Brien''s $env:x\\a.exe'"));
        try {
            Firewall::netshQuote("a\"b");
            QFAIL("a double quote was accepted");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("a firewall rule name or path cannot contain a double quote: a\"b"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFirewall)
#include "TestFirewall.moc"
