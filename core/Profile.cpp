#include "Profile.h"

#include "Sha256.h"
#include "TextCodec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

namespace ra {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

/// The code and args of a ProfileError: its first problem's.
const ProfileProblem& firstProblem(const std::vector<ProfileProblem>& problems)
{
    static const ProfileProblem invalid("", "profile.invalid", {}, "the profile is not valid");
    return problems.empty() ? invalid : problems.front();
}

std::string manyProblems(const std::vector<ProfileProblem>& problems)
{
    if (problems.empty())
        return "the profile is not valid";
    std::string reason = problems.front().reason;
    if (problems.size() == 2)
        reason += " (and 1 more problem)";
    else if (problems.size() > 2)
        reason += " (and " + std::to_string(problems.size() - 1) + " more problems)";
    return reason;
}

/// RFC 6901: "~" → "~0", "/" → "~1".
std::string pointerToken(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return "/" + out;
}

std::string inQuotes(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

/// "a string", "a number", … for messages about what was found instead.
std::string describe(const json& v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "the string " + v.dump();
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "the number " + v.dump();
    default: return "an unsupported value";
    }
}

/// The profile document, in the member order of Profile.h; J is json (sorted keys, for the
/// canonical form) or ordered_json (for the file).
template<class J>
J document(const Profile& profile)
{
    J doc = J::object();
    doc["schema"] = std::string(Profile::schemaName);
    doc["version"] = profile.target ? Profile::schemaVersion : 1;
    J prov = J::object();
    prov["author"] = profile.provenance.author;
    prov["host"] = profile.provenance.host;
    prov["productVersion"] = profile.provenance.productVersion;
    prov["created"] = profile.provenance.created;
    prov["modified"] = profile.provenance.modified;
    doc["provenance"] = prov;
    J policies = J::object();
    for (const Policy& p : Catalog::instance().policies()) {
        if (!profile.included.count(p.id))
            continue;
        const PolicySetting& setting = profile.configuration.setting(p.id);
        J entry = J::object();
        entry["state"] = std::string(policyStateName(setting.state));
        J options = J::object();
        for (const Element& e : p.elements) {
            const OptionValue& v = profile.configuration.option(p.id, e.id);
            if (const auto* s = std::get_if<std::string>(&v))
                options[e.id] = *s;
            else if (const auto* n = std::get_if<std::uint32_t>(&v))
                options[e.id] = *n;
            else if (const auto* l = std::get_if<std::vector<std::string>>(&v))
                options[e.id] = *l;
        }
        if (!p.elements.empty())
            entry["options"] = options;
        entry["comment"] = setting.comment;
        policies[p.cspNode] = entry;
    }
    doc["policies"] = policies;
    if (profile.target) {
        DeploymentTarget t = *profile.target;
        t.normalize();
        auto familyIds = [](const std::vector<WindowsFamily>& families) {
            J ids = J::array();
            for (WindowsFamily f : families)
                ids.push_back(Firewall::requirement(f).id);
            return ids;
        };
        J target = J::object();
        target["families"] = familyIds(t.families);
        J editions = J::array();
        for (Edition e : t.editions)
            editions.push_back(std::string(editionName(e)));
        target["editions"] = editions;
        target["minimumBuild"] = t.minimumBuild;
        target["firewallDeployed"] = familyIds(t.firewallDeployed);
        target["featurePresent"] = t.featurePresent;
        doc["target"] = target;
    }
    return doc;
}

std::string canonicalDigest(const json& docWithoutDigest)
{
    // strict: invalid UTF-8 cannot reach here (the parser and write() reject it)
    return Sha256::hex(docWithoutDigest.dump(-1, ' ', false, json::error_handler_t::strict));
}

bool isUtcTime(const std::string& s)
{
    // YYYY-MM-DDTHH:MM:SSZ
    static constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    if (s.size() != shape.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i])
            return false;
    }
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    const int hour = std::stoi(s.substr(11, 2));
    const int minute = std::stoi(s.substr(14, 2));
    const int second = std::stoi(s.substr(17, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

/// Reads the document into a Profile, collecting every problem.
class Reader
{
public:
    std::vector<ProfileProblem> problems;

    void problem(std::string pointer, const char* code, std::vector<std::string> args, std::string reason)
    {
        problems.emplace_back(std::move(pointer), code, std::move(args), std::move(reason));
    }

    /// Members of @p object not in @p known are problems (@p code with the member's name).
    void unknownMembers(const json& object, const std::string& at, std::initializer_list<std::string_view> known,
                        const char* code, std::string_view what)
    {
        for (const auto& [key, value] : object.items()) {
            bool ok = false;
            for (auto k : known)
                ok = ok || key == k;
            if (!ok)
                problem(at + pointerToken(key), code, {key}, "unknown " + std::string(what) + " " + inQuotes(key));
        }
    }

    void provenance(const json& doc, Provenance& out)
    {
        const auto it = doc.find("provenance");
        if (it == doc.end())
            return;
        if (!it->is_object()) {
            problem("/provenance", "profile.not-object", {describe(*it)}, "expected an object, found " + describe(*it));
            return;
        }
        unknownMembers(*it, "/provenance", {"author", "host", "productVersion", "created", "modified"},
                       "profile.unknown-provenance", "provenance member");
        auto field = [&](const char* name, std::string& target, bool time) {
            const auto f = it->find(name);
            if (f == it->end())
                return;
            const std::string at = std::string("/provenance/") + name;
            if (!f->is_string()) {
                problem(at, "profile.not-string", {describe(*f)}, "expected a string, found " + describe(*f));
                return;
            }
            target = f->get<std::string>();
            if (time && !target.empty() && !isUtcTime(target))
                problem(at, "profile.time", {target},
                        "expected a UTC time like \"2026-11-22T10:00:00Z\", found " + inQuotes(target));
        };
        field("author", out.author, false);
        field("host", out.host, false);
        field("productVersion", out.productVersion, false);
        field("created", out.created, true);
        field("modified", out.modified, true);
    }

    void option(const Policy& p, const Element& e, const json& v, const std::string& at, Configuration& config)
    {
        switch (e.type) {
        case ElementType::Text: {
            if (!v.is_string()) {
                problem(at, "profile.not-string", {describe(v)}, "expected a string, found " + describe(v));
                return;
            }
            const auto s = v.get<std::string>();
            const std::size_t length = text::toUtf16(s).size();
            if (length > e.maxLength) {
                problem(at, "profile.text-length", {std::to_string(length), std::to_string(e.maxLength)},
                        "the text has " + std::to_string(length) + " characters; at most " + std::to_string(e.maxLength)
                            + " are allowed");
                return;
            }
            config.setOption(p.id, e.id, s);
            return;
        }
        case ElementType::Decimal:
        case ElementType::Enum: {
            if (!v.is_number_integer()) {
                problem(at, "profile.not-integer", {describe(v)}, "expected a whole number, found " + describe(v));
                return;
            }
            const bool negative = v.is_number_integer() && !v.is_number_unsigned() && v.get<std::int64_t>() < 0;
            const std::uint64_t n = negative ? 0 : v.get<std::uint64_t>();
            if (e.type == ElementType::Decimal) {
                if (negative || n < e.minValue || n > e.maxValue) {
                    problem(at, "profile.range", {std::to_string(e.minValue), std::to_string(e.maxValue), v.dump()},
                            "expected a number from " + std::to_string(e.minValue) + " to " + std::to_string(e.maxValue)
                                + ", found " + v.dump());
                    return;
                }
            } else if (negative || n > 0xFFFFFFFFu || !e.item(static_cast<std::uint32_t>(n))) {
                std::string choices;
                for (const auto& item : e.items)
                    choices += (choices.empty() ? "" : ", ") + std::to_string(item.value) + " (" + item.label + ")";
                problem(at, "profile.choice", {p.cspNode, e.id, v.dump()}, "expected one of " + choices + ", found " + v.dump());
                return;
            }
            config.setOption(p.id, e.id, static_cast<std::uint32_t>(n));
            return;
        }
        case ElementType::List: {
            if (!v.is_array()) {
                problem(at, "profile.not-list", {describe(v)}, "expected an array of strings, found " + describe(v));
                return;
            }
            std::vector<std::string> items;
            bool ok = true;
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i].is_string()) {
                    problem(at + "/" + std::to_string(i), "profile.not-string", {describe(v[i])},
                            "expected a string, found " + describe(v[i]));
                    ok = false;
                    continue;
                }
                items.push_back(v[i].get<std::string>());
            }
            if (ok)
                config.setOption(p.id, e.id, items);
            return;
        }
        }
    }

    void policy(const Policy& p, const json& v, const std::string& at, Profile& out)
    {
        if (!v.is_object()) {
            problem(at, "profile.not-object", {describe(v)}, "expected an object, found " + describe(v));
            return;
        }
        unknownMembers(v, at, {"state", "options", "comment"}, "profile.unknown-member", "member");
        const auto state = v.find("state");
        if (state == v.end()) {
            problem(at + "/state", "profile.state-missing", {},
                    "missing; expected \"NotConfigured\", \"Enabled\" or \"Disabled\"");
        } else if (!state->is_string()) {
            problem(at + "/state", "profile.state-type", {describe(*state)},
                    "expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found " + describe(*state));
        } else {
            const auto s = state->get<std::string>();
            bool known = false;
            for (auto candidate : {PolicyState::NotConfigured, PolicyState::Enabled, PolicyState::Disabled})
                if (s == policyStateName(candidate)) {
                    out.configuration.setState(p.id, candidate);
                    known = true;
                }
            if (!known)
                problem(at + "/state", "profile.state", {s},
                        "expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found " + inQuotes(s));
        }
        if (const auto options = v.find("options"); options != v.end()) {
            if (!options->is_object()) {
                problem(at + "/options", "profile.not-object", {describe(*options)},
                        "expected an object, found " + describe(*options));
            } else {
                for (const auto& [key, value] : options->items()) {
                    const std::string optionAt = at + "/options" + pointerToken(key);
                    const Element* e = p.element(key);
                    if (!e) {
                        std::string known;
                        for (const auto& el : p.elements)
                            known += (known.empty() ? "" : ", ") + el.id;
                        problem(optionAt, "profile.unknown-option", {key, p.cspNode, known},
                                "unknown option " + inQuotes(key) + " of " + p.cspNode
                                    + (known.empty() ? "; it has no options" : "; its options are " + known));
                        continue;
                    }
                    option(p, *e, value, optionAt, out.configuration);
                }
            }
        }
        if (const auto comment = v.find("comment"); comment != v.end()) {
            if (!comment->is_string())
                problem(at + "/comment", "profile.not-string", {describe(*comment)},
                        "expected a string, found " + describe(*comment));
            else
                out.configuration.setComment(p.id, comment->get<std::string>());
        }
    }

    /// A "target" list of family ids or edition names; @p parse gives the value of one entry.
    template<class T, class Parse>
    void targetList(const json& target, const char* name, std::vector<T>& out, Parse parse, const char* unknownCode,
                    const std::string& expected)
    {
        const auto it = target.find(name);
        if (it == target.end())
            return;
        const std::string at = std::string("/target/") + name;
        if (!it->is_array()) {
            problem(at, "profile.not-list", {describe(*it)}, "expected an array of strings, found " + describe(*it));
            return;
        }
        std::vector<T> values;
        bool ok = true;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            const std::string entryAt = at + "/" + std::to_string(i);
            if (!v.is_string()) {
                problem(entryAt, "profile.not-string", {describe(v)}, "expected a string, found " + describe(v));
                ok = false;
                continue;
            }
            const auto value = parse(v.get<std::string>());
            if (!value) {
                problem(entryAt, unknownCode, {v.get<std::string>()},
                        "unknown " + inQuotes(v.get<std::string>()) + "; expected " + expected);
                ok = false;
            } else if (std::find(values.begin(), values.end(), *value) != values.end()) {
                problem(entryAt, "profile.target-duplicate", {v.get<std::string>()},
                        inQuotes(v.get<std::string>()) + " is listed more than once");
                ok = false;
            } else {
                values.push_back(*value);
            }
        }
        if (ok)
            out = std::move(values);
    }

    void target(const json& doc, std::int64_t version, Profile& out)
    {
        const auto it = doc.find("target");
        if (it == doc.end())
            return;
        if (version < 2) {
            problem("/target", "profile.target-version", {std::to_string(version)},
                    "a deployment target needs profile format version 2; this profile says "
                                   + std::to_string(version));
            return;
        }
        if (!it->is_object()) {
            problem("/target", "profile.not-object", {describe(*it)}, "expected an object, found " + describe(*it));
            return;
        }
        unknownMembers(*it, "/target", {"families", "editions", "minimumBuild", "firewallDeployed", "featurePresent"},
                       "profile.unknown-target-member", "target member");
        DeploymentTarget t;
        const auto family = [](const std::string& id) { return Firewall::familyFromId(id); };
        targetList(*it, "families", t.families, family, "profile.target-family",
                   "\"vista\", \"xp-sp2\" or \"server2003-sp1\"");
        targetList(*it, "editions", t.editions, [](const std::string& name) { return editionFromName(name); },
                   "profile.target-edition", "Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise");
        targetList(*it, "firewallDeployed", t.firewallDeployed, family, "profile.target-family",
                   "\"vista\", \"xp-sp2\" or \"server2003-sp1\"");
        if (const auto build = it->find("minimumBuild"); build != it->end()) {
            if (!build->is_number_unsigned() || build->get<std::uint64_t>() > 0xFFFFFFFFu)
                problem("/target/minimumBuild", "profile.target-build", {describe(*build)},
                        "expected a Windows build number from 0 to 4294967295, found "
                                                    + describe(*build));
            else
                t.minimumBuild = static_cast<std::uint32_t>(build->get<std::uint64_t>());
        }
        if (const auto present = it->find("featurePresent"); present != it->end()) {
            if (!present->is_boolean())
                problem("/target/featurePresent", "profile.not-boolean", {describe(*present)},
                        "expected true or false, found " + describe(*present));
            else
                t.featurePresent = present->get<bool>();
        }
        t.normalize();
        out.target = std::move(t);
    }

    void policies(const json& doc, Profile& out)
    {
        out.included.clear();
        const auto it = doc.find("policies");
        if (it == doc.end()) {
            problem("/policies", "profile.policies-missing", {}, "missing; expected an object with one member per policy");
            return;
        }
        if (!it->is_object()) {
            problem("/policies", "profile.not-object", {describe(*it)}, "expected an object, found " + describe(*it));
            return;
        }
        for (const auto& [key, value] : it->items()) {
            const std::string at = "/policies" + pointerToken(key);
            const Policy* p = nullptr;
            for (const Policy& candidate : Catalog::instance().policies())
                if (candidate.cspNode == key)
                    p = &candidate;
            if (!p) {
                const Policy* similar = Catalog::instance().find(key);
                if (similar)
                    problem(at, "profile.policy-name", {key, similar->cspNode},
                            "unknown policy " + inQuotes(key) + "; use its CSP name " + inQuotes(similar->cspNode));
                else
                    problem(at, "profile.unknown-policy", {key},
                            "unknown policy " + inQuotes(key)
                                + "; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance or "
                                  "UnsolicitedRemoteAssistance");
                continue;
            }
            out.included.insert(p->id);
            policy(*p, value, at, out);
        }
    }
};

} // namespace

