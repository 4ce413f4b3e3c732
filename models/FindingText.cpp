#include "models/FindingText.h"

#include "core/Catalog.h"
#include "core/Firewall.h"
#include "models/CatalogText.h"
#include "models/FirewallModel.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace ra {

namespace {

using Args = std::vector<std::string>;

struct Texts
{
    QString message;
    QString hint;
};

/// UTF-8 to QString, keeping a leading byte order mark (QString::fromStdString drops it, and
/// a pasted entry may start with one: helper.whitespace shows it).
QString q(const std::string& s)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
}

/// The translated label of the finding's option without its colon ("Helpers:" → "Helpers",
/// "Assistants :" → "Assistants"); empty when the finding names no option of its policy.
QString optionName(const Finding& f)
{
    if (!f.policy || f.element.empty())
        return {};
    QString label = CatalogText::elementLabel(*f.policy, q(f.element));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

/// "a, b and c" with the list pattern of the current language.
QString listWithAnd(const QStringList& items)
{
    if (items.size() < 2)
        return items.value(0);
    return FindingText::tr("%1 and %2", "a list: all items but the last (separated by commas), the last item")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

/// The forbidden characters of a helper.forbidden-char finding, one list item each.
QStringList characterItems(const std::string& chars)
{
    QStringList out;
    for (char c : chars)
        out << QString(QLatin1Char(c));
    return out;
}

/// The exceptions of one Windows family for offer.firewall: "TCP 135, %WINDIR%\…\msra.exe, …".
QString exceptionList(const FirewallRequirement& r)
{
    QStringList parts;
    for (const FirewallPort& port : r.ports)
        parts << QStringLiteral("%1 %2").arg(q(port.protocol), QString::number(port.number));
    for (const std::string& program : r.programs)
        parts << q(program);
    for (const std::string& other : r.otherExceptions)
        parts << (other == "Remote Desktop" ? FindingText::tr("the Remote Desktop exception")
                                            : FindingText::tr("the %1 exception").arg(q(other)));
    return parts.join(QStringLiteral(", "));
}

// --- Validator: options -------------------------------------------------------------------

std::optional<Texts> textTooLong(const Finding& f, const Args& a)
{
    return Texts{FindingText::tr("\"%1\" of %2 (\"%3\") has %4 characters; at most %5 are allowed.")
                     .arg(optionName(f), CatalogText::policyName(*f.policy), q(a[0]), q(a[1]), q(a[2])),
                 {}};
}

std::optional<Texts> textInvalidUtf8(const Finding& f, const Args&)
{
    return Texts{FindingText::tr("\"%1\" of %2 is not valid UTF-8 text; retype it.")
                     .arg(optionName(f), CatalogText::policyName(*f.policy)),
                 {}};
}

std::optional<Texts> textNul(const Finding& f, const Args& a)
{
    return Texts{FindingText::tr("\"%1\" of %2 (\"%3\") contains a NUL character; Windows would cut the text "
                                 "there. Remove it.")
                     .arg(optionName(f), CatalogText::policyName(*f.policy), q(a[0])),
                 {}};
}

std::optional<Texts> decimalRange(const Finding& f, const Args& a)
{
    return Texts{FindingText::tr("\"%1\" of %2 is %3; it must be between %4 and %5.")
                     .arg(optionName(f), CatalogText::policyName(*f.policy), q(a[0]), q(a[1]), q(a[2])),
                 {}};
}

std::optional<Texts> enumValue(const Finding& f, const Args& a)
{
    const Element* e = Catalog::instance().policy(*f.policy).element(f.element);
    if (!e)
        return std::nullopt;
    QStringList choices;
    for (const EnumItem& item : e->items)
        choices << QStringLiteral("%1 = %2").arg(QString::number(item.value),
                                                 CatalogText::enumItemLabel(*f.policy, q(f.element), item.value));
    return Texts{FindingText::tr("\"%1\" of %2 is %3, which is not one of its choices (%4).")
                     .arg(optionName(f), CatalogText::policyName(*f.policy), q(a[0]),
                          choices.join(QStringLiteral(", "))),
                 {}};
}

// --- Validator: helper entries (args: row, entry, …) -------------------------------------

std::optional<Texts> helperEmpty(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 is empty; remove the row or enter DOMAIN\\Name.").arg(q(a[0])), {}};
}

std::optional<Texts> helperBlank(const Finding&, const Args& a)
{
    return Texts{
        FindingText::tr("Helper entry %1 contains only spaces; remove the row or enter DOMAIN\\Name.").arg(q(a[0])),
        {}};
}

std::optional<Texts> helperInvalidUtf8(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 is not valid UTF-8 text; retype it.").arg(q(a[0])), {}};
}

std::optional<Texts> helperWhitespace(const Finding&, const Args& a)
{
    const std::string& where = a[2];
    const std::string& kind = a[3];
    QString text;
    if (kind == "space") {
        if (where == "start")
            text = FindingText::tr("Helper entry %1 (\"%2\") starts with a space; remove it, no account name starts "
                                   "with one.");
        else if (where == "end")
            text = FindingText::tr("Helper entry %1 (\"%2\") ends with a space; remove it, no account name ends "
                                   "with one.");
        else if (where == "both")
            text = FindingText::tr("Helper entry %1 (\"%2\") starts and ends with a space; remove it, no account "
                                   "name starts and ends with one.");
    } else if (kind == "invisible") {
        if (where == "start")
            text = FindingText::tr("Helper entry %1 (\"%2\") starts with an invisible (non-breaking or zero-width) "
                                   "space; remove it, no account name starts with one.");
        else if (where == "end")
            text = FindingText::tr("Helper entry %1 (\"%2\") ends with an invisible (non-breaking or zero-width) "
                                   "space; remove it, no account name ends with one.");
        else if (where == "both")
            text = FindingText::tr("Helper entry %1 (\"%2\") starts and ends with an invisible (non-breaking or "
                                   "zero-width) space; remove it, no account name starts and ends with one.");
    }
    if (text.isEmpty())
        return std::nullopt;
    return Texts{text.arg(q(a[0]), q(a[1])), {}};
}

std::optional<Texts> helperSid(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") is a security identifier (SID); the helper list expects "
                                 "DOMAIN\\Name, so Windows may not recognise it.")
                     .arg(q(a[0]), q(a[1])),
                 {}};
}

