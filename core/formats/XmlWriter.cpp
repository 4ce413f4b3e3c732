#include "XmlWriter.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <cstdio>

namespace ra {

XmlWriter::XmlWriter()
    : XmlWriter(Options{})
{
}

XmlWriter::XmlWriter(Options options)
    : m_options(std::move(options))
{
    if (m_options.declaration) {
        const std::string q(1, m_options.declarationQuote == '\'' ? '\'' : '"');
        m_out = "<?xml version=" + q + "1.0" + q + " encoding=" + q + m_options.declarationEncoding + q + "?>";
        m_anythingWritten = true;
    }
}

void XmlWriter::checkName(std::string_view name)
{
    auto nameChar = [](char c, bool first) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            return true; // non-ASCII letters; validated as UTF-8 below
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':')
            return true;
        return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.');
    };
    bool ok = !name.empty() && text::isValidUtf8(name);
    for (std::size_t i = 0; ok && i < name.size(); ++i)
        ok = nameChar(name[i], i == 0);
    if (!ok)
        throw Error("xmlwriter.name", {std::string(name)}, "\"" + std::string(name) + "\" is not a valid XML name");
}

void XmlWriter::checkChars(std::string_view s)
{
    if (!text::isValidUtf8(s))
        throw Error("xmlwriter.bad-utf8", {}, "text for XML is not valid UTF-8");
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "%04X", u);
            const std::string character = std::string("U+") + buf;
            throw Error("xmlwriter.control-char", {character}, "character " + character + " cannot appear in an XML document");
        }
    }
}

std::string XmlWriter::escapeText(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string XmlWriter::escapeAttribute(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\t': out += "&#9;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        default: out += c;
        }
    }
    return out;
}

void XmlWriter::lineBreak()
{
    if (m_options.indent.empty() || !m_anythingWritten)
        return;
    m_out += m_options.newline;
    for (std::size_t i = 0; i < m_open.size(); ++i)
        m_out += m_options.indent;
}

void XmlWriter::closeStartTag()
{
    if (m_startTagOpen) {
        m_out += '>';
        m_startTagOpen = false;
    }
}

void XmlWriter::comment(std::string_view s)
{
    checkChars(s);
    if (s.find("--") != std::string_view::npos || (!s.empty() && s.back() == '-'))
        throw Error("xmlwriter.comment", {}, "an XML comment cannot contain \"--\" or end with '-'");
    closeStartTag();
    if (!m_open.empty()) {
        m_open.back().hasContent = true;
        m_open.back().hasChildElements = true;
    }
    lineBreak();
    m_out += "<!--";
    m_out += s;
    m_out += "-->";
    m_anythingWritten = true;
}

void XmlWriter::startElement(std::string_view name)
{
    checkName(name);
    if (m_open.empty() && m_rootWritten)
        throw Error("xmlwriter.second-root", {std::string(name)},
                    "an XML document has exactly one root element; <" + std::string(name) + "> would be a second");
    closeStartTag();
    if (!m_open.empty()) {
        m_open.back().hasContent = true;
        m_open.back().hasChildElements = true;
    }
    lineBreak();
    m_out += '<';
    m_out += name;
    m_open.push_back({std::string(name)});
    m_startTagOpen = true;
    m_rootWritten = true;
    m_anythingWritten = true;
}

void XmlWriter::attribute(std::string_view name, std::string_view value)
{
    if (!m_startTagOpen)
        throw Error("xmlwriter.attribute-outside", {std::string(name)},
                    "attribute " + std::string(name) + " written outside a start tag");
    checkName(name);
    checkChars(value);
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    m_out += escapeAttribute(value);
    m_out += '"';
}

void XmlWriter::namespaceDeclaration(std::string_view prefix, std::string_view uri)
{
    attribute(prefix.empty() ? std::string("xmlns") : "xmlns:" + std::string(prefix), uri);
}

void XmlWriter::text(std::string_view s)
{
    if (m_open.empty())
        throw Error("xmlwriter.text-outside", {}, "text outside the root element");
    checkChars(s);
    closeStartTag();
    m_open.back().hasContent = true;
    m_out += escapeText(s);
}

void XmlWriter::cdata(std::string_view s)
{
    if (m_open.empty())
        throw Error("xmlwriter.cdata-outside", {}, "CDATA outside the root element");
    checkChars(s);
    closeStartTag();
    m_open.back().hasContent = true;
    m_out += "<![CDATA[";
    std::size_t start = 0;
    for (std::size_t end; (end = s.find("]]>", start)) != std::string_view::npos; start = end + 2) {
        // "]]" ends this section, ">" starts the next one
        m_out += s.substr(start, end + 2 - start);
        m_out += "]]><![CDATA[";
    }
    m_out += s.substr(start);
    m_out += "]]>";
}

void XmlWriter::endElement()
{
    if (m_open.empty())
        throw Error("xmlwriter.no-open-element", {}, "endElement() without an open element");
    const Open top = m_open.back();
    if (m_startTagOpen && !top.hasContent) {
        m_out += m_options.spaceBeforeEmptyClose ? " />" : "/>";
        m_startTagOpen = false;
        m_open.pop_back();
        return;
    }
    closeStartTag();
    m_open.pop_back();
    if (top.hasChildElements)
        lineBreak();
    m_out += "</";
    m_out += top.name;
    m_out += '>';
}

void XmlWriter::textElement(std::string_view name, std::string_view s)
{
    startElement(name);
    if (!s.empty())
        text(s);
    endElement();
}

void XmlWriter::cdataElement(std::string_view name, std::string_view s)
{
    startElement(name);
    cdata(s);
    endElement();
}

void XmlWriter::emptyElement(std::string_view name)
{
    startElement(name);
    endElement();
}

std::string XmlWriter::toString() const
{
    if (!m_open.empty())
        throw Error("xmlwriter.incomplete", {m_open.back().name},
                    "XML document incomplete: <" + m_open.back().name + "> is still open");
    if (!m_rootWritten)
        throw Error("xmlwriter.no-root", {}, "XML document has no root element");
    return m_out;
}

Bytes XmlWriter::encode(std::string_view utf8, Encoding encoding)
{
    Bytes out;
    switch (encoding) {
    case Encoding::Utf8WithBom:
        out = {0xEF, 0xBB, 0xBF};
        [[fallthrough]];
    case Encoding::Utf8:
        out.insert(out.end(), utf8.begin(), utf8.end());
        break;
    case Encoding::Utf16LeWithBom: {
        out = {0xFF, 0xFE};
        for (char16_t u : text::toUtf16(utf8)) {
            out.push_back(static_cast<std::uint8_t>(u & 0xFF));
            out.push_back(static_cast<std::uint8_t>(u >> 8));
        }
        break;
    }
    }
    return out;
}

Bytes XmlWriter::bytes(Encoding encoding) const
{
    return encode(toString(), encoding);
}

} // namespace ra
