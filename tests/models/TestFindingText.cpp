#include "core/Linter.h"
#include "core/Validator.h"
#include "models/FindingText.h"
#include "models/FindingsModel.h"
#include "models/HelperListModel.h"
#include "models/PolicyDocument.h"
#include "ui/LanguageManager.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace ra;

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;
const std::string kHelpers = "RA_Unsolicit_DACL_Edit";

/// Helper entries that produce every helper.* code and every wording of it.
std::vector<std::string> badHelpers()
{
    return {
        "",                               // helper.empty
        " \t ",                           // helper.blank
        std::string("CORP\\\xFF"),        // helper.invalid-utf8
        " CORP\\a1",                      // helper.whitespace: start, space
        "CORP\\a2 ",                      // end, space
        " CORP\\a3\t",                    // both, space
        "\u00A0CORP\\a4",                 // start, invisible
        "CORP\\a5\u200B",                 // end, invisible
        "\uFEFFCORP\\a6\u3000",           // both, invisible
        "S-1-5-32-544",                   // helper.sid
        "alice@corp.example",             // helper.upn
        "helpdesk",                       // helper.no-backslash
        "CORP\\\\bob",                    // helper.double-backslash
        "\\carol",                        // helper.domain-empty
        "CORP\\",                         // helper.name-empty
        "corp.example.com\\Helpdesk",     // helper.dns-domain
        "ABCDEFGHIJKLMNOP\\dave",         // helper.netbios-too-long
        "ev*e",                           // helper.forbidden-char: no backslash, characters
        "ev\x01" "e",                     // no backslash, a control character
        "e*v?\x02" "e",                   // no backslash, both
        "CO:RP\\x1",                      // domain, characters
        "CO\x01RP\\x2",                   // domain, a control character
        "C:O*R\x03P\\x3",                 // domain, both
        "CORP\\e<f>g|",                   // name, characters
        "CORP\\g\x04h",                   // name, a control character
        "CORP\\g*h\x05",                  // name, both
        "CORP\\frank.",                   // helper.trailing-period
        "CORP\\Grace",
        "corp\\GRACE",                    // helper.duplicate
    };
}

/// Findings of every code core produces, in every wording: the real Validator and Linter over
/// configurations and targets made to trigger them.
std::vector<Finding> everyFinding()
{
    std::vector<Finding> out;
    auto add = [&](const std::vector<Finding>& findings) { out.insert(out.end(), findings.begin(), findings.end()); };

    add(Validator::validateHelpers(badHelpers()));

    // options of enabled policies
    Configuration c;
    c.setState(kOptions, PolicyState::Enabled);
    c.setOption(kOptions, "RA_Options_Share_Control_Message", "Before sharing: " + std::string(1010, 'y')); // too long
    c.setOption(kOptions, "RA_Options_Connect_Message", std::string("Hello \xFF")); // not UTF-8
    c.setState(kSolicit, PolicyState::Enabled);
    c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(120));
    c.setOption(kSolicit, "RA_Solicit_ExpireUnits_List", std::uint32_t(7));
    c.setState(kOffer, PolicyState::Enabled);
    c.setOption(kOffer, "RA_Unsolicit_Control_List", std::uint32_t(5));
    add(Validator::validate(c));
    Configuration nul;
    nul.setState(kOptions, PolicyState::Enabled);
    nul.setOption(kOptions, "RA_Options_Connect_Message", std::string("Stop\tnow\0later", 14));
    add(Validator::validate(nul));

    // problems of policies that are not Enabled: downgraded, with a note per state
    Configuration inactive;
    inactive.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(0));
    inactive.setState(kOffer, PolicyState::Disabled);
    inactive.setOption(kOffer, kHelpers, std::vector<std::string>{"alice"});
    add(Validator::validate(inactive));

    // lint: Offer RA without helpers, Solicited RA disabled, every Windows family
    Configuration offer;
    offer.setState(kOffer, PolicyState::Enabled);
    offer.setState(kSolicit, PolicyState::Disabled);
    Linter::Target families;
    families.families = {WindowsFamily::VistaAndLater, WindowsFamily::XpSp2, WindowsFamily::Server2003Sp1};
    add(Linter::lint(offer, families));
    add(Linter::lint(offer)); // the default family

    // Solicited RA with the Mailto method, empty warning messages, one policy on Business
    Configuration solicit;
    solicit.setState(kSolicit, PolicyState::Enabled);
    solicit.setOption(kSolicit, "RA_Solicit_Mailto_List", std::uint32_t(1));
    solicit.setState(kOptions, PolicyState::Enabled);
    Linter::Target business;
    business.editions = {Edition::Business};
    add(Linter::lint(solicit, business));

    // several policies on Business and Mobile, MDM to an old build
    Configuration all;
    for (PolicyId id : kAllPolicies)
        all.setState(id, PolicyState::Disabled);
    Linter::Target mdm;
    mdm.editions = {Edition::Business, Edition::Mobile};
    mdm.mdm = true;
    mdm.minimumBuild = 10240;
    add(Linter::lint(all, mdm));
    Configuration one;
    one.setState(kOffer, PolicyState::Disabled);
    add(Linter::lint(one, business));
    return out;
}