std::optional<Texts> helperUpn(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") is a user principal name (user@domain); write it as "
                                 "DOMAIN\\Name, for example %3.")
                     .arg(q(a[0]), q(a[1]), q(a[2])),
                 {}};
}

std::optional<Texts> helperNoBackslash(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") has no domain; write it as DOMAIN\\%3 (a local account "
                                 "as COMPUTER\\%3).")
                     .arg(q(a[0]), q(a[1]), q(a[2])),
                 {}};
}

std::optional<Texts> helperDoubleBackslash(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") has %3 backslashes in a row; use exactly one: %4.")
                     .arg(q(a[0]), q(a[1]), q(a[2]), q(a[3])),
                 {}};
}

std::optional<Texts> helperDomainEmpty(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") has nothing before the backslash; put the domain or "
                                 "computer name there.")
                     .arg(q(a[0]), q(a[1])),
                 {}};
}

std::optional<Texts> helperNameEmpty(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") has nothing after the backslash; put the user or group "
                                 "name there.")
                     .arg(q(a[0]), q(a[1])),
                 {}};
}

std::optional<Texts> helperDnsDomain(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") uses the DNS domain name \"%3\"; the helper list "
                                 "expects the NetBIOS domain name, for example %4.")
                     .arg(q(a[0]), q(a[1]), q(a[2]), q(a[3])),
                 {}};
}

std::optional<Texts> helperNetbiosTooLong(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") has a domain name of %3 characters; NetBIOS domain and "
                                 "computer names have at most %4.")
                     .arg(q(a[0]), q(a[1]), q(a[2]), q(a[3])),
                 {}};
}

