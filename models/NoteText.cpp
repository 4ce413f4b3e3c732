#include "models/NoteText.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace ra {

namespace {

using Args = std::vector<std::string>;

QString q(const std::string& s)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
}

// --- GroupPolicy::read ------------------------------------------------------------------------

std::optional<QString> controlRemoved(const Args& a)
{
    return NoteText::tr("control entry %1 removed %2 Remote Assistance value(s) set before it").arg(q(a[0]), q(a[1]));
}

std::optional<QString> duplicateEntry(const Args& a)
{
    return NoteText::tr("duplicate entry %1 (the last one is used)").arg(q(a[0]));
}

std::optional<QString> controlUnknown(const Args& a)
{
    return NoteText::tr("control entry %1 was not interpreted").arg(q(a[0]));
}

std::optional<QString> policyType(const Args& a)
{
    return NoteText::tr("%1 of %2 is %3, expected REG_DWORD; policy read as Not configured")
        .arg(q(a[0]), q(a[1]), q(a[2]));
}

std::optional<QString> policyValue(const Args& a)
{
    return NoteText::tr("%1 of %2 is %3, neither the enabled nor the disabled value; policy read as Not configured")
        .arg(q(a[0]), q(a[1]), q(a[2]));
}

std::optional<QString> helperType(const Args& a)
{
    return NoteText::tr("helper entry \"%1\" is %2, expected REG_SZ; skipped").arg(q(a[0]), q(a[1]));
}

std::optional<QString> helperData(const Args& a)
{
    return NoteText::tr("helper entry \"%1\" has data \"%2\"; Windows reads the data, the name should be the same")
        .arg(q(a[0]), q(a[1]));
}

std::optional<QString> optionMissing(const Args& a)
{
    return NoteText::tr("%1 of %2 is missing; the editor's default is shown").arg(q(a[0]), q(a[1]));
}

std::optional<QString> optionType(const Args& a)
{
    return NoteText::tr("%1 of %2 is %3, expected %4").arg(q(a[0]), q(a[1]), q(a[2]), q(a[3]));
}

std::optional<QString> optionChoice(const Args& a)
{
    return NoteText::tr("%1 of %2 is %3, which is not one of its choices").arg(q(a[0]), q(a[1]), q(a[2]));
}

std::optional<QString> listIgnored(const Args& a)
{
    if (a[3] == "Disabled")
        return NoteText::tr("%1 value(s) on %2 ignored: %3 is Disabled").arg(q(a[0]), q(a[1]), q(a[2]));
    if (a[3] == "Not configured")
        return NoteText::tr("%1 value(s) on %2 ignored: %3 is Not configured").arg(q(a[0]), q(a[1]), q(a[2]));
    return std::nullopt;
}

std::optional<QString> optionIgnored(const Args& a)
{
    if (a[2] == "Disabled")
        return NoteText::tr("%1 ignored: %2 is Disabled").arg(q(a[0]), q(a[1]));
    if (a[2] == "Not configured")
        return NoteText::tr("%1 ignored: %2 is Not configured").arg(q(a[0]), q(a[1]));
    return std::nullopt;
}

// --- GpoBackupReader::open ------------------------------------------------------------------

std::optional<QString> backupFolderMissing(const Args& a)
{
    return NoteText::tr("manifest.xml lists backup %1 (\"%2\") but its folder is missing").arg(q(a[0]), q(a[1]));
}

std::optional<QString> backupFolderUnread(const Args& a)
{
    return NoteText::tr("folder %1 has no bkupInfo.xml and was not read").arg(q(a[0]));
}

std::optional<QString> backupIdMismatch(const Args& a)
{
    return NoteText::tr("folder %1 says its ID is %2").arg(q(a[0]), q(a[1]));
}

std::optional<QString> bkupInfoMissing(const Args&)
{
    return NoteText::tr("bkupInfo.xml is missing; the backup's name and time are unknown");
}