std::set<QString> producedCodes(const std::vector<Finding>& findings)
{
    std::set<QString> out;
    for (const Finding& f : findings)
        out.insert(QString::fromStdString(f.code));
    return out;
}

/// Every code literal in core's Validator and Linter sources ("helper.upn", "offer.firewall").
std::set<QString> codesInCoreSources()
{
    std::set<QString> out;
    static const QRegularExpression literal(QStringLiteral("\"([a-z]+\\.[a-z0-9-]+)\""));
    for (const char* file : {"/core/Validator.cpp", "/core/Linter.cpp"}) {
        QFile f(QStringLiteral(RA_SOURCE_DIR) + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(f.readAll());
        for (const auto& m : literal.globalMatch(text))
            out.insert(m.captured(1));
    }
    return out;
}

QString describe(const Finding& f)
{
    return QStringLiteral("%1 [%2]").arg(QString::fromStdString(f.code), QString::fromStdString(f.message));
}

const Finding* byCode(const std::vector<Finding>& findings, const std::string& code)
{
    for (const Finding& f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}
} // namespace

class TestFindingText : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // a template whose translation lacks a %n makes QString::arg warn
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void cleanup() { ui::LanguageManager::apply(QStringLiteral("en")); }

    void everyCoreCodeHasTemplates()
    {
        const std::set<QString> inSources = codesInCoreSources();
        QCOMPARE(inSources.size(), std::size_t(29));
        const QStringList known = FindingText::knownCodes();
        QCOMPARE(std::set<QString>(known.begin(), known.end()), inSources);
        // and every code is produced below, so its English oracle is checked
        QCOMPARE(producedCodes(everyFinding()), inSources);
    }

    void englishEqualsCoreByteForByte()
    {
        const std::vector<Finding> findings = everyFinding();
        QVERIFY(findings.size() > 40);
        for (const Finding& f : findings) {
            QVERIFY2(FindingText::isTranslatable(f), qPrintable(describe(f)));
            QCOMPARE(FindingText::message(f).toUtf8(), QByteArray::fromStdString(f.message));
            QCOMPARE(FindingText::hint(f).toUtf8(), QByteArray::fromStdString(f.hint));
        }
        // each wording of the codes with several is among them
        std::set<std::string> wordings;
        for (const Finding& f : findings)
            if (f.code == "helper.whitespace" || f.code == "helper.forbidden-char")
                wordings.insert(f.code + " " + f.args[2] + " " + f.args[f.code == "helper.whitespace" ? 3 : 4]
                                + (f.code == "helper.forbidden-char" && !f.args[3].empty() ? " chars" : ""));
        QCOMPARE(wordings.size(), std::size_t(6 + 9));
        std::set<PolicyState> notes;
        for (const Finding& f : findings)
            if (f.inactiveState)
                notes.insert(*f.inactiveState);
        QCOMPARE(notes, (std::set<PolicyState>{PolicyState::NotConfigured, PolicyState::Disabled}));
    }

    void unknownCodeOrArgumentsKeepEnglish()
    {
        Finding f;
        f.code = "future.rule";
        f.message = "A rule this console does not know.";
        f.hint = "Update the console.";
        QVERIFY(!FindingText::isTranslatable(f));
        QCOMPARE(FindingText::message(f), QStringLiteral("A rule this console does not know."));
        QCOMPARE(FindingText::hint(f), QStringLiteral("Update the console."));

        Finding upn = Validator::validateHelper("bob@corp.example", 0).at(0);
        upn.args.pop_back();
        QVERIFY(!FindingText::isTranslatable(upn));
        QCOMPARE(FindingText::message(upn), QString::fromStdString(upn.message));

        Finding ws = Validator::validateHelper(" CORP\\bob", 0).at(0);
        ws.args[2] = "middle";
        QVERIFY(!FindingText::isTranslatable(ws));
        QCOMPARE(FindingText::message(ws), QString::fromStdString(ws.message));

        Finding fw = *byCode(Linter::lint(everyFindingOfferConfiguration()), "offer.firewall");
        fw.args = {"windows-95"};
        QVERIFY(!FindingText::isTranslatable(fw));
        QCOMPARE(FindingText::hint(fw), QString::fromStdString(fw.hint));

        // arguments are inserted once: a "%1" typed into an entry stays as typed
        const Finding percent = Validator::validateHelper("%1%2@corp.example", 0).at(0);
        QCOMPARE(FindingText::message(percent), QString::fromStdString(percent.message));
    }

    void german()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        const Finding upn = Validator::validateHelper("alice@corp.example", 1).at(0);
        QCOMPARE(FindingText::message(upn),
                 QStringLiteral("Helfereintrag 2 („alice@corp.example“) ist ein Benutzerprinzipalname "
                                "(Benutzer@Domäne); schreiben Sie ihn als DOMÄNE\\Name, zum Beispiel CORP\\alice."));

        Configuration c;
        c.setState(kOptions, PolicyState::Enabled);
        c.setOption(kOptions, "RA_Options_Share_Control_Message", "Before sharing: " + std::string(1010, 'y'));
        const Finding tooLong = Validator::validate(c).at(0);
        QCOMPARE(FindingText::message(tooLong),
                 QStringLiteral("„Vor dem Freigeben der Steuerung anzuzeigende Warnmeldung“ in „Warnmeldungen "
                                "anpassen“ („Before sharing: yyyyyyyyyyyyyyyyyyyyyyyy…“) hat 1026 Zeichen; zulässig "
                                "sind höchstens 1023."));

        const Finding forbidden = Validator::validateHelper("CORP\\a<b>c|", 0).at(0);
        QCOMPARE(FindingText::message(forbidden),
                 QStringLiteral("Helfereintrag 1 („CORP\\a<b>c|“) enthält <, > und | im Namen, was Windows in "
                                "Benutzer- und Gruppennamen nicht zulässt."));

        Configuration inactive;
        inactive.setState(kOffer, PolicyState::Disabled);
        inactive.setOption(kOffer, kHelpers, std::vector<std::string>{" CORP\\alice"});
        QCOMPARE(FindingText::message(Validator::validate(inactive).at(0)),
                 QStringLiteral("Helfereintrag 1 („ CORP\\alice“) beginnt mit einem Leerzeichen; entfernen Sie es, "
                                "kein Kontoname beginnt mit einem Leerzeichen. (Wird nicht geschrieben, solange die "
                                "Richtlinie deaktiviert ist.)"));

        const Finding sku = *byCode(Linter::lint(everyFindingOfferConfiguration(), businessTarget()),
                                    "sku.not-available");
        QCOMPARE(FindingText::message(sku),
                 QStringLiteral("Laut der Policy-CSP-Dokumentation wird „Remoteunterstützung anbieten konfigurieren“ "
                                "in der Edition Business nicht unterstützt; Computer mit dieser Edition ignorieren die "
                                "Richtlinie möglicherweise."));
        QCOMPARE(FindingText::hint(sku),
                 QStringLiteral("Prüfen Sie die Richtlinie auf einem Computer mit Business, bevor Sie sich darauf "
                                "verlassen, oder entfernen Sie Business aus den Ziel-Editionen."));
        everyFindingIsTranslated();
    }

    void french()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        const Finding upn = Validator::validateHelper("alice@corp.example", 1).at(0);
        QCOMPARE(FindingText::message(upn),
                 QStringLiteral("L'entrée d'assistant 2 (« alice@corp.example ») est un nom d'utilisateur principal "
                                "(utilisateur@domaine) ; écrivez-la sous la forme DOMAINE\\Nom, par exemple "
                                "CORP\\alice."));
        everyFindingIsTranslated();
    }

    void modelsShowTheLanguageInUse()
    {
        PolicyDocument doc;
        doc.setState(kOffer, PolicyState::Enabled);
        doc.setOption(kOffer, QString::fromStdString(kHelpers),
                      std::vector<std::string>{"CORP\\Helpdesk", "alice@corp.example"});
        FindingsModel findings(&doc);
        HelperListModel helpers(&doc);
        int upnRow = -1;
        for (int r = 0; r < findings.rowCount(); ++r)
            if (findings.finding(r).code == "helper.upn")
                upnRow = r;
        QVERIFY(upnRow >= 0);
        const QString english = QStringLiteral("Helper entry 2 (\"alice@corp.example\") is a user principal name "
                                               "(user@domain); write it as DOMAIN\\Name, for example CORP\\alice.");
        QCOMPARE(findings.index(upnRow, FindingsModel::MessageColumn).data().toString(), english);
        QCOMPARE(helpers.index(1).data(Qt::ToolTipRole).toString(), english);

        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QSignalSpy findingsChanged(&findings, &QAbstractItemModel::dataChanged);
        QSignalSpy headersChanged(&findings, &QAbstractItemModel::headerDataChanged);
        QSignalSpy helpersChanged(&helpers, &QAbstractItemModel::dataChanged);
        findings.retranslate();
        helpers.retranslate();
        QCOMPARE(findingsChanged.count(), 1);
        QCOMPARE(headersChanged.count(), 1);
        QCOMPARE(helpersChanged.count(), 1);
        const QString german = QStringLiteral("Helfereintrag 2 („alice@corp.example“) ist ein Benutzerprinzipalname "
                                              "(Benutzer@Domäne); schreiben Sie ihn als DOMÄNE\\Name, zum Beispiel "
                                              "CORP\\alice.");
        QCOMPARE(findings.index(upnRow, FindingsModel::MessageColumn).data().toString(), german);
        QCOMPARE(helpers.index(1).data(Qt::ToolTipRole).toString(), german);
        QCOMPARE(helpers.index(1).data(HelperListModel::MessagesRole).toStringList(), QStringList{german});

        int firewallRow = -1;
        for (int r = 0; r < findings.rowCount(); ++r)
            if (findings.finding(r).code == "offer.firewall")
                firewallRow = r;
        QVERIFY(firewallRow >= 0);
        const QModelIndex firewall = findings.index(firewallRow, FindingsModel::MessageColumn);
        QCOMPARE(firewall.data().toString(),
                 QStringLiteral("Remoteunterstützung anbieten funktioniert nur, wenn die Windows-Firewall sie im "
                                "Domänenprofil jedes Computers zulässt, dem geholfen wird. Windows Vista und höher: TCP "
                                "135, %WINDIR%\\System32\\msra.exe, %WINDIR%\\System32\\raserver.exe."));
        QCOMPARE(findings.index(firewallRow, FindingsModel::HintColumn).data().toString(),
                 QStringLiteral("Öffnen Sie diese Ausnahmen mit einer Firewallrichtlinie oder den erzeugten netsh- "
                                "oder PowerShell-Befehlen und markieren Sie sie dann für diese Windows-Versionen als "
                                "verteilt."));
        QCOMPARE(firewall.data(Qt::ToolTipRole).toString(),
                 firewall.data().toString() + QStringLiteral("\nSo beheben Sie es: ")
                     + findings.index(firewallRow, FindingsModel::HintColumn).data().toString());
    }

