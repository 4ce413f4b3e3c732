#pragma once
/**
 * @file Finding.h
 * A problem or note found by validation or lint.
 */
#include "Catalog.h"

#include <optional>
#include <string>

namespace ra {

enum class Severity { Info, Warning, Error };
std::string_view severityName(Severity s); ///< "info", "warning", "error"

/**
 * One finding: where (policy, option, list row), a stable code for scripts and tests
 * (e.g. "helper.upn"), a message a person understands and, for lint, a hint how to fix it.
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

    bool operator==(const Finding&) const = default;
};

} // namespace ra
