#include "core/Error.h"
#include "models/AdmxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::admx;

namespace {
const QString kAdmxDir = QStringLiteral(RA_CORPUS_DIR "/admx");
const QString kWin11Dir = QStringLiteral(RA_CORPUS_DIR "/PolicyDefinitions-win11");

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

/// The ra::Error thrown by @p fn, as "file|location|reason".
template <typename Fn>
QString errorOf(Fn fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return QString::fromStdString(e.file() + "|" + e.location() + "|" + e.reason());
    }
    return QStringLiteral("(no error)");
}
} // namespace

class TestAdmxReader : public QObject
{
    Q_OBJECT
private slots:
    void readsRemoteAssistanceAdmx()
    {
        const AdmxFile f = AdmxReader::readAdmx(kAdmxDir + QStringLiteral("/remoteassistance.admx"));
        QCOMPARE(f.revision, QStringLiteral("1.0"));
        QCOMPARE(f.schemaVersion, QStringLiteral("1.0"));
        QCOMPARE(f.targetPrefix, QStringLiteral("remoteassistance"));
        QCOMPARE(f.targetNamespace, QStringLiteral("Microsoft.Policies.RemoteAssistance"));
        QCOMPARE(f.usings, (QMap<QString, QString>{{QStringLiteral("windows"), QStringLiteral("Microsoft.Policies.Windows")}}));
        QCOMPARE(f.minRequiredRevision, QStringLiteral("1.0"));
        QCOMPARE(f.categories.size(), 1);
        QCOMPARE(f.categories[0].name, QStringLiteral("RemoteAssist"));
        QCOMPARE(f.categories[0].displayName, QStringLiteral("$(string.RemoteAssist)"));
        QCOMPARE(f.categories[0].parentCategory, QStringLiteral("windows:System"));

        QStringList names;
        for (const auto& p : f.policies)
            names << p.name;
        QCOMPARE(names, (QStringList{"RA_Logging", "RA_EncryptedTicketOnly", "RA_Optimize_Bandwidth",
                                     "RA_Options", "RA_Solicit", "RA_Unsolicit"}));

        const Policy* solicit = f.policy(QStringLiteral("RA_Solicit"));
        QVERIFY(solicit);
        QCOMPARE(solicit->policyClass, QStringLiteral("Machine"));
        QCOMPARE(solicit->displayName, QStringLiteral("$(string.RA_Solicit)"));
        QCOMPARE(solicit->explainText, QStringLiteral("$(string.RA_Solicit_Help)"));
        QCOMPARE(solicit->presentation, QStringLiteral("$(presentation.RA_Solicit)"));
        QCOMPARE(solicit->key, QStringLiteral("Software\\policies\\Microsoft\\Windows NT\\Terminal Services"));
        QCOMPARE(solicit->valueName, QStringLiteral("fAllowToGetHelp"));
        QCOMPARE(solicit->parentCategory, QStringLiteral("RemoteAssist"));
        QCOMPARE(solicit->supportedOn, QStringLiteral("windows:SUPPORTED_WindowsXP"));
        QCOMPARE(solicit->enabledValue, (Value{Value::Kind::Decimal, QStringLiteral("1")}));
        QCOMPARE(solicit->disabledValue, (Value{Value::Kind::Decimal, QStringLiteral("0")}));
        QCOMPARE(solicit->attributes.size(), 7);
        QCOMPARE(solicit->line, 83);
        QCOMPARE(solicit->elements.size(), 4);

        const Element* expiry = solicit->element(QStringLiteral("RA_Solicit_ExpireValue_Edt"));
        QVERIFY(expiry);
        QCOMPARE(expiry->type, QStringLiteral("decimal"));
        QCOMPARE(expiry->valueName, QStringLiteral("MaxTicketExpiry"));
        QCOMPARE(expiry->attributes,
                 (QMap<QString, QString>{{"id", "RA_Solicit_ExpireValue_Edt"}, {"valueName", "MaxTicketExpiry"},
                                         {"minValue", "1"}, {"maxValue", "99"}}));

        const Element* units = solicit->element(QStringLiteral("RA_Solicit_ExpireUnits_List"));
        QVERIFY(units);
        QCOMPARE(units->type, QStringLiteral("enum"));
        QCOMPARE(units->items.size(), 3);
        QCOMPARE(units->items[2].displayName, QStringLiteral("$(string.RA_Solicit_Control_Days)"));
        QCOMPARE(units->items[2].value, (Value{Value::Kind::Decimal, QStringLiteral("2")}));

        const Policy* unsolicit = f.policy(QStringLiteral("RA_Unsolicit"));
        QVERIFY(unsolicit);
        const Element* list = unsolicit->element(QStringLiteral("RA_Unsolicit_DACL_Edit"));
        QVERIFY(list);
        QCOMPARE(list->type, QStringLiteral("list"));
        QCOMPARE(list->key, QStringLiteral("Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit"));
        QCOMPARE(list->valueName, QString());
        QVERIFY(!list->hasAttribute(QStringLiteral("valuePrefix")));

        const Policy* logging = f.policy(QStringLiteral("RA_Logging"));
        QVERIFY(logging);
        QVERIFY(logging->elements.isEmpty());
        QCOMPARE(logging->presentation, QString());
    }