std::optional<Texts> helperForbiddenChar(const Finding&, const Args& a)
{
    const std::string& part = a[2];
    const QStringList chars = characterItems(a[3]);
    const bool control = a[4] == "control";
    if (!control && a[4] != "")
        return std::nullopt;
    // three shapes per part: characters only, a control character only, both
    const int shape = chars.isEmpty() ? (control ? 1 : -1) : (control ? 2 : 0);
    if (shape < 0)
        return std::nullopt;
    QString text;
    if (part == "entry") {
        const char* const templates[] = {
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3, which Windows does not "
                                                 "allow in user or group names."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains a control character, which "
                                                 "Windows does not allow in user or group names."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3 and a control character, "
                                                 "which Windows does not allow in user or group names."),
        };
        text = QCoreApplication::translate("ra::FindingText", templates[shape]);
    } else if (part == "domain") {
        const char* const templates[] = {
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3 in the domain name, which "
                                                 "Windows does not allow there."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains a control character in the "
                                                 "domain name, which Windows does not allow there."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3 and a control character in "
                                                 "the domain name, which Windows does not allow there."),
        };
        text = QCoreApplication::translate("ra::FindingText", templates[shape]);
    } else if (part == "name") {
        const char* const templates[] = {
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3 in the name, which Windows "
                                                 "does not allow in user or group names."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains a control character in the "
                                                 "name, which Windows does not allow in user or group names."),
            QT_TRANSLATE_NOOP("ra::FindingText", "Helper entry %1 (\"%2\") contains %3 and a control character in "
                                                 "the name, which Windows does not allow in user or group names."),
        };
        text = QCoreApplication::translate("ra::FindingText", templates[shape]);
    } else {
        return std::nullopt;
    }
    switch (shape) {
    case 0: return Texts{text.arg(q(a[0]), q(a[1]), listWithAnd(chars)), {}};
    case 1: return Texts{text.arg(q(a[0]), q(a[1])), {}};
    default: return Texts{text.arg(q(a[0]), q(a[1]), chars.join(QStringLiteral(", "))), {}};
    }
}

std::optional<Texts> helperTrailingPeriod(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") ends with a period, which Windows does not allow at the "
                                 "end of a user or group name.")
                     .arg(q(a[0]), q(a[1])),
                 {}};
}

std::optional<Texts> helperDuplicate(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Helper entry %1 (\"%2\") repeats entry %3 (\"%4\"); names are compared without "
                                 "regard to case. Remove one of them.")
                     .arg(q(a[0]), q(a[1]), q(a[2]), q(a[3])),
                 {}};
}

// --- Linter -----------------------------------------------------------------------------

QString keepDeviationHint()
{
    return FindingText::tr("Keep it if your organisation accepts the deviation, and record the reason in the policy "
                           "comment.");
}

std::optional<Texts> offerNoHelpers(const Finding&, const Args&)
{
    return Texts{FindingText::tr("Offer Remote Assistance is enabled, but no helper is listed, so nobody is allowed "
                                 "to offer help."),
                 FindingText::tr("Add the helpdesk group as DOMAIN\\Group (for example CORP\\Helpdesk), or disable the "
                                 "policy.")};
}

std::optional<Texts> offerFirewall(const Finding&, const Args& a)
{
    QStringList families;
    for (const std::string& id : a) {
        const auto& all = Firewall::requirements();
        const auto it = std::find_if(all.begin(), all.end(), [&](const FirewallRequirement& r) { return r.id == id; });
        if (it == all.end())
            return std::nullopt;
        families << FindingText::tr("%1: %2", "a Windows version family: its firewall exceptions")
                        .arg(FirewallModel::familyTitle(it->family), exceptionList(*it));
    }
    return Texts{FindingText::tr("Offer Remote Assistance only works when Windows Firewall allows it in the domain "
                                 "profile of every helped computer. %1.")
                     .arg(families.join(QStringLiteral("; "))),
                 FindingText::tr("Open these exceptions with a firewall policy or the generated netsh or PowerShell "
                                 "commands, then mark them as deployed for these Windows versions.")};
}

