#include "XmlReader.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <map>

namespace ra {

const XmlElement* XmlElement::child(std::string_view name) const
{
    for (const XmlElement& c : children)
        if (c.localName == name)
            return &c;
    return nullptr;
}

std::vector<const XmlElement*> XmlElement::childrenNamed(std::string_view name) const
{
    std::vector<const XmlElement*> out;
    for (const XmlElement& c : children)
        if (c.localName == name)
            out.push_back(&c);
    return out;
}

std::optional<std::string> XmlElement::childText(std::string_view name) const
{
    if (const XmlElement* c = child(name))
        return c->text;
    return std::nullopt;
}

std::optional<std::string> XmlElement::attribute(std::string_view name,
                                                 std::optional<std::string_view> ns) const
{
    for (const XmlAttribute& a : attributes)
        if (a.localName == name && (!ns || a.namespaceUri == *ns))
            return a.value;
    return std::nullopt;
}

namespace {

const std::string kXmlNs = "http://www.w3.org/XML/1998/namespace";
const std::string kXmlnsNs = "http://www.w3.org/2000/xmlns/";

class Parser
{
public:
    Parser(std::string_view s, const std::string& file)
        : m_s(s)
        , m_file(file)
    {
    }

    XmlElement document()
    {
        if (m_s.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        if (!text::isValidUtf8(m_s.substr(m_pos)))
            fail("xml.bad-utf8", {}, "the document is not valid UTF-8", m_pos);
        // XML 1.0 §2.2 (Char): no C0 control character but tab, LF and CR, and no U+FFFE/U+FFFF,
        // anywhere in the document — raw or in CDATA (what a writer could never put back)
        for (std::size_t i = m_pos; i < m_s.size(); ++i) {
            const auto c = static_cast<unsigned char>(m_s[i]);
            if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) {
                static const char* hex = "0123456789ABCDEF";
                const std::string character = std::string("U+00") + hex[c >> 4] + hex[c & 0xF];
                fail("xml.control-char", {character}, "the control character " + character + " is not allowed in XML", i);
            }
            if (c == 0xEF && i + 2 < m_s.size() && static_cast<unsigned char>(m_s[i + 1]) == 0xBF
                && (static_cast<unsigned char>(m_s[i + 2]) == 0xBE || static_cast<unsigned char>(m_s[i + 2]) == 0xBF))
                fail("xml.non-character", {}, "the non-character U+FFFE or U+FFFF is not allowed in XML", i);
        }
        misc(true);
        if (atEnd())
            fail("xml.no-root", {}, "expected the root element, found the end of the document");
        if (!lookingAt("<"))
            fail("xml.root-start", {}, "expected '<' starting the root element");
        std::vector<std::map<std::string, std::string>> scopes;
        XmlElement root = element(scopes);
        misc(false);
        if (!atEnd())
            fail("xml.after-root", {}, "unexpected content after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const char* code, std::vector<std::string> args, const std::string& reason,
                           std::size_t at = std::string::npos) const
    {
        if (at == std::string::npos)
            at = m_pos;
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < at && i < m_s.size(); ++i) {
            if (m_s[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(m_s[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        throw Error(code, std::move(args), reason, m_file, ErrorLocation::lineColumn(line, column));
    }

    /// The 1-based line of @p pos; start tags come in document order, so counting goes on
    /// from the previous answer (linear, not quadratic, in the document size).
    std::size_t lineAt(std::size_t pos)
    {
        if (pos < m_linePos) {
            m_linePos = 0;
            m_line = 1;
        }
        for (; m_linePos < pos; ++m_linePos)
            m_line += m_s[m_linePos] == '\n';
        return m_line;
    }

    bool atEnd() const { return m_pos >= m_s.size(); }
    bool lookingAt(std::string_view t) const { return m_s.substr(m_pos, t.size()) == t; }
    void skipSpace()
    {
        while (!atEnd() && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\r' || m_s[m_pos] == '\n'))
            ++m_pos;
    }
    void expect(std::string_view t, const char* what)
    {
        if (!lookingAt(t))
            fail("xml.expected", {what}, std::string("expected ") + what);
        m_pos += t.size();
    }

    /// Comments, PIs, the XML declaration and white space outside the root element.
    void misc(bool prolog)
    {
        for (;;) {
            skipSpace();
            if (lookingAt("<?"))
                processingInstruction();
            else if (lookingAt("<!--"))
                comment();
            else if (lookingAt("<!DOCTYPE") && prolog)
                fail("xml.doctype", {}, "DOCTYPE declarations are not supported");
            else if (lookingAt("<!DOCTYPE"))
                fail("xml.doctype-after-root", {}, "unexpected DOCTYPE after the root element");
            else
                return;
        }
    }

    void processingInstruction()
    {
        const std::size_t end = m_s.find("?>", m_pos + 2);
        if (end == std::string_view::npos)
            fail("xml.unterminated-pi", {}, "unterminated processing instruction: expected \"?>\"");
        m_pos = end + 2;
    }

    void comment()
    {
        const std::size_t end = m_s.find("-->", m_pos + 4);
        if (end == std::string_view::npos)
            fail("xml.unterminated-comment", {}, "unterminated comment: expected \"-->\"");
        m_pos = end + 3;
    }

    static bool nameStart(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'
            || static_cast<unsigned char>(c) >= 0x80;
    }
    static bool nameChar(char c)
    {
        return nameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    std::string name(const char* what)
    {
        if (atEnd() || !nameStart(m_s[m_pos]))
            fail("xml.expected", {what}, std::string("expected ") + what);
        const std::size_t start = m_pos;
        while (!atEnd() && nameChar(m_s[m_pos]))
            ++m_pos;
        return std::string(m_s.substr(start, m_pos - start));
    }

    /// Appends the character(s) of an entity or character reference at m_pos ('&').
    void reference(std::string& out)
    {
        const std::size_t start = m_pos;
        const std::size_t semi = m_s.find(';', m_pos);
        if (semi == std::string_view::npos || semi - m_pos > 12)
            fail("xml.ampersand", {}, "'&' must start a reference such as &amp; (use &amp; for a literal '&')");
        const std::string_view ref = m_s.substr(m_pos + 1, semi - m_pos - 1);
        m_pos = semi + 1;
        if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "amp") out += '&';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (!ref.empty() && ref[0] == '#') {
            std::uint32_t cp = 0;
            const bool hex = ref.size() > 1 && ref[1] == 'x';
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            if (digits.empty())
                fail("xml.empty-char-ref", {}, "empty character reference", start);
            for (char c : digits) {
                int d;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                else fail("xml.bad-char-ref", {std::string(ref)}, "invalid character reference &" + std::string(ref) + ";", start);
                cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
                if (cp > 0x10FFFF)
                    fail("xml.char-ref-range", {std::string(ref)}, "character reference &" + std::string(ref) + "; is out of range",
                         start);
            }
            if ((cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
                fail("xml.char-ref-not-char", {std::string(ref)},
                     "character reference &" + std::string(ref) + "; is not an XML character", start);
            std::u16string u;
            if (cp >= 0x10000) {
                u.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
                u.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
            } else {
                u.push_back(static_cast<char16_t>(cp));
            }
            out += text::toUtf8(u);
        } else {
            fail("xml.unknown-entity", {std::string(ref)},
                 "unknown entity &" + std::string(ref) + "; (only the five XML entities are supported)", start);
        }
    }

    static void split(const std::string& qname, std::string& prefix, std::string& local)
    {
        const auto colon = qname.find(':');
        if (colon == std::string::npos) {
            prefix.clear();
            local = qname;
        } else {
            prefix = qname.substr(0, colon);
            local = qname.substr(colon + 1);
        }
    }

    std::string resolve(const std::vector<std::map<std::string, std::string>>& scopes, const std::string& prefix,
                        std::size_t at) const
    {
        if (prefix == "xml")
            return kXmlNs;
        if (prefix == "xmlns")
            return kXmlnsNs;
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
            if (auto f = it->find(prefix); f != it->end())
                return f->second;
        if (prefix.empty())
            return {};
        fail("xml.undeclared-prefix", {prefix}, "namespace prefix \"" + prefix + "\" is not declared", at);
    }

    XmlElement element(std::vector<std::map<std::string, std::string>>& scopes)
    {
        if (scopes.size() > 256)
            fail("xml.too-deep", {}, "elements nested more than 256 deep");
        XmlElement el;
        const std::size_t start = m_pos;
        el.line = lineAt(start);
        expect("<", "'<'");
        el.qualifiedName = name("an element name");
        std::vector<std::size_t> attributeAt;
        for (;;) {
            const std::size_t before = m_pos;
            skipSpace();
            if (lookingAt("/>") || lookingAt(">"))
                break;
            if (before == m_pos)
                fail("xml.start-tag", {el.qualifiedName},
                     "expected white space, '>' or \"/>\" in the start tag of <" + el.qualifiedName + ">");
            XmlAttribute a;
            attributeAt.push_back(m_pos);
            a.qualifiedName = name("an attribute name");
            for (const XmlAttribute& other : el.attributes)
                if (other.qualifiedName == a.qualifiedName)
                    fail("xml.duplicate-attribute", {a.qualifiedName}, "attribute " + a.qualifiedName + " appears twice",
                         attributeAt.back());
            skipSpace();
            expect("=", "'=' after the attribute name");
            skipSpace();
            if (atEnd() || (m_s[m_pos] != '"' && m_s[m_pos] != '\''))
                fail("xml.unquoted-attribute", {}, "expected a quoted attribute value");
            const char quote = m_s[m_pos++];
            for (;;) {
                if (atEnd())
                    fail("xml.unterminated-attribute", {}, "unterminated attribute value");
                const char c = m_s[m_pos];
                if (c == quote) {
                    ++m_pos;
                    break;
                }
                if (c == '<')
                    fail("xml.lt-in-attribute", {}, "'<' is not allowed in an attribute value");
                if (c == '&') {
                    reference(a.value);
                    continue;
                }
                // attribute-value normalization of white space
                a.value += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
                ++m_pos;
            }
            el.attributes.push_back(std::move(a));
        }
        // namespace declarations of this element
        std::map<std::string, std::string> scope;
        for (const XmlAttribute& a : el.attributes) {
            if (a.qualifiedName == "xmlns")
                scope[""] = a.value;
            else if (a.qualifiedName.rfind("xmlns:", 0) == 0)
                scope[a.qualifiedName.substr(6)] = a.value;
        }
        scopes.push_back(std::move(scope));
        std::string prefix;
        split(el.qualifiedName, prefix, el.localName);
        el.namespaceUri = resolve(scopes, prefix, start);
        for (std::size_t i = 0; i < el.attributes.size(); ++i) {
            XmlAttribute& a = el.attributes[i];
            split(a.qualifiedName, prefix, a.localName);
            if (a.qualifiedName == "xmlns")
                a.namespaceUri = kXmlnsNs;
            else if (!prefix.empty())
                a.namespaceUri = resolve(scopes, prefix, attributeAt[i]);
        }

        if (lookingAt("/>")) {
            m_pos += 2;
            scopes.pop_back();
            return el;
        }
        expect(">", "'>'");
        // content
        for (;;) {
            if (atEnd())
                fail("xml.unclosed", {el.qualifiedName, std::to_string(el.line)},
                     "unexpected end of the document: <" + el.qualifiedName + "> (line " + std::to_string(el.line)
                         + ") is not closed");
            const char c = m_s[m_pos];
            if (c == '<') {
                if (lookingAt("</")) {
                    m_pos += 2;
                    const std::size_t at = m_pos;
                    const std::string closing = name("an element name after \"</\"");
                    if (closing != el.qualifiedName)
                        fail("xml.end-tag", {el.qualifiedName, std::to_string(el.line), closing},
                             "expected </" + el.qualifiedName + "> closing the element of line "
                                 + std::to_string(el.line) + ", found </" + closing + ">",
                             at);
                    skipSpace();
                    expect(">", "'>'");
                    break;
                }
                if (lookingAt("<![CDATA[")) {
                    const std::size_t end = m_s.find("]]>", m_pos + 9);
                    if (end == std::string_view::npos)
                        fail("xml.unterminated-cdata", {}, "unterminated CDATA section: expected \"]]>\"");
                    el.text += m_s.substr(m_pos + 9, end - m_pos - 9);
                    m_pos = end + 3;
                } else if (lookingAt("<!--")) {
                    comment();
                } else if (lookingAt("<?")) {
                    processingInstruction();
                } else if (lookingAt("<!")) {
                    fail("xml.markup-declaration", {}, "unexpected markup declaration inside an element");
                } else {
                    el.children.push_back(element(scopes));
                }
            } else if (c == '&') {
                reference(el.text);
            } else {
                if (c == ']' && lookingAt("]]>"))
                    fail("xml.cdata-end-in-text", {}, "\"]]>\" is not allowed in text");
                if (c == '\r') { // line-end normalization
                    el.text += '\n';
                    ++m_pos;
                    if (lookingAt("\n"))
                        ++m_pos;
                    continue;
                }
                const auto u = static_cast<unsigned char>(c);
                if (u < 0x20 && c != '\t' && c != '\n')
                    fail("xml.control-in-text", {}, "control character in text");
                el.text += c;
                ++m_pos;
            }
        }
        scopes.pop_back();
        return el;
    }

    std::string_view m_s;
    const std::string& m_file;
    std::size_t m_pos = 0;
    std::size_t m_linePos = 0;
    std::size_t m_line = 1;
};

} // namespace

std::string XmlReader::decode(const Bytes& data, const std::string& file)
{
    auto utf16 = [&](std::size_t start, bool littleEndian) {
        if ((data.size() - start) % 2 != 0)
            throw Error("xml.odd-bytes", {}, "UTF-16 document with an odd number of bytes", file);
        std::u16string u;
        u.reserve((data.size() - start) / 2);
        for (std::size_t i = start; i + 1 < data.size(); i += 2)
            u.push_back(littleEndian ? static_cast<char16_t>(data[i] | (data[i + 1] << 8))
                                     : static_cast<char16_t>((data[i] << 8) | data[i + 1]));
        try {
            return text::toUtf8(u);
        } catch (const Error& e) {
            throw Error("xml.bad-utf16", {}, "the document is not valid UTF-16 (" + e.reason() + ")", file).causedBy(e);
        }
    };
    if (data.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        return utf16(2, true);
    if (data.size() >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        return utf16(2, false);
    if (data.size() >= 2 && data[0] == '<' && data[1] == 0)
        return utf16(0, true);
    if (data.size() >= 2 && data[0] == 0 && data[1] == '<')
        return utf16(0, false);
    std::size_t start = 0;
    if (data.size() >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        start = 3;
    return std::string(data.begin() + static_cast<std::ptrdiff_t>(start), data.end());
}

XmlElement XmlReader::parse(std::string_view utf8, const std::string& file)
{
    return Parser(utf8, file).document();
}

XmlElement XmlReader::parse(const Bytes& data, const std::string& file)
{
    const std::string s = decode(data, file);
    return parse(std::string_view(s), file);
}

XmlElement XmlReader::read(const std::filesystem::path& path, const FileSystem& fs)
{
    return parse(fs.read(path), displayPath(path));
}

} // namespace ra
