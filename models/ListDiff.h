#pragma once
/**
 * @file ListDiff.h
 * The smallest single change (one removed and one inserted run) that turns one list into
 * another: lets list models report an update as row removals/insertions/data changes instead
 * of a reset, so that views keep their selection and editor.
 */
#include <cstddef>

namespace ra::detail {

/// Rows [first, first + removed) of the old list become rows [first, first + inserted).
struct ListDiff
{
    int first = 0;
    int removed = 0;
    int inserted = 0;
};

/// The common prefix and suffix of @p before and @p after are kept; the rest is replaced.
template <typename List>
ListDiff listDiff(const List& before, const List& after)
{
    const std::size_t a = static_cast<std::size_t>(before.size());
    const std::size_t b = static_cast<std::size_t>(after.size());
    std::size_t prefix = 0;
    while (prefix < a && prefix < b && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a - prefix && suffix < b - prefix && before[a - 1 - suffix] == after[b - 1 - suffix])
        ++suffix;
    return {static_cast<int>(prefix), static_cast<int>(a - prefix - suffix), static_cast<int>(b - prefix - suffix)};
}

} // namespace ra::detail
