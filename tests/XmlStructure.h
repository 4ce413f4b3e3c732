#pragma once
/**
 * @file XmlStructure.h
 * Test helper: the structure of an XML document, values aside — one string per distinct
 * element path, "/{ns}Root/{ns}Child[@{ns}attr @attr2]", with namespace URIs instead of
 * prefixes (namespace declarations themselves left out).
 */
#include "core/formats/XmlReader.h"

#include <algorithm>
#include <set>
#include <string>

namespace ra::test {

inline void collectStructure(const XmlElement& e, const std::string& parent, std::set<std::string>& out)
{
    const std::string path = parent + "/{" + e.namespaceUri + "}" + e.localName;
    std::vector<std::string> attrs;
    for (const XmlAttribute& a : e.attributes)
        if (a.qualifiedName != "xmlns" && a.qualifiedName.rfind("xmlns:", 0) != 0)
            attrs.push_back("@{" + a.namespaceUri + "}" + a.localName);
    std::sort(attrs.begin(), attrs.end());
    std::string line = path;
    if (!attrs.empty()) {
        line += "[";
        for (std::size_t i = 0; i < attrs.size(); ++i)
            line += (i ? " " : "") + attrs[i];
        line += "]";
    }
    out.insert(line);
    for (const XmlElement& c : e.children)
        collectStructure(c, path, out);
}

inline std::set<std::string> structure(const XmlElement& root)
{
    std::set<std::string> out;
    collectStructure(root, "", out);
    return out;
}

inline std::set<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b)
{
    std::set<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

} // namespace ra::test
