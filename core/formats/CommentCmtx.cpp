#include "CommentCmtx.h"

#include "core/Catalog.h"
#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/XmlReader.h"
#include "core/formats/XmlWriter.h"

namespace ra {

namespace {
const char* kNs = "http://www.microsoft.com/GroupPolicy/CommentDefinitions";
const std::string kPrefix = "ns0";
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

std::map<PolicyId, std::string> CommentCmtx::read(const Bytes& data, const std::string& file, std::size_t* otherComments)
{
    const XmlElement root = XmlReader::parse(data, file);
    if (root.localName != "policyComments")
        throw Error("expected <policyComments> as the root element, found <" + root.qualifiedName + ">", file);
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
                        throw Error("comment of " + ref + " refers to string " + id + ", which the stringTable lacks", file);
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
