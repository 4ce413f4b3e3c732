// End-to-end tests of the real ra-policy binary: every exit code and every --from / --to.
// (Exit code 4, a failed and rolled-back registry apply, needs the Windows registry: it is tested
// under Wine by tests/windows, as is --to registry / --from registry actually writing and reading.)
#include "core/Profile.h"
#include "core/formats/RegFile.h"
#include "core/formats/RegistryPol.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QByteArray kSample =
    "Windows Registry Editor Version 5.00\r\n\r\n"
    "[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\Terminal Services]\r\n"
    "\"fAllowUnsolicited\"=dword:00000001\r\n"
    "\"fAllowUnsolicitedFullControl\"=dword:00000000\r\n"
    "\"fAllowToGetHelp\"=dword:00000000\r\n\r\n"
    "[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit]\r\n"
    "\"CONTOSO\\\\Helpdesk\"=\"CONTOSO\\\\Helpdesk\"\r\n";

const QString kTs = "HKEY_LOCAL_MACHINE\\Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
} // namespace

class TestRaPolicyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(RA_BINARY_DIR "/app/ra-policy"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    QByteArray read(const QString& name)
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write("sample.reg", kSample);
    }

    void helpReadsWellAndExitsZero()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.code, 0);
        for (const char* s : {"Usage: ra-policy [OPTIONS] SUBCOMMAND", "show", "validate", "lint", "render", "apply",
                              "import", "--from gpo-backup DIR", "--to gpo-backup DIR --name NAME",
                              "--to graph-json FILE", "Exit codes:", "4  apply failed part-way and every change was rolled back"})
            QVERIFY2(r.out.contains(QLatin1String(s)), s);
        // no line of the main help is wider than 110 columns (it stays readable in a console)
        for (const QString& line : r.out.split('\n'))
            QVERIFY2(line.size() <= 110, qPrintable(line));
        const Run a = run({"apply", "--help"});
        QCOMPARE(a.code, 0);
        QVERIFY(a.out.contains("--dry-run"));
        QVERIFY(a.out.contains("--registry-only"));
        QVERIFY(a.out.contains("Targets:"));
    }

    void versionExitsZero()
    {
        const Run r = run({"--version"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString("ra-policy " RA_VERSION "\n"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({"frobnicate"}).code, 2);
        QCOMPARE(run({"show", "--bogus"}).code, 2);
        Run r = run({"show"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("say where the configuration comes from: --profile FILE or --from KIND [PATH]"));
        r = run({"apply", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 2); // --to is required
        r = run({"apply", "--from", "reg", "sample.reg", "--to", "reg"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--to reg needs a FILE"));
        r = run({"apply", "--from", "reg", "sample.reg", "--to", "floppy", "x"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown target kind \"floppy\""));
        r = run({"show", "--from", "nowhere", "x"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown source kind \"nowhere\""));
        r = run({"show", "--from", "reg"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--from reg needs a FILE"));
        r = run({"apply", "--from", "reg", "sample.reg", "--to", "gpo-backup", "dir"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--to gpo-backup needs --name NAME"));
        r = run({"show", "--profile", "p.json", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("give either --profile FILE or --from KIND [PATH], not both"));
        r = run({"lint", "--from", "reg", "sample.reg", "--edition", "Ultimate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown edition \"Ultimate\""));
    }

    void showFromReg()
    {
        const Run r = run({"show", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString("Source: .reg file sample.reg\n\n"
                                "Customize warning messages (RA_Options): Not configured\n"
                                "Turn on session logging (RA_Logging): Not configured\n"
                                "Configure Solicited Remote Assistance (RA_Solicit): Disabled\n"
                                "Configure Offer Remote Assistance (RA_Unsolicit): Enabled\n"
                                "    Permit remote control of this computer: Allow helpers to only view the computer (0)\n"
                                "    Helpers:\n"
                                "        CONTOSO\\Helpdesk\n"));
    }

    void showFromPolAsJson()
    {
        // the DoD Windows 8 computer baseline: both kinds of Remote Assistance disabled, logging on,
        // custom warning messages, and 14 other policies' entries under the same key
        const Run r = run({"show", "--json", "--from", "pol", RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.pol"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("\"cspNode\": \"SolicitedRemoteAssistance\",\n      \"gpName\": \"RA_Solicit\",\n      "
                                "\"name\": \"Configure Solicited Remote Assistance\",\n      \"included\": true,\n      "
                                "\"state\": \"Disabled\""),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("\"state\": \"Enabled\",\n      \"options\": {\n        \"RA_Options_Share_Control_Message\": "
                               "\"You are about to allow other personnel to remotely control your system."));
        QVERIFY(r.out.contains("\"RA_Unsolicit_DACL_Edit\": []"));
    }

    void ioErrorsExitThree()
    {
        Run r = run({"show", "--from", "reg", "missing.reg"});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err, QString("ra-policy: missing.reg: cannot open for reading: No such file or directory\n"));
        write("broken.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=dword:xyz\r\n");
        r = run({"validate", "--from", "reg", "broken.reg"});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err, QString("ra-policy: broken.reg: line 4: dword: must be followed by 1 to 8 hex digits, found \"xyz\"\n"));
        write("broken.pol", "PReg\x01\x00\x00\x00[");
        r = run({"show", "--from", "pol", "broken.pol"});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith("ra-policy: broken.pol: offset "), qPrintable(r.err));
        // a target folder that does not exist
        r = run({"apply", "--from", "reg", "sample.reg", "--to", "reg", "no/such/dir/out.reg"});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("no/such/dir/out.reg"));
    }

    void validationErrorsExitOneAndWriteNothing()
    {
        write("bad.reg", kSample + "\r\n[" + kTs.toUtf8() + "]\r\n\"fAllowToGetHelp\"=dword:00000001\r\n\"MaxTicketExpiry\"=dword:000001f4\r\n");
        Run r = run({"validate", "--from", "reg", "bad.reg"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("error: RA_Solicit RA_Solicit_ExpireValue_Edt"), qPrintable(r.out));
        QVERIFY(r.out.contains("validate: 1 errors"));
        r = run({"validate", "--json", "--from", "reg", "bad.reg"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("\"ok\": false"));
        r = run({"apply", "--from", "reg", "bad.reg", "--to", "reg", "never.reg"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.startsWith("Nothing was written: the configuration has errors.\n"));
        QVERIFY(!QFile::exists(path("never.reg")));
        r = run({"validate", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 0);
    }

    void lintExitCodes()
    {
        const Run r = run({"lint", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 0); // warnings only
        QVERIFY(r.out.contains("[offer.solicit-disabled]"));
        const Run j = run({"lint", "--json", "--from", "reg", "sample.reg", "--edition", "Business", "--mdm", "--min-build", "10240"});
        QVERIFY(j.code == 0 || j.code == 1);
        QCOMPARE(j.code == 1, j.out.contains("\"severity\": \"error\""));
    }

    void lintUsesTheProfilesTarget()
    {
        // Offer RA enabled with a helper, for Vista and Server 2003 SP1, Vista's exceptions
        // confirmed as deployed; Business and an old build for MDM
        Profile p;
        p.configuration.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        p.configuration.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                                  std::vector<std::string>{"CORP\\Helpdesk"});
        DeploymentTarget t;
        t.families = {WindowsFamily::VistaAndLater, WindowsFamily::Server2003Sp1};
        t.firewallDeployed = {WindowsFamily::VistaAndLater};
        t.editions = {Edition::Business};
        t.minimumBuild = 10240;
        p.target = t;
        write("target.json", QByteArray::fromStdString(ProfileFormat::write(p)));

        Run r = run({"lint", "--profile", "target.json"});
        QCOMPARE(r.code, 0);
        // only the family not confirmed is named; the edition comes from the profile
        QVERIFY2(r.out.contains("Windows Server 2003 SP1: TCP 135"), qPrintable(r.out));
        QVERIFY(!r.out.contains("Windows Vista and later: TCP 135"));
        QVERIFY(r.out.contains("[sku.not-available]"));
        QVERIFY(!r.out.contains("[mdm.min-build]")); // not delivered through MDM
        // (Business has no footnote build: the build check needs another edition)
        r = run({"lint", "--profile", "target.json", "--mdm", "--edition", "Pro"});
        QVERIFY2(r.out.contains("[mdm.min-build]"), qPrintable(r.out));
        QVERIFY(r.out.contains("the oldest target is build 10240"));
        QVERIFY(!r.out.contains("[sku.not-available]"));
        // the command line replaces the profile's part
        r = run({"lint", "--profile", "target.json", "--mdm", "--min-build", "19045", "--edition", "Pro",
                 "--family", "vista"});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("[mdm.min-build]"));
        QVERIFY(!r.out.contains("[sku.not-available]"));
        QVERIFY2(!r.out.contains("[offer.firewall]"), qPrintable(r.out)); // Vista is confirmed
        r = run({"lint", "--profile", "target.json", "--family", "win7"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("unknown Windows family \"win7\"; expected vista, xp-sp2 or server2003-sp1"),
                 qPrintable(r.err));
        r = run({"lint", "--help"});
        QVERIFY(r.out.contains("--family FAMILY"));
        QVERIFY(r.out.contains("A profile's deployment target"));
    }

    void toRegWritesUtf16FileThatReadsBack()
    {
        Run r = run({"apply", "--from", "reg", "sample.reg", "--to", "reg", "out.reg"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.endsWith("Applied to reg out.reg.\n"));
        const QByteArray bytes = read("out.reg");
        QVERIFY(bytes.startsWith("\xFF\xFE" "W\0i\0n\0"));
        const RegFile file = RegFile::parse(Bytes(bytes.begin(), bytes.end()));
        QCOMPARE(file.keys.size(), std::size_t(3));
        QCOMPARE(file.keys[1].path, std::string(kTs.toStdString() + "\\RAUnsolicit"));
        QVERIFY(file.keys[1].remove);
        // and it is a source again, with the same effect
        const Run back = run({"show", "--from", "reg", "out.reg"});
        QCOMPARE(back.code, 0);
        const Run original = run({"show", "--from", "reg", "sample.reg"});
        QCOMPARE(back.out.left(back.out.indexOf('\n')), QString("Source: .reg file out.reg"));
        QCOMPARE(back.out.mid(back.out.indexOf('\n')), original.out.mid(original.out.indexOf('\n')));
    }

    void dryRunWritesNothing()
    {
        const Run r = run({"apply", "--dry-run", "--from", "reg", "sample.reg", "--to", "reg", "dry.reg"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("==> dry.reg <==\nWindows Registry Editor Version 5.00\r\n"));
        QVERIFY(r.out.endsWith("Dry run: nothing was written to reg dry.reg.\n"));
        QVERIFY(!QFile::exists(path("dry.reg")));
    }

    void renderPrintsWithoutWriting()
    {
        const Run r = run({"render", "--from", "reg", "sample.reg", "--to", "reg"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Windows Registry Editor Version 5.00\r\n\r\n[" + kTs + "]\r\n\"fAllowToGetHelp\"=dword:00000000\r\n"));
        QVERIFY(r.out.contains("\"CONTOSO\\\\Helpdesk\"=\"CONTOSO\\\\Helpdesk\"\r\n"));
        QVERIFY(!QFile::exists(path("ra-policy.reg")));
    }

    void registryIsWindowsOnlyHere()
    {
#ifndef _WIN32
        Run r = run({"apply", "--from", "reg", "sample.reg", "--to", "registry"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--to registry writes the Windows registry and works only in the Windows build"));
        r = run({"show", "--from", "registry"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--from registry reads the Windows registry and works only in the Windows build"));
#endif
    }

    // Every file target written by apply reads back (as a source, where the format is one) to the
    // same configuration as the source.
    void everyTargetRoundTrips_data()
    {
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("from");    // empty: not a source format
        QTest::addColumn<QString>("file");        // a file the target must have written
        QTest::addColumn<QString>("contains");    // text that file must contain
        QTest::newRow("pol") << QStringList{"pol", "rt.pol"} << QStringList{"pol", "rt.pol"} << "rt.pol" << "PReg";
        QTest::newRow("local-gpo") << QStringList{"local-gpo", "lgpo-dir"} << QStringList{"pol", "lgpo-dir/Machine/Registry.pol"}
                                   << "lgpo-dir/gpt.ini" << "gPCMachineExtensionNames=[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
        QTest::newRow("gpo-backup") << QStringList{"gpo-backup", "backups", "--name", "RA Helpdesk"}
                                    << QStringList{"gpo-backup", "backups"} << "backups/manifest.xml" << "RA Helpdesk";
        QTest::newRow("lgpo") << QStringList{"lgpo", "rt-lgpo.txt"} << QStringList{"lgpo", "rt-lgpo.txt"} << "rt-lgpo.txt"
                              << "fAllowUnsolicited";
        QTest::newRow("reg") << QStringList{"reg", "rt.reg"} << QStringList{"reg", "rt.reg"} << "rt.reg" << "";
        QTest::newRow("syncml") << QStringList{"syncml", "rt.xml"} << QStringList{} << "rt.xml"
                                << "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/UnsolicitedRemoteAssistance";
        QTest::newRow("graph-json") << QStringList{"graph-json", "rt.json", "--name", "RA for Intune"} << QStringList{}
                                    << "rt.json" << "\"displayName\": \"RA for Intune\"";
    }
    void everyTargetRoundTrips()
    {
        QFETCH(QStringList, to);
        QFETCH(QStringList, from);
        QFETCH(QString, file);
        QFETCH(QString, contains);
        QStringList args{"apply", "--from", "reg", "sample.reg", "--to"};
        args += to;
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path(file)));
        if (!contains.isEmpty())
            QVERIFY2(read(file).contains(contains.toUtf8()), read(file).left(400).constData());
        if (from.isEmpty())
            return;
        const Run back = run(QStringList{"show", "--from"} + from);
        QVERIFY2(back.code == 0, qPrintable(back.err));
        const Run original = run({"show", "--from", "reg", "sample.reg"});
        auto body = [](const QString& out) {
            // the policies, without the source line and without notes
            QString b = out.mid(out.indexOf('\n'));
            return b.left(b.indexOf("\nNotes:"));
        };
        QCOMPARE(body(back.out), body(original.out));
    }

    void profilesImportShowAndApply()
    {
        Run r = run({"import", "--from", "reg", "sample.reg", "-o", "p.json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString("Wrote profile p.json from .reg file sample.reg.\n"));
        QVERIFY(read("p.json").contains("\"schema\": \"ra-console-profile\""));
        const Run shown = run({"show", "--profile", "p.json"});
        QCOMPARE(shown.code, 0);
        const Run original = run({"show", "--from", "reg", "sample.reg"});
        QCOMPARE(shown.out.mid(shown.out.indexOf('\n')), original.out.mid(original.out.indexOf('\n')));
        // import without -o prints the profile
        r = run({"import", "--from", "reg", "sample.reg"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("\"sha256\":"));
        // apply from the profile
        r = run({"apply", "--profile", "p.json", "--to", "reg", "from-profile.reg"});
        QCOMPARE(r.code, 0);
        QCOMPARE(run({"apply", "--from", "reg", "sample.reg", "--to", "reg", "direct.reg"}).code, 0);
        QCOMPARE(read("from-profile.reg"), read("direct.reg"));
        // a profile changed by hand fails its integrity check: exit 3, naming the file
        QByteArray tampered = read("p.json");
        tampered.replace("CONTOSO\\\\Helpdesk", "CONTOSO\\\\Intruder");
        write("tampered.json", tampered);
        r = run({"show", "--profile", "tampered.json"});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith("ra-policy: tampered.json: "), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRaPolicyCli)
#include "TestRaPolicyCli.moc"
