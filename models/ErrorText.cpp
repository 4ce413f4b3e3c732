#include "models/ErrorText.h"

#include "core/Catalog.h"
#include "core/Profile.h"
#include "models/CatalogText.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace ra {

namespace {

using Args = std::vector<std::string>;
using Text = std::optional<QString>;

QString q(const std::string& s)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
}

// --- parts of reasons that the engine passes as English words -------------------------------

/// What a registry.pol reader expected at a place (pol.end, pol.odd-end, pol.unexpected).
Text polExpected(const std::string& s)
{
    if (s == "'[' opening an entry")
        return ErrorText::tr("'[' opening an entry");
    if (s == "';' after the key")
        return ErrorText::tr("';' after the key");
    if (s == "';' after the value name")
        return ErrorText::tr("';' after the value name");
    if (s == "';' after the type")
        return ErrorText::tr("';' after the type");
    if (s == "';' after the data size")
        return ErrorText::tr("';' after the data size");
    if (s == "']' closing the entry")
        return ErrorText::tr("']' closing the entry");
    return std::nullopt;
}

/// A 4-byte field of a registry.pol file (pol.number-end).
Text polField(const std::string& s)
{
    if (s == "signature")
        return ErrorText::tr("signature", "a 4-byte field of a registry.pol file");
    if (s == "version")
        return ErrorText::tr("version", "a 4-byte field of a registry.pol file");
    if (s == "type")
        return ErrorText::tr("type", "a 4-byte field of a registry.pol file");
    if (s == "data size")
        return ErrorText::tr("data size", "a 4-byte field of a registry.pol file");
    return std::nullopt;
}

/// What an XML reader expected (xml.expected).
Text xmlExpected(const std::string& s)
{
    if (s == "'<'")
        return ErrorText::tr("expected '<'");
    if (s == "'>'")
        return ErrorText::tr("expected '>'");
    if (s == "'=' after the attribute name")
        return ErrorText::tr("expected '=' after the attribute name");
    if (s == "an element name")
        return ErrorText::tr("expected an element name");
    if (s == "an attribute name")
        return ErrorText::tr("expected an attribute name");
    if (s == "an element name after \"</\"")
        return ErrorText::tr("expected an element name after \"</\"");
    return std::nullopt;
}

/// A JSON value as a profile problem describes what it found ("an array", "the number 5").
Text jsonValue(const std::string& s)
{
    if (s == "null" || s == "true" || s == "false")
        return q(s);
    if (s == "an object")
        return ErrorText::tr("an object", "a JSON value found instead");
    if (s == "an array")
        return ErrorText::tr("an array", "a JSON value found instead");
    if (s == "an unsupported value")
        return ErrorText::tr("an unsupported value", "a JSON value found instead");
    static const std::string string = "the string ";
    static const std::string number = "the number ";
    if (s.rfind(string, 0) == 0)
        return ErrorText::tr("the string %1", "a JSON value found instead").arg(q(s.substr(string.size())));
    if (s.rfind(number, 0) == 0)
        return ErrorText::tr("the number %1", "a JSON value found instead").arg(q(s.substr(number.size())));
    return std::nullopt;
}

/// The system's message of a file.* error: translated for the systemErrorName() in @p name
/// when a translation exists, else as the system wrote it (English stays the system's text).
QString systemMessage(const std::string& message, const std::string& name)
{
    const char* source = nullptr;
    if (name == "permission-denied")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Permission denied");
    else if (name == "not-found")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "No such file or directory");
    else if (name == "no-space")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "No space left on device");
    else if (name == "read-only")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Read-only file system");
    else if (name == "exists")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "File exists");
    else if (name == "not-a-folder")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Not a directory");
    else if (name == "is-a-folder")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Is a directory");
    else if (name == "folder-not-empty")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Directory not empty");
    else if (name == "name-too-long")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "File name too long");
    else if (name == "busy")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Device or resource busy");
    else if (name == "io-error")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Input/output error");
    else if (name == "too-many-files")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Too many open files");
    else if (name == "too-large")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "File too large");
    else if (name == "cross-device")
        source = QT_TRANSLATE_NOOP("ra::ErrorText", "Invalid cross-device link");
    if (!source)
        return q(message);
    const QString translated = QCoreApplication::translate("ra::ErrorText", source);
    return translated == QLatin1String(source) ? q(message) : translated;
}

/// "0 (Allow helpers to remotely control the computer), 1 (…)": the choices of an enum option
/// with their labels in the current language (profile.choice).
Text choices(const std::string& cspNode, const std::string& elementId)
{
    for (const Policy& p : Catalog::instance().policies()) {
        if (p.cspNode != cspNode)
            continue;
        const Element* e = p.element(elementId);
        if (!e || e->items.empty())
            return std::nullopt;
        QStringList out;
        for (const EnumItem& item : e->items)
            out << ErrorText::tr("%1 (%2)", "a choice: its number (its label)")
                       .arg(QString::number(item.value), CatalogText::enumItemLabel(p.id, q(e->id), item.value));
        return out.join(QStringLiteral(", "));
    }
    return std::nullopt;
}

/// The cause's reason, with the wrapper element of a SyncML payload ("</payload>") named as
/// the end of the payload, as SyncMl::parsePayload does.
Text payloadCause(const Error& e)
{
    if (!e.cause() || !ErrorText::isTranslatable(*e.cause()))
        return std::nullopt;
    return ErrorText::reason(*e.cause())
        .replace(QStringLiteral("</payload>"), ErrorText::tr("the end of the payload"));
}