    void readsRemoteAssistanceAdml()
    {
        const AdmlFile f = AdmxReader::readAdml(kAdmxDir + QStringLiteral("/en-US/remoteassistance.adml"));
        QCOMPARE(f.language, QStringLiteral("en-US"));
        QCOMPARE(f.displayName, QStringLiteral("enter display name here"));
        QCOMPARE(f.description, QStringLiteral("enter description here"));
        QCOMPARE(f.strings.size(), 26);
        QCOMPARE(f.strings.value(QStringLiteral("RA_Unsolicit")), QStringLiteral("Configure Offer Remote Assistance"));
        QCOMPARE(f.resolveString(QStringLiteral("$(string.RemoteAssist)")), std::optional<QString>(QStringLiteral("Remote Assistance")));
        QCOMPARE(f.resolveString(QStringLiteral("$(string.Nope)")), std::optional<QString>());
        QCOMPARE(f.resolveString(QStringLiteral("plain")), std::optional<QString>(QStringLiteral("plain")));
        // XML-decoded, CRLF normalised
        const QString help = f.strings.value(QStringLiteral("RA_Unsolicit_Help"));
        QVERIFY(help.contains(QStringLiteral("\n\n<Domain Name>\\<User Name> or\n\n<Domain Name>\\<Group Name>\n\n")));
        QVERIFY(!help.contains(QLatin1Char('\r')));
        QVERIFY(help.endsWith(QStringLiteral("%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe\nAllow Remote Desktop Exception")));

        QCOMPARE(f.presentations.size(), 4);
        const Presentation* solicit = f.resolvePresentation(QStringLiteral("$(presentation.RA_Solicit)"));
        QVERIFY(solicit);
        QCOMPARE(solicit->controls.size(), 4);
        const PresentationControl& control = solicit->controls[0];
        QCOMPARE(control.type, QStringLiteral("dropdownList"));
        QCOMPARE(control.refId, QStringLiteral("RA_Solicit_Control_List"));
        QCOMPARE(control.label, QStringLiteral("Permit remote control of this computer:"));
        QCOMPARE(control.attribute(QStringLiteral("noSort")), QStringLiteral("true"));
        QCOMPARE(control.attribute(QStringLiteral("defaultItem")), QStringLiteral("0"));
        QCOMPARE(solicit->controls[1].type, QStringLiteral("decimalTextBox"));
        QCOMPARE(solicit->controls[1].label, QStringLiteral("Maximum ticket time (value):"));
        QCOMPARE(solicit->controls[3].attributes,
                 (QMap<QString, QString>{{"refId", "RA_Solicit_Mailto_List"}, {"defaultItem", "1"}}));

        const Presentation* options = f.resolvePresentation(QStringLiteral("$(presentation.RA_Options)"));
        QVERIFY(options);
        const PresentationControl* share = options->control(QStringLiteral("RA_Options_Share_Control_Message"));
        QVERIFY(share);
        QCOMPARE(share->type, QStringLiteral("textBox"));
        QCOMPARE(share->label, QStringLiteral("Display warning message before sharing control:"));
        QCOMPARE(share->defaultText, QString());

        const Presentation* unsolicit = f.resolvePresentation(QStringLiteral("$(presentation.RA_Unsolicit)"));
        QVERIFY(unsolicit);
        QCOMPARE(unsolicit->control(QStringLiteral("RA_Unsolicit_DACL_Edit"))->type, QStringLiteral("listBox"));
        QCOMPARE(unsolicit->control(QStringLiteral("RA_Unsolicit_DACL_Edit"))->label, QStringLiteral("Helpers:"));
    }

