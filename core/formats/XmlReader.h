#pragma once
/**
 * @file XmlReader.h
 * A small, strict XML parser producing an element tree with resolved namespaces.
 *
 * Why our own: core/ and backends/ are Qt-free and cross-built for Windows with mingw-w64, for
 * which Debian ships no XML library (and QXmlStreamReader would pull Qt into ra-policy). What
 * the engine reads is small and machine-written — GPO backup manifests (manifest.xml,
 * bkupInfo.xml, Backup.xml), gpreport.xml, SyncML — so a compact parser of well-formed XML 1.0
 * suffices: elements, attributes, namespaces, character and the five predefined entity
 * references, CDATA, comments and processing instructions. DOCTYPE declarations are refused
 * (no entity expansion, hence no "billion laughs"). Input may be UTF-8 (with or without BOM)
 * or UTF-16 LE/BE with a BOM; errors carry the line and column.
 */
#include "core/FileSystem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// One attribute, with its namespace resolved (none for unprefixed attributes).
struct XmlAttribute
{
    std::string qualifiedName; ///< as written, e.g. "bkp:ID"
    std::string localName;     ///< "ID"
    std::string namespaceUri;  ///< the URI bound to the prefix; empty for no prefix
    std::string value;         ///< entity references resolved
};

/// One element and everything inside it.
struct XmlElement
{
    std::string qualifiedName; ///< as written, e.g. "q3:Policy"
    std::string localName;     ///< "Policy"
    std::string namespaceUri;  ///< resolved from the prefix or the default namespace
    /// Attributes in document order, namespace declarations (xmlns, xmlns:p) included.
    std::vector<XmlAttribute> attributes;
    std::vector<XmlElement> children;
    /// The character data directly inside this element (text and CDATA, concatenated).
    std::string text;
    std::size_t line = 0; ///< where the start tag begins (1-based)

    /// The first child with this local name (any namespace), or nullptr.
    const XmlElement* child(std::string_view localName) const;
    /// All children with this local name (any namespace).
    std::vector<const XmlElement*> childrenNamed(std::string_view localName) const;
    /// The text of the first child with this local name, if there is one.
    std::optional<std::string> childText(std::string_view localName) const;
    /// The value of the attribute with this local name (and namespace, when given).
    std::optional<std::string> attribute(std::string_view localName,
                                         std::optional<std::string_view> namespaceUri = std::nullopt) const;
};

class XmlReader
{
public:
    /**
     * Parses a document; @p file labels errors ("<file>: line L, column C: reason").
     * @throws ra::Error for malformed XML, undeclared prefixes, DOCTYPE, bad encodings.
     */
    static XmlElement parse(const Bytes& data, const std::string& file = {});
    /// Parses UTF-8 text (a leading BOM is skipped).
    static XmlElement parse(std::string_view utf8, const std::string& file = {});
    /// Reads and parses a file.
    static XmlElement read(const std::filesystem::path& path, const FileSystem& fs = FileSystem::real());

    /// The bytes as UTF-8: BOM detection (UTF-8, UTF-16LE, UTF-16BE) and UTF-16 without BOM
    /// recognised by a leading '<' NUL. Throws ra::Error for invalid data.
    static std::string decode(const Bytes& data, const std::string& file = {});
};

} // namespace ra