Text cause(const Error& e)
{
    if (!e.cause() || !ErrorText::isTranslatable(*e.cause()))
        return std::nullopt;
    return ErrorText::reason(*e.cause());
}

struct Rule
{
    std::string_view code;
    std::size_t args;
    Text (*build)(const Error&, const Args&);
};

// clang-format off
const Rule kRules[] = {
    // --- core/TextCodec ------------------------------------------------------------------------
    {"codec.bad-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("malformed UTF-8 text"); }},
    {"codec.unpaired-surrogate", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("unpaired UTF-16 surrogate"); }},

    // --- core/FileSystem ------------------------------------------------------------------------
    {"file.open-read", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot open for reading: %1").arg(systemMessage(a[0], a[1])); }},
    {"file.read", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("read error"); }},
    {"file.list", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot list folder: %1").arg(systemMessage(a[0], a[1])); }},
    {"file.create-folder", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot create folder: %1").arg(systemMessage(a[0], a[1])); }},
    {"file.open-write", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot open for writing: %1").arg(systemMessage(a[0], a[1])); }},
    {"file.write", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("write failed: %1").arg(systemMessage(a[0], a[1])); }},
    {"file.rename", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot rename %1 into place: %2").arg(q(a[0]), systemMessage(a[1], a[2])); }},

    // --- core/formats/RegistryPol ---------------------------------------------------------------
    {"pol.end", 1, [](const Error&, const Args& a) -> Text {
        const Text what = polExpected(a[0]);
        if (!what)
            return std::nullopt;
        return ErrorText::tr("unexpected end of file: expected %1").arg(*what); }},
    {"pol.odd-end", 1, [](const Error&, const Args& a) -> Text {
        const Text what = polExpected(a[0]);
        if (!what)
            return std::nullopt;
        return ErrorText::tr("odd byte count: the file ends inside a UTF-16 character where %1 was expected").arg(*what); }},
    {"pol.unexpected", 2, [](const Error&, const Args& a) -> Text {
        const Text what = polExpected(a[0]);
        if (!what)
            return std::nullopt;
        return ErrorText::tr("expected %1, found %2").arg(*what, q(a[1])); }},
    {"pol.name-end", 2, [](const Error&, const Args& a) -> Text {
        if (a[0] == "key")
            return ErrorText::tr("unexpected end of file in the key starting at offset %1: expected its terminating NUL").arg(q(a[1]));
        if (a[0] == "value name")
            return ErrorText::tr("unexpected end of file in the value name starting at offset %1: expected its terminating NUL").arg(q(a[1]));
        return std::nullopt; }},
    {"pol.name-odd-end", 2, [](const Error&, const Args& a) -> Text {
        if (a[0] == "key")
            return ErrorText::tr("odd byte count: the file ends inside a UTF-16 character of the key starting at offset %1").arg(q(a[1]));
        if (a[0] == "value name")
            return ErrorText::tr("odd byte count: the file ends inside a UTF-16 character of the value name starting at offset %1").arg(q(a[1]));
        return std::nullopt; }},
    {"pol.name-utf16", 1, [](const Error&, const Args& a) -> Text {
        if (a[0] == "key")
            return ErrorText::tr("the key is not valid UTF-16 (unpaired surrogate)");
        if (a[0] == "value name")
            return ErrorText::tr("the value name is not valid UTF-16 (unpaired surrogate)");
        return std::nullopt; }},
    {"pol.number-end", 2, [](const Error&, const Args& a) -> Text {
        const Text what = polField(a[0]);
        if (!what)
            return std::nullopt;
        return ErrorText::tr("unexpected end of file: expected the 4-byte %1, %2 byte(s) left").arg(*what, q(a[1])); }},
    {"pol.short", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("file too short for the registry.pol header: expected 8 bytes (\"PReg\" and version 1), found %1").arg(q(a[0])); }},
    {"pol.signature", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("bad signature: expected \"PReg\" (50 52 65 67)"); }},
    {"pol.version", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unsupported version %1: expected 1").arg(q(a[0])); }},
    {"pol.data-size", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("data size %1 runs past the end of the file (%2 byte(s) left)").arg(q(a[0]), q(a[1])); }},
    {"pol.name-nul", 3, [](const Error&, const Args& a) -> Text {
        if (a[2] == "key")
            return ErrorText::tr("cannot store the entry %1\\%2: its key contains a NUL character").arg(q(a[0]), q(a[1]));
        if (a[2] == "value name")
            return ErrorText::tr("cannot store the entry %1\\%2: its value name contains a NUL character").arg(q(a[0]), q(a[1]));
        return std::nullopt; }},
    {"pol.data-too-large", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("cannot store the entry %1\\%2: its data is larger than 4 GiB").arg(q(a[0]), q(a[1])); }},

    // --- core/formats/RegFile -------------------------------------------------------------------
    {"reg.odd-bytes", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("odd number of bytes in a UTF-16LE file"); }},
    {"reg.bad-utf16", 0, [](const Error& e, const Args&) -> Text {
        const Text why = cause(e);
        if (!why)
            return std::nullopt;
        return ErrorText::tr("not valid UTF-16LE text: %1").arg(*why); }},
    {"reg.big-endian", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("UTF-16 big-endian files are not supported; save the file as UTF-16LE (regedit's format)"); }},
    {"reg.encoding", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either"); }},
    {"reg.escape-at-end", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("a backslash at the end of the line inside a quoted string"); }},
    {"reg.unknown-escape", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown escape \\%1 in a quoted string (only \\\\ and \\\" are allowed)").arg(q(a[0])); }},
    {"reg.unclosed-string", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("a quoted string is not closed (missing \")"); }},
    {"reg.hex-byte", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected a byte as two hex digits at column %1, found \"%2\"").arg(q(a[0]), q(a[1])); }},
    {"reg.hex-comma", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected ',' between hex bytes at column %1").arg(q(a[0])); }},
    {"reg.empty-value-name", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("an empty value name; the default value is written @="); }},
    {"reg.expected-equals", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected '=' after the value name"); }},
    {"reg.after-string", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("unexpected text after the closing quote"); }},
    {"reg.dword", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("dword: must be followed by 1 to 8 hex digits, found \"%1\"").arg(q(a[0])); }},
    {"reg.hex-type", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("expected hex(<type in hex>): such as hex(2): or hex(7):"); }},
    {"reg.value-format", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown value format \"%1\"; expected \"text\", dword:, hex:, hex(N): or -").arg(q(a[0])); }},
    {"reg.header", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected the header \"%1\", found \"%2\"").arg(q(a[0]), q(a[1])); }},
    {"reg.key-bracket", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("a key line must end with ']'"); }},
    {"reg.empty-key", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("empty key name"); }},
    {"reg.no-hive", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the key \"%1\" does not start with a hive such as HKEY_LOCAL_MACHINE").arg(q(a[0])); }},
    {"reg.value-before-key", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("a value before the first [key] line"); }},
    {"reg.value-under-delete", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("a value under a [-key] line, which deletes the key"); }},
    {"reg.unexpected-line", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected [key], \"name\"=value, @=value or a ; comment, found \"%1\"").arg(q(a[0])); }},
    {"reg.empty", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("empty file: the header \"%1\" is missing").arg(q(a[0])); }},

    // --- core/formats/LgpoText ------------------------------------------------------------------
    {"lgpo.config-space", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the configuration line \"%1\" has leading or trailing white space").arg(q(a[0])); }},
    {"lgpo.config-line", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected a configuration line (Computer, User or User:<name>), found \"%1\"").arg(q(a[0])); }},
    {"lgpo.user-name", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the configuration \"User:\" needs an account name"); }},
    {"lgpo.incomplete", 2, [](const Error&, const Args& a) -> Text {
        if (a[1] == "registry key")
            return ErrorText::tr("the entry that starts on line %1 is incomplete: expected its registry key line").arg(q(a[0]));
        if (a[1] == "value name")
            return ErrorText::tr("the entry that starts on line %1 is incomplete: expected its value name line").arg(q(a[0]));
        if (a[1] == "action")
            return ErrorText::tr("the entry that starts on line %1 is incomplete: expected its action line").arg(q(a[0]));
        return std::nullopt; }},
    {"lgpo.clear", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("CLEAR only works with LGPO /t and has no registry.pol form"); }},
    {"lgpo.dword", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("\"%1\": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295").arg(q(a[0])); }},
    {"lgpo.qword", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("\"%1\": expected QWORD:n with n a decimal or 0x-hex number").arg(q(a[0])); }},
    {"lgpo.binary-byte", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("\"%1\" in BINARY: expected two hex digits per byte, separated by commas").arg(q(a[0])); }},
    {"lgpo.binary-comma", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("BINARY: ends with a comma"); }},
    {"lgpo.unknown-action", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown action \"%1\": expected DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: or BINARY:").arg(q(a[0])); }},
    {"lgpo.empty-key", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the registry key line is empty"); }},
    {"lgpo.odd-bytes", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("UTF-16 text with an odd number of bytes"); }},
    {"lgpo.bad-utf16", 0, [](const Error& e, const Args&) -> Text {
        const Text why = cause(e);
        if (!why)
            return std::nullopt;
        return ErrorText::tr("not valid UTF-16 text (%1)").arg(*why); }},
    {"lgpo.bad-utf8", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("not valid UTF-8 text; save the file as Unicode (UTF-16 with BOM) or UTF-8"); }},

    // --- core/formats/GptIni --------------------------------------------------------------------
    {"gptini.bad-utf16", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("not valid UTF-16 text"); }},
    {"gptini.nul", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("contains NUL bytes: expected text (ANSI, UTF-8 or UTF-16 with a byte order mark)"); }},
    {"gptini.section", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected ']' ending the section name"); }},
    {"gptini.line", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("expected [section], key=value, a comment or a blank line"); }},
    {"gptini.version", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("[General] Version is \"%1\": expected a number").arg(q(a[0])); }},
    {"gptini.extensions-char", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("gPCMachineExtensionNames \"%1\" has '%2' at position %3: expected groups like [{GUID}{GUID}]").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"gptini.extensions-bracket", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("gPCMachineExtensionNames \"%1\" has an unclosed '[': expected groups like [{GUID}{GUID}]").arg(q(a[0])); }},
    {"gptini.extensions-brace", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("gPCMachineExtensionNames \"%1\" has an unclosed '{': expected groups like [{GUID}{GUID}]").arg(q(a[0])); }},
    {"gptini.extensions-empty", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("gPCMachineExtensionNames \"%1\" has an empty group: expected groups like [{GUID}{GUID}]").arg(q(a[0])); }},

    // --- core/formats/XmlReader -----------------------------------------------------------------
    {"xml.bad-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the document is not valid UTF-8"); }},
    {"xml.control-char", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the control character %1 is not allowed in XML").arg(q(a[0])); }},
    {"xml.non-character", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the non-character U+FFFE or U+FFFF is not allowed in XML"); }},
    {"xml.no-root", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("expected the root element, found the end of the document"); }},
    {"xml.root-start", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected '<' starting the root element"); }},
    {"xml.after-root", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("unexpected content after the root element"); }},
    {"xml.expected", 1, [](const Error&, const Args& a) -> Text { return xmlExpected(a[0]); }},
    {"xml.doctype", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("DOCTYPE declarations are not supported"); }},
    {"xml.doctype-after-root", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("unexpected DOCTYPE after the root element"); }},
    {"xml.unterminated-pi", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("unterminated processing instruction: expected \"?>\""); }},
    {"xml.unterminated-comment", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("unterminated comment: expected \"-->\""); }},
    {"xml.ampersand", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("'&' must start a reference such as &amp; (use &amp; for a literal '&')"); }},
    {"xml.empty-char-ref", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("empty character reference"); }},
    {"xml.bad-char-ref", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("invalid character reference &%1;").arg(q(a[0])); }},
    {"xml.char-ref-range", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("character reference &%1; is out of range").arg(q(a[0])); }},
    {"xml.char-ref-not-char", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("character reference &%1; is not an XML character").arg(q(a[0])); }},
    {"xml.unknown-entity", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown entity &%1; (only the five XML entities are supported)").arg(q(a[0])); }},
    {"xml.undeclared-prefix", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("namespace prefix \"%1\" is not declared").arg(q(a[0])); }},
    {"xml.too-deep", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("elements nested more than 256 deep"); }},
    {"xml.start-tag", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected white space, '>' or \"/>\" in the start tag of <%1>").arg(q(a[0])); }},
    {"xml.duplicate-attribute", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("attribute %1 appears twice").arg(q(a[0])); }},
    {"xml.unquoted-attribute", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected a quoted attribute value"); }},
    {"xml.unterminated-attribute", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("unterminated attribute value"); }},
    {"xml.lt-in-attribute", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("'<' is not allowed in an attribute value"); }},
    {"xml.unclosed", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unexpected end of the document: <%1> (line %2) is not closed").arg(q(a[0]), q(a[1])); }},
    {"xml.end-tag", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected </%1> closing the element of line %2, found </%3>").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"xml.unterminated-cdata", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("unterminated CDATA section: expected \"]]>\""); }},
    {"xml.markup-declaration", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("unexpected markup declaration inside an element"); }},
    {"xml.cdata-end-in-text", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("\"]]>\" is not allowed in text"); }},
    {"xml.control-in-text", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("control character in text"); }},
    {"xml.odd-bytes", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("UTF-16 document with an odd number of bytes"); }},
    {"xml.bad-utf16", 0, [](const Error& e, const Args&) -> Text {
        const Text why = cause(e);
        if (!why)
            return std::nullopt;
        return ErrorText::tr("the document is not valid UTF-16 (%1)").arg(*why); }},

    // --- core/formats/XmlWriter -----------------------------------------------------------------
    {"xmlwriter.name", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("\"%1\" is not a valid XML name").arg(q(a[0])); }},
    {"xmlwriter.bad-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("text for XML is not valid UTF-8"); }},
    {"xmlwriter.control-char", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("character %1 cannot appear in an XML document").arg(q(a[0])); }},
    {"xmlwriter.comment", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("an XML comment cannot contain \"--\" or end with '-'"); }},
    {"xmlwriter.second-root", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("an XML document has exactly one root element; <%1> would be a second").arg(q(a[0])); }},
    {"xmlwriter.attribute-outside", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("attribute %1 written outside a start tag").arg(q(a[0])); }},
    {"xmlwriter.text-outside", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("text outside the root element"); }},
    {"xmlwriter.cdata-outside", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("CDATA outside the root element"); }},
    {"xmlwriter.no-open-element", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("endElement() without an open element"); }},
    {"xmlwriter.incomplete", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("XML document incomplete: <%1> is still open").arg(q(a[0])); }},
    {"xmlwriter.no-root", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("XML document has no root element"); }},

    // --- core/formats/SyncMl --------------------------------------------------------------------
    {"syncml.text-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the text is not valid UTF-8"); }},
    {"syncml.text-noncharacter", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the text contains U+FFFE or U+FFFF, which XML cannot carry"); }},
    {"syncml.text-control", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the text contains the control character %1, which XML cannot carry").arg(q(a[0])); }},
    {"syncml.entry-empty", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("entry %1 is empty").arg(q(a[0])); }},
    {"syncml.entry-separator", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("entry %1 contains U+F000, the character that separates list entries").arg(q(a[0])); }},
    {"syncml.value", 2, [](const Error& e, const Args& a) -> Text {
        const Text why = cause(e);
        if (!why)
            return std::nullopt;
        return ErrorText::tr("%1, data id %2: %3").arg(q(a[0]), q(a[1]), *why); }},
    {"syncml.payload-xml", 3, [](const Error& e, const Args& a) -> Text {
        const Text why = payloadCause(e);
        if (!why)
            return std::nullopt;
        return ErrorText::tr("%1 payload: %2 (line %3, column %4 of the payload)").arg(q(a[0]), *why, q(a[1]), q(a[2])); }},
    {"syncml.payload-text", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: text outside the <enabled/>, <disabled/> and <data/> elements").arg(q(a[0])); }},
    {"syncml.payload-empty", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: expected <enabled/> or <disabled/>, found nothing").arg(q(a[0])); }},
    {"syncml.payload-head", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: expected <enabled/> or <disabled/> first, found <%2>").arg(q(a[0]), q(a[1])); }},
    {"syncml.payload-head-content", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: <%2/> takes no attributes or content").arg(q(a[0]), q(a[1])); }},
    {"syncml.payload-disabled-data", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: <disabled/> takes no <data/> elements, found <%2>").arg(q(a[0]), q(a[1])); }},
    {"syncml.payload-element", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: expected <data id=\"…\" value=\"…\"/>, found <%2>").arg(q(a[0]), q(a[1])); }},
    {"syncml.data-attributes", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: a <data/> element needs both an id and a value attribute").arg(q(a[0])); }},
    {"syncml.data-id", 3, [](const Error&, const Args& a) -> Text {
        if (a[2].empty())
            return ErrorText::tr("%1 payload: unknown data id \"%2\" (this policy has no options)").arg(q(a[0]), q(a[1]));
        return ErrorText::tr("%1 payload: unknown data id \"%2\" (this policy has %3)").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.data-twice", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: data id %2 appears twice").arg(q(a[0]), q(a[1])); }},
    {"syncml.data-number", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload, data id %2: expected a decimal number from 0 to 4294967295, found \"%3\"").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.list-odd", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload, data id %2: the list has %3 parts separated by U+F000; expected name/value pairs (an even number)").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.list-pair", 5, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload, data id %2: pair %3 has the name \"%4\" but the value \"%5\"; this list stores each entry as both name and value").arg(q(a[0]), q(a[1]), q(a[2]), q(a[3]), q(a[4])); }},
    {"syncml.list-empty-pair", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload, data id %2: pair %3 is empty").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.data-missing", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 payload: data id %2 is missing (an Enabled ADMX-backed policy needs every option of the policy)").arg(q(a[0]), q(a[1])); }},
    {"syncml.root", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected the root element <SyncML>, found <%1>").arg(q(a[0])); }},
    {"syncml.namespace", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected the namespace SYNCML:SYNCML1.2, found \"%1\"").arg(q(a[0])); }},
    {"syncml.no-body", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("<SyncML> has no <SyncBody>"); }},
    {"syncml.no-cmdid", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("<%1> has no <CmdID>").arg(q(a[0])); }},
    {"syncml.cmdid-number", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("<CmdID>: expected a decimal number from 0 to 4294967295, found \"%1\"").arg(q(a[0])); }},
    {"syncml.cmdid-zero", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("<CmdID> must be a positive number"); }},
    {"syncml.cmdid-twice", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("CmdID %1 is used twice (also at line %2)").arg(q(a[0]), q(a[1])); }},
    {"syncml.no-locuri", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("<Item> has no <Target><LocURI>"); }},
    {"syncml.empty-locuri", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the <LocURI> is empty"); }},
    {"syncml.locuri-space", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the <LocURI> \"%1\" contains white space or a line break (Windows answers 404 for such a node)").arg(q(a[0])); }},
    {"syncml.locuri-case", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the <LocURI> \"%1\" differs from %2 in letter case (OMA-DM node names are case-sensitive)").arg(q(a[0]), q(a[1])); }},
    {"syncml.set-twice", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 is set twice (also by CmdID %2 (line %3))").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.format", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("<%1> of %2 needs <Meta><Format>chr</Format></Meta> (ADMX-backed policies take their payload as a string)").arg(q(a[0]), q(a[1])); }},
    {"syncml.type", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("<%1> of %2 has <Type>%3</Type>; expected text/plain").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"syncml.no-data", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("<%1> of %2 has no <Data> payload").arg(q(a[0]), q(a[1])); }},
    {"syncml.no-item", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("<%1> has no <Item>").arg(q(a[0])); }},

    // --- core/formats/GraphJson -----------------------------------------------------------------
    {"graph.missing", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("the member \"%1\" is missing").arg(q(a[0])); }},
    {"graph.not-string", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected a string"); }},
    {"graph.not-configured", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 is Not configured and has no OMA-URI setting").arg(q(a[0])); }},
    {"graph.display-name", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the profile needs a display name"); }},
    {"graph.json", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("not valid JSON (%1)").arg(q(a[0])); }},
    {"graph.not-object", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("expected a JSON object (a windows10CustomConfiguration)"); }},
    {"graph.type", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected \"%1\", found \"%2\"").arg(q(a[0]), q(a[1])); }},
    {"graph.settings-array", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected an array"); }},
    {"graph.setting-object", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("expected an object"); }},
    {"graph.second-setting", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("%1 has a second setting (the first is %2)").arg(q(a[0]), q(a[1])); }},
    {"graph.setting-type", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected \"%1\" for %2, found \"%3\"").arg(q(a[0]), q(a[1]), q(a[2])); }},

    // --- core/formats/CommentCmtx ---------------------------------------------------------------
    {"cmtx.root", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected <policyComments> as the root element, found <%1>").arg(q(a[0])); }},
    {"cmtx.string-missing", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("comment of %1 refers to string %2, which the stringTable lacks").arg(q(a[0]), q(a[1])); }},

    // --- core/Profile ---------------------------------------------------------------------------
    {"profile.unknown-member", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("unknown member \"%1\"").arg(q(a[0])); }},
    {"profile.unknown-provenance", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown provenance member \"%1\"").arg(q(a[0])); }},
    {"profile.unknown-target-member", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown target member \"%1\"").arg(q(a[0])); }},
    {"profile.target-version", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("a deployment target needs profile format version 2; this profile says %1").arg(q(a[0])); }},
    {"profile.target-family", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown \"%1\"; expected \"vista\", \"xp-sp2\" or \"server2003-sp1\"").arg(q(a[0])); }},
    {"profile.target-edition", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown \"%1\"; expected Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise").arg(q(a[0])); }},
    {"profile.target-duplicate", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("\"%1\" is listed more than once").arg(q(a[0])); }},
    {"profile.target-build", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected a Windows build number from 0 to 4294967295, found %1").arg(*found); }},
    {"profile.not-boolean", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected true or false, found %1").arg(*found); }},
    {"profile.not-object", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected an object, found %1").arg(*found); }},
    {"profile.not-string", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected a string, found %1").arg(*found); }},
    {"profile.time", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected a UTC time like \"2026-11-22T10:00:00Z\", found \"%1\"").arg(q(a[0])); }},
    {"profile.text-length", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the text has %1 characters; at most %2 are allowed").arg(q(a[0]), q(a[1])); }},
    {"profile.not-integer", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected a whole number, found %1").arg(*found); }},
    {"profile.range", 3, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected a number from %1 to %2, found %3").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"profile.choice", 3, [](const Error&, const Args& a) -> Text {
        const Text list = choices(a[0], a[1]);
        if (!list)
            return std::nullopt;
        return ErrorText::tr("expected one of %1, found %2").arg(*list, q(a[2])); }},
    {"profile.not-list", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected an array of strings, found %1").arg(*found); }},
    {"profile.state-missing", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("missing; expected \"NotConfigured\", \"Enabled\" or \"Disabled\""); }},
    {"profile.state-type", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found %1").arg(*found); }},
    {"profile.state", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found \"%1\"").arg(q(a[0])); }},
    {"profile.unknown-option", 3, [](const Error&, const Args& a) -> Text {
        if (a[2].empty())
            return ErrorText::tr("unknown option \"%1\" of %2; it has no options").arg(q(a[0]), q(a[1]));
        return ErrorText::tr("unknown option \"%1\" of %2; its options are %3").arg(q(a[0]), q(a[1]), q(a[2])); }},
    {"profile.policies-missing", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("missing; expected an object with one member per policy"); }},
    {"profile.policy-name", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown policy \"%1\"; use its CSP name \"%2\"").arg(q(a[0]), q(a[1])); }},
    {"profile.unknown-policy", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("unknown policy \"%1\"; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance or UnsolicitedRemoteAssistance").arg(q(a[0])); }},
    {"profile.duplicate-member", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the member \"%1\" appears more than once in its object").arg(q(a[0])); }},
    {"profile.not-a-profile-object", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected a JSON object (a Remote Assistance console profile), found %1").arg(*found); }},
    {"profile.digest-type", 1, [](const Error&, const Args& a) -> Text {
        const Text found = jsonValue(a[0]);
        if (!found)
            return std::nullopt;
        return ErrorText::tr("expected a string of 64 hex digits, found %1").arg(*found); }},
    {"profile.invalid", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the profile is not valid"); }},
    {"profile.author-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the author is not valid UTF-8 text"); }},
    {"profile.host-utf8", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the host name is not valid UTF-8 text"); }},
    {"profile.product-version-utf8", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the product version is not valid UTF-8 text"); }},
    {"profile.comment-utf8", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the comment of %1 is not valid UTF-8 text").arg(q(a[0])); }},
    {"profile.option-utf8", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("option %1 of %2 is not valid UTF-8 text").arg(q(a[0]), q(a[1])); }},
    {"profile.entry-utf8", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("an entry of option %1 of %2 is not valid UTF-8 text").arg(q(a[0]), q(a[1])); }},
    {"profile.empty", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("the file is empty; expected a profile (JSON)"); }},
    {"profile.json", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("not valid JSON: %1").arg(q(a[0])); }},
    {"profile.json-value", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("not valid JSON: %1").arg(q(a[0])); }},
    {"profile.schema", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("this is not a Remote Assistance console profile (expected \"schema\": \"%1\")").arg(q(a[0])); }},
    {"profile.version-type", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("missing or invalid profile version; expected a whole number"); }},
    {"profile.version-newer", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("this profile has format version %1, written by a newer version of the console; this version reads formats 1 to %2 only. Update the console to open it.").arg(q(a[0]), q(a[1])); }},
    {"profile.version", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("invalid profile version %1; expected 1 to %2").arg(q(a[0]), q(a[1])); }},
    {"profile.no-digest", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the profile was changed after it was written (it has no SHA-256)"); }},
    {"profile.digest-mismatch", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the profile was changed after it was written (its SHA-256 does not match)"); }},

    // --- core/Configuration, core/Firewall ------------------------------------------------------
    {"config.no-option", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("policy %1 has no option \"%2\"").arg(q(a[0]), q(a[1])); }},
    {"config.type", 3, [](const Error&, const Args& a) -> Text {
        if (a[2] == "text")
            return ErrorText::tr("option %1 of %2 takes a text").arg(q(a[0]), q(a[1]));
        if (a[2] == "number")
            return ErrorText::tr("option %1 of %2 takes a number").arg(q(a[0]), q(a[1]));
        if (a[2] == "choice (number)")
            return ErrorText::tr("option %1 of %2 takes a choice (number)").arg(q(a[0]), q(a[1]));
        if (a[2] == "list of strings")
            return ErrorText::tr("option %1 of %2 takes a list of strings").arg(q(a[0]), q(a[1]));
        return std::nullopt; }},
    {"config.not-text", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("option %1 is not text").arg(q(a[0])); }},
    {"config.not-number", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("option %1 is not a number").arg(q(a[0])); }},
    {"config.not-list", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("option %1 is not a list").arg(q(a[0])); }},
    {"firewall.family", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("unknown Windows family"); }},
    {"firewall.quote", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("a firewall rule name or path cannot contain a double quote: %1").arg(q(a[0])); }},

    // --- core/registry --------------------------------------------------------------------------
    {"registry.call", 2, [](const Error&, const Args& a) -> Text { return ErrorText::tr("%1 failed: %2").arg(q(a[0]), q(a[1])); }},
    {"registry.subkeys", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("RegDeleteKeyExW failed: the key has subkeys (%1)").arg(q(a[0])); }},
    {"registry.invalid-key", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("invalid key name"); }},
    // the reason a test gives MemoryRegistry::failAtWrite, shown as it is
    {"registry.simulated", 1, [](const Error&, const Args& a) -> Text { return q(a[0]); }},
    {"registry.memory-subkeys", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the key has subkeys and cannot be deleted"); }},
    {"registry.injected", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("write %1 refused (injected failure)").arg(q(a[0])); }},

    // --- backends/GpoBackupReader, GpoBackupWriter ----------------------------------------------
    {"backup.no-bkupinfo", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("no bkupInfo.xml: not a Group Policy backup folder"); }},
    {"backup.info-root", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected <BackupInst> as the root element, found <%1>").arg(q(a[0])); }},
    {"backup.manifest-root", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("expected <Backups> as the root element, found <%1>").arg(q(a[0])); }},
    {"backup.missing", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("does not exist"); }},
    {"backup.none", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("no Group Policy backup here: expected manifest.xml or {BackupId} folders with bkupInfo.xml"); }},
    {"backup.no-such-id", 1, [](const Error&, const Args& a) -> Text { return ErrorText::tr("no backup with ID %1").arg(q(a[0])); }},
    {"backup.no-machine-pol", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the backup has no DomainSysvol/GPO/Machine/registry.pol, so it holds no computer Administrative Templates settings"); }},
    {"backup.display-name", 0, [](const Error&, const Args&) -> Text {
        return ErrorText::tr("the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find backups by it"); }},
    {"backup.gpo-guid", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("GPO GUID \"%1\" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}").arg(q(a[0])); }},
    {"backup.backup-id", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("backup ID \"%1\" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}").arg(q(a[0])); }},
    {"backup.time", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("backup time \"%1\" is not in the form YYYY-MM-DDTHH:MM:SS").arg(q(a[0])); }},
    {"backup.domain", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("domain \"%1\" is not a DNS name (letters, digits, '-' and '.')").arg(q(a[0])); }},
    {"backup.manifest-type", 2, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("not a Group Policy backup manifest: expected <Backups xmlns=\"%1\">, found <%2>").arg(q(a[0]), q(a[1])); }},
    {"backup.manifest-listed", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("the manifest already lists a backup with ID %1").arg(q(a[0])); }},
    {"backup.manifest-unclosed", 1, [](const Error&, const Args& a) -> Text {
        return ErrorText::tr("manifest has no closing </%1>").arg(q(a[0])); }},
    {"backup.not-folder", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("is not a folder: choose a folder for the backup"); }},
    {"backup.exists", 0, [](const Error&, const Args&) -> Text { return ErrorText::tr("a backup with this ID already exists"); }},
};
// clang-format on

