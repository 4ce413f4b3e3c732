#include "SyncMl.h"

#include "XmlReader.h"
#include "core/Error.h"
#include "core/TextCodec.h"

#include <array>
#include <charconv>
#include <map>
#include <set>

namespace ra {

namespace {

/// U+F000 in UTF-8 (what `&#xF000;` decodes to).
constexpr std::string_view kF000 = "\xEF\x80\x80";

/// Escapes a value for a double-quoted attribute of the payload: & < > " become entity
/// references (so "]]>" can never appear), TAB, LF and CR character references (no raw line
/// break inside a payload). Other C0 controls, U+FFFE/U+FFFF and bad UTF-8 cannot be carried.
std::string escapeValue(std::string_view value)
{
    if (!text::isValidUtf8(value))
        throw Error("syncml.text-utf8", {}, "the text is not valid UTF-8");
    if (value.find("\xEF\xBF\xBE") != std::string_view::npos || value.find("\xEF\xBF\xBF") != std::string_view::npos)
        throw Error("syncml.text-noncharacter", {}, "the text contains U+FFFE or U+FFFF, which XML cannot carry");
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size() + 16);
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\t': out += "&#x9;"; break;
        case '\n': out += "&#xA;"; break;
        case '\r': out += "&#xD;"; break;
        default:
            if (c < 0x20) {
                const std::string character = std::string("U+00") + kHex[c >> 4] + kHex[c & 0xF];
                throw Error("syncml.text-control", {character},
                            "the text contains the control character " + character + ", which XML cannot carry");
            }
            out += ch;
        }
    }
    return out;
}

ErrorLocation where(const XmlElement& e)
{
    return ErrorLocation::line(e.line);
}

/// The payload is a fragment (several top-level elements): it is parsed inside a wrapper
/// element, whose 9 characters are taken off the column of an error on the first line.
constexpr std::string_view kWrapOpen = "<payload>";
ErrorLocation unwrapLocation(const ErrorLocation& location)
{
    if (location.kind != ErrorLocation::Kind::LineColumn || location.number != 1)
        return location;
    return ErrorLocation::lineColumn(1, location.column > kWrapOpen.size() ? location.column - kWrapOpen.size() : 1);
}

std::string cdata(std::string_view payload)
{
    // '>' is always escaped inside values, so "]]>" cannot occur; split it anyway should a
    // future element type ever put one there, so the CDATA can never end early.
    std::string out = "<![CDATA[";
    std::size_t from = 0;
    for (auto at = payload.find("]]>"); at != std::string_view::npos; at = payload.find("]]>", from)) {
        out.append(payload.substr(from, at + 2 - from));
        out += "]]><![CDATA[";
        from = at + 2;
    }
    out.append(payload.substr(from));
    out += "]]>";
    return out;
}

std::string elementValue(const Policy& policy, const Element& element, const OptionValue& value)
{
    try {
        switch (element.type) {
        case ElementType::Text:
            return escapeValue(std::get<std::string>(value));
        case ElementType::Decimal:
        case ElementType::Enum:
            return std::to_string(std::get<std::uint32_t>(value));
        case ElementType::List: {
            std::string out;
            const auto& entries = std::get<std::vector<std::string>>(value);
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const std::string& entry = entries[i];
                if (entry.empty())
                    throw Error("syncml.entry-empty", {std::to_string(i + 1)}, "entry " + std::to_string(i + 1) + " is empty");
                if (entry.find(kF000) != std::string::npos)
                    throw Error("syncml.entry-separator", {std::to_string(i + 1)},
                                "entry " + std::to_string(i + 1)
                                    + " contains U+F000, the character that separates list entries");
                const std::string escaped = escapeValue(entry);
                if (!out.empty())
                    out += SyncMl::listDelimiter;
                // a list without valuePrefix: the registry value name and its data are both
                // the entry, so each entry is written twice
                out += escaped;
                out += SyncMl::listDelimiter;
                out += escaped;
            }
            return out;
        }
        }
    } catch (const Error& e) {
        throw Error("syncml.value", {policy.cspNode, element.id}, policy.cspNode + ", data id " + element.id + ": " + e.reason())
            .causedBy(e);
    }
    return {};
}

