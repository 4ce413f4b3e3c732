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
 * (helpers) and a stable code:
 *
 * | code | severity | rule |
 * |---|---|---|
 * | text.too-long | error | a text longer than its maxLength (UTF-16 code units; 1023 by default) |
 * | text.invalid-utf8 | error | a text that is not UTF-8 |
 * | text.nul | error | a text with a NUL character (REG_SZ data would end there) |
 * | decimal.range | error | a number outside minValue…maxValue (ticket time 1–99) |
 * | enum.value | error | a value that is not one of the enum's items |
 * | helper.empty / helper.blank | error | an empty row / a row of spaces |
 * | helper.invalid-utf8 | error | an entry that is not UTF-8 |
 * | helper.whitespace | error | leading or trailing spaces |
 * | helper.sid | warning | a SID string ("S-1-5-32-544") instead of DOMAIN\\Name |
 * | helper.upn | error | user@domain instead of DOMAIN\\Name |
 * | helper.no-backslash | error | no domain part |
 * | helper.double-backslash | error | "CORP\\\\alice" (two backslashes) |
 * | helper.domain-empty / helper.name-empty | error | nothing before / after the backslash |
 * | helper.dns-domain | warning | a dotted DNS domain where the NetBIOS name is expected |
 * | helper.netbios-too-long | error | a domain (or computer) name over 15 characters |
 * | helper.forbidden-char | error | " / \\ [ ] : ; \| = , + * ? < > or a control character in the name; \\ / : * ? " < > \| in the domain |
 * | helper.trailing-period | error | a name ending in "." |
 * | helper.duplicate | error | the same entry twice, compared case-insensitively (reported on the later row) |
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
    /// Enabled are downgraded to warnings (its values are not written), and their message ends
    /// with "(Not written while the policy is Disabled.)" or "… Not configured.)".
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
