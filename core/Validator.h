#pragma once
/**
 * @file Validator.h
 * Checks of single values: text length, ranges, enum items and every helper-list entry.
 */
#include "Configuration.h"
#include "Finding.h"

#include <string>
#include <vector>

namespace ra {

/**
 * Validation of single values. Every finding carries the policy, the element id, the list row
 * (helpers), a stable code and Finding::args, the variable parts of its message in this order
 * (the element's label and the policy's name come from Finding::element and Finding::policy;
 * "row" is the 1-based row number, "entry" the helper entry as the message shows it):
 *
 * | code | severity | rule | args |
 * |---|---|---|---|
 * | text.too-long | error | a text longer than its maxLength (UTF-16 code units; 1023 by default) | text (first 40 characters), length, maxLength |
 * | text.invalid-utf8 | error | a text that is not UTF-8 | — |
 * | text.nul | error | a text with a NUL character (REG_SZ data would end there) | text before the NUL (first 40 characters) |
 * | decimal.range | error | a number outside minValue…maxValue (ticket time 1–99) | value, minValue, maxValue |
 * | enum.value | error | a value that is not one of the enum's items | value (the choices are the element's items) |
 * | helper.empty / helper.blank | error | an empty row / a row of spaces | row |
 * | helper.invalid-utf8 | error | an entry that is not UTF-8 | row |
 * | helper.whitespace | error | leading or trailing spaces | row, entry, "start" / "end" / "both", "space" / "invisible" (a non-breaking or zero-width space) |
 * | helper.sid | warning | a SID string ("S-1-5-32-544") instead of DOMAIN\Name | row, entry |
 * | helper.upn | error | user@domain instead of DOMAIN\Name | row, entry, suggested DOMAIN\user |
 * | helper.no-backslash | error | no domain part | row, entry, the trimmed entry |
 * | helper.double-backslash | error | "CORP\\alice" (two backslashes) | row, entry, number of backslashes, the entry with one |
 * | helper.domain-empty / helper.name-empty | error | nothing before / after the backslash | row, entry |
 * | helper.dns-domain | warning | a dotted DNS domain where the NetBIOS name is expected | row, entry, DNS domain, suggested NETBIOS\name |
 * | helper.netbios-too-long | error | a domain (or computer) name over 15 characters | row, entry, length, 15 |
 * | helper.forbidden-char | error | " / \ [ ] : ; \| = , + * ? < > or a control character in the name; \ / : * ? " < > \| in the domain | row, entry, where ("entry": no backslash, "domain", "name"), the forbidden characters each once without separators, "control" when there is a control character (else empty) |
 * | helper.trailing-period | error | a name ending in "." | row, entry |
 * | helper.duplicate | error | the same entry twice, compared case-insensitively (reported on the later row) | row, entry, first row, first entry |
 *
 * Accepted shapes: any NetBIOS domain or computer name before the backslash, so
 * "BUILTIN\\Administrators", "NT AUTHORITY\\INTERACTIVE" and a local "PC-042\\support" are valid.
 * Duplicates are found with the case of ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
 * letters folded (Windows folds all of Unicode; other scripts compare exactly).
 */
class Validator
{
public:
    /// Every problem of @p config at once (all policies, Enabled or not: values are kept).
    /// Severity Error blocks an apply; Warning does not. Problems of a policy that is not
    /// Enabled are downgraded to warnings (its values are not written), their message ends
    /// with "(Not written while the policy is Disabled.)" or "… Not configured.)", and
    /// Finding::inactiveState names the state.
    static std::vector<Finding> validate(const Configuration& config);

    /// Problems of one helper-list entry (row index @p row, used in the findings) — the
    /// console marks each invalid row inline with these.
    static std::vector<Finding> validateHelper(const std::string& entry, int row);

    /// Problems of the whole helper list: each entry, plus duplicates (case-insensitive).
    static std::vector<Finding> validateHelpers(const std::vector<std::string>& helpers);

    /// True when any finding has Severity::Error.
    static bool hasErrors(const std::vector<Finding>& findings);
};

} // namespace ra
