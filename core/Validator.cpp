#include "Validator.h"

#include "TextCodec.h"

#include <algorithm>
#include <cctype>

// Sources of the rules (cited per rule below):
// [ADMX]   remoteassistance.admx (../shared/corpus/admx): element types, ranges, enum items;
//          <text> without maxLength → 1023, the ADMX schema default (FINDINGS.md §2.1).
// [ADML]   remoteassistance.adml, RA_Unsolicit explain text: helpers are entered as
//          "<Domain Name>\<User Name>" or "<Domain Name>\<Group Name>".
// [SAM]    Microsoft Learn, "SAM-Account-Name attribute" (windows/win32/adschema/a-samaccountname):
//          account names cannot contain " / \ [ ] : ; | = , + * ? < >.
// [USER0]  Microsoft Learn, "USER_INFO_0 structure (lmaccess.h)": account names cannot end in a
//          period and cannot contain the characters 1–31.
// [NAMING] Microsoft Learn, "Naming conventions in Active Directory for computers, domains, sites,
//          and OUs": NetBIOS domain and computer names have at most 15 characters and cannot
//          contain \ / : * ? " < > |.
//
// Shapes we accept as DOMAIN\Name (decided here, documented in Validator.h): any NetBIOS
// domain or computer name before the backslash — "CORP\alice", "BUILTIN\Administrators",
// "NT AUTHORITY\INTERACTIVE" (spaces are allowed), a local "PC-042\support".

namespace ra {

namespace {

constexpr std::string_view kHelperElement = "RA_Unsolicit_DACL_Edit";
// [SAM]
constexpr std::string_view kAccountForbidden = "\"/\\[]:;|=,+*?<>";
// [NAMING]
constexpr std::string_view kNetbiosForbidden = "\\/:*?\"<>|";
// [NAMING]
constexpr std::size_t kNetbiosMaxLength = 15;

/// Characters (code points) of valid UTF-8; bytes for invalid input.
std::size_t codePoints(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// @p s with control characters (a tab, a NUL) shown as \xNN so that a message stays one
/// readable line.
std::string escaped(std::string_view s)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

/// escaped(@p s) in double quotes.
std::string quoted(std::string_view s)
{
    return "\"" + escaped(s) + "\"";
}

std::string entryRef(int row, std::string_view entry)
{
    return "Helper entry " + std::to_string(row + 1) + " (" + quoted(entry) + ")";
}

/// A finding of helper row @p row; @p args as documented in Validator.h (the row number, 1-based,
/// comes first).
Finding helperFinding(Severity severity, int row, std::string code, std::string message,
                      std::vector<std::string> args)
{
    Finding f;
    f.severity = severity;
    f.policy = PolicyId::UnsolicitedRemoteAssistance;
    f.element = std::string(kHelperElement);
    f.row = row;
    f.code = std::move(code);
    f.message = std::move(message);
    f.args = std::move(args);
    return f;
}

/// "S-1-5-32-544" and the like: S-1-<authority>(-<subauthority>)+, case-insensitive.
bool isSidString(std::string_view s)
{
    if (s.size() < 5 || !(s[0] == 'S' || s[0] == 's') || s[1] != '-' || s[2] != '1' || s[3] != '-')
        return false;
    int groups = 0;
    bool digits = false;
    for (std::size_t i = 4; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) {
            digits = true;
        } else if (s[i] == '-' && digits) {
            ++groups;
            digits = false;
        } else {
            return false;
        }
    }
    return digits && groups >= 1;
}

/// Forbidden characters found in a part of an entry.
struct Forbidden
{
    std::string chars;    ///< each forbidden (printable ASCII) character once, in order of appearance
    bool control = false; ///< a control character too

    bool empty() const { return chars.empty() && !control; }

    /// For a message: `*`, `? and <`, `a control character`, `* and a control character`.
    std::string english() const
    {
        std::vector<std::string> names;
        for (char c : chars)
            names.emplace_back(1, c);
        if (control)
            names.emplace_back("a control character");
        std::string out;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i > 0)
                out += i + 1 == names.size() ? " and " : ", ";
            out += names[i];
        }
        return out;
    }
};

