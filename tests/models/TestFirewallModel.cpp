#include "ShoutingTranslator.h"
#include "models/FirewallModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

namespace {
QStringList childTexts(const FirewallModel& m, const QModelIndex& family, int column)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(family); ++r)
        out << m.index(r, column, family).data().toString();
    return out;
}
} // namespace

class TestFirewallModel : public QObject
{
    Q_OBJECT
private slots:
    void familiesAndExceptions()
    {
        FirewallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Windows version / exception"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Profile"));

        const QModelIndex vista = model.index(0, 0);
        QCOMPARE(vista.data().toString(), QStringLiteral("Windows Vista and later"));
        QCOMPARE(vista.data(FirewallModel::FamilyIdRole).toString(), QStringLiteral("vista"));
        QCOMPARE(vista.data(FirewallModel::KindRole).toInt(), int(FirewallModel::Kind::Family));
        QCOMPARE(vista.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(vista).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Domain"));
        QCOMPARE(childTexts(model, vista, 0),
                 (QStringList{"TCP 135", "%WINDIR%\\System32\\msra.exe", "%WINDIR%\\System32\\raserver.exe"}));
        QCOMPARE(childTexts(model, vista, 1), (QStringList{"Port", "Program", "Program"}));
        QCOMPARE(childTexts(model, vista, 2), (QStringList{"Domain", "Domain", "Domain"}));

        const QModelIndex xp = model.indexOf(WindowsFamily::XpSp2);
        QCOMPARE(xp.row(), 1);
        QCOMPARE(xp.data().toString(), QStringLiteral("Windows XP SP2 and Windows XP Professional x64 Edition SP1"));
        QCOMPARE(xp.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(childTexts(model, xp, 0),
                 (QStringList{"TCP 135", "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe",
                              "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe", "%WINDIR%\\System32\\Sessmgr.exe"}));

        const QModelIndex server = model.indexOf(WindowsFamily::Server2003Sp1);
        QCOMPARE(server.data().toString(), QStringLiteral("Windows Server 2003 SP1"));
        QCOMPARE(childTexts(model, server, 0),
                 (QStringList{"TCP 135", "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe",
                              "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe", "Remote Desktop exception"}));
        const QModelIndex rdp = model.index(3, 1, server);
        QCOMPARE(rdp.data().toString(), QStringLiteral("Exception"));
        QCOMPARE(rdp.data(FirewallModel::KindRole).toInt(), int(FirewallModel::Kind::OtherException));
        QCOMPARE(rdp.data(FirewallModel::FamilyRole).toInt(), int(WindowsFamily::Server2003Sp1));
        QVERIFY(!model.flags(rdp).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!rdp.data(Qt::CheckStateRole).isValid());
    }

    void textsFollowTheLanguage()
    {
        FirewallModel model;
        const QModelIndex server = model.indexOf(WindowsFamily::Server2003Sp1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        ShoutingTranslator shouting("ra::FirewallModel");
        model.retranslate();
        QCOMPARE(model.index(3, 0, server).data().toString(), QStringLiteral("REMOTE DESKTOP EXCEPTION"));
        QCOMPARE(model.index(3, 1, server).data().toString(), QStringLiteral("EXCEPTION"));
        QCOMPARE(server.data().toString(), QStringLiteral("WINDOWS SERVER 2003 SP1"));
        QCOMPARE(model.index(0, 0, server).data().toString(), QStringLiteral("TCP 135")); // data
        QCOMPARE(header.count(), 1);
        // every family row and its exceptions
        QCOMPARE(changed.count(), 2 * model.rowCount());
    }

    void checkingFeedsTheCommands()
    {
        FirewallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&model, &FirewallModel::checkedFamiliesChanged);
        QCOMPARE(model.checkedFamilies(), std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
        const QString vistaNetsh = QString::fromStdString(Firewall::netshCommands({WindowsFamily::VistaAndLater}));
        const QString vistaPs = QString::fromStdString(Firewall::powerShellCommands({WindowsFamily::VistaAndLater}));
        QCOMPARE(model.netshCommands(), QStringLiteral("REM Windows Vista and later\n") + vistaNetsh);
        QVERIFY(vistaNetsh.startsWith(QStringLiteral("netsh advfirewall firewall add rule ")));
        const QString vistaPsHeader = QStringLiteral(
            "# Windows Vista and later\n"
            "# New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later; use the netsh lines on older "
            "versions.\n");
        QCOMPARE(model.powerShellCommands(), vistaPsHeader + vistaPs);
        QVERIFY(model.anyPowerShellChecked());

        QVERIFY(model.setData(model.indexOf(WindowsFamily::Server2003Sp1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        const std::vector<WindowsFamily> both{WindowsFamily::VistaAndLater, WindowsFamily::Server2003Sp1};
        QCOMPARE(model.checkedFamilies(), both);
        // Server 2003 SP1 has neither netsh advfirewall nor a PowerShell cmdlet: netsh firewall lines
        const QString server2003Netsh = QStringLiteral(
            "REM Windows Server 2003 SP1\n"
            "netsh firewall add portopening protocol=TCP port=135 name=\"Offer Remote Assistance (TCP 135)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
            "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe\" name=\"Offer Remote Assistance (Helpsvc.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
            "netsh firewall add allowedprogram program=\"%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe\" name=\"Offer Remote Assistance (Helpctr.exe)\" mode=ENABLE scope=ALL profile=DOMAIN\n"
            "netsh firewall set service type=REMOTEDESKTOP mode=ENABLE scope=ALL profile=DOMAIN\n");
        QCOMPARE(model.netshCommands(), QStringLiteral("REM Windows Vista and later\n") + vistaNetsh + QStringLiteral("\n")
                                            + server2003Netsh);
        const QString server2003Ps = QStringLiteral(
            "# Windows Server 2003 SP1\n"
            "# No PowerShell cmdlet for firewall rules on this version; use the netsh lines.\n");
        QCOMPARE(model.powerShellCommands(), vistaPsHeader + vistaPs + QStringLiteral("\n") + server2003Ps);
        QCOMPARE(model.legacyNetshCommands(), QString::fromStdString(Firewall::legacyNetshCommands(both)));

        QVERIFY(model.setData(model.indexOf(WindowsFamily::VistaAndLater), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedFamilies(), std::vector<WindowsFamily>{WindowsFamily::Server2003Sp1});
        QVERIFY(!model.isChecked(WindowsFamily::VistaAndLater));
        QCOMPARE(model.netshCommands(), server2003Netsh);
        QCOMPARE(model.powerShellCommands(), server2003Ps);
        QVERIFY(!model.anyPowerShellChecked());
        QVERIFY(!model.netshCommands().contains(QStringLiteral("advfirewall")));
        QVERIFY(!model.powerShellCommands().contains(QStringLiteral("New-NetFirewallRule -")));

        // XP SP2 keeps its own TCP 135 line even with Vista ticked (each block runs on its own computers)
        model.setCheckedFamilies({WindowsFamily::VistaAndLater, WindowsFamily::XpSp2});
        const QString xpBlock = model.netshCommands().mid(model.netshCommands().indexOf(QStringLiteral("REM Windows XP")));
        QCOMPARE(xpBlock, QStringLiteral("REM Windows XP SP2 and Windows XP Professional x64 Edition SP1\n")
                              + QString::fromStdString(Firewall::legacyNetshCommands({WindowsFamily::XpSp2})));
        QVERIFY(xpBlock.contains(QStringLiteral("netsh firewall add portopening protocol=TCP port=135 ")));
        model.setCheckedFamilies({WindowsFamily::Server2003Sp1});
        QVERIFY(!model.setData(model.index(0, 0, model.indexOf(WindowsFamily::XpSp2)), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));

        model.setCheckedFamilies({});
        QCOMPARE(model.checkedFamilies(), std::vector<WindowsFamily>{});
        QCOMPARE(model.netshCommands(), QString());
        QCOMPARE(model.powerShellCommands(), QString());
        QCOMPARE(checked.count(), 5);
        model.setCheckedFamilies({});
        QCOMPARE(checked.count(), 5);
    }
};

QTEST_MAIN(TestFirewallModel)
#include "TestFirewallModel.moc"
