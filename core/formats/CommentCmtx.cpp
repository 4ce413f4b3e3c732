#include "CommentCmtx.h"

#include "core/Catalog.h"
#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/XmlReader.h"
#include "core/formats/XmlWriter.h"

#include <algorithm>

namespace ra {

namespace {
const char* kNs = "http://www.microsoft.com/GroupPolicy/CommentDefinitions";
const std::string kPrefix = "ns0";

XmlElement element(const std::string& name, std::vector<std::pair<std::string, std::string>> attributes = {},
                   std::string textValue = {})
{
    XmlElement e;
    e.qualifiedName = e.localName = name;
    e.namespaceUri = kNs;
    for (auto& [k, v] : attributes)
        e.attributes.push_back({k, k, {}, v});
    e.text = std::move(textValue);
    return e;
}

XmlElement& childOrAdd(XmlElement& parent, const std::string& name)
{
    for (XmlElement& c : parent.children)
        if (c.localName == name)
            return c;
    parent.children.push_back(element(name));
    return parent.children.back();
}

/// Writes a parsed element back (attributes, namespace declarations and names as written).
void writeTree(XmlWriter& w, const XmlElement& e)
{
    w.startElement(e.qualifiedName);
    for (const XmlAttribute& a : e.attributes)
        w.attribute(a.qualifiedName, a.value);
    if (!e.text.empty() && !std::string_view(text::trim(e.text)).empty())
        w.text(e.text);
    for (const XmlElement& c : e.children)
        writeTree(w, c);
    w.endElement();
}
} // namespace

bool CommentCmtx::hasComments(const Configuration& config)
{
    for (PolicyId id : kAllPolicies)
        if (!config.comment(id).empty())
            return true;
    return false;
}

Bytes CommentCmtx::render(const Configuration& config)
{
    XmlWriter::Options o;
    o.declaration = true;
    o.declarationQuote = '\'';
    o.indent = "  ";
    o.newline = "\r\n";
    XmlWriter w(o);
    w.startElement("policyComments");
    w.namespaceDeclaration("xsd", "http://www.w3.org/2001/XMLSchema");
    w.namespaceDeclaration("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    w.attribute("revision", "1.0");
    w.attribute("schemaVersion", "1.0");
    w.namespaceDeclaration("", kNs);
    w.startElement("policyNamespaces");
    w.startElement("using");
    w.attribute("prefix", kPrefix);
    w.attribute("namespace", admxNamespace);
    w.endElement();
    w.endElement();
    w.startElement("comments");
    w.startElement("admTemplate");
    for (const Policy& p : Catalog::instance().policies()) {
        if (config.comment(p.id).empty())
            continue;
        w.startElement("comment");
        w.attribute("policyRef", kPrefix + ":" + p.gpName);
        w.attribute("commentText", "$(resource." + kPrefix + "_" + p.gpName + ")");
        w.endElement();
    }
    w.endElement();
    w.endElement();
    w.startElement("resources");
    w.attribute("minRequiredRevision", "1.0");
    w.startElement("stringTable");
    for (const Policy& p : Catalog::instance().policies()) {
        if (config.comment(p.id).empty())
            continue;
        w.startElement("string");
        w.attribute("id", kPrefix + "_" + p.gpName);
        w.text(config.comment(p.id));
        w.endElement();
    }
    w.endElement();
    w.endElement();
    w.endElement();
    return w.bytes(XmlWriter::Encoding::Utf8WithBom);
}

std::optional<Bytes> CommentCmtx::merge(const std::optional<Bytes>& existing, const Configuration& config,
                                        const std::string& file)
{
    if (!existing)
        return hasComments(config) ? std::optional<Bytes>(render(config)) : std::nullopt;
    XmlElement root = XmlReader::parse(*existing, file);
    if (root.localName != "policyComments")
        throw Error("cmtx.root", {root.qualifiedName},
                    "expected <policyComments> as the root element, found <" + root.qualifiedName + ">", file);
    // our prefix: the one already bound to the Remote Assistance namespace, else a free nsN
    XmlElement& namespaces = childOrAdd(root, "policyNamespaces");
    std::string prefix;
    std::vector<std::string> taken;
    for (const XmlElement& u : namespaces.children) {
        const std::string p = u.attribute("prefix").value_or("");
        taken.push_back(p);
        if (text::iequals(u.attribute("namespace").value_or(""), admxNamespace))
            prefix = p;
    }
    if (prefix.empty()) {
        for (int n = 0; prefix.empty(); ++n)
            if (std::find(taken.begin(), taken.end(), "ns" + std::to_string(n)) == taken.end())
                prefix = "ns" + std::to_string(n);
        if (hasComments(config))
            namespaces.children.push_back(element("using", {{"prefix", prefix}, {"namespace", std::string(admxNamespace)}}));
    }
    XmlElement& adm = childOrAdd(childOrAdd(root, "comments"), "admTemplate");
    XmlElement& resources = childOrAdd(root, "resources");
    if (!resources.attribute("minRequiredRevision"))
        resources.attributes.push_back({"minRequiredRevision", "minRequiredRevision", {}, "1.0"});
    XmlElement& table = childOrAdd(resources, "stringTable");
    // drop our old comments and the strings only they used
    std::vector<std::string> dropped;
    std::erase_if(adm.children, [&](const XmlElement& c) {
        const std::string ref = c.attribute("policyRef").value_or("");
        const auto colon = ref.find(':');
        if (colon == std::string::npos || ref.substr(0, colon) != prefix)
            return false;
        const Policy* p = Catalog::instance().find(ref.substr(colon + 1));
        if (!p || !text::iequals(p->gpName, ref.substr(colon + 1)))
            return false;
        const std::string t = c.attribute("commentText").value_or("");
        if (t.starts_with("$(resource.") && t.ends_with(")"))
            dropped.push_back(t.substr(11, t.size() - 12));
        return true;
    });
    std::erase_if(table.children, [&](const XmlElement& s) {
        return std::find(dropped.begin(), dropped.end(), s.attribute("id").value_or("")) != dropped.end();
    });
    for (const Policy& p : Catalog::instance().policies()) {
        if (config.comment(p.id).empty())
            continue;
        std::string id = prefix + "_" + p.gpName;
        while (std::any_of(table.children.begin(), table.children.end(),
                           [&](const XmlElement& s) { return s.attribute("id").value_or("") == id; }))
            id += "_";
        adm.children.push_back(element("comment", {{"policyRef", prefix + ":" + p.gpName}, {"commentText", "$(resource." + id + ")"}}));
        table.children.push_back(element("string", {{"id", id}}, config.comment(p.id)));
    }
    XmlWriter::Options o;
    o.declaration = true;
    o.declarationQuote = '\'';
    o.indent = "  ";
    o.newline = "\r\n";
    XmlWriter w(o);
    writeTree(w, root);
    return w.bytes(XmlWriter::Encoding::Utf8WithBom);
}

std::map<PolicyId, std::string> CommentCmtx::read(const Bytes& data, const std::string& file, std::size_t* otherComments)
{
    const XmlElement root = XmlReader::parse(data, file);
    if (root.localName != "policyComments")
        throw Error("cmtx.root", {root.qualifiedName},
                    "expected <policyComments> as the root element, found <" + root.qualifiedName + ">", file);
    std::map<std::string, std::string> prefixes; // prefix → ADMX namespace
    if (const XmlElement* ns = root.child("policyNamespaces"))
        for (const XmlElement* u : ns->childrenNamed("using"))
            prefixes[u->attribute("prefix").value_or("")] = u->attribute("namespace").value_or("");
    std::map<std::string, std::string> strings;
    if (const XmlElement* res = root.child("resources"))
        if (const XmlElement* table = res->child("stringTable"))
            for (const XmlElement* s : table->childrenNamed("string"))
                strings[s->attribute("id").value_or("")] = s->text;
    std::map<PolicyId, std::string> out;
    std::size_t other = 0;
    if (const XmlElement* comments = root.child("comments"))
        for (const XmlElement* group : {comments->child("admTemplate")}) {
            if (!group)
                continue;
            for (const XmlElement* c : group->childrenNamed("comment")) {
                const std::string ref = c->attribute("policyRef").value_or("");
                const auto colon = ref.find(':');
                const std::string prefix = colon == std::string::npos ? std::string() : ref.substr(0, colon);
                const std::string name = colon == std::string::npos ? ref : ref.substr(colon + 1);
                const Policy* p = Catalog::instance().find(name);
                if (!text::iequals(prefixes[prefix], admxNamespace) || !p || !text::iequals(p->gpName, name)) {
                    ++other;
                    continue;
                }
                std::string textValue = c->attribute("commentText").value_or("");
                if (textValue.starts_with("$(resource.") && textValue.ends_with(")")) {
                    const std::string id = textValue.substr(11, textValue.size() - 12);
                    const auto it = strings.find(id);
                    if (it == strings.end())
                        throw Error("cmtx.string-missing", {ref, id},
                                    "comment of " + ref + " refers to string " + id + ", which the stringTable lacks",
                                    file);
                    textValue = it->second;
                }
                out[p->id] = textValue;
            }
        }
    if (otherComments)
        *otherComments = other;
    return out;
}

} // namespace ra