/// The characters of @p part that are in @p forbidden or are control characters.
Forbidden forbiddenIn(std::string_view part, std::string_view forbidden)
{
    Forbidden out;
    for (char c : part) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 31) // [USER0] 1–31; a NUL would also end the registry value name
            out.control = true;
        else if (forbidden.find(c) != std::string_view::npos && out.chars.find(c) == std::string::npos)
            out.chars += c;
    }
    return out;
}

/// @p s without leading and trailing blanks: ASCII spaces, tabs, CR, LF, and the invisible
/// spaces pasted with names from mail and web pages (U+00A0, U+2000–U+200B, U+202F, U+205F,
/// U+3000, U+FEFF).
std::string_view trimBlanks(std::string_view s)
{
    auto blankAt = [](std::string_view v, std::size_t i) -> std::size_t { // length of a blank at i, 0 if none
        const auto b = [&](std::size_t k) { return k < v.size() ? static_cast<unsigned char>(v[k]) : 0u; };
        const unsigned c = b(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return 1;
        if (c == 0xC2 && b(i + 1) == 0xA0)
            return 2;
        if (c == 0xE2 && b(i + 1) == 0x80 && ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8B) || b(i + 2) == 0xAF))
            return 3;
        if (c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F)
            return 3;
        if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80)
            return 3;
        if (c == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF)
            return 3;
        return 0;
    };
    for (std::size_t n; !s.empty() && (n = blankAt(s, 0)) > 0;)
        s.remove_prefix(n);
    for (bool found = true; found && !s.empty();) {
        found = false;
        for (std::size_t n : {std::size_t(1), std::size_t(2), std::size_t(3)})
            if (s.size() >= n && blankAt(s, s.size() - n) == n) {
                s.remove_suffix(n);
                found = true;
                break;
            }
    }
    return s;
}

std::string netbiosGuess(std::string_view dnsName)
{
    const auto dot = dnsName.find('.');
    std::string first(dnsName.substr(0, dot));
    std::transform(first.begin(), first.end(), first.begin(),
                   [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
    return first.empty() ? std::string("CORP") : first;
}

/// Case folding for duplicate detection. Windows compares registry value names and account
/// names without regard to case over all of Unicode; this folds ASCII, Latin-1, Latin
/// Extended-A, Greek and Cyrillic capitals — the scripts of the names admins type — and leaves
/// other characters as they are.
std::string foldCase(std::string_view utf8)
{
    auto fold = [](char16_t u) -> char16_t {
        if ((u >= u'A' && u <= u'Z') || (u >= 0x00C0 && u <= 0x00DE && u != 0x00D7)
            || (u >= 0x0391 && u <= 0x03AB && u != 0x03A2) || (u >= 0x0410 && u <= 0x042F))
            return static_cast<char16_t>(u + 0x20);
        if (u >= 0x0400 && u <= 0x040F)
            return static_cast<char16_t>(u + 0x50);
        if (u == 0x0178) // Ÿ
            return 0x00FF;
        // Latin Extended-A: capital and small letters alternate; capitals are even in
        // U+0100–U+012F, U+0132–U+0137 and U+014A–U+0177, odd in U+0139–U+0148 and U+0179–U+017E
        const bool evenCapitals = (u >= 0x0100 && u <= 0x012F) || (u >= 0x0132 && u <= 0x0137)
            || (u >= 0x014A && u <= 0x0177);
        const bool oddCapitals = (u >= 0x0139 && u <= 0x0148) || (u >= 0x0179 && u <= 0x017E);
        if ((evenCapitals && u % 2 == 0) || (oddCapitals && u % 2 == 1))
            return static_cast<char16_t>(u + 1);
        return u;
    };
    std::u16string units = text::toUtf16(utf8);
    for (char16_t& u : units)
        u = fold(u);
    return text::toUtf8(units);
}

std::string stripColon(std::string label)
{
    if (!label.empty() && label.back() == ':')
        label.pop_back();
    return label;
}

std::string excerpt(std::string_view s)
{
    // cut at 40 code points, never inside a UTF-8 sequence
    std::size_t points = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points > 40)
            return std::string(s.substr(0, i)) + "…";
    }
    return std::string(s);
}