std::optional<Texts> offerSolicitDisabled(const Finding&, const Args&)
{
    return Texts{FindingText::tr("Offer Remote Assistance is enabled while Solicited Remote Assistance is disabled; "
                                 "older Windows clients then refuse offered help as well."),
                 FindingText::tr("Enable Solicited Remote Assistance, or leave it Not configured, on computers that "
                                 "must accept offers.")};
}

std::optional<Texts> skuNotAvailable(const Finding&, const Args& a)
{
    const std::optional<Edition> edition = editionFromName(a[0]);
    if (!edition)
        return std::nullopt;
    QStringList names;
    for (std::size_t i = 1; i < a.size(); ++i) {
        const Policy* p = Catalog::instance().find(a[i]);
        if (!p)
            return std::nullopt;
        names << FindingText::tr("%1", "a policy name in a list of policy names (add quotes here if your language "
                                        "quotes them)")
                     .arg(CatalogText::policyName(p->id));
    }
    const QString editionText = CatalogText::editionName(*edition);
    const QString message = names.size() == 1
        ? FindingText::tr("The Policy CSP documentation does not list %1 as supported for %2; computers with this "
                          "edition may ignore it.")
        : FindingText::tr("The Policy CSP documentation does not list %1 as supported for %2; computers with this "
                          "edition may ignore them.");
    return Texts{message.arg(editionText, names.join(QStringLiteral(", "))),
                 FindingText::tr("Check the policy on a %1 computer before relying on it, or remove %1 from the target "
                                 "editions.")
                     .arg(editionText)};
}

std::optional<Texts> mdmMinBuild(const Finding&, const Args& a)
{
    return Texts{FindingText::tr("Delivered through MDM, these policies need Windows 10, version %1 (build %2) or "
                                 "later; the oldest target is build %3, which ignores them.")
                     .arg(q(a[0]), q(a[1]), q(a[2])),
                 FindingText::tr("Update those computers to version %1 or later, or deliver through Group Policy "
                                 "instead.")
                     .arg(q(a[0]))};
}

std::optional<Texts> solicitMailMethodIgnored(const Finding&, const Args&)
{
    return Texts{FindingText::tr("The e-mail method \"Mailto\" only applies to Windows XP and Windows Server 2003; "
                                 "Windows Vista and later always send invitations through Simple MAPI."),
                 FindingText::tr("Nothing to do for current Windows; choose Simple MAPI to state what they do.")};
}

std::optional<Texts> messagesEmpty(const Finding& f, const Args&)
{
    return Texts{FindingText::tr("%1 is enabled, but \"%2\" is empty, so the user sees no explanation at that step.")
                     .arg(CatalogText::policyName(*f.policy), optionName(f)),
                 FindingText::tr("Write the message, or disable the policy to keep Windows' own warnings.")};
}

std::optional<Texts> baselineStigSolicit(const Finding&, const Args&)
{
    return Texts{FindingText::tr("Solicited Remote Assistance is enabled; the DISA STIG (WN10-CC-000155) and the CIS "
                                 "benchmark require it to be disabled."),
                 keepDeviationHint()};
}

std::optional<Texts> baselineCisOffer(const Finding&, const Args&)
{
    return Texts{FindingText::tr("Offer Remote Assistance is enabled; the CIS benchmark recommends disabling it."),
                 keepDeviationHint()};
}

// --- the table ----------------------------------------------------------------------------

/// What a code's templates need from a finding.
enum class Needs { Nothing, Policy, Option };

struct Rule
{
    std::string_view code;
    std::size_t minArgs;
    std::size_t maxArgs;
    Needs needs;
    std::optional<Texts> (*build)(const Finding&, const Args&);
};

constexpr std::size_t kAny = 1000;

