#pragma once
/**
 * @file PreviewDiff.h
 * What a delivery would change on its target, for the console's preview: a line diff of two
 * texts (the file there now and the file Apply would write) and a value diff of two lists of
 * registry entries (registry.pol, .reg, live registry values): added, changed and removed values.
 */
#include "RegistryEntry.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// One line of a line diff.
struct DiffLine
{
    enum class Op { Same, Added, Removed };
    Op op = Op::Same;
    std::string text; ///< the line without its line end

    bool operator==(const DiffLine&) const = default;
};

/// One registry value that differs between two entry lists (key and value name compare
/// case-insensitively; the last of several entries with the same name is the one compared).
struct ValueChange
{
    enum class Kind { Added, Changed, Removed };
    Kind kind = Kind::Added;
    std::string key;
    std::string valueName;
    std::optional<RegistryEntry> before; ///< absent for Added
    std::optional<RegistryEntry> after;  ///< absent for Removed

    /// One English line with a marker that does not rely on colour:
    /// `+ Added KEY\NAME = DWORD:1`, `~ Changed KEY\NAME: DWORD:0 -> DWORD:1`,
    /// `- Removed KEY\NAME (was DWORD:1)`.
    std::string describe() const;

    bool operator==(const ValueChange&) const = default;
};

/**
 * The diff computations of the delivery preview (plain C++, no Qt; the console shows the results
 * in the user's language).
 */
class PreviewDiff
{
public:
    /// The lines of @p text: split at LF, a CR before it dropped; a final line end adds no empty line.
    static std::vector<std::string> splitLines(std::string_view text);

    /**
     * A minimal line diff (longest common subsequence) from @p before to @p after: every line of
     * both texts once, in order, Same lines shared, Removed lines before the Added lines that
     * replace them. Texts of more than 20000 lines each are compared by common head and tail only.
     */
    static std::vector<DiffLine> lines(std::string_view before, std::string_view after);

    /// True when @p diff has an Added or Removed line.
    static bool hasChanges(const std::vector<DiffLine>& diff);

    /// The diff as text, one line each with a marker: "+ " added, "- " removed, "  " same; LF line ends.
    static std::string unified(const std::vector<DiffLine>& diff);

    /**
     * The values that differ from @p before to @p after: Added and Changed in the order of
     * @p after, then Removed in the order of @p before. Control entries (`**del.X`, …) are
     * compared like values under their `**` names.
     */
    static std::vector<ValueChange> values(const std::vector<RegistryEntry>& before,
                                           const std::vector<RegistryEntry>& after);

    /// The data of @p entry for a reader: RegistryEntry::describeData, and for the control entries
    /// that delete, what they delete: `(deletes NAME)` for `**del.NAME`, `(deletes every value of
    /// the key)` for `**delvals.`.
    static std::string describeData(const RegistryEntry& entry);

    /// One line per entry, `KEY\NAME = DATA` (describeData()), LF line ends.
    static std::string listing(const std::vector<RegistryEntry>& entries);
};

} // namespace ra