void validateElement(const Policy& p, const Element& e, const OptionValue& value, std::vector<Finding>& out)
{
    auto add = [&](std::string code, std::string message, std::vector<std::string> args = {}) {
        Finding f;
        f.severity = Severity::Error;
        f.policy = p.id;
        f.element = e.id;
        f.code = std::move(code);
        f.message = std::move(message);
        f.args = std::move(args);
        out.push_back(std::move(f));
    };
    const std::string label = stripColon(e.label);
    switch (e.type) {
    case ElementType::Text: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            return;
        if (!text::isValidUtf8(*s)) {
            add("text.invalid-utf8", "\"" + label + "\" of " + p.gpEnglishName
                                         + " is not valid UTF-8 text; retype it.");
            return;
        }
        // REG_SZ data ends at the first NUL: Windows would show only the part before it
        if (s->find('\0') != std::string::npos) {
            const std::string shown = escaped(excerpt(s->substr(0, s->find('\0'))));
            add("text.nul", "\"" + label + "\" of " + p.gpEnglishName + " (\"" + shown
                                + "\") contains a NUL character; Windows would cut the text there. Remove it.",
                {shown});
        }
        // [ADMX] maxLength counts characters of the editor's text box, i.e. UTF-16 code units
        const std::size_t length = text::toUtf16(*s).size();
        if (length > e.maxLength) {
            const std::string shown = escaped(excerpt(*s));
            add("text.too-long", "\"" + label + "\" of " + p.gpEnglishName + " (\"" + shown
                                     + "\") has " + std::to_string(length) + " characters; at most "
                                     + std::to_string(e.maxLength) + " are allowed.",
                {shown, std::to_string(length), std::to_string(e.maxLength)});
        }
        return;
    }
    case ElementType::Decimal: {
        const auto* n = std::get_if<std::uint32_t>(&value);
        // [ADMX] <decimal minValue="1" maxValue="99">
        if (n && (*n < e.minValue || *n > e.maxValue))
            add("decimal.range", "\"" + label + "\" of " + p.gpEnglishName + " is " + std::to_string(*n)
                                     + "; it must be between " + std::to_string(e.minValue) + " and "
                                     + std::to_string(e.maxValue) + ".",
                {std::to_string(*n), std::to_string(e.minValue), std::to_string(e.maxValue)});
        return;
    }
    case ElementType::Enum: {
        const auto* n = std::get_if<std::uint32_t>(&value);
        // [ADMX] <enum> items and their <decimal value>
        if (n && !e.item(*n)) {
            std::string choices;
            for (const auto& item : e.items)
                choices += (choices.empty() ? "" : ", ") + std::to_string(item.value) + " = " + item.label;
            add("enum.value", "\"" + label + "\" of " + p.gpEnglishName + " is " + std::to_string(*n)
                                  + ", which is not one of its choices (" + choices + ").",
                {std::to_string(*n)});
        }
        return;
    }
    case ElementType::List:
        if (const auto* l = std::get_if<std::vector<std::string>>(&value))
            for (Finding& f : Validator::validateHelpers(*l))
                out.push_back(std::move(f));
        return;
    }
}

} // namespace

