#pragma once
/**
 * @file PolMerge.h
 * Applying a configuration to an existing registry.pol without touching anything else in it.
 */
#include "core/ChangeSet.h"
#include "core/Note.h"
#include "core/RegistryEntry.h"

#include <string>
#include <vector>

namespace ra {

/// The merged entries and what the merge did.
struct PolMergeResult
{
    /// The file's new entries: every foreign entry unchanged and in its original order, with
    /// the four policies' entries in place of the old ones.
    std::vector<RegistryEntry> entries;
    std::size_t foreignKept = 0;  ///< entries of other policies, kept byte for byte
    std::size_t oursRemoved = 0;  ///< old entries of the four policies that were dropped
    std::size_t oursWritten = 0;  ///< entries of the four policies written
    /// Values that occurred more than once in the existing file (same key and value name,
    /// compared case-insensitively). They are tolerated (Windows applies them in order, the
    /// last one wins) and kept when foreign.
    std::size_t duplicates = 0;
    /// One note per duplicate: code "duplicate-value", args: KEY\\NAME (as first spelled), the
    /// number of times; "duplicate value Software\…\X\Y (3 times; the last one applies)".
    std::vector<Note> notes;
};

/**
 * Merges a ChangeSet into existing registry.pol entries.
 *
 * - Entries of the four Remote Assistance policies (GroupPolicy::isOurs: key and value name
 *   compared case-insensitively; the helper list's RAUnsolicit key counts entirely as ours)
 *   are removed — whatever their state — and the ChangeSet's entries (Enabled/Disabled
 *   policies; nothing for Not configured) are inserted where the first of the old ones stood,
 *   or appended when the file had none.
 * - Every other entry is kept exactly, in order, including control codes on other keys.
 */
class PolMerge
{
public:
    static PolMergeResult merge(const std::vector<RegistryEntry>& existing, const ChangeSet& changes);
};

} // namespace ra