std::optional<QString> userEntriesUnread(const Args& a)
{
    return NoteText::tr("User/registry.pol has %1 entries; they are not read (the Remote Assistance policies are "
                        "computer policies)")
        .arg(q(a[0]));
}

std::optional<QString> securityUnread(const Args&)
{
    return NoteText::tr("security settings (GptTmpl.inf) are not read");
}

std::optional<QString> auditUnread(const Args&)
{
    return NoteText::tr("advanced audit settings (audit.csv) are not read");
}

std::optional<QString> preferencesUnread(const Args&)
{
    return NoteText::tr("Group Policy Preferences are not read");
}

std::optional<QString> backupXmlRoot(const Args& a)
{
    return NoteText::tr("Backup.xml: expected <GroupPolicyBackupScheme>, found <%1>").arg(q(a[0]));
}

std::optional<QString> extensionUnread(const Args& a)
{
    return NoteText::tr("client-side extension %1 %2 is not read").arg(q(a[0]), q(a[1]));
}

std::optional<QString> backupXmlMissing(const Args&)
{
    return NoteText::tr("Backup.xml is missing; GPMC and Import-GPO need it to import this backup");
}

std::optional<QString> commentsUnread(const Args& a)
{
    return NoteText::tr("comment.cmtx holds %1 comments on other policies; they are not read").arg(q(a[0]));
}

// --- RegFile::toEntries ----------------------------------------------------------------------

std::optional<QString> regKeySkipped(const Args& a)
{
    return NoteText::tr("%1 is not under HKEY_LOCAL_MACHINE and was skipped").arg(q(a[0]));
}

struct Rule
{
    std::string_view code;
    std::size_t args;
    std::optional<QString> (*build)(const Args&);
};

// Sorted by code (knownCodes() returns them in this order).
constexpr std::array kRules = {
    Rule{"audit-unread", 0, auditUnread},
    Rule{"backup-folder-missing", 2, backupFolderMissing},
    Rule{"backup-folder-unread", 1, backupFolderUnread},
    Rule{"backup-id-mismatch", 2, backupIdMismatch},
    Rule{"backup-xml-missing", 0, backupXmlMissing},
    Rule{"backup-xml-root", 1, backupXmlRoot},
    Rule{"bkupinfo-missing", 0, bkupInfoMissing},
    Rule{"comments-unread", 1, commentsUnread},
    Rule{"control-removed", 2, controlRemoved},
    Rule{"control-unknown", 1, controlUnknown},
    Rule{"duplicate-entry", 1, duplicateEntry},
    Rule{"extension-unread", 2, extensionUnread},
    Rule{"helper-data", 2, helperData},
    Rule{"helper-type", 2, helperType},
    Rule{"list-ignored", 4, listIgnored},
    Rule{"option-choice", 3, optionChoice},
    Rule{"option-ignored", 3, optionIgnored},
    Rule{"option-missing", 2, optionMissing},
    Rule{"option-type", 4, optionType},
    Rule{"policy-type", 3, policyType},
    Rule{"policy-value", 3, policyValue},
    Rule{"preferences-unread", 0, preferencesUnread},
    Rule{"reg-key-skipped", 1, regKeySkipped},
    Rule{"security-unread", 0, securityUnread},
    Rule{"user-entries-unread", 1, userEntriesUnread},
};

std::optional<QString> build(const Note& note)
{
    const auto rule = std::find_if(kRules.begin(), kRules.end(), [&](const Rule& r) { return r.code == note.code; });
    if (rule == kRules.end() || note.args.size() != rule->args)
        return std::nullopt;
    return rule->build(note.args);
}

} // namespace

QString NoteText::text(const Note& note)
{
    const std::optional<QString> t = build(note);
    return t ? *t : q(note.message);
}

bool NoteText::isTranslatable(const Note& note)
{
    return build(note).has_value();
}

QStringList NoteText::knownCodes()
{
    QStringList out;
    for (const Rule& r : kRules)
        out << QString::fromLatin1(r.code);
    return out;
}

} // namespace ra
