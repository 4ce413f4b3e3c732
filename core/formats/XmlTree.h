#pragma once
/**
 * @file XmlTree.h
 * A small, strict, Qt-free XML parser that builds an element tree. It is what the SyncML
 * reader stands on: enough XML 1.0 for documents and payload fragments (elements, attributes,
 * character and entity references, CDATA, comments, processing instructions), and nothing that
 * can be abused (a DOCTYPE is refused, so there are no custom entities to expand).
 */
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ra {

/// One element with its decoded attributes, children and character data.
struct XmlElement
{
    std::string name; ///< the name as written, with any prefix ("SyncML", "x:Item")
    std::vector<std::pair<std::string, std::string>> attributes; ///< decoded values, document order
    std::vector<XmlElement> children;
    /// Character data directly inside this element (text and CDATA, references decoded,
    /// concatenated in order; text between child elements included).
    std::string text;
    std::uint64_t offset = 0; ///< byte offset of the element's '<' in the parsed input
    int line = 1;             ///< 1-based line of the element's '<'

    /// The name without a namespace prefix.
    std::string_view localName() const;
    /// The value of attribute @p name (exact match), or nullptr.
    const std::string* attribute(std::string_view attributeName) const;
    /// The first child whose local name is @p childName (exact match), or nullptr.
    const XmlElement* child(std::string_view childName) const;
    /// "line L" for messages.
    std::string where() const;
};

/**
 * Parses XML text. Every syntax error throws ra::Error naming @p file and "line L, column C
 * (byte offset N)" with what was expected.
 */
class XmlTree
{
public:
    /**
     * Parses a whole document: an optional XML declaration (version 1.0, UTF-8 only), comments
     * and processing instructions, and exactly one root element.
     */
    static XmlElement parseDocument(std::string_view xml, const std::string& file = {});

    /**
     * Parses a fragment: any sequence of elements and character data, as found inside an
     * ADMX-backed SyncML payload. Returns a nameless element whose children are the top-level
     * elements and whose text is the top-level character data.
     */
    static XmlElement parseFragment(std::string_view xml, const std::string& file = {});

    /// Escapes text for an attribute value in double quotes or for character data:
    /// & < > " become entity references, TAB, LF and CR become character references.
    /// Throws ra::Error for a character XML 1.0 cannot carry (other C0 controls) or bad UTF-8.
    static std::string escape(std::string_view text);
};

} // namespace ra