ProfileProblem::ProfileProblem(std::string pointer, std::string reason)
    : pointer(std::move(pointer))
    , reason(std::move(reason))
{
}

ProfileProblem::ProfileProblem(std::string pointer, std::string code, std::vector<std::string> args, std::string reason)
    : pointer(std::move(pointer))
    , reason(std::move(reason))
    , code(std::move(code))
    , args(std::move(args))
{
}

ProfileError::ProfileError(std::vector<ProfileProblem> problems, const std::string& file)
    : Error(firstProblem(problems).code.c_str(), firstProblem(problems).args, manyProblems(problems), file,
            ErrorLocation::pointer(firstProblem(problems).pointer))
    , m_problems(std::move(problems))
{
}

ProfileIntegrityError::ProfileIntegrityError(const char* code, std::string reason, const std::string& file,
                                             Profile profile)
    : Error(code, {}, std::move(reason), file, ErrorLocation::pointer("/sha256"))
    , m_profile(std::move(profile))
{
}

std::string ProfileFormat::digest(const Profile& profile)
{
    return canonicalDigest(document<json>(profile));
}

std::string ProfileFormat::write(const Profile& profile)
{
    // refuse what could not be read back (and what the canonical dump cannot serialise)
    auto checkText = [](const std::string& s, const char* code, std::vector<std::string> args, const std::string& what) {
        if (!text::isValidUtf8(s))
            throw Error(code, std::move(args), what + " is not valid UTF-8 text");
    };
    checkText(profile.provenance.author, "profile.author-utf8", {}, "the author");
    checkText(profile.provenance.host, "profile.host-utf8", {}, "the host name");
    checkText(profile.provenance.productVersion, "profile.product-version-utf8", {}, "the product version");
    for (const Policy& p : Catalog::instance().policies()) {
        if (!profile.included.count(p.id))
            continue;
        checkText(profile.configuration.comment(p.id), "profile.comment-utf8", {p.cspNode}, "the comment of " + p.cspNode);
        for (const Element& e : p.elements) {
            const OptionValue& v = profile.configuration.option(p.id, e.id);
            if (const auto* s = std::get_if<std::string>(&v))
                checkText(*s, "profile.option-utf8", {e.id, p.cspNode}, "option " + e.id + " of " + p.cspNode);
            else if (const auto* l = std::get_if<std::vector<std::string>>(&v))
                for (const auto& item : *l)
                    checkText(item, "profile.entry-utf8", {e.id, p.cspNode},
                              "an entry of option " + e.id + " of " + p.cspNode);
        }
    }
    ordered_json doc = document<ordered_json>(profile);
    doc["sha256"] = digest(profile);
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::strict) + "\n";
}

