#include "XmlTree.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <cctype>
#include <charconv>

namespace ra {

std::string_view XmlElement::localName() const
{
    const auto colon = name.find(':');
    return colon == std::string::npos ? std::string_view(name) : std::string_view(name).substr(colon + 1);
}

const std::string* XmlElement::attribute(std::string_view attributeName) const
{
    for (const auto& [n, v] : attributes)
        if (n == attributeName)
            return &v;
    return nullptr;
}

const XmlElement* XmlElement::child(std::string_view childName) const
{
    for (const auto& c : children)
        if (c.localName() == childName)
            return &c;
    return nullptr;
}

std::string XmlElement::where() const
{
    return "line " + std::to_string(line);
}

namespace {

constexpr int kMaxDepth = 256;

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// XML 1.0 Char production.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isNameStart(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Parser
{
public:
    Parser(std::string_view xml, const std::string& file)
        : m_xml(xml)
        , m_file(file)
    {
        if (!text::isValidUtf8(xml))
            throw Error("the text is not valid UTF-8", file);
        // A UTF-8 byte order mark is allowed at the very start.
        if (m_xml.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
    }

    XmlElement document()
    {
        prolog();
        if (atEnd() || peek() != '<')
            fail("expected the root element");
        XmlElement root = element(0);
        misc();
        if (!atEnd())
            fail("expected nothing after the root element </" + root.name + ">");
        return root;
    }

    XmlElement fragment()
    {
        XmlElement root;
        content(root, 0, /*topLevel*/ true);
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { failAt(reason, m_pos); }

    [[noreturn]] void failAt(const std::string& reason, std::size_t pos) const
    {
        int line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < pos && i < m_xml.size(); ++i)
            if (m_xml[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        // column in characters, not bytes
        int column = 1;
        for (std::size_t i = lineStart; i < pos && i < m_xml.size(); ++i)
            if ((static_cast<unsigned char>(m_xml[i]) & 0xC0) != 0x80)
                ++column;
        throw Error(reason, m_file,
                    "line " + std::to_string(line) + ", column " + std::to_string(column)
                        + " (byte offset " + std::to_string(pos) + ")");
    }

    bool atEnd() const { return m_pos >= m_xml.size(); }
    char peek() const { return m_xml[m_pos]; }
    bool lookingAt(std::string_view s) const { return m_xml.substr(m_pos, s.size()) == s; }
    int lineAt(std::size_t pos) const
    {
        int line = 1;
        for (std::size_t i = 0; i < pos; ++i)
            line += m_xml[i] == '\n';
        return line;
    }

    void expect(std::string_view s)
    {
        if (!lookingAt(s))
            fail("expected \"" + std::string(s) + "\"");
        m_pos += s.size();
    }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }

    std::string name()
    {
        const std::size_t start = m_pos;
        if (atEnd() || !isNameStart(static_cast<unsigned char>(peek())))
            fail("expected a name");
        while (!atEnd() && isNameChar(static_cast<unsigned char>(peek())))
            ++m_pos;
        return std::string(m_xml.substr(start, m_pos - start));
    }

    /// Checks that every code point in [from, to) is an XML Char.
    void checkChars(std::size_t from, std::size_t to) const
    {
        std::size_t i = from;
        while (i < to) {
            const auto c = static_cast<unsigned char>(m_xml[i]);
            char32_t cp = c;
            int len = 1;
            if (c >= 0xF0) {
                len = 4;
                cp = c & 0x07;
            } else if (c >= 0xE0) {
                len = 3;
                cp = c & 0x0F;
            } else if (c >= 0xC0) {
                len = 2;
                cp = c & 0x1F;
            }
            for (int k = 1; k < len; ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(m_xml[i + static_cast<std::size_t>(k)]) & 0x3F);
            if (!isXmlChar(cp))
                failAt("a character XML does not allow (U+" + hex(cp) + ")", i);
            i += static_cast<std::size_t>(len);
        }
    }

    static std::string hex(char32_t cp)
    {
        char buf[16];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<std::uint32_t>(cp), 16);
        (void)ec;
        std::string s(buf, end);
        for (auto& ch : s)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        while (s.size() < 4)
            s.insert(s.begin(), '0');
        return s;
    }

    /// After '&': decodes one reference and appends it.
    void reference(std::string& out)
    {
        const std::size_t start = m_pos;
        ++m_pos; // '&'
        const auto semi = m_xml.find(';', m_pos);
        if (semi == std::string_view::npos || semi - m_pos > 12)
            failAt("an '&' that does not start a reference (write &amp; for a literal ampersand)", start);
        const std::string_view ref = m_xml.substr(m_pos, semi - m_pos);
        if (!ref.empty() && ref[0] == '#') {
            std::uint32_t cp = 0;
            std::from_chars_result r{};
            if (ref.size() > 1 && ref[1] == 'x')
                r = std::from_chars(ref.data() + 2, ref.data() + ref.size(), cp, 16);
            else
                r = std::from_chars(ref.data() + 1, ref.data() + ref.size(), cp, 10);
            const bool digits = ref.size() > (ref.size() > 1 && ref[1] == 'x' ? 2u : 1u);
            if (!digits || r.ec != std::errc() || r.ptr != ref.data() + ref.size()
                || !isXmlChar(static_cast<char32_t>(cp)))
                failAt("an invalid character reference \"&" + std::string(ref) + ";\"", start);
            appendUtf8(out, static_cast<char32_t>(cp));
        } else if (ref == "lt") {
            out += '<';
        } else if (ref == "gt") {
            out += '>';
        } else if (ref == "amp") {
            out += '&';
        } else if (ref == "quot") {
            out += '"';
        } else if (ref == "apos") {
            out += '\'';
        } else {
            failAt("an unknown entity \"&" + std::string(ref)
                       + ";\" (only &lt; &gt; &amp; &quot; &apos; and character references exist here)",
                   start);
        }
        m_pos = semi + 1;
    }

    std::string attributeValue()
    {
        if (atEnd() || (peek() != '"' && peek() != '\''))
            fail("expected a quoted attribute value");
        const char quote = peek();
        ++m_pos;
        std::string out;
        while (true) {
            if (atEnd())
                fail("the attribute value is not closed");
            const char c = peek();
            if (c == quote) {
                ++m_pos;
                return out;
            }
            if (c == '<')
                fail("'<' inside an attribute value (write &lt;)");
            if (c == '&') {
                reference(out);
                continue;
            }
            // attribute-value normalisation: literal white space becomes a space
            if (c == '\r') {
                out += ' ';
                ++m_pos;
                if (!atEnd() && peek() == '\n')
                    ++m_pos;
                continue;
            }
            const std::size_t from = m_pos;
            while (!atEnd() && peek() != quote && peek() != '<' && peek() != '&' && peek() != '\r')
                ++m_pos;
            checkChars(from, m_pos);
            for (std::size_t i = from; i < m_pos; ++i)
                out += (m_xml[i] == '\n' || m_xml[i] == '\t') ? ' ' : m_xml[i];
        }
    }

    void comment()
    {
        const std::size_t start = m_pos;
        m_pos += 4; // <!--
        const auto end = m_xml.find("--", m_pos);
        if (end == std::string_view::npos)
            failAt("the comment is not closed with -->", start);
        if (m_xml.substr(end, 3) != "-->")
            failAt("\"--\" inside a comment", end);
        checkChars(m_pos, end);
        m_pos = end + 3;
    }

    void processingInstruction(bool allowDeclaration)
    {
        const std::size_t start = m_pos;
        m_pos += 2; // <?
        const std::string target = name();
        const auto end = m_xml.find("?>", m_pos);
        if (end == std::string_view::npos)
            failAt("the processing instruction is not closed with ?>", start);
        if (text::iequals(target, "xml")) {
            if (!allowDeclaration || target != "xml")
                failAt("an XML declaration is only allowed at the very start", start);
            const std::string_view decl = m_xml.substr(m_pos, end - m_pos);
            if (decl.find("version=\"1.0\"") == std::string_view::npos
                && decl.find("version='1.0'") == std::string_view::npos)
                failAt("the XML declaration must say version=\"1.0\"", start);
            const auto enc = decl.find("encoding=");
            if (enc != std::string_view::npos) {
                const std::string_view rest = decl.substr(enc + 9);
                if (rest.size() < 7 || !text::iequals(rest.substr(1, 5), "utf-8"))
                    failAt("only UTF-8 documents are supported (the declaration names another encoding)", start);
            }
        }
        checkChars(m_pos, end);
        m_pos = end + 2;
    }

    /// Comments, PIs and white space between top-level constructs.
    void misc()
    {
        while (true) {
            skipSpace();
            if (lookingAt("<!--"))
                comment();
            else if (lookingAt("<?"))
                processingInstruction(false);
            else
                return;
        }
    }

    void prolog()
    {
        if (lookingAt("<?xml") && m_pos + 5 < m_xml.size() && isSpace(m_xml[m_pos + 5]))
            processingInstruction(true);
        misc();
        if (lookingAt("<!DOCTYPE"))
            fail("a DOCTYPE is not accepted (no DTDs, no custom entities)");
    }

    XmlElement element(int depth)
    {
        if (depth > kMaxDepth)
            fail("elements nested deeper than " + std::to_string(kMaxDepth) + " levels");
        XmlElement e;
        e.offset = m_pos;
        e.line = lineAt(m_pos);
        expect("<");
        e.name = name();
        while (true) {
            const bool hadSpace = !atEnd() && isSpace(peek());
            skipSpace();
            if (atEnd())
                fail("the start tag <" + e.name + "> is not closed");
            if (lookingAt("/>")) {
                m_pos += 2;
                return e;
            }
            if (peek() == '>') {
                ++m_pos;
                break;
            }
            if (!hadSpace)
                fail("expected white space, '>' or '/>' in the start tag <" + e.name + ">");
            const std::size_t attrPos = m_pos;
            std::string attrName = name();
            skipSpace();
            expect("=");
            skipSpace();
            std::string value = attributeValue();
            if (e.attribute(attrName))
                failAt("the attribute \"" + attrName + "\" appears twice", attrPos);
            e.attributes.emplace_back(std::move(attrName), std::move(value));
        }
        content(e, depth, false);
        // end tag
        const std::size_t endPos = m_pos;
        expect("</");
        const std::string endName = name();
        if (endName != e.name)
            failAt("expected </" + e.name + "> (opened on line " + std::to_string(e.line) + "), found </"
                       + endName + ">",
                   endPos);
        skipSpace();
        expect(">");
        return e;
    }

    /// Content of an element up to its end tag (or, at top level, to the end of the input).
    void content(XmlElement& e, int depth, bool topLevel)
    {
        while (true) {
            if (atEnd()) {
                if (topLevel)
                    return;
                fail("the element <" + e.name + "> (line " + std::to_string(e.line) + ") is not closed");
            }
            const char c = peek();
            if (c == '<') {
                if (lookingAt("</")) {
                    if (topLevel)
                        fail("an end tag without a start tag");
                    return;
                }
                if (lookingAt("<!--")) {
                    comment();
                } else if (lookingAt("<![CDATA[")) {
                    const std::size_t start = m_pos;
                    m_pos += 9;
                    const auto end = m_xml.find("]]>", m_pos);
                    if (end == std::string_view::npos)
                        failAt("the CDATA section is not closed with ]]>", start);
                    checkChars(m_pos, end);
                    appendNormalisedText(e.text, m_xml.substr(m_pos, end - m_pos));
                    m_pos = end + 3;
                } else if (lookingAt("<?")) {
                    processingInstruction(false);
                } else if (lookingAt("<!")) {
                    fail("a markup declaration is not allowed here");
                } else {
                    e.children.push_back(element(depth + 1));
                }
            } else if (c == '&') {
                reference(e.text);
            } else {
                const std::size_t from = m_pos;
                while (!atEnd() && peek() != '<' && peek() != '&')
                    ++m_pos;
                const std::string_view run = m_xml.substr(from, m_pos - from);
                const auto bad = run.find("]]>");
                if (bad != std::string_view::npos)
                    failAt("\"]]>\" in character data", from + bad);
                checkChars(from, m_pos);
                appendNormalisedText(e.text, run);
            }
        }
    }

    /// Line-end normalisation: CR LF and lone CR become LF.
    static void appendNormalisedText(std::string& out, std::string_view run)
    {
        for (std::size_t i = 0; i < run.size(); ++i) {
            if (run[i] == '\r') {
                out += '\n';
                if (i + 1 < run.size() && run[i + 1] == '\n')
                    ++i;
            } else {
                out += run[i];
            }
        }
    }

    std::string_view m_xml;
    const std::string& m_file;
    std::size_t m_pos = 0;
};

} // namespace

XmlElement XmlTree::parseDocument(std::string_view xml, const std::string& file)
{
    return Parser(xml, file).document();
}

XmlElement XmlTree::parseFragment(std::string_view xml, const std::string& file)
{
    return Parser(xml, file).fragment();
}

std::string XmlTree::escape(std::string_view value)
{
    if (!text::isValidUtf8(value))
        throw Error("the text is not valid UTF-8");
    if (value.find("\xEF\xBF\xBE") != std::string_view::npos || value.find("\xEF\xBF\xBF") != std::string_view::npos)
        throw Error("the text contains U+FFFE or U+FFFF, which XML cannot carry");
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
            if (c < 0x20)
                throw Error("the text contains the control character U+00" + std::string(1, "0123456789ABCDEF"[c >> 4])
                            + std::string(1, "0123456789ABCDEF"[c & 0xF]) + ", which XML cannot carry");
            out += ch;
        }
    }
    return out;
}

} // namespace ra