const Policy* policyForUri(std::string_view uri)
{
    for (const auto& p : Catalog::instance().policies())
        if (p.omaUri == uri)
            return &p;
    return nullptr;
}

const Policy* policyForUriIgnoringCase(std::string_view uri)
{
    for (const auto& p : Catalog::instance().policies())
        if (text::iequals(p.omaUri, uri))
            return &p;
    return nullptr;
}

bool isBlank(std::string_view s)
{
    return text::trim(s).empty();
}

/// @p s as a number; the error has @p code with @p args and then @p s as its args.
std::uint32_t parseNumber(const std::string& s, const char* code, std::vector<std::string> args,
                          const std::string& what, const std::string& file, const ErrorLocation& location)
{
    std::uint32_t n = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), n, 10);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) {
        args.push_back(s);
        throw Error(code, std::move(args), what + ": expected a decimal number from 0 to 4294967295, found \"" + s + "\"",
                    file, location);
    }
    return n;
}

} // namespace

std::string SyncMl::payload(const Configuration& config, PolicyId id)
{
    const Policy& policy = Catalog::instance().policy(id);
    switch (config.state(id)) {
    case PolicyState::NotConfigured: return {};
    case PolicyState::Disabled: return "<disabled/>";
    case PolicyState::Enabled: break;
    }
    std::string out = "<enabled/>";
    for (const Element& element : policy.elements) {
        out += "<data id=\"";
        out += element.id;
        out += "\" value=\"";
        out += elementValue(policy, element, config.option(id, element.id));
        out += "\"/>";
    }
    return out;
}

std::string SyncMl::render(const ChangeSet& changes)
{
    return render(changes.configuration());
}

std::string SyncMl::render(const Configuration& config)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<SyncML xmlns=\"SYNCML:SYNCML1.2\">\n"
                      "  <SyncBody>\n";
    int cmdId = 0;
    for (const Policy& policy : Catalog::instance().policies()) {
        const std::string id = std::to_string(++cmdId);
        if (config.state(policy.id) == PolicyState::NotConfigured) {
            out += "    <Delete>\n"
                   "      <CmdID>" + id + "</CmdID>\n"
                   "      <Item>\n"
                   "        <Target>\n"
                   "          <LocURI>" + policy.omaUri + "</LocURI>\n"
                   "        </Target>\n"
                   "      </Item>\n"
                   "    </Delete>\n";
            continue;
        }
        out += "    <Replace>\n"
               "      <CmdID>" + id + "</CmdID>\n"
               "      <Item>\n"
               "        <Meta>\n"
               "          <Format>chr</Format>\n"
               "          <Type>text/plain</Type>\n"
               "        </Meta>\n"
               "        <Target>\n"
               "          <LocURI>" + policy.omaUri + "</LocURI>\n"
               "        </Target>\n"
               "        <Data>" + cdata(payload(config, policy.id)) + "</Data>\n"
               "      </Item>\n"
               "    </Replace>\n";
    }
    out += "    <Final/>\n"
           "  </SyncBody>\n"
           "</SyncML>\n";
    return out;
}