// Sorted by code (knownCodes() returns them in this order).
constexpr std::array kRules = {
    Rule{"baseline.cis-offer", 0, 0, Needs::Nothing, baselineCisOffer},
    Rule{"baseline.stig-solicit", 0, 0, Needs::Nothing, baselineStigSolicit},
    Rule{"decimal.range", 3, 3, Needs::Option, decimalRange},
    Rule{"enum.value", 1, 1, Needs::Option, enumValue},
    Rule{"helper.blank", 1, 1, Needs::Nothing, helperBlank},
    Rule{"helper.dns-domain", 4, 4, Needs::Nothing, helperDnsDomain},
    Rule{"helper.domain-empty", 2, 2, Needs::Nothing, helperDomainEmpty},
    Rule{"helper.double-backslash", 4, 4, Needs::Nothing, helperDoubleBackslash},
    Rule{"helper.duplicate", 4, 4, Needs::Nothing, helperDuplicate},
    Rule{"helper.empty", 1, 1, Needs::Nothing, helperEmpty},
    Rule{"helper.forbidden-char", 5, 5, Needs::Nothing, helperForbiddenChar},
    Rule{"helper.invalid-utf8", 1, 1, Needs::Nothing, helperInvalidUtf8},
    Rule{"helper.name-empty", 2, 2, Needs::Nothing, helperNameEmpty},
    Rule{"helper.netbios-too-long", 4, 4, Needs::Nothing, helperNetbiosTooLong},
    Rule{"helper.no-backslash", 3, 3, Needs::Nothing, helperNoBackslash},
    Rule{"helper.sid", 2, 2, Needs::Nothing, helperSid},
    Rule{"helper.trailing-period", 2, 2, Needs::Nothing, helperTrailingPeriod},
    Rule{"helper.upn", 3, 3, Needs::Nothing, helperUpn},
    Rule{"helper.whitespace", 4, 4, Needs::Nothing, helperWhitespace},
    Rule{"mdm.min-build", 3, 3, Needs::Nothing, mdmMinBuild},
    Rule{"messages.empty", 0, 0, Needs::Option, messagesEmpty},
    Rule{"offer.firewall", 1, kAny, Needs::Nothing, offerFirewall},
    Rule{"offer.no-helpers", 0, 0, Needs::Nothing, offerNoHelpers},
    Rule{"offer.solicit-disabled", 0, 0, Needs::Nothing, offerSolicitDisabled},
    Rule{"sku.not-available", 2, kAny, Needs::Nothing, skuNotAvailable},
    Rule{"solicit.mail-method-ignored", 0, 0, Needs::Nothing, solicitMailMethodIgnored},
    Rule{"text.invalid-utf8", 0, 0, Needs::Option, textInvalidUtf8},
    Rule{"text.nul", 1, 1, Needs::Option, textNul},
    Rule{"text.too-long", 3, 3, Needs::Option, textTooLong},
};

/// The translated texts of @p f; nullopt when its code is unknown or its arguments do not fit.
std::optional<Texts> build(const Finding& f)
{
    const auto rule = std::find_if(kRules.begin(), kRules.end(), [&](const Rule& r) { return r.code == f.code; });
    if (rule == kRules.end() || f.args.size() < rule->minArgs || f.args.size() > rule->maxArgs)
        return std::nullopt;
    if (rule->needs != Needs::Nothing && !f.policy)
        return std::nullopt;
    if (rule->needs == Needs::Option && optionName(f).isEmpty())
        return std::nullopt;
    std::optional<Texts> texts = rule->build(f, f.args);
    if (texts && f.inactiveState) {
        switch (*f.inactiveState) {
        case PolicyState::Disabled:
            texts->message = FindingText::tr("%1 (Not written while the policy is Disabled.)").arg(texts->message);
            break;
        case PolicyState::NotConfigured:
            texts->message =
                FindingText::tr("%1 (Not written while the policy is Not configured.)").arg(texts->message);
            break;
        case PolicyState::Enabled: return std::nullopt;
        }
    }
    return texts;
}

} // namespace

QString FindingText::message(const Finding& finding)
{
    const std::optional<Texts> texts = build(finding);
    return texts ? texts->message : q(finding.message);
}

QString FindingText::hint(const Finding& finding)
{
    const std::optional<Texts> texts = build(finding);
    return texts ? texts->hint : q(finding.hint);
}

bool FindingText::isTranslatable(const Finding& finding)
{
    return build(finding).has_value();
}

QStringList FindingText::knownCodes()
{
    QStringList out;
    for (const Rule& r : kRules)
        out << QString::fromLatin1(r.code);
    return out;
}

} // namespace ra
