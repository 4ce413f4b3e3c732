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

class Validator
{
public:
    /// Every problem of @p config at once (all policies, Enabled or not: values are kept).
    /// Severity Error blocks an apply; Warning does not.
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
