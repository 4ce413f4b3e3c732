#pragma once
/**
 * @file Error.h
 * The one exception type of the policy engine.
 */
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace ra {

/**
 * Where in its file (or source) an error is, as data: ErrorLocation::english() is what
 * Error::location() says, and a GUI can say the same in its own language from kind, number,
 * column and text.
 */
struct ErrorLocation
{
    enum class Kind {
        None,       ///< nowhere in particular (the file as a whole)
        Offset,     ///< "offset N": a 0-based byte offset into the file (number)
        Line,       ///< "line N": a 1-based line (number)
        LineColumn, ///< "line N, column M": 1-based (number, column)
        Pointer,    ///< an RFC 6901 JSON pointer such as "/policies/SessionLogging/state" (text; "" = the document)
        Value,      ///< "value \"NAME\"": a value of the registry key the error names as its file (text)
        Byte,       ///< "byte N": a 0-based byte index into a text (number)
        CodeUnit,   ///< "code unit N": a 0-based UTF-16 code unit index into a text (number)
        Command,    ///< "CmdID ID (line N)": a command of a SyncML document (text = its CmdID, number = its line)
        Key,        ///< a registry key path (text), shown as it is
        Text,       ///< a location given as text by an error without a code, shown as it is
    };
    Kind kind = Kind::None;
    std::uint64_t number = 0;
    std::uint64_t column = 0;
    std::string text;

    static ErrorLocation offset(std::uint64_t offset);
    static ErrorLocation line(std::uint64_t line);
    static ErrorLocation lineColumn(std::uint64_t line, std::uint64_t column);
    static ErrorLocation pointer(std::string pointer);
    static ErrorLocation value(std::string valueName);
    static ErrorLocation byte(std::uint64_t index);
    static ErrorLocation codeUnit(std::uint64_t index);
    static ErrorLocation command(std::string cmdId, std::uint64_t line);
    static ErrorLocation key(std::string key);
    /// Kind::Text, or Kind::None for an empty @p text.
    static ErrorLocation asWritten(std::string text);

    /// "offset 1234", "line 3, column 7", "/version", "value \"fAllowToGetHelp\"", … ("" for None).
    std::string english() const;
    bool operator==(const ErrorLocation&) const = default;
};

/**
 * An error a person can act on: which file (or source), where in it (a byte offset, a JSON
 * pointer, a line, a field) and what was wrong or expected.
 *
 * what() reads "<file>: <location>: <reason>", leaving out the parts that are empty; file,
 * location and reason are English (ra-policy prints them). An error of the engine also has a
 * stable code() and the variable parts of its reason in args(), positional, each exactly as the
 * reason shows it, so that the console can say the same in the user's language
 * (models/ErrorText). An error whose reason contains another error's reason keeps that error as
 * cause(). Errors without a code (the console's own, whose texts are already translated) are
 * shown as written.
 *
 * Where they come from: codec. core/TextCodec, file. core/FileSystem, pol. formats/RegistryPol,
 * reg. formats/RegFile, lgpo. formats/LgpoText, gptini. formats/GptIni, xml. formats/XmlReader,
 * xmlwriter. formats/XmlWriter, syncml. formats/SyncMl, graph. formats/GraphJson, cmtx.
 * formats/CommentCmtx, profile. core/Profile (also the codes of ProfileProblem), config.
 * core/Configuration, firewall. core/Firewall, registry. core/registry, backup.
 * backends/GpoBackupReader and GpoBackupWriter.
 *
 * The codes and their args, in order; "found" of the profile.* rows is how the profile shows a
 * JSON value: "null", "true", "false", "an object", "an array", "the string \"…\"", "the number …".
 * A row's reason shows the args in capitals:
 *
 * | code | args | reason |
 * |---|---|---|
 * | codec.bad-utf8 | — | malformed UTF-8 text (at byte N) |
 * | codec.unpaired-surrogate | — | unpaired UTF-16 surrogate (at code unit N) |
 * | file.open-read | system message, systemErrorName() | cannot open for reading: MESSAGE |
 * | file.read | — | read error |
 * | file.list | system message, systemErrorName() | cannot list folder: MESSAGE |
 * | file.create-folder | system message, systemErrorName() | cannot create folder: MESSAGE |
 * | file.open-write | system message, systemErrorName() | cannot open for writing: MESSAGE |
 * | file.write | system message, systemErrorName() | write failed: MESSAGE |
 * | file.rename | temporary file name, system message, systemErrorName() | cannot rename NAME into place: MESSAGE |
 * | pol.end | what was expected ("'[' opening an entry", "';' after the key", "';' after the value name", "';' after the type", "';' after the data size", "']' closing the entry") | unexpected end of file: expected WHAT |
 * | pol.odd-end | what was expected (as pol.end) | odd byte count: the file ends inside a UTF-16 character where WHAT was expected |
 * | pol.unexpected | what was expected (as pol.end), what was found ("'x' (U+0078)", "U+0001") | expected WHAT, found FOUND |
 * | pol.name-end | "key" or "value name", its offset | unexpected end of file in the key starting at offset N: expected its terminating NUL |
 * | pol.name-odd-end | "key" or "value name", its offset | odd byte count: the file ends inside a UTF-16 character of the key starting at offset N |
 * | pol.name-utf16 | "key" or "value name" | the key is not valid UTF-16 (unpaired surrogate) |
 * | pol.number-end | "signature", "version", "type" or "data size", bytes left | unexpected end of file: expected the 4-byte type, N byte(s) left |
 * | pol.short | file size | file too short for the registry.pol header: expected 8 bytes ("PReg" and version 1), found N |
 * | pol.signature | — | bad signature: expected "PReg" (50 52 65 67) |
 * | pol.version | version | unsupported version N: expected 1 |
 * | pol.data-size | data size, bytes left | data size N runs past the end of the file (N byte(s) left) |
 * | pol.name-nul | key, value name (NUL as \0), "key" or "value name" | cannot store the entry KEY\\NAME: its key contains a NUL character |
 * | pol.data-too-large | key, value name | cannot store the entry KEY\\NAME: its data is larger than 4 GiB |
 * | reg.odd-bytes | — | odd number of bytes in a UTF-16LE file |
 * | reg.bad-utf16 | — (cause: the codec.* error) | not valid UTF-16LE text: CAUSE |
 * | reg.big-endian | — | UTF-16 big-endian files are not supported; save the file as UTF-16LE (regedit's format) |
 * | reg.encoding | — | not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either |
 * | reg.escape-at-end | — | a backslash at the end of the line inside a quoted string |
 * | reg.unknown-escape | the character after the backslash | unknown escape \\C in a quoted string (only \\\\ and \\" are allowed) |
 * | reg.unclosed-string | — | a quoted string is not closed (missing ") |
 * | reg.hex-byte | column, up to 8 characters found | expected a byte as two hex digits at column N, found "X" |
 * | reg.hex-comma | column | expected ',' between hex bytes at column N |
 * | reg.empty-value-name | — | an empty value name; the default value is written @= |
 * | reg.expected-equals | — | expected '=' after the value name |
 * | reg.after-string | — | unexpected text after the closing quote |
 * | reg.dword | the digits | dword: must be followed by 1 to 8 hex digits, found "X" |
 * | reg.hex-type | — | expected hex(<type in hex>): such as hex(2): or hex(7): |
 * | reg.value-format | up to 20 characters of the value | unknown value format "X"; expected "text", dword:, hex:, hex(N): or - |
 * | reg.header | the expected header, up to 60 characters found | expected the header "H", found "X" |
 * | reg.key-bracket | — | a key line must end with ']' |
 * | reg.empty-key | — | empty key name |
 * | reg.no-hive | the key | the key "K" does not start with a hive such as HKEY_LOCAL_MACHINE |
 * | reg.value-before-key | — | a value before the first [key] line |
 * | reg.value-under-delete | — | a value under a [-key] line, which deletes the key |
 * | reg.unexpected-line | up to 40 characters of the line | expected [key], "name"=value, @=value or a ; comment, found "X" |
 * | reg.empty | the expected header | empty file: the header "H" is missing |
 * | lgpo.config-space | the line | the configuration line "L" has leading or trailing white space |
 * | lgpo.config-line | the line | expected a configuration line (Computer, User or User:<name>), found "L" |
 * | lgpo.user-name | — | the configuration "User:" needs an account name |
 * | lgpo.incomplete | the entry's first line, "registry key", "value name" or "action" | the entry that starts on line N is incomplete: expected its action line |
 * | lgpo.clear | — | CLEAR only works with LGPO /t and has no registry.pol form |
 * | lgpo.dword | the action | "A": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295 |
 * | lgpo.qword | the action | "A": expected QWORD:n with n a decimal or 0x-hex number |
 * | lgpo.binary-byte | the item | "X" in BINARY: expected two hex digits per byte, separated by commas |
 * | lgpo.binary-comma | — | BINARY: ends with a comma |
 * | lgpo.unknown-action | the action | unknown action "A": expected DELETE, DELETEALLVALUES, … or BINARY: |
 * | lgpo.empty-key | — | the registry key line is empty |
 * | lgpo.odd-bytes | — | UTF-16 text with an odd number of bytes |
 * | lgpo.bad-utf16 | — (cause: the codec.* error) | not valid UTF-16 text (CAUSE) |
 * | lgpo.bad-utf8 | — | not valid UTF-8 text; save the file as Unicode (UTF-16 with BOM) or UTF-8 |
 * | gptini.bad-utf16 | — | not valid UTF-16 text |
 * | gptini.nul | — | contains NUL bytes: expected text (ANSI, UTF-8 or UTF-16 with a byte order mark) |
 * | gptini.section | — | expected ']' ending the section name |
 * | gptini.line | — | expected [section], key=value, a comment or a blank line |
 * | gptini.version | the value | [General] Version is "V": expected a number |
 * | gptini.extensions-char | the list, the character, its position | gPCMachineExtensionNames "L" has 'C' at position N: expected groups like [{GUID}{GUID}] |
 * | gptini.extensions-bracket | the list | gPCMachineExtensionNames "L" has an unclosed '[': expected groups like [{GUID}{GUID}] |
 * | gptini.extensions-brace | the list | gPCMachineExtensionNames "L" has an unclosed '{': expected groups like [{GUID}{GUID}] |
 * | gptini.extensions-empty | the list | gPCMachineExtensionNames "L" has an empty group: expected groups like [{GUID}{GUID}] |
 * | xml.bad-utf8 | — | the document is not valid UTF-8 |
 * | xml.control-char | the character ("U+0001") | the control character U+0001 is not allowed in XML |
 * | xml.non-character | — | the non-character U+FFFE or U+FFFF is not allowed in XML |
 * | xml.no-root | — | expected the root element, found the end of the document |
 * | xml.root-start | — | expected '<' starting the root element |
 * | xml.after-root | — | unexpected content after the root element |
 * | xml.expected | "'<'", "'>'", "'=' after the attribute name", "an element name", "an attribute name" or "an element name after \"</\"" | expected WHAT |
 * | xml.doctype | — | DOCTYPE declarations are not supported |
 * | xml.doctype-after-root | — | unexpected DOCTYPE after the root element |
 * | xml.unterminated-pi | — | unterminated processing instruction: expected "?>" |
 * | xml.unterminated-comment | — | unterminated comment: expected "-->" |
 * | xml.ampersand | — | '&' must start a reference such as &amp; (use &amp; for a literal '&') |
 * | xml.empty-char-ref | — | empty character reference |
 * | xml.bad-char-ref | the reference without & and ; | invalid character reference &R; |
 * | xml.char-ref-range | the reference | character reference &R; is out of range |
 * | xml.char-ref-not-char | the reference | character reference &R; is not an XML character |
 * | xml.unknown-entity | the entity | unknown entity &E; (only the five XML entities are supported) |
 * | xml.undeclared-prefix | the prefix | namespace prefix "P" is not declared |
 * | xml.too-deep | — | elements nested more than 256 deep |
 * | xml.start-tag | the element | expected white space, '>' or "/>" in the start tag of <E> |
 * | xml.duplicate-attribute | the attribute | attribute A appears twice |
 * | xml.unquoted-attribute | — | expected a quoted attribute value |
 * | xml.unterminated-attribute | — | unterminated attribute value |
 * | xml.lt-in-attribute | — | '<' is not allowed in an attribute value |
 * | xml.unclosed | the element, its line | unexpected end of the document: <E> (line N) is not closed |
 * | xml.end-tag | the element, its line, the end tag found | expected </E> closing the element of line N, found </F> |
 * | xml.unterminated-cdata | — | unterminated CDATA section: expected "]]>" |
 * | xml.markup-declaration | — | unexpected markup declaration inside an element |
 * | xml.cdata-end-in-text | — | "]]>" is not allowed in text |
 * | xml.control-in-text | — | control character in text |
 * | xml.odd-bytes | — | UTF-16 document with an odd number of bytes |
 * | xml.bad-utf16 | — (cause: the codec.* error) | the document is not valid UTF-16 (CAUSE) |
 * | xmlwriter.name | the name | "N" is not a valid XML name |
 * | xmlwriter.bad-utf8 | — | text for XML is not valid UTF-8 |
 * | xmlwriter.control-char | the character ("U+0001") | character U+0001 cannot appear in an XML document |
 * | xmlwriter.comment | — | an XML comment cannot contain "--" or end with '-' |
 * | xmlwriter.second-root | the element | an XML document has exactly one root element; <E> would be a second |
 * | xmlwriter.attribute-outside | the attribute | attribute A written outside a start tag |
 * | xmlwriter.text-outside | — | text outside the root element |
 * | xmlwriter.cdata-outside | — | CDATA outside the root element |
 * | xmlwriter.no-open-element | — | endElement() without an open element |
 * | xmlwriter.incomplete | the open element | XML document incomplete: <E> is still open |
 * | xmlwriter.no-root | — | XML document has no root element |
 * | syncml.text-utf8 | — | the text is not valid UTF-8 |
 * | syncml.text-noncharacter | — | the text contains U+FFFE or U+FFFF, which XML cannot carry |
 * | syncml.text-control | the character ("U+0001") | the text contains the control character U+0001, which XML cannot carry |
 * | syncml.entry-empty | the entry's number (1-based) | entry N is empty |
 * | syncml.entry-separator | the entry's number | entry N contains U+F000, the character that separates list entries |
 * | syncml.value | CSP node, data id (cause: a syncml.text-* or syncml.entry-* error) | CSP, data id ID: CAUSE |
 * | syncml.payload-xml | CSP node, line and column in the payload (cause: the xml.* error; "</payload>" in it reads "the end of the payload") | CSP payload: CAUSE (line L, column C of the payload) |
 * | syncml.payload-text | CSP node | CSP payload: text outside the <enabled/>, <disabled/> and <data/> elements |
 * | syncml.payload-empty | CSP node | CSP payload: expected <enabled/> or <disabled/>, found nothing |
 * | syncml.payload-head | CSP node, the element found | CSP payload: expected <enabled/> or <disabled/> first, found <E> |
 * | syncml.payload-head-content | CSP node, the element | CSP payload: <E/> takes no attributes or content |
 * | syncml.payload-disabled-data | CSP node, the element found | CSP payload: <disabled/> takes no <data/> elements, found <E> |
 * | syncml.payload-element | CSP node, the element found | CSP payload: expected <data id="…" value="…"/>, found <E> |
 * | syncml.data-attributes | CSP node | CSP payload: a <data/> element needs both an id and a value attribute |
 * | syncml.data-id | CSP node, the data id, the policy's options ("" = none) | CSP payload: unknown data id "ID" (this policy has OPTIONS) |
 * | syncml.data-twice | CSP node, data id | CSP payload: data id ID appears twice |
 * | syncml.data-number | CSP node, data id, the value | CSP payload, data id ID: expected a decimal number from 0 to 4294967295, found "V" |
 * | syncml.list-odd | CSP node, data id, number of parts | CSP payload, data id ID: the list has N parts separated by U+F000; expected name/value pairs (an even number) |
 * | syncml.list-pair | CSP node, data id, pair number, name, value | CSP payload, data id ID: pair N has the name "A" but the value "B"; this list stores each entry as both name and value |
 * | syncml.list-empty-pair | CSP node, data id, pair number | CSP payload, data id ID: pair N is empty |
 * | syncml.data-missing | CSP node, data id | CSP payload: data id ID is missing (an Enabled ADMX-backed policy needs every option of the policy) |
 * | syncml.root | the root element | expected the root element <SyncML>, found <E> |
 * | syncml.namespace | the namespace | expected the namespace SYNCML:SYNCML1.2, found "NS" |
 * | syncml.no-body | — | <SyncML> has no <SyncBody> |
 * | syncml.no-cmdid | the command | <C> has no <CmdID> |
 * | syncml.cmdid-number | the CmdID text | <CmdID>: expected a decimal number from 0 to 4294967295, found "X" |
 * | syncml.cmdid-zero | — | <CmdID> must be a positive number |
 * | syncml.cmdid-twice | CmdID, line of its first use | CmdID N is used twice (also at line L) |
 * | syncml.no-locuri | — | <Item> has no <Target><LocURI> |
 * | syncml.empty-locuri | — | the <LocURI> is empty |
 * | syncml.locuri-space | the URI | the <LocURI> "U" contains white space or a line break (Windows answers 404 for such a node) |
 * | syncml.locuri-case | the URI, the policy's OMA-URI | the <LocURI> "U" differs from OMA in letter case (OMA-DM node names are case-sensitive) |
 * | syncml.set-twice | CSP node, the CmdID and line that set it first | CSP is set twice (also by CmdID N (line L)) |
 * | syncml.format | the command, CSP node | <C> of CSP needs <Meta><Format>chr</Format></Meta> (ADMX-backed policies take their payload as a string) |
 * | syncml.type | the command, CSP node, the type | <C> of CSP has <Type>T</Type>; expected text/plain |
 * | syncml.no-data | the command, CSP node | <C> of CSP has no <Data> payload |
 * | syncml.no-item | the command | <C> has no <Item> |
 * | graph.missing | the member | the member "M" is missing |
 * | graph.not-string | — | expected a string |
 * | graph.not-configured | CSP node | CSP is Not configured and has no OMA-URI setting |
 * | graph.display-name | — | the profile needs a display name |
 * | graph.json | the parser's message | not valid JSON (MESSAGE) |
 * | graph.not-object | — | expected a JSON object (a windows10CustomConfiguration) |
 * | graph.type | the expected @odata.type, the one found | expected "T", found "F" |
 * | graph.settings-array | — | expected an array |
 * | graph.setting-object | — | expected an object |
 * | graph.second-setting | CSP node, pointer of the first setting | CSP has a second setting (the first is /omaSettings/N) |
 * | graph.setting-type | the expected @odata.type, CSP node, the one found | expected "T" for CSP, found "F" |
 * | cmtx.root | the root element | expected <policyComments> as the root element, found <E> |
 * | cmtx.string-missing | the policy reference, the string id | comment of REF refers to string ID, which the stringTable lacks |
 * | profile.unknown-member | the member | unknown member "M" |
 * | profile.unknown-provenance | the member | unknown provenance member "M" |
 * | profile.unknown-target-member | the member | unknown target member "M" |
 * | profile.target-version | the profile's version | a deployment target needs profile format version 2; this profile says N |
 * | profile.target-family | the value | unknown "V"; expected "vista", "xp-sp2" or "server2003-sp1" |
 * | profile.target-edition | the value | unknown "V"; expected Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise |
 * | profile.target-duplicate | the value | "V" is listed more than once |
 * | profile.target-build | what was found | expected a Windows build number from 0 to 4294967295, found FOUND |
 * | profile.not-boolean | what was found | expected true or false, found FOUND |
 * | profile.not-object | what was found (below) | expected an object, found FOUND |
 * | profile.not-string | what was found | expected a string, found FOUND |
 * | profile.time | the value | expected a UTC time like "2026-11-22T10:00:00Z", found "V" |
 * | profile.text-length | length, maximum | the text has N characters; at most M are allowed |
 * | profile.not-integer | what was found | expected a whole number, found FOUND |
 * | profile.range | minimum, maximum, the number | expected a number from A to B, found N |
 * | profile.choice | CSP node, option id, the number (the choices come from the catalog) | expected one of 0 (LABEL), 1 (LABEL), found N |
 * | profile.not-list | what was found | expected an array of strings, found FOUND |
 * | profile.state-missing | — | missing; expected "NotConfigured", "Enabled" or "Disabled" |
 * | profile.state-type | what was found | expected "NotConfigured", "Enabled" or "Disabled", found FOUND |
 * | profile.state | the state | expected "NotConfigured", "Enabled" or "Disabled", found "S" |
 * | profile.unknown-option | the option, CSP node, the policy's options ("" = none) | unknown option "O" of CSP; its options are OPTIONS |
 * | profile.policies-missing | — | missing; expected an object with one member per policy |
 * | profile.policy-name | the name, the policy's CSP node | unknown policy "N"; use its CSP name "CSP" |
 * | profile.unknown-policy | the name | unknown policy "N"; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance or UnsolicitedRemoteAssistance |
 * | profile.duplicate-member | the member | the member "M" appears more than once in its object |
 * | profile.not-a-profile-object | what was found | expected a JSON object (a Remote Assistance console profile), found FOUND |
 * | profile.digest-type | what was found | expected a string of 64 hex digits, found FOUND |
 * | profile.invalid | — | the profile is not valid (a ProfileError without problems) |
 * | profile.author-utf8 | — | the author is not valid UTF-8 text |
 * | profile.host-utf8 | — | the host name is not valid UTF-8 text |
 * | profile.product-version-utf8 | — | the product version is not valid UTF-8 text |
 * | profile.comment-utf8 | CSP node | the comment of CSP is not valid UTF-8 text |
 * | profile.option-utf8 | option id, CSP node | option ID of CSP is not valid UTF-8 text |
 * | profile.entry-utf8 | option id, CSP node | an entry of option ID of CSP is not valid UTF-8 text |
 * | profile.empty | — | the file is empty; expected a profile (JSON) |
 * | profile.json | the parser's message | not valid JSON: MESSAGE (at offset N) |
 * | profile.json-value | the parser's message | not valid JSON: MESSAGE (a value out of range, no offset) |
 * | profile.schema | the schema name | this is not a Remote Assistance console profile (expected "schema": "ra-console-profile") |
 * | profile.version-type | — | missing or invalid profile version; expected a whole number |
 * | profile.version-newer | the version, the newest version this console reads | this profile has format version N, written by a newer version of the console; this version reads formats 1 to M only. Update the console to open it. |
 * | profile.version | the version, the newest version this console reads | invalid profile version N; expected 1 to M |
 * | profile.no-digest | — | the profile was changed after it was written (it has no SHA-256) (ProfileIntegrityError) |
 * | profile.digest-mismatch | — | the profile was changed after it was written (its SHA-256 does not match) (ProfileIntegrityError) |
 * | config.no-option | CSP node, option id | policy CSP has no option "ID" |
 * | config.type | option id, CSP node, "text", "number", "choice (number)" or "list of strings" | option ID of CSP takes a number |
 * | config.not-text | option id | option ID is not text |
 * | config.not-number | option id | option ID is not a number |
 * | config.not-list | option id | option ID is not a list |
 * | firewall.family | — | unknown Windows family |
 * | firewall.quote | the name or path | a firewall rule name or path cannot contain a double quote: S |
 * | registry.call | the Win32 function, the system's message | RegSetValueExW failed: MESSAGE |
 * | registry.subkeys | the system's message | RegDeleteKeyExW failed: the key has subkeys (MESSAGE) |
 * | registry.invalid-key | — | invalid key name (MemoryRegistry) |
 * | registry.simulated | the reason given to MemoryRegistry::failAtWrite | REASON |
 * | registry.memory-subkeys | — | the key has subkeys and cannot be deleted (MemoryRegistry) |
 * | registry.injected | the write's number | write N refused (injected failure) (FaultInjectingRegistry) |
 * | backup.no-bkupinfo | — | no bkupInfo.xml: not a Group Policy backup folder |
 * | backup.info-root | the root element | expected <BackupInst> as the root element, found <E> |
 * | backup.manifest-root | the root element | expected <Backups> as the root element, found <E> |
 * | backup.missing | — | does not exist |
 * | backup.none | — | no Group Policy backup here: expected manifest.xml or {BackupId} folders with bkupInfo.xml |
 * | backup.no-such-id | the ID | no backup with ID ID |
 * | backup.no-machine-pol | — | the backup has no DomainSysvol/GPO/Machine/registry.pol, so it holds no computer Administrative Templates settings |
 * | backup.display-name | — | the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find backups by it |
 * | backup.gpo-guid | the GUID | GPO GUID "G" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A} |
 * | backup.backup-id | the ID | backup ID "G" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A} |
 * | backup.time | the time | backup time "T" is not in the form YYYY-MM-DDTHH:MM:SS |
 * | backup.domain | the domain | domain "D" is not a DNS name (letters, digits, '-' and '.') |
 * | backup.manifest-type | the manifest namespace, the root element | not a Group Policy backup manifest: expected <Backups xmlns="NS">, found <E> |
 * | backup.manifest-listed | the ID | the manifest already lists a backup with ID ID |
 * | backup.manifest-unclosed | the root element | manifest has no closing </E> |
 * | backup.not-folder | — | is not a folder: choose a folder for the backup |
 * | backup.exists | — | a backup with this ID already exists |
 */
class Error : public std::runtime_error
{
public:
    /// An error without a code; @p location is shown as written.
    explicit Error(std::string reason, std::string file = {}, std::string location = {});
    /// An error with a code from the table (a string literal) and the args its row lists.
    Error(const char* code, std::vector<std::string> args, std::string reason, std::string file = {},
          ErrorLocation location = {});
    /// The same for args written in braces (so that {"x"} is never taken for a file name).
    Error(const char* code, std::initializer_list<std::string> args, std::string reason, std::string file = {},
          ErrorLocation location = {});

    /// An error without a code at a byte offset ("offset 1234").
    static Error atOffset(std::string reason, std::uint64_t offset, std::string file = {});

    const std::string& file() const noexcept { return m_file; }
    /// The location in English ("offset 1234"); where() has it as data.
    const std::string& location() const noexcept { return m_location; }
    const ErrorLocation& where() const noexcept { return m_where; }
    const std::string& reason() const noexcept { return m_reason; }
    /// The stable code ("pol.signature"); empty for an error without one.
    const std::string& code() const noexcept { return m_code; }
    /// The variable parts of reason(), in the order the code's row lists them.
    const std::vector<std::string>& args() const noexcept { return m_args; }
    /// The error whose reason is part of this one's (the rows that say "cause"), or null.
    const Error* cause() const noexcept { return m_cause.get(); }

    /// The same error, attributed to @p file (keeps the code, args, location, reason and cause).
    Error withFile(std::string file) const;
    /// The same error with @p cause as its cause().
    Error causedBy(const Error& cause) const;

private:
    Error(std::string reason, std::string file, ErrorLocation location, std::string code,
          std::vector<std::string> args);
    static std::string compose(const std::string& reason, const std::string& file,
                               const std::string& location);
    std::string m_file;
    ErrorLocation m_where;
    std::string m_location;
    std::string m_reason;
    std::string m_code;
    std::vector<std::string> m_args;
    std::shared_ptr<const Error> m_cause;
};

/**
 * A portable name for the system error @p ec, for the args of the file.* codes:
 * "permission-denied", "not-found", "no-space", "read-only", "exists", "not-a-folder",
 * "is-a-folder", "folder-not-empty", "name-too-long", "busy", "io-error", "too-many-files",
 * "too-large", "cross-device"; "" for any other.
 */
std::string systemErrorName(const std::error_code& ec);
/// systemErrorName() of an errno value.
std::string systemErrorName(int errnoValue);

} // namespace ra