    void readsEveryWindows11Template()
    {
        const QDir dir(kWin11Dir);
        const QStringList admxFiles = dir.entryList({QStringLiteral("*.admx")}, QDir::Files, QDir::Name);
        const QStringList admlFiles =
            QDir(dir.filePath(QStringLiteral("en-US"))).entryList({QStringLiteral("*.adml")}, QDir::Files, QDir::Name);
        QCOMPARE(admxFiles.size(), 219);
        QCOMPARE(admlFiles.size(), 220);

        int policies = 0;
        int elements = 0;
        int unresolved = 0;
        for (const QString& name : admxFiles) {
            const QString path = dir.filePath(name);
            AdmxFile admx;
            try {
                admx = AdmxReader::readAdmx(path);
            } catch (const Error& e) {
                QFAIL(e.what());
            }
            QVERIFY2(!admx.targetPrefix.isEmpty(), qPrintable(name));
            policies += static_cast<int>(admx.policies.size());
            for (const auto& p : admx.policies)
                elements += static_cast<int>(p.elements.size());

            const QString admlPath = AdmxReader::findAdml(path, QStringLiteral("en_US"));
            QVERIFY2(!admlPath.isEmpty(), qPrintable(name));
            AdmlFile adml;
            try {
                adml = AdmxReader::readAdml(admlPath);
            } catch (const Error& e) {
                QFAIL(e.what());
            }
            // every policy's name resolves, and its presentation exists when it has one
            for (const auto& p : admx.policies) {
                if (!adml.resolveString(p.displayName))
                    ++unresolved;
                if (!p.presentation.isEmpty())
                    QVERIFY2(adml.resolvePresentation(p.presentation), qPrintable(name + QLatin1Char(' ') + p.name));
            }
        }
        for (const QString& name : admlFiles) {
            try {
                const AdmlFile adml = AdmxReader::readAdml(dir.filePath(QStringLiteral("en-US/") + name));
                QVERIFY2(!adml.strings.isEmpty(), qPrintable(name));
            } catch (const Error& e) {
                QFAIL(e.what());
            }
        }
        QCOMPARE(unresolved, 0);
        QCOMPARE(policies, 3929); // counted independently (Python ElementTree)
        QCOMPARE(elements, 2429);
    }