PolicySetting SyncMl::parsePayload(PolicyId id, std::string_view payload, const std::string& file,
                                   const ErrorLocation& location)
{
    const Policy& policy = Catalog::instance().policy(id);
    const std::string& csp = policy.cspNode;
    const std::string what = csp + " payload";
    XmlElement root;
    try {
        root = XmlReader::parse(std::string(kWrapOpen) + std::string(payload) + "</payload>", file);
    } catch (const Error& e) {
        std::string reason = e.reason();
        for (auto at = reason.find("</payload>"); at != std::string::npos; at = reason.find("</payload>"))
            reason.replace(at, 10, "the end of the payload");
        const ErrorLocation inner = unwrapLocation(e.where());
        throw Error("syncml.payload-xml", {csp, std::to_string(inner.number), std::to_string(inner.column)},
                    what + ": " + reason + " (" + inner.english() + " of the payload)", file, location)
            .causedBy(e);
    }
    if (!isBlank(root.text))
        throw Error("syncml.payload-text", {csp}, what + ": text outside the <enabled/>, <disabled/> and <data/> elements",
                    file, location);
    if (root.children.empty())
        throw Error("syncml.payload-empty", {csp}, what + ": expected <enabled/> or <disabled/>, found nothing", file,
                    location);

    PolicySetting setting;
    for (const Element& e : policy.elements)
        setting.options.emplace(e.id, Configuration::defaultValue(e));

    const XmlElement& head = root.children.front();
    const auto& headName = head.localName;
    // Microsoft's own examples also spell these <Enabled/> and <Data>; accept any case.
    if (text::iequals(headName, "disabled")) {
        setting.state = PolicyState::Disabled;
    } else if (text::iequals(headName, "enabled")) {
        setting.state = PolicyState::Enabled;
    } else {
        throw Error("syncml.payload-head", {csp, head.qualifiedName},
                    what + ": expected <enabled/> or <disabled/> first, found <" + head.qualifiedName + ">", file, location);
    }
    if (!head.attributes.empty() || !head.children.empty() || !head.text.empty())
        throw Error("syncml.payload-head-content", {csp, head.qualifiedName},
                    what + ": <" + head.qualifiedName + "/> takes no attributes or content", file, location);

    if (setting.state == PolicyState::Disabled) {
        if (root.children.size() > 1)
            throw Error("syncml.payload-disabled-data", {csp, root.children[1].qualifiedName},
                        what + ": <disabled/> takes no <data/> elements, found <" + root.children[1].qualifiedName + ">",
                        file, location);
        return setting;
    }

    std::set<std::string> seen;
    for (std::size_t i = 1; i < root.children.size(); ++i) {
        const XmlElement& data = root.children[i];
        if (!text::iequals(data.localName, "data"))
            throw Error("syncml.payload-element", {csp, data.qualifiedName},
                        what + ": expected <data id=\"…\" value=\"…\"/>, found <" + data.qualifiedName + ">", file, location);
        const std::optional<std::string> dataId = data.attribute("id");
        const std::optional<std::string> value = data.attribute("value");
        if (!dataId || !value)
            throw Error("syncml.data-attributes", {csp}, what + ": a <data/> element needs both an id and a value attribute",
                        file, location);
        const Element* element = nullptr;
        for (const Element& e : policy.elements)
            if (text::iequals(e.id, *dataId))
                element = &e;
        if (!element) {
            std::string known;
            for (const Element& e : policy.elements)
                known += (known.empty() ? "" : ", ") + e.id;
            throw Error("syncml.data-id", {csp, *dataId, known},
                        what + ": unknown data id \"" + *dataId + "\" (this policy has "
                            + (known.empty() ? std::string("no options") : known) + ")",
                        file, location);
        }
        if (!seen.insert(element->id).second)
            throw Error("syncml.data-twice", {csp, element->id}, what + ": data id " + element->id + " appears twice", file,
                        location);

        const std::string item = what + ", data id " + element->id;
        switch (element->type) {
        case ElementType::Text:
            setting.options[element->id] = *value;
            break;
        case ElementType::Decimal:
        case ElementType::Enum:
            setting.options[element->id] = parseNumber(*value, "syncml.data-number", {csp, element->id}, item, file, location);
            break;
        case ElementType::List: {
            std::vector<std::string> parts;
            if (!value->empty()) {
                std::size_t from = 0;
                while (true) {
                    const auto at = value->find(kF000, from);
                    parts.push_back(value->substr(from, at == std::string::npos ? std::string::npos : at - from));
                    if (at == std::string::npos)
                        break;
                    from = at + kF000.size();
                }
            }
            if (parts.size() % 2 != 0)
                throw Error("syncml.list-odd", {csp, element->id, std::to_string(parts.size())},
                            item + ": the list has " + std::to_string(parts.size())
                                + " parts separated by U+F000; expected name/value pairs (an even number)",
                            file, location);
            std::vector<std::string> entries;
            for (std::size_t k = 0; k < parts.size(); k += 2) {
                if (parts[k] != parts[k + 1])
                    throw Error("syncml.list-pair", {csp, element->id, std::to_string(k / 2 + 1), parts[k], parts[k + 1]},
                                item + ": pair " + std::to_string(k / 2 + 1) + " has the name \"" + parts[k]
                                    + "\" but the value \"" + parts[k + 1]
                                    + "\"; this list stores each entry as both name and value",
                                file, location);
                if (parts[k].empty())
                    throw Error("syncml.list-empty-pair", {csp, element->id, std::to_string(k / 2 + 1)},
                                item + ": pair " + std::to_string(k / 2 + 1) + " is empty", file, location);
                entries.push_back(parts[k]);
            }
            setting.options[element->id] = std::move(entries);
            break;
        }
        }
    }
    for (const Element& e : policy.elements)
        if (!seen.count(e.id))
            throw Error("syncml.data-missing", {csp, e.id},
                        what + ": data id " + e.id
                            + " is missing (an Enabled ADMX-backed policy needs every option of the policy)",
                        file, location);
    return setting;
}

