#pragma once
/**
 * @file XmlWriter.h
 * A small streaming XML writer for the files the engine produces (GPO backups, reports,
 * SyncML).
 *
 * Why our own: core/ and backends/ are Qt-free and are cross-built for Windows with mingw-w64,
 * and Debian ships no XML library for that target (no libxml2/expat/tinyxml mingw packages),
 * so ra-policy cannot use QXmlStreamWriter or a system library there. The needs are small —
 * well-formed output with correct escaping, namespaces declared as attributes, CDATA and the
 * exact byte encodings Windows tools write — so a compact, tested writer is the honest choice.
 */
#include "core/FileSystem.h"

#include <string>
#include <string_view>
#include <vector>

namespace ra {

class XmlWriter
{
public:
    /// Output encodings (what GPMC uses: UTF-8 without BOM for the backup XML, UTF-16LE with a
    /// BOM for gpreport.xml).
    enum class Encoding { Utf8, Utf8WithBom, Utf16LeWithBom };

    struct Options
    {
        /// Write `<?xml version="1.0" encoding="…"?>` first; the encoding label defaults from
        /// the encoding passed to bytes() ("utf-8" / "utf-16").
        bool declaration = false;
        std::string declarationEncoding = "utf-8";
        /// The quote of the declaration's pseudo-attributes (the Group Policy editor's
        /// comment.cmtx uses '\'').
        char declarationQuote = '"';
        /// Indent nested elements (each on its own line) with this unit; empty = one line.
        std::string indent;
        std::string newline = "\n";
        /// `<a />` instead of `<a/>` for empty elements.
        bool spaceBeforeEmptyClose = false;
    };

    XmlWriter();
    explicit XmlWriter(Options options);

    /// A comment `<!-- text -->` (before the root or inside an element). Throws ra::Error when
    /// the text contains "--".
    void comment(std::string_view text);
    /// Opens an element; @p qualifiedName may carry a prefix ("bkp:Group").
    void startElement(std::string_view qualifiedName);
    /// An attribute of the element just opened (before any content). Values are escaped.
    void attribute(std::string_view qualifiedName, std::string_view value);
    /// Declares a namespace on the element just opened: xmlns="uri" or xmlns:prefix="uri".
    void namespaceDeclaration(std::string_view prefix, std::string_view uri);
    /// Escaped character data.
    void text(std::string_view text);
    /// A CDATA section; "]]>" inside @p text is split across two sections so any text fits.
    void cdata(std::string_view text);
    /// Closes the innermost open element (`<a/>` when it has no content).
    void endElement();

    /// Convenience: `<name>text</name>`.
    void textElement(std::string_view qualifiedName, std::string_view text);
    /// Convenience: `<name><![CDATA[text]]></name>`.
    void cdataElement(std::string_view qualifiedName, std::string_view text);
    /// Convenience: `<name/>`.
    void emptyElement(std::string_view qualifiedName);

    /// The document as UTF-8 text. Throws ra::Error when elements are still open.
    std::string toString() const;
    /// The document encoded as @p encoding (with BOM where the encoding has one).
    Bytes bytes(Encoding encoding = Encoding::Utf8) const;

    /// Escapes & < > for text content.
    static std::string escapeText(std::string_view text);
    /// Escapes & < > " and tab/CR/LF for a double-quoted attribute value.
    static std::string escapeAttribute(std::string_view text);
    /// Encodes UTF-8 text as @p encoding.
    static Bytes encode(std::string_view utf8, Encoding encoding);

private:
    void closeStartTag();
    void lineBreak();
    static void checkName(std::string_view name);
    static void checkChars(std::string_view text);

    struct Open
    {
        std::string name;
        bool hasContent = false;
        bool hasChildElements = false;
    };
    Options m_options;
    std::string m_out;
    std::vector<Open> m_open;
    bool m_startTagOpen = false;
    bool m_rootWritten = false;
    bool m_anythingWritten = false;
};

} // namespace ra