private:
    static Configuration everyFindingOfferConfiguration()
    {
        Configuration c;
        c.setState(kOffer, PolicyState::Enabled);
        c.setOption(kOffer, kHelpers, std::vector<std::string>{"CORP\\Helpdesk"});
        return c;
    }

    static Linter::Target businessTarget()
    {
        Linter::Target t;
        t.editions = {Edition::Business};
        return t;
    }

    /// With a translation loaded, no message or hint is the English one, and the variable parts
    /// (row number and entry of a helper finding) are in it.
    static void everyFindingIsTranslated()
    {
        for (const Finding& f : everyFinding()) {
            const QString message = FindingText::message(f);
            QVERIFY2(message != QString::fromStdString(f.message), qPrintable(describe(f)));
            QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(message));
            if (!f.hint.empty())
                QVERIFY2(FindingText::hint(f) != QString::fromStdString(f.hint), f.hint.c_str());
            if (f.code.starts_with("helper.")) {
                QVERIFY2(message.contains(QString::fromStdString(f.args[0])), qPrintable(message));
                if (f.args.size() > 1 && f.code != "helper.empty")
                    QVERIFY2(message.contains(QString::fromStdString(f.args[1])), qPrintable(message));
            }
        }
    }
};

QTEST_MAIN(TestFindingText)
#include "TestFindingText.moc"