SyncMlReadResult SyncMl::read(std::string_view document, const std::string& file)
{
    const XmlElement root = XmlReader::parse(document, file);
    if (root.localName != "SyncML")
        throw Error("syncml.root", {root.qualifiedName}, "expected the root element <SyncML>, found <" + root.qualifiedName + ">",
                    file, where(root));
    if (!root.namespaceUri.empty() && !text::iequals(root.namespaceUri, "SYNCML:SYNCML1.2"))
        throw Error("syncml.namespace", {root.namespaceUri},
                    "expected the namespace SYNCML:SYNCML1.2, found \"" + root.namespaceUri + "\"", file, where(root));
    const XmlElement* body = root.child("SyncBody");
    if (!body)
        throw Error("syncml.no-body", {}, "<SyncML> has no <SyncBody>", file, where(root));

    SyncMlReadResult result;
    std::map<std::string, std::size_t> cmdIds;           // CmdID → its line
    std::map<PolicyId, ErrorLocation> policySetBy;       // policy → the command that set it
    std::array<bool, 4> mentioned{};

    for (const XmlElement& cmd : body->children) {
        const std::string_view kind = cmd.localName;
        if (kind == "Final")
            continue;
        const XmlElement* cmdIdElement = cmd.child("CmdID");
        if (!cmdIdElement)
            throw Error("syncml.no-cmdid", {cmd.qualifiedName}, "<" + cmd.qualifiedName + "> has no <CmdID>", file, where(cmd));
        const std::string cmdIdText(text::trim(cmdIdElement->text));
        const std::uint32_t cmdIdNumber = parseNumber(cmdIdText, "syncml.cmdid-number", {}, "<CmdID>", file, where(cmd));
        if (cmdIdNumber == 0)
            throw Error("syncml.cmdid-zero", {}, "<CmdID> must be a positive number", file, where(cmd));
        const ErrorLocation cmdLocation = ErrorLocation::command(cmdIdText, cmd.line);
        if (const auto it = cmdIds.find(cmdIdText); it != cmdIds.end())
            throw Error("syncml.cmdid-twice", {cmdIdText, std::to_string(it->second)},
                        "CmdID " + cmdIdText + " is used twice (also at line " + std::to_string(it->second) + ")", file,
                        where(cmd));
        cmdIds.emplace(cmdIdText, cmd.line);

        const bool isSet = kind == "Replace" || kind == "Add";
        const bool isDelete = kind == "Delete";
        bool anyItem = false;
        for (const XmlElement& item : cmd.children) {
            if (item.localName != "Item")
                continue;
            anyItem = true;
            const XmlElement* target = item.child("Target");
            const XmlElement* locUri = target ? target->child("LocURI") : nullptr;
            if (!locUri)
                throw Error("syncml.no-locuri", {}, "<Item> has no <Target><LocURI>", file, cmdLocation);
            const std::string& uri = locUri->text;
            if (uri.empty())
                throw Error("syncml.empty-locuri", {}, "the <LocURI> is empty", file, cmdLocation);
            if (uri != text::trim(uri) || uri.find_first_of(" \t\r\n") != std::string::npos)
                throw Error("syncml.locuri-space", {uri},
                            "the <LocURI> \"" + uri
                                + "\" contains white space or a line break (Windows answers 404 for such a node)",
                            file, cmdLocation);
            const Policy* policy = policyForUri(uri);
            if (!policy) {
                if (const Policy* close = policyForUriIgnoringCase(uri))
                    throw Error("syncml.locuri-case", {uri, close->omaUri},
                                "the <LocURI> \"" + uri + "\" differs from " + close->omaUri
                                    + " in letter case (OMA-DM node names are case-sensitive)",
                                file, cmdLocation);
                result.notes.push_back("ignored <" + cmd.qualifiedName + "> of " + uri + " at " + cmdLocation.english()
                                       + ": not a Remote Assistance policy");
                continue;
            }
            if (!isSet && !isDelete) {
                result.notes.push_back("ignored <" + cmd.qualifiedName + "> of " + uri + " at " + cmdLocation.english()
                                       + ": only Replace, Add and Delete change a policy");
                continue;
            }
            if (const auto it = policySetBy.find(policy->id); it != policySetBy.end())
                throw Error("syncml.set-twice", {policy->cspNode, it->second.text, std::to_string(it->second.number)},
                            policy->cspNode + " is set twice (also by " + it->second.english() + ")", file, cmdLocation);
            policySetBy.emplace(policy->id, cmdLocation);
            mentioned[static_cast<std::size_t>(index(policy->id))] = true;

            if (isDelete) {
                PolicySetting setting = result.configuration.setting(policy->id);
                setting.state = PolicyState::NotConfigured;
                result.configuration.setSetting(policy->id, std::move(setting));
                continue;
            }

            // Meta may sit on the item or on the command
            const XmlElement* meta = item.child("Meta");
            if (!meta)
                meta = cmd.child("Meta");
            const XmlElement* format = meta ? meta->child("Format") : nullptr;
            if (!format || text::trim(format->text) != "chr")
                throw Error("syncml.format", {cmd.qualifiedName, policy->cspNode},
                            "<" + cmd.qualifiedName + "> of " + policy->cspNode
                                + " needs <Meta><Format>chr</Format></Meta> (ADMX-backed policies take their "
                                  "payload as a string)",
                            file, cmdLocation);
            if (const XmlElement* type = meta->child("Type"); type && text::trim(type->text) != "text/plain")
                throw Error("syncml.type", {cmd.qualifiedName, policy->cspNode, type->text},
                            "<" + cmd.qualifiedName + "> of " + policy->cspNode + " has <Type>" + type->text
                                + "</Type>; expected text/plain",
                            file, cmdLocation);
            const XmlElement* data = item.child("Data");
            if (!data)
                throw Error("syncml.no-data", {cmd.qualifiedName, policy->cspNode},
                            "<" + cmd.qualifiedName + "> of " + policy->cspNode + " has no <Data> payload", file, cmdLocation);
            std::string_view payload = data->text;
            if (text::trim(payload).size() != payload.size()) {
                result.notes.push_back("the payload of " + policy->cspNode + " at " + cmdLocation.english()
                                       + " has white space or line breaks around it; some Windows versions reject that");
                payload = text::trim(payload);
            }
            PolicySetting setting = parsePayload(policy->id, payload, file, cmdLocation);
            setting.comment = result.configuration.comment(policy->id);
            result.configuration.setSetting(policy->id, std::move(setting));
        }
        if (!anyItem && (isSet || isDelete))
            throw Error("syncml.no-item", {cmd.qualifiedName}, "<" + cmd.qualifiedName + "> has no <Item>", file, cmdLocation);
    }
    for (const Policy& p : Catalog::instance().policies())
        if (!mentioned[static_cast<std::size_t>(index(p.id))])
            result.notes.push_back(p.cspNode + " is not in the document; read as Not configured");
    return result;
}

} // namespace ra