std::vector<Finding> Validator::validateHelper(const std::string& entry, int row)
{
    std::vector<Finding> out;
    const std::string number = std::to_string(row + 1);
    const std::string shown = escaped(entry);
    // args: the row number and the entry as shown, then @p more
    auto add = [&](Severity s, std::string code, std::string message, std::vector<std::string> more = {}) {
        std::vector<std::string> args{number, shown};
        args.insert(args.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        out.push_back(helperFinding(s, row, std::move(code), std::move(message), std::move(args)));
    };
    // args: the row number only
    auto addRow = [&](std::string code, std::string message) {
        out.push_back(helperFinding(Severity::Error, row, std::move(code), std::move(message), {number}));
    };
    const std::string ref = entryRef(row, entry);

    // [ADML] an entry is one "<Domain Name>\<Name>"; an empty row writes an empty value name
    if (entry.empty()) {
        addRow("helper.empty", "Helper entry " + number + " is empty; remove the row or enter DOMAIN\\Name.");
        return out;
    }
    const std::string_view t = trimBlanks(entry);
    if (t.empty()) {
        addRow("helper.blank", "Helper entry " + number + " contains only spaces; remove the row or enter DOMAIN\\Name.");
        return out;
    }
    if (!text::isValidUtf8(entry)) {
        addRow("helper.invalid-utf8", "Helper entry " + number + " is not valid UTF-8 text; retype it.");
        return out;
    }
    // The entry becomes a registry value name and is looked up as it is written: a name with a
    // leading or trailing space matches no account ([SAM]/[NAMING] names do not carry them).
    // Non-breaking and other invisible spaces come with names copied from mail or web pages.
    if (t.size() != entry.size()) {
        const std::size_t begin = static_cast<std::size_t>(t.data() - entry.data());
        const std::string_view head = std::string_view(entry).substr(0, begin);
        const std::string_view tail = std::string_view(entry).substr(begin + t.size());
        const bool leading = !head.empty();
        const bool trailing = !tail.empty();
        const std::string where = leading && trailing ? "starts and ends" : leading ? "starts" : "ends";
        const bool invisible = text::trim(head).size() + text::trim(tail).size() > 0;
        add(Severity::Error, "helper.whitespace",
            ref + " " + where + " with " + (invisible ? "an invisible (non-breaking or zero-width) space" : "a space")
                + "; remove it, no account name " + where + " with one.",
            {leading && trailing ? "both" : leading ? "start" : "end", invisible ? "invisible" : "space"});
    }

    // A SID string instead of a name: the list asks for names ([ADML]); Windows may not resolve it.
    if (isSidString(t)) {
        add(Severity::Warning, "helper.sid",
            ref + " is a security identifier (SID); the helper list expects DOMAIN\\Name, so Windows "
                  "may not recognise it.");
        return out;
    }

    const auto slash = t.find('\\');
    if (slash == std::string_view::npos) {
        if (t.find('@') != std::string_view::npos) {
            // [ADML] asks for DOMAIN\Name; a user principal name (user@domain) is another format
            const auto at = t.find('@');
            const std::string suggestion = netbiosGuess(t.substr(at + 1)) + "\\" + std::string(t.substr(0, at));
            add(Severity::Error, "helper.upn",
                ref + " is a user principal name (user@domain); write it as DOMAIN\\Name, for example "
                    + suggestion + ".",
                {suggestion});
        } else {
            // [ADML] the domain (or, for a local account, the computer name) is required
            add(Severity::Error, "helper.no-backslash",
                ref + " has no domain; write it as DOMAIN\\" + std::string(t)
                    + " (a local account as COMPUTER\\" + std::string(t) + ").",
                {std::string(t)});
        }
        const Forbidden bad = forbiddenIn(t, kAccountForbidden);
        if (!bad.empty())
            add(Severity::Error, "helper.forbidden-char",
                ref + " contains " + bad.english() + ", which Windows does not allow in user or group names.",
                {"entry", bad.chars, bad.control ? "control" : ""});
        return out;
    }

    // A run of backslashes between domain and name: "CORP\\alice" (a habit from escaping).
    std::size_t nameStart = slash + 1;
    while (nameStart < t.size() && t[nameStart] == '\\')
        ++nameStart;
    if (nameStart - slash > 1)
        add(Severity::Error, "helper.double-backslash",
            ref + " has " + std::to_string(nameStart - slash) + " backslashes in a row; use exactly one: "
                + std::string(t.substr(0, slash)) + "\\" + std::string(t.substr(nameStart)) + ".",
            {std::to_string(nameStart - slash),
             std::string(t.substr(0, slash)) + "\\" + std::string(t.substr(nameStart))});

    const std::string_view domain = t.substr(0, slash);
    const std::string_view name = t.substr(nameStart);
    if (domain.empty())
        add(Severity::Error, "helper.domain-empty",
            ref + " has nothing before the backslash; put the domain or computer name there.");
    if (name.empty())
        add(Severity::Error, "helper.name-empty",
            ref + " has nothing after the backslash; put the user or group name there.");

    if (!domain.empty()) {
        const Forbidden badDomain = forbiddenIn(domain, kNetbiosForbidden);
        if (!badDomain.empty())
            add(Severity::Error, "helper.forbidden-char",
                ref + " contains " + badDomain.english() + " in the domain name, which Windows does not allow there.",
                {"domain", badDomain.chars, badDomain.control ? "control" : ""});
        if (domain.find('.') != std::string_view::npos && domain != ".") {
            // [NAMING] the pre-Windows 2000 (NetBIOS) domain name has no dots; a dotted name is the
            // DNS name, which the Offer RA check may not resolve
            const std::string suggestion = netbiosGuess(domain) + "\\" + std::string(name);
            add(Severity::Warning, "helper.dns-domain",
                ref + " uses the DNS domain name " + quoted(domain)
                    + "; the helper list expects the NetBIOS domain name, for example " + suggestion + ".",
                {escaped(domain), suggestion});
        } else if (codePoints(domain) > kNetbiosMaxLength) {
            // [NAMING] NetBIOS names: at most 15 characters
            add(Severity::Error, "helper.netbios-too-long",
                ref + " has a domain name of " + std::to_string(codePoints(domain))
                    + " characters; NetBIOS domain and computer names have at most "
                    + std::to_string(kNetbiosMaxLength) + ".",
                {std::to_string(codePoints(domain)), std::to_string(kNetbiosMaxLength)});
        }
    }
    if (!name.empty()) {
        // [SAM] and [USER0]
        const Forbidden badName = forbiddenIn(name, kAccountForbidden);
        if (!badName.empty())
            add(Severity::Error, "helper.forbidden-char",
                ref + " contains " + badName.english()
                    + " in the name, which Windows does not allow in user or group names.",
                {"name", badName.chars, badName.control ? "control" : ""});
        if (name.back() == '.')
            add(Severity::Error, "helper.trailing-period",
                ref + " ends with a period, which Windows does not allow at the end of a user or group name.");
    }
    return out;
}

std::vector<Finding> Validator::validateHelpers(const std::vector<std::string>& helpers)
{
    std::vector<Finding> out;
    std::vector<std::pair<std::string, int>> seen; // lower-cased trimmed entry, first row
    for (std::size_t i = 0; i < helpers.size(); ++i) {
        const int row = static_cast<int>(i);
        for (Finding& f : validateHelper(helpers[i], row))
            out.push_back(std::move(f));
        const std::string_view t = trimBlanks(helpers[i]);
        if (t.empty())
            continue;
        // Value names of a registry key are case-insensitive, and so are account names: two
        // entries differing only in case are the same registry value and the same account.
        if (!text::isValidUtf8(t))
            continue; // reported by validateHelper
        const std::string folded = foldCase(t);
        const auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == folded; });
        if (it == seen.end()) {
            seen.emplace_back(folded, row);
            continue;
        }
        const std::string& first = helpers[static_cast<std::size_t>(it->second)];
        out.push_back(helperFinding(Severity::Error, row, "helper.duplicate",
                                    entryRef(row, helpers[i]) + " repeats entry " + std::to_string(it->second + 1)
                                        + " (" + quoted(first)
                                        + "); names are compared without regard to case. Remove one of them.",
                                    {std::to_string(row + 1), escaped(helpers[i]), std::to_string(it->second + 1),
                                     escaped(first)}));
    }
    return out;
}

std::vector<Finding> Validator::validate(const Configuration& config)
{
    std::vector<Finding> out;
    for (const Policy& p : Catalog::instance().policies()) {
        const PolicySetting& setting = config.setting(p.id);
        const std::size_t first = out.size();
        for (const Element& e : p.elements) {
            const auto it = setting.options.find(e.id);
            if (it != setting.options.end())
                validateElement(p, e, it->second, out);
        }
        // Values of a policy that is not Enabled are kept but never written: they must not
        // block an apply, so their problems are warnings.
        if (setting.state != PolicyState::Enabled)
            for (std::size_t i = first; i < out.size(); ++i)
                if (out[i].severity == Severity::Error) {
                    out[i].severity = Severity::Warning;
                    out[i].inactiveState = setting.state;
                    out[i].message += " (Not written while the policy is "
                        + std::string(setting.state == PolicyState::Disabled ? "Disabled" : "Not configured") + ".)";
                }
    }
    return out;
}

bool Validator::hasErrors(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

} // namespace ra