const Rule* ruleFor(const Error& e)
{
    const auto rule = std::find_if(std::begin(kRules), std::end(kRules), [&](const Rule& r) { return r.code == e.code(); });
    if (rule == std::end(kRules) || e.args().size() != rule->args)
        return nullptr;
    return rule;
}

/// The reason built from the code and args, with ProfileError's "(and N more problems)".
Text build(const Error& e)
{
    const Rule* rule = ruleFor(e);
    if (!rule)
        return std::nullopt;
    Text reason = rule->build(e, e.args());
    if (!reason)
        return std::nullopt;
    if (const auto* profile = dynamic_cast<const ProfileError*>(&e)) {
        const std::size_t more = profile->problems().empty() ? 0 : profile->problems().size() - 1;
        if (more == 1)
            return ErrorText::tr("%1 (and 1 more problem)").arg(*reason);
        if (more > 1)
            return ErrorText::tr("%1 (and %2 more problems)").arg(*reason, QString::number(more));
    }
    return reason;
}

bool startsWith(const std::string& code, std::string_view prefix)
{
    return code.rfind(prefix, 0) == 0;
}

/// What to do when the file system said @p name (systemErrorName()) to a read or a write.
QString fileHint(const std::string& name, bool writing)
{
    if (name == "permission-denied")
        return writing ? ErrorText::tr("You may not write there. Choose another folder, or ask an administrator for write access.")
                       : ErrorText::tr("You may not read this. Ask an administrator for read access, or copy the file to a folder you can read.");
    if (name == "not-found")
        return writing ? ErrorText::tr("A folder on the path does not exist. Choose an existing folder.")
                       : ErrorText::tr("Check the path: the file may have been moved, renamed or deleted.");
    if (name == "no-space")
        return ErrorText::tr("The disk is full. Free some space or choose another drive, then try again.");
    if (name == "read-only")
        return ErrorText::tr("The drive is read-only. Choose a folder on a drive you can write to.");
    if (name == "not-a-folder")
        return ErrorText::tr("A part of the path is a file, not a folder. Choose another place.");
    if (name == "is-a-folder")
        return ErrorText::tr("This is a folder. Choose a file.");
    if (name == "name-too-long")
        return ErrorText::tr("The path is too long. Choose a shorter folder or file name.");
    return {};
}

} // namespace