    void languageCandidates()
    {
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("de_AT")), (QStringList{"de-AT", "de", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("de-DE")), (QStringList{"de-DE", "de", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("fr")), (QStringList{"fr", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("en_US")), (QStringList{"en-US", "en"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("en_GB")), (QStringList{"en-GB", "en", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("de_DE.UTF-8")), (QStringList{"de-DE", "de", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("zh-Hant-TW")), (QStringList{"zh-TW", "zh", "en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QStringLiteral("C")), (QStringList{"en-US"}));
        QCOMPARE(AdmxReader::languageCandidates(QString()), (QStringList{"en-US"}));
    }

    void admlFallback()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QByteArray adml = "<policyDefinitionResources revision=\"1.0\" schemaVersion=\"1.0\"><resources>"
                                "<stringTable><string id=\"x\">x</string></stringTable></resources>"
                                "</policyDefinitionResources>";
        const QString admx = tmp.filePath(QStringLiteral("RemoteAssistance.admx"));
        writeFile(admx, "<policyDefinitions/>");
        writeFile(tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML")), adml);
        writeFile(tmp.filePath(QStringLiteral("de/RemoteAssistance.adml")), adml);
        writeFile(tmp.filePath(QStringLiteral("de-DE/RemoteAssistance.adml")), adml);
        writeFile(tmp.filePath(QStringLiteral("fr-FR/Other.adml")), adml);

        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("de_DE")), tmp.filePath(QStringLiteral("de-DE/RemoteAssistance.adml")));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("de_CH")), tmp.filePath(QStringLiteral("de/RemoteAssistance.adml")));
        // no region folder and no language folder of its own: another region of the language
        writeFile(tmp.filePath(QStringLiteral("fr-CA/RemoteAssistance.adml")), adml);
        writeFile(tmp.filePath(QStringLiteral("fr-BE/RemoteAssistance.adml")), adml);
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("fr")), tmp.filePath(QStringLiteral("fr-BE/RemoteAssistance.adml")));
        writeFile(tmp.filePath(QStringLiteral("fr-FR/RemoteAssistance.adml")), adml);
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("fr")), tmp.filePath(QStringLiteral("fr-FR/RemoteAssistance.adml")));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("fr_CH")), tmp.filePath(QStringLiteral("fr-FR/RemoteAssistance.adml")));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("fr_CA")), tmp.filePath(QStringLiteral("fr-CA/RemoteAssistance.adml")));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("fr-FR/RemoteAssistance.adml"))));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("fr-CA/RemoteAssistance.adml"))));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("fr-BE/RemoteAssistance.adml"))));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("en_US")), tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML")));
        QCOMPARE(AdmxReader::findAdml(admx, QString()), tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML")));
        // fr-FR exists but has no remoteassistance.adml: en-US (matched case-insensitively)
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("fr_FR")), tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML")));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("ja_JP")), tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML")));
        QCOMPARE(AdmxReader::readAdml(AdmxReader::findAdml(admx, QStringLiteral("de_CH"))).language, QStringLiteral("de"));

        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("EN-us/remoteassistance.ADML"))));
        QCOMPARE(AdmxReader::findAdml(admx, QStringLiteral("ja_JP")), QString());

        QCOMPARE(AdmxReader::findAdmx(tmp.path(), QStringLiteral("remoteassistance.admx")), admx);
        QCOMPARE(AdmxReader::findAdmx(tmp.path(), QStringLiteral("missing.admx")), QString());
        QCOMPARE(AdmxReader::findAdmx(tmp.filePath(QStringLiteral("nope")), QStringLiteral("x.admx")), QString());
    }

    void errorsNameFileLineAndColumn()
    {
        QCOMPARE(errorOf([] { AdmxReader::parseAdmx("<policyDefinitions>\n  <policies>\n    <policy name=\"a\"\n", "bad.admx"); }),
                 QStringLiteral("bad.admx|line 4, column 1|Premature end of document."));
        QCOMPARE(errorOf([] { AdmxReader::parseAdmx("<policyDefinitions>\n<categories></policies>\n</policyDefinitions>", "bad.admx"); }),
                 QStringLiteral("bad.admx|line 2, column 24|Opening and ending tag mismatch."));
        QCOMPARE(errorOf([] { AdmxReader::parseAdmx("<policyDefinitionResources/>", "x.admx"); }),
                 QStringLiteral("x.admx|line 1, column 1|the root element is <policyDefinitionResources>; expected <policyDefinitions>"));
        QCOMPARE(errorOf([] { AdmxReader::parseAdmx("", "empty.admx"); }),
                 QStringLiteral("empty.admx|line 1, column 1|Premature end of document."));
        QCOMPARE(errorOf([] {
                     AdmxReader::parseAdmx("<policyDefinitions><policies>\n<policy name=\"P\" class=\"Machine\"/>"
                                           "</policies></policyDefinitions>",
                                           "nokey.admx");
                 }),
                 QStringLiteral("nokey.admx|line 2, column 1|<policy> has no \"key\" attribute"));
        QCOMPARE(errorOf([] {
                     AdmxReader::parseAdmx("<?xml version=\"1.0\"?>\r\n<policyDefinitions>\r\n  <policies>\r\n"
                                           "    <policy class=\"Machine\" key=\"K\"/>\r\n</policies></policyDefinitions>",
                                           "noname.admx");
                 }),
                 QStringLiteral("noname.admx|line 4, column 5|<policy> has no \"name\" attribute"));
        QCOMPARE(errorOf([] {
                     AdmxReader::parseAdmx("<policyDefinitions><policies><policy name=\"P\" class=\"Machine\" key=\"K\">"
                                           "<enabledValue><dword value=\"1\"/></enabledValue></policy></policies></policyDefinitions>",
                                           "value.admx");
                 }),
                 QStringLiteral("value.admx|line 1, column 85|<dword> is not a registry value; expected <decimal>, "
                                "<longDecimal>, <string> or <delete>"));
        QCOMPARE(errorOf([] { AdmxReader::parseAdml("<policyDefinitionResources><resources><stringTable>"
                                                    "<string>no id</string></stringTable></resources>"
                                                    "</policyDefinitionResources>", "s.adml"); }),
                 QStringLiteral("s.adml|line 1, column 52|<string> has no \"id\" attribute"));
        QCOMPARE(errorOf([] { AdmxReader::readAdmx(QStringLiteral("/nonexistent/x.admx")); }),
                 QStringLiteral("/nonexistent/x.admx||cannot be read: No such file or directory"));
    }

    void valuesOfEveryKind()
    {
        const AdmxFile f = AdmxReader::parseAdmx(
            "<policyDefinitions><policies>"
            "<policy name=\"P\" class=\"User\" key=\"K\" valueName=\"V\">"
            "<enabledValue><string>on</string></enabledValue><disabledValue><delete/></disabledValue>"
            "<enabledList defaultKey=\"D\"><item key=\"K2\" valueName=\"A\"><value><longDecimal value=\"5000000000\"/></value></item></enabledList>"
            "<elements><boolean id=\"B\" valueName=\"b\"><trueValue><decimal value=\"1\"/></trueValue>"
            "<falseList><item valueName=\"c\"><value><delete/></value></item></falseList></boolean>"
            "<text id=\"T\" valueName=\"t\" maxLength=\"255\" required=\"true\" expandable=\"true\"/></elements>"
            "</policy></policies></policyDefinitions>",
            QStringLiteral("kinds.admx"));
        const Policy& p = f.policies.at(0);
        QCOMPARE(p.policyClass, QStringLiteral("User"));
        QCOMPARE(p.enabledValue, (Value{Value::Kind::String, QStringLiteral("on")}));
        QCOMPARE(p.disabledValue.kind, Value::Kind::Delete);
        QCOMPARE(p.enabledList.defaultKey, QStringLiteral("D"));
        QCOMPARE(p.enabledList.items.size(), 1);
        QCOMPARE(p.enabledList.items[0].key, QStringLiteral("K2"));
        QCOMPARE(p.enabledList.items[0].value, (Value{Value::Kind::LongDecimal, QStringLiteral("5000000000")}));
        const Element* b = p.element(QStringLiteral("B"));
        QVERIFY(b);
        QCOMPARE(b->trueValue, (Value{Value::Kind::Decimal, QStringLiteral("1")}));
        QCOMPARE(b->falseList.items.size(), 1);
        QCOMPARE(b->falseList.items[0].value.kind, Value::Kind::Delete);
        const Element* t = p.element(QStringLiteral("T"));
        QVERIFY(t);
        QCOMPARE(t->attribute(QStringLiteral("maxLength")), QStringLiteral("255"));
        QCOMPARE(t->attribute(QStringLiteral("expandable")), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestAdmxReader)
#include "TestAdmxReader.moc"
