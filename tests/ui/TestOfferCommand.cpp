// Tests of "Offer Remote Assistance to…": which computers are accepted (NetBIOS name, DNS name,
// IPv4, IPv6) and why others are refused, the exact program and argument list, that the argument
// reaches the started program unchanged and alone (no shell), and the readiness panel's field.
#include "core/Error.h"
#include "ui/LanguageManager.h"
#include "ui/OfferCommand.h"
#include "ui/ReadinessPanel.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::ui;

class TestOfferCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::apply(QStringLiteral("en"));
    }

    void validComputers_data()
    {
        QTest::addColumn<QString>("computer");
        QTest::addColumn<QString>("argument");
        QTest::newRow("NetBIOS name") << QStringLiteral("PC42") << QStringLiteral("PC42");
        QTest::newRow("15 characters") << QStringLiteral("WS-ACCOUNTING01") << QStringLiteral("WS-ACCOUNTING01");
        QTest::newRow("underscore") << QStringLiteral("lab_pc7") << QStringLiteral("lab_pc7");
        QTest::newRow("trimmed") << QStringLiteral("  pc42\t") << QStringLiteral("pc42");
        QTest::newRow("DNS name") << QStringLiteral("pc42.corp.example.com") << QStringLiteral("pc42.corp.example.com");
        QTest::newRow("long DNS label") << QStringLiteral("a-very-long-host-name-beyond-fifteen.corp")
                                        << QStringLiteral("a-very-long-host-name-beyond-fifteen.corp");
        QTest::newRow("digit first") << QStringLiteral("7zip-build.corp") << QStringLiteral("7zip-build.corp");
        QTest::newRow("IPv4") << QStringLiteral("192.168.10.42") << QStringLiteral("192.168.10.42");
        QTest::newRow("IPv4 zero") << QStringLiteral("10.0.0.1") << QStringLiteral("10.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("fe80::1c2d:3e4f:5a6b:7c8d")
                              << QStringLiteral("fe80::1c2d:3e4f:5a6b:7c8d");
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QStringLiteral("::1");
    }

    void validComputers()
    {
        QFETCH(QString, computer);
        QFETCH(QString, argument);
        QCOMPARE(OfferCommand::problem(computer), QString());
        QVERIFY(OfferCommand::isValid(computer));
        QCOMPARE(OfferCommand::arguments(computer), (QStringList{QStringLiteral("/offerRA"), argument}));
        QCOMPARE(ReadinessPanel::offerArguments(computer), (QStringList{QStringLiteral("/offerRA"), argument}));
    }

    void refusedComputers_data()
    {
        QTest::addColumn<QString>("computer");
        QTest::addColumn<QString>("problem");
        const auto row = [](const char* name, const QString& computer, const QString& problem) {
            QTest::newRow(name) << computer << problem;
        };
        row("empty", QString(), QStringLiteral("Enter the name or IP address of the computer to help."));
        row("blank", QStringLiteral("   "), QStringLiteral("Enter the name or IP address of the computer to help."));
        row("leading hyphen", QStringLiteral("-expert"),
            QStringLiteral("\"-expert\" starts with \"-\"; a computer name or IP address never does."));
        row("leading slash", QStringLiteral("/offerRA"),
            QStringLiteral("\"/offerRA\" starts with \"/\"; a computer name or IP address never does."));
        row("space", QStringLiteral("pc42 /expert"),
            QStringLiteral("\"pc42 /expert\" contains a space; computer names and IP addresses have none."));
        row("tab inside", QStringLiteral("pc42\t-x"),
            QStringLiteral("\"pc42\t-x\" contains a space; computer names and IP addresses have none."));
        row("double quote", QStringLiteral("pc42\""),
            QStringLiteral("\"pc42\"\" contains a quotation mark; computer names and IP addresses have none."));
        row("single quote", QStringLiteral("o'brien-pc"),
            QStringLiteral("\"o'brien-pc\" contains a quotation mark; computer names and IP addresses have none."));
        row("ampersand", QStringLiteral("pc42&calc"),
            QStringLiteral("\"pc42&calc\" contains \"&\"; computer names have only letters, digits, hyphens and "
                           "underscores, with dots between the parts of a DNS name."));
        row("backslash", QStringLiteral("\\\\pc42"),
            QStringLiteral("\"\\\\pc42\" contains \"\\\"; computer names have only letters, digits, hyphens and "
                           "underscores, with dots between the parts of a DNS name."));
        row("non-ASCII", QStringLiteral("büro-pc"),
            QStringLiteral("\"büro-pc\" contains \"ü\"; computer names have only letters, digits, hyphens and "
                           "underscores, with dots between the parts of a DNS name."));
        row("NetBIOS too long", QStringLiteral("WORKSTATION-1234"),
            QStringLiteral("\"WORKSTATION-1234\" has 16 characters; a computer name without a domain has at most 15."));
        row("IPv4 octet", QStringLiteral("192.168.1.256"),
            QStringLiteral("\"192.168.1.256\" is neither a valid IPv4 address nor a computer name."));
        row("IPv4 three parts", QStringLiteral("10.0.1"),
            QStringLiteral("\"10.0.1\" is neither a valid IPv4 address nor a computer name."));
        row("IPv4 leading zero", QStringLiteral("10.0.0.010"),
            QStringLiteral("\"10.0.0.010\" is neither a valid IPv4 address nor a computer name."));
        row("all digits", QStringLiteral("12345"),
            QStringLiteral("\"12345\" is neither a valid IPv4 address nor a computer name."));
        row("empty label", QStringLiteral("pc42..corp"), QStringLiteral("\"pc42..corp\" has an empty part between dots."));
        row("trailing dot", QStringLiteral("pc42.corp."), QStringLiteral("\"pc42.corp.\" has an empty part between dots."));
        row("hyphen at label end", QStringLiteral("pc42-.corp"),
            QStringLiteral("\"pc42-.corp\" has a part that starts or ends with a hyphen."));
        row("hyphen at label start", QStringLiteral("pc42.-corp"),
            QStringLiteral("\"pc42.-corp\" has a part that starts or ends with a hyphen."));
        const QString longLabel = QString(64, QLatin1Char('a')) + QStringLiteral(".corp");
        row("label of 64", longLabel, QStringLiteral("\"%1\" has a part longer than 63 characters.").arg(longLabel));
        QString longName;
        while (longName.size() < 254)
            longName += QStringLiteral("abcdefghi.");
        longName += QStringLiteral("corp");
        row("name of 264", longName,
            QStringLiteral("\"%1\" has %2 characters; a DNS name has at most 253.").arg(longName).arg(longName.size()));
        row("IPv6 zone", QStringLiteral("fe80::1%eth0"), QStringLiteral("\"fe80::1%eth0\" is not a valid IPv6 address."));
        row("IPv6 bracketed", QStringLiteral("[::1]"), QStringLiteral("\"[::1]\" is not a valid IPv6 address."));
        row("host and port", QStringLiteral("pc42:3389"), QStringLiteral("\"pc42:3389\" is not a valid IPv6 address."));
    }

    void refusedComputers()
    {
        QFETCH(QString, computer);
        QFETCH(QString, problem);
        QCOMPARE(OfferCommand::problem(computer), problem);
        QVERIFY(!OfferCommand::isValid(computer));
        try {
            OfferCommand::arguments(computer);
            QFAIL("arguments() accepted an invalid computer");
        } catch (const ra::Error& e) {
            QCOMPARE(QString::fromStdString(e.reason()), problem);
        }
        QString error;
        QVERIFY(!OfferCommand::startDetached(computer, QStringLiteral("/bin/true"), &error));
        QCOMPARE(error, problem);
    }

    void programInSystem32()
    {
        QCOMPARE(OfferCommand::program(QStringLiteral("C:\\Windows")), QStringLiteral("C:\\Windows\\System32\\msra.exe"));
        QCOMPARE(OfferCommand::program(QStringLiteral("D:/WINNT/")), QStringLiteral("D:\\WINNT\\System32\\msra.exe"));
        const QByteArray saved = qgetenv("WINDIR");
        const bool had = qEnvironmentVariableIsSet("WINDIR");
        qputenv("WINDIR", "E:\\Win");
        QCOMPARE(OfferCommand::program(), QStringLiteral("E:\\Win\\System32\\msra.exe"));
        qunsetenv("WINDIR");
        QCOMPARE(OfferCommand::program(), QStringLiteral("C:\\Windows\\System32\\msra.exe"));
        if (had)
            qputenv("WINDIR", saved);
#ifdef Q_OS_WIN
        QVERIFY(OfferCommand::isSupportedPlatform());
#else
        QVERIFY(!OfferCommand::isSupportedPlatform());
#endif
    }

    void startedProgramGetsExactlyTheArguments()
    {
        // A stand-in for msra.exe (which does not run here) that writes each argument it receives
        // on a line of its own: the computer arrives as one argument, as typed, with no shell between.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("args.txt"));
        const QString program = dir.filePath(QStringLiteral("msra-stand-in"));
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '%1.tmp' && mv '%1.tmp' '%1'\n")
                         .arg(out)
                         .toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QString error;
        QVERIFY2(OfferCommand::startDetached(QStringLiteral(" pc42.corp.example.com "), program, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("2\n/offerRA\npc42.corp.example.com\n"));

        // A program that does not exist: false, with the reason.
        QVERIFY(!OfferCommand::startDetached(QStringLiteral("pc42"), dir.filePath(QStringLiteral("missing.exe")), &error));
        QVERIFY(!error.isEmpty());
    }

    void readinessFieldExplainsAsYouType()
    {
        ReadinessPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString platformNote = OfferCommand::isSupportedPlatform()
            ? QStringLiteral("Starts msra.exe /offerRA with the computer entered.")
            : QStringLiteral("Offering help starts msra.exe /offerRA and needs Windows; this computer does not run "
                             "Windows.");
        QCOMPARE(panel.offerNoteLabel()->text(), platformNote);
        QVERIFY(!panel.offerButton()->isEnabled());

        QLineEdit* edit = panel.computerEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("pc42 -x"));
        QCOMPARE(panel.offerNoteLabel()->text(),
                 QStringLiteral("\"pc42 -x\" contains a space; computer names and IP addresses have none."));
        QVERIFY(!panel.offerButton()->isEnabled());
        // Return in the field tries to offer: refused with the reason, nothing started.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(panel.offerNoteLabel()->text(),
                 QStringLiteral("\"pc42 -x\" contains a space; computer names and IP addresses have none."));

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("pc42.corp.example.com"));
        QCOMPARE(panel.offerNoteLabel()->text(), platformNote);
        QCOMPARE(panel.offerButton()->isEnabled(), OfferCommand::isSupportedPlatform());
        if (!OfferCommand::isSupportedPlatform()) {
            QVERIFY(!panel.offerRemoteAssistance());
            QCOMPARE(panel.offerNoteLabel()->text(), platformNote);
        }

        // German
        LanguageManager::apply(QStringLiteral("de"));
        QCoreApplication::processEvents();
        edit->setText(QStringLiteral("-x"));
        QCOMPARE(panel.offerNoteLabel()->text(),
                 QStringLiteral("„-x“ beginnt mit „-“; so beginnt kein Computername und keine IP-Adresse."));
        LanguageManager::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestOfferCommand)
#include "TestOfferCommand.moc"
