#include "core/GroupPolicy.h"
#include "models/NoteText.h"
#include "ui/LanguageManager.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace ra;

namespace {
const std::string kKey = "Software\\Policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string kHelpers = kKey + "\\RAUnsolicit";

/// Notes of every code GroupPolicy::read makes, in every wording: the real reader over entries
/// made to trigger them.
std::vector<Note> everyNote()
{
    std::vector<Note> out;
    auto add = [&](const std::vector<RegistryEntry>& entries) {
        const auto r = GroupPolicy::read(entries);
        out.insert(out.end(), r.notes.begin(), r.notes.end());
    };
    add({
        RegistryEntry::string(kKey, "LoggingEnabled", "1"),           // policy-type
        RegistryEntry::dword(kKey, "fAllowToGetHelp", 7),             // policy-value
        RegistryEntry::dword(kKey, "UseCustomMessages", 1),
        RegistryEntry::dword(kKey, "ShareControlMessage", 5),         // option-type (REG_SZ expected)
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),           //   ViewMessage: option-missing
        RegistryEntry::string(kKey, "fAllowUnsolicitedFullControl", "1"), // option-type (REG_DWORD expected)
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\b"),        // helper-data
        RegistryEntry::dword(kHelpers, "CORP\\c", 1),                 // helper-type
        RegistryEntry::control(kHelpers, "**frobnicate"),             // control-unknown
    });
    add({
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
        RegistryEntry::dword(kKey, "fAllowUnsolicitedFullControl", 3), // option-choice
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),            // duplicate-entry
    });
    add({
        RegistryEntry::dword(kKey, "LoggingEnabled", 1),
        RegistryEntry::control(kKey, "**delvals."), // control-removed
    });
    add({
        RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
        RegistryEntry::dword(kKey, "MaxTicketExpiry", 2),          // option-ignored, Disabled
        RegistryEntry::string(kKey, "ShareControlMessage", "Hi"),  // option-ignored, Not configured
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"),     // list-ignored, Not configured
    });
    add({
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 0),
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"), // list-ignored, Disabled
    });
    return out;
}

/// Every note code in core/GroupPolicy.cpp ({"duplicate-entry", {…}, …}).
std::set<QString> codesInCoreSource()
{
    QFile f(QStringLiteral(RA_SOURCE_DIR "/core/GroupPolicy.cpp"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression literal(QStringLiteral("\\{\"([a-z]+(?:-[a-z]+)+)\", \\{"));
    std::set<QString> out;
    for (const auto& m : literal.globalMatch(QString::fromUtf8(f.readAll())))
        out.insert(m.captured(1));
    return out;
}
} // namespace

class TestNoteText : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { ui::LanguageManager::apply(QStringLiteral("en")); }

    void everyCodeHasATemplate()
    {
        const std::set<QString> inSource = codesInCoreSource();
        QCOMPARE(inSource.size(), std::size_t(12));
        const QStringList known = NoteText::knownCodes();
        QCOMPARE(std::set<QString>(known.begin(), known.end()), inSource);
        std::set<QString> produced;
        std::set<std::string> wordings;
        for (const Note& n : everyNote()) {
            produced.insert(QString::fromStdString(n.code));
            wordings.insert(n.code + " " + n.args.back());
        }
        QCOMPARE(produced, inSource);
        for (const char* w : {"list-ignored Disabled", "list-ignored Not configured", "option-ignored Disabled",
                              "option-ignored Not configured", "option-type REG_SZ", "option-type REG_DWORD"})
            QVERIFY2(wordings.count(w), w);
    }

    void englishEqualsCoreByteForByte()
    {
        for (const Note& n : everyNote()) {
            QVERIFY2(NoteText::isTranslatable(n), n.message.c_str());
            QCOMPARE(NoteText::text(n).toUtf8(), QByteArray::fromStdString(n.message));
        }
        // a note without a code, or with arguments that do not fit: as written
        QCOMPARE(NoteText::text(Note("Backup.xml is missing")), QStringLiteral("Backup.xml is missing"));
        QVERIFY(!NoteText::isTranslatable(Note("list-ignored", {"2", "K", "X", "Sleeping"}, "2 value(s) …")));
        QCOMPARE(NoteText::text(Note("list-ignored", {"2", "K", "X", "Sleeping"}, "2 value(s) …")),
                 QStringLiteral("2 value(s) …"));
    }

    void german()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
            RegistryEntry::dword(kKey, "MaxTicketExpiry", 2),
        });
        QStringList texts;
        for (const Note& n : r.notes)
            texts << NoteText::text(n);
        QCOMPARE(texts, (QStringList{
                            QStringLiteral("Doppelter Eintrag %1\\fAllowUnsolicited (der letzte gilt)")
                                .arg(QString::fromStdString(kKey)),
                            QStringLiteral("fAllowUnsolicitedFullControl von UnsolicitedRemoteAssistance fehlt; der "
                                           "Standardwert des Editors wird angezeigt"),
                            QStringLiteral("MaxTicketExpiry ignoriert: SolicitedRemoteAssistance ist deaktiviert"),
                        }));
    }

    void everyNoteIsTranslated()
    {
        for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QCOMPARE(ui::LanguageManager::apply(lang), lang);
            for (const Note& n : everyNote()) {
                const QString text = NoteText::text(n);
                QVERIFY2(text != QString::fromStdString(n.message), n.message.c_str());
                QVERIFY2(text.contains(QString::fromStdString(n.args[0])), qPrintable(text));
            }
        }
    }
};

QTEST_MAIN(TestNoteText)
#include "TestNoteText.moc"