QString ErrorText::reason(const Error& error)
{
    const Text t = build(error);
    return t ? *t : q(error.reason());
}

QString ErrorText::location(const ErrorLocation& l)
{
    switch (l.kind) {
    case ErrorLocation::Kind::None: return {};
    case ErrorLocation::Kind::Offset: return tr("offset %1").arg(l.number);
    case ErrorLocation::Kind::Line: return tr("line %1").arg(l.number);
    case ErrorLocation::Kind::LineColumn: return tr("line %1, column %2").arg(QString::number(l.number), QString::number(l.column));
    case ErrorLocation::Kind::Value: return tr("value \"%1\"").arg(q(l.text));
    case ErrorLocation::Kind::Byte: return tr("byte %1").arg(l.number);
    case ErrorLocation::Kind::CodeUnit: return tr("code unit %1").arg(l.number);
    case ErrorLocation::Kind::Command: return tr("CmdID %1 (line %2)").arg(q(l.text), QString::number(l.number));
    case ErrorLocation::Kind::Pointer:
    case ErrorLocation::Kind::Key:
    case ErrorLocation::Kind::Text: return q(l.text);
    }
    return q(l.english());
}

QString ErrorText::message(const std::exception& error)
{
    const auto* e = dynamic_cast<const Error*>(&error);
    if (!e || !isTranslatable(*e))
        return q(error.what());
    const QString file = q(e->file());
    const QString where = location(e->where());
    const QString why = reason(*e);
    if (!file.isEmpty() && !where.isEmpty())
        return tr("%1: %2: %3", "file: place in the file: what is wrong").arg(file, where, why);
    if (!file.isEmpty() || !where.isEmpty())
        return tr("%1: %2", "file or place in the file: what is wrong").arg(file.isEmpty() ? where : file, why);
    return why;
}