Profile ProfileFormat::read(std::string_view text, const std::string& fileName)
{
    if (text::trim(text).empty())
        throw Error("profile.empty", {}, "the file is empty; expected a profile (JSON)", fileName);
    json doc;
    try {
        // A member name twice in one object: nlohmann would keep one silently, so a reader of
        // the file could see a value that is not the one applied (and signed). Refuse it.
        struct Frame
        {
            bool object;
            std::set<std::string> keys;
            std::string key;
        };
        std::vector<Frame> frames;
        const json::parser_callback_t noDuplicates = [&](int, json::parse_event_t event, json& parsed) {
            switch (event) {
            case json::parse_event_t::object_start: frames.push_back({true, {}, {}}); break;
            case json::parse_event_t::array_start: frames.push_back({false, {}, {}}); break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                if (!frames.empty())
                    frames.pop_back();
                break;
            case json::parse_event_t::key: {
                Frame& frame = frames.back();
                frame.key = parsed.get<std::string>();
                if (!frame.keys.insert(frame.key).second) {
                    std::string pointer;
                    for (const Frame& f : frames)
                        if (f.object)
                            pointer += pointerToken(f.key);
                    throw ProfileError({{pointer, "profile.duplicate-member", {frame.key},
                                         "the member " + inQuotes(frame.key) + " appears more than once in its object"}},
                                       fileName);
                }
                break;
            }
            case json::parse_event_t::value: break;
            }
            return true;
        };
        doc = json::parse(text.begin(), text.end(), noDuplicates);
    } catch (const json::parse_error& e) {
        // nlohmann's byte is 1-based (the count of bytes read); report the 0-based offset
        std::string reason = e.what();
        if (const auto close = reason.find("] "); reason.rfind("[json.exception", 0) == 0 && close != std::string::npos)
            reason = reason.substr(close + 2);
        throw Error("profile.json", {reason}, "not valid JSON: " + reason, fileName,
                    ErrorLocation::offset(e.byte > 0 ? e.byte - 1 : 0));
    } catch (const json::exception& e) {
        // e.g. out_of_range 406 for a number like 1e500, which carries no position
        std::string reason = e.what();
        if (const auto close = reason.find("] "); reason.rfind("[json.exception", 0) == 0 && close != std::string::npos)
            reason = reason.substr(close + 2);
        throw Error("profile.json-value", {reason}, "not valid JSON: " + reason, fileName);
    }
    if (!doc.is_object())
        throw ProfileError({{"", "profile.not-a-profile-object", {describe(doc)},
                             "expected a JSON object (a Remote Assistance console profile), found " + describe(doc)}},
                           fileName);

    // What kind of document, and which version: checked first, because a newer version may
    // have a structure this reader does not know.
    const auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_string() || schema->get<std::string>() != Profile::schemaName)
        throw Error("profile.schema", {std::string(Profile::schemaName)},
                    "this is not a Remote Assistance console profile (expected \"schema\": \""
                        + std::string(Profile::schemaName) + "\")",
                    fileName, ErrorLocation::pointer("/schema"));
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        throw Error("profile.version-type", {}, "missing or invalid profile version; expected a whole number", fileName,
                    ErrorLocation::pointer("/version"));
    if (version->is_number_unsigned() && version->get<std::uint64_t>() > std::uint64_t(Profile::schemaVersion))
        throw Error("profile.version-newer", {version->dump(), std::to_string(Profile::schemaVersion)},
                    "this profile has format version " + version->dump() + ", written by a newer version of the "
                        "console; this version reads formats 1 to " + std::to_string(Profile::schemaVersion)
                        + " only. Update the console to open it.",
                    fileName, ErrorLocation::pointer("/version"));
    if (version->get<std::int64_t>() < 1)
        throw Error("profile.version", {version->dump(), std::to_string(Profile::schemaVersion)},
                    "invalid profile version " + version->dump() + "; expected 1 to "
                        + std::to_string(Profile::schemaVersion),
                    fileName, ErrorLocation::pointer("/version"));

    Profile profile;
    Reader reader;
    reader.unknownMembers(doc, "", {"schema", "version", "provenance", "policies", "target", "sha256"},
                          "profile.unknown-member", "member");
    reader.provenance(doc, profile.provenance);
    reader.policies(doc, profile);
    reader.target(doc, version->get<std::int64_t>(), profile);
    const auto sha = doc.find("sha256");
    if (sha != doc.end() && !sha->is_string())
        reader.problem("/sha256", "profile.digest-type", {describe(*sha)},
                       "expected a string of 64 hex digits, found " + describe(*sha));
    if (!reader.problems.empty())
        throw ProfileError(std::move(reader.problems), fileName);

    if (sha == doc.end())
        throw ProfileIntegrityError("profile.no-digest", "the profile was changed after it was written (it has no SHA-256)",
                                    fileName, std::move(profile));
    const std::string stored = text::toLowerAscii(sha->get<std::string>());
    doc.erase("sha256");
    if (stored != canonicalDigest(doc))
        throw ProfileIntegrityError("profile.digest-mismatch",
                                    "the profile was changed after it was written (its SHA-256 does not match)", fileName,
                                    std::move(profile));
    profile.integrityVerified = true;
    return profile;
}

std::string ProfileFormat::currentUtcTime()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date{day};
    const hh_mm_ss time{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buf;
}

void ProfileFormat::save(const std::filesystem::path& path, const Profile& profile, FileSystem& fs)
{
    std::string textOut;
    try {
        textOut = write(profile);
    } catch (const Error& e) {
        throw e.withFile(displayPath(path));
    }
    fs.writeAtomic(path, Bytes(textOut.begin(), textOut.end()));
}

Profile ProfileFormat::load(const std::filesystem::path& path, FileSystem& fs)
{
    const Bytes bytes = fs.read(path);
    return read(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), displayPath(path));
}

} // namespace ra
