#include "ShoutingTranslator.h"
#include "models/CatalogText.h"
#include "models/ExplainTextProvider.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
const QString kAdmxDir = QStringLiteral(RA_CORPUS_DIR "/admx");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}
} // namespace

class TestExplainTextProvider : public QObject
{
    Q_OBJECT
private slots:
    void builtInWithoutFolder()
    {
        ExplainTextProvider texts;
        QCOMPARE(texts.source(), ExplainTextProvider::Source::BuiltIn);
        QCOMPARE(texts.errorString(), QString());
        QCOMPARE(texts.admlPath(), QString());
        for (PolicyId id : kAllPolicies) {
            QCOMPARE(texts.explainText(id), QString::fromStdString(Catalog::instance().policy(id).summary));
            QCOMPARE(texts.displayName(id), QString::fromStdString(Catalog::instance().policy(id).gpEnglishName));
        }
        QCOMPARE(texts.elementLabel(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit")),
                 QStringLiteral("Helpers:"));
        QCOMPARE(texts.enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_ExpireUnits_List"), 2),
                 QStringLiteral("Days"));
        QCOMPARE(texts.categoryName(), QStringLiteral("Remote Assistance"));
#ifndef Q_OS_WIN
        QCOMPARE(ExplainTextProvider::systemAdmxFolder(), QString());
#endif
    }

    void verbatimFromAdml()
    {
        ExplainTextProvider texts;
        QSignalSpy changed(&texts, &ExplainTextProvider::changed);
        texts.setAdmxFolder(kAdmxDir, QStringLiteral("en_US"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(texts.source(), ExplainTextProvider::Source::Adml);
        QCOMPARE(texts.errorString(), QString());
        QCOMPARE(texts.admlLanguage(), QStringLiteral("en-US"));
        QCOMPARE(texts.admlPath(), QDir::cleanPath(kAdmxDir + QStringLiteral("/en-US/remoteassistance.adml")));
        QCOMPARE(texts.explainText(PolicyId::CustomizeWarningMessages),
                 QStringLiteral(
                     "This policy setting lets you customize warning messages.\n\n"
                     "The \"Display warning message before sharing control\" policy setting allows you to specify a "
                     "custom message to display before a user shares control of his or her computer.\n\n"
                     "The \"Display warning message before connecting\" policy setting allows you to specify a custom "
                     "message to display before a user allows a connection to his or her computer.\n\n"
                     "If you enable this policy setting, the warning message you specify overrides the default message "
                     "that is seen by the novice.\n\n"
                     "If you disable this policy setting, the user sees the default warning message.\n\n"
                     "If you do not configure this policy setting, the user sees the default warning message."));
        const QString offer = texts.explainText(PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(offer.startsWith(QStringLiteral("This policy setting allows you to turn on or turn off Offer "
                                                "(Unsolicited) Remote Assistance on this computer.\n\n")));
        QVERIFY(offer.contains(QStringLiteral("\n\n<Domain Name>\\<User Name> or\n\n<Domain Name>\\<Group Name>\n\n")));
        QVERIFY(offer.endsWith(QStringLiteral("Allow Remote Desktop Exception")));
        QCOMPARE(texts.displayName(PolicyId::SolicitedRemoteAssistance), QStringLiteral("Configure Solicited Remote Assistance"));
        QCOMPARE(texts.elementLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_Mailto_List")),
                 QStringLiteral("Method for sending email invitations:"));
        QCOMPARE(texts.elementLabel(PolicyId::CustomizeWarningMessages, QStringLiteral("RA_Options_Connect_Message")),
                 QStringLiteral("Display warning message before connecting:"));
        QCOMPARE(texts.enumItemLabel(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_Control_List"), 0),
                 QStringLiteral("Allow helpers to only view the computer"));
        QCOMPARE(texts.enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_Mailto_List"), 0),
                 QStringLiteral("Simple MAPI"));
        QCOMPARE(texts.enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_Mailto_List"), 7),
                 QString());
        QCOMPARE(texts.categoryName(), QStringLiteral("Remote Assistance"));

        texts.setAdmxFolder(QString());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(texts.source(), ExplainTextProvider::Source::BuiltIn);
        QCOMPARE(texts.explainText(PolicyId::SessionLogging),
                 QString::fromStdString(Catalog::instance().policy(PolicyId::SessionLogging).summary));
    }

    void languageFallback()
    {
        // a folder with en-US, de and de-DE variants of the ADML (texts marked per language)
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        writeAll(tmp.filePath(QStringLiteral("RemoteAssistance.admx")), readAll(kAdmxDir + QStringLiteral("/remoteassistance.admx")));
        const QByteArray adml = readAll(kAdmxDir + QStringLiteral("/en-US/remoteassistance.adml"));
        auto variant = [&](const QByteArray& name) {
            QByteArray copy = adml;
            copy.replace("<string id=\"RA_Logging\">Turn on session logging</string>",
                         "<string id=\"RA_Logging\">Sitzungsprotokollierung (" + name + ")</string>");
            return copy;
        };
        writeAll(tmp.filePath(QStringLiteral("en-US/RemoteAssistance.adml")), adml);
        writeAll(tmp.filePath(QStringLiteral("de/RemoteAssistance.adml")), variant("de"));
        writeAll(tmp.filePath(QStringLiteral("de-DE/RemoteAssistance.adml")), variant("de-DE"));

        ExplainTextProvider texts;
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de_DE"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("de-DE"));
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), QStringLiteral("Sitzungsprotokollierung (de-DE)"));
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de_AT"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("de"));
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), QStringLiteral("Sitzungsprotokollierung (de)"));
        // the console's language setting is just "de": Windows' folders are de-DE
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("de"));
        QVERIFY(QDir(tmp.filePath(QStringLiteral("de"))).removeRecursively());
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("de-DE"));
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de_AT"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("de-DE"));
        texts.setAdmxFolder(tmp.path(), QStringLiteral("fr_FR"));
        QCOMPARE(texts.admlLanguage(), QStringLiteral("en-US"));
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), QStringLiteral("Turn on session logging"));
        QCOMPARE(texts.locale(), QStringLiteral("fr_FR"));
    }

    void otherLanguageKeepsTheConsolesLabels()
    {
        // only en-US templates and a German console: Microsoft's English explain text, but the
        // console's own (translated) names, labels and choices
        ShoutingTranslator german("ra::CatalogText");
        ExplainTextProvider texts;
        texts.setAdmxFolder(kAdmxDir, QStringLiteral("de_DE"));
        QCOMPARE(texts.source(), ExplainTextProvider::Source::Adml);
        QCOMPARE(texts.admlLanguage(), QStringLiteral("en-US"));
        QVERIFY(!texts.labelsFromAdml());
        QVERIFY(texts.explainText(PolicyId::SessionLogging).startsWith(QStringLiteral("This policy setting allows you to turn logging on or off.")));
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), QStringLiteral("TURN ON SESSION LOGGING"));
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), CatalogText::policyName(PolicyId::SessionLogging));
        QCOMPARE(texts.elementLabel(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit")),
                 CatalogText::elementLabel(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("RA_Unsolicit_DACL_Edit")));
        QCOMPARE(texts.enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_ExpireUnits_List"), 1),
                 CatalogText::enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_ExpireUnits_List"), 1));
        QCOMPARE(texts.categoryName(), ExplainTextProvider::tr("Remote Assistance"));
        // an English console uses the en-US labels (Microsoft's), whatever region it says
        texts.setAdmxFolder(kAdmxDir, QStringLiteral("en_GB"));
        QVERIFY(texts.labelsFromAdml());
        QCOMPARE(texts.displayName(PolicyId::SessionLogging), QStringLiteral("Turn on session logging"));
    }

    void unusableFolderFallsBackToBuiltIn()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        ExplainTextProvider texts;
        texts.setAdmxFolder(tmp.path(), QStringLiteral("en_US"));
        QCOMPARE(texts.source(), ExplainTextProvider::Source::BuiltIn);
        QCOMPARE(texts.errorString(), QDir::toNativeSeparators(tmp.path()) + QStringLiteral(": remoteassistance.admx is not in this folder"));
        QCOMPARE(texts.explainText(PolicyId::SessionLogging),
                 QString::fromStdString(Catalog::instance().policy(PolicyId::SessionLogging).summary));

        writeAll(tmp.filePath(QStringLiteral("remoteassistance.admx")), readAll(kAdmxDir + QStringLiteral("/remoteassistance.admx")));
        texts.setAdmxFolder(tmp.path(), QStringLiteral("de_DE"));
        QCOMPARE(texts.source(), ExplainTextProvider::Source::BuiltIn);
        QCOMPARE(texts.errorString(), QDir::toNativeSeparators(tmp.path())
                                          + QStringLiteral(": no remoteassistance.adml in the language folders de-DE, de, en-US"));

        // a broken ADML: the error names the file, line and column
        writeAll(tmp.filePath(QStringLiteral("en-US/remoteassistance.adml")),
                 "<?xml version=\"1.0\"?>\n<policyDefinitionResources>\n  <resources>\n    <stringTable>\n"
                 "      <string id=\"RA_Logging\">Turn on</strin>\n");
        texts.setAdmxFolder(tmp.path(), QStringLiteral("en_US"));
        QCOMPARE(texts.source(), ExplainTextProvider::Source::BuiltIn);
        QCOMPARE(texts.errorString(), tmp.filePath(QStringLiteral("en-US/remoteassistance.adml"))
                                          + QStringLiteral(": line 5, column 46: Opening and ending tag mismatch."));
    }
};

QTEST_MAIN(TestExplainTextProvider)
#include "TestExplainTextProvider.moc"