QString ErrorText::hint(const std::exception& error)
{
    const auto* e = dynamic_cast<const Error*>(&error);
    if (!e || !isTranslatable(*e))
        return {};
    const std::string& code = e->code();
    if (startsWith(code, "file."))
        return fileHint(e->args().empty() ? std::string() : e->args().back(),
                        code != "file.open-read" && code != "file.read" && code != "file.list");
    if (startsWith(code, "pol.") && code != "pol.name-nul" && code != "pol.data-too-large")
        return tr("The file is damaged or is not a registry.pol file. Restore it from a backup, or let the console write a new one.");
    if (startsWith(code, "xml.") || code == "cmtx.root" || code == "backup.info-root" || code == "backup.manifest-root"
        || code == "backup.manifest-type" || code == "backup.manifest-unclosed")
        return tr("The file is damaged or is not the file expected here. Correct it in a text editor at the place shown, or restore it from a backup.");
    if (startsWith(code, "reg.") || startsWith(code, "lgpo.") || startsWith(code, "gptini."))
        return tr("Correct the file in a text editor at the place shown, or export it again.");
    if (startsWith(code, "syncml.") || startsWith(code, "graph.")) {
        // without a file: a value of the configuration that cannot be written
        return e->file().empty() ? tr("Correct the value in the console, then try again.")
                                 : tr("Correct the document at the place shown, or export it again.");
    }
    if (code == "profile.no-digest" || code == "profile.digest-mismatch")
        return tr("Ask whoever sent the profile for a new copy. Use this one only if you know who changed it and why.");
    if (code == "profile.empty" || code == "profile.json" || code == "profile.json-value")
        return tr("The file is not a complete profile. Ask for it again, or open the profile the console saved.");
    if (startsWith(code, "profile.") && dynamic_cast<const ProfileError*>(e))
        return tr("Correct the value at the place shown, or ask whoever sent the profile for a new copy.");
    if (code == "backup.missing" || code == "backup.none" || code == "backup.no-bkupinfo")
        return tr("Choose the folder that holds manifest.xml, or the {GUID} folder of one backup.");
    return {};
}

QString ErrorText::text(const std::exception& error)
{
    const QString h = hint(error);
    return h.isEmpty() ? message(error) : message(error) + QLatin1Char('\n') + h;
}

bool ErrorText::isTranslatable(const Error& error)
{
    return build(error).has_value();
}

QStringList ErrorText::knownCodes()
{
    QStringList out;
    for (const Rule& r : kRules)
        out << QString::fromLatin1(r.code.data(), static_cast<qsizetype>(r.code.size()));
    out.sort();
    return out;
}

} // namespace ra
