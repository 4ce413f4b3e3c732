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

struct Rule
{
    std::string_view code;
    std::size_t args;
    std::optional<QString> (*build)(const Args&);
};

// Sorted by code (knownCodes() returns them in this order).
constexpr std::array kRules = {
    Rule{"control-removed", 2, controlRemoved}, Rule{"control-unknown", 1, controlUnknown},
    Rule{"duplicate-entry", 1, duplicateEntry}, Rule{"helper-data", 2, helperData},
    Rule{"helper-type", 2, helperType},         Rule{"list-ignored", 4, listIgnored},
    Rule{"option-choice", 3, optionChoice},     Rule{"option-ignored", 3, optionIgnored},
    Rule{"option-missing", 2, optionMissing},   Rule{"option-type", 4, optionType},
    Rule{"policy-type", 3, policyType},         Rule{"policy-value", 3, policyValue},
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
