#pragma once
/**
 * @file Finding.h
 * A problem or note found by validation or lint.
 */
#include "Catalog.h"
#include "Configuration.h"

#include <optional>
#include <string>
#include <vector>

namespace ra {

enum class Severity { Info, Warning, Error };
std::string_view severityName(Severity s); ///< "info", "warning", "error"

/**
 * One finding: where (policy, option, list row), a stable code for scripts and tests
 * (e.g. "helper.upn"), a message a person understands and, for lint, a hint how to fix it.
 *
 * message and hint are English. For other languages, @ref args carries everything variable in
 * them (row numbers, the entry as shown, characters, counts, limits, the suggested fix), so that
 * a translated message can be built from the code and the arguments alone; catalog texts are
 * not in the arguments as English text but come from the finding's policy and element ids
 * (or, where noted, as a CSP node name or an edition name). The arguments of each code are
 * listed in Validator.h and Linter.h.
 */
struct Finding
{
    Severity severity = Severity::Error;
    std::optional<PolicyId> policy;
    std::string element;   ///< ADMX element id, empty for the policy as a whole
    int row = -1;          ///< row of a list entry, -1 otherwise
    std::string code;
    std::string message;
    std::string hint;
    /// The variable parts of message and hint, positional; see the code's table (Validator.h,
    /// Linter.h). A text argument is exactly what the English message shows (in a quoted text,
    /// control characters as \\xNN; an option's text cut after 40 characters with "…"),
    /// without the quotes around it.
    std::vector<std::string> args;
    /// Set when the finding belongs to a policy that is not Enabled (Disabled or Not
    /// configured): its values are not written, the problem was downgraded to a warning, and
    /// message ends with " (Not written while the policy is Disabled.)" or "… Not configured.)".
    std::optional<PolicyState> inactiveState;

    bool operator==(const Finding&) const = default;
};

} // namespace ra
