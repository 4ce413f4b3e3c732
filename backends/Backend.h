#pragma once
/**
 * @file Backend.h
 * The interface every delivery target implements: preview what a ChangeSet would write, apply it.
 */
#include "core/ChangeSet.h"
#include "core/GroupPolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace ra {

/// One part of a preview: a file with its content, a list of registry operations, or a diff.
struct PreviewItem
{
    enum class Kind { RegistryOperations, File, Diff };
    Kind kind = Kind::File;
    std::string title;   ///< a file name, "Registry operations", "Changes against …"
    std::string content; ///< text (files that are binary, like registry.pol, are shown decoded)
};

/// Progress reporting and cancellation for long applies (a GUI passes one from its worker).
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void step(const std::string& message, int done, int total) = 0;
    virtual bool cancelled() const { return false; }
};

/// What an apply did: a line per action, and whether it succeeded.
struct ApplyReport
{
    bool ok = true;
    std::vector<std::string> log;
    std::string error; ///< set when !ok: what happened and what to do next
};

class Backend
{
public:
    virtual ~Backend() = default;
    /// A short name for logs and the GUI, e.g. "GPO backup".
    virtual std::string name() const = 0;
    /// Everything apply() would write, without writing.
    virtual std::vector<PreviewItem> preview(const ChangeSet& changes) = 0;
    /// Delivers the change set. Throws ra::Error when nothing could be done; a report with
    /// ok == false says what failed and what was rolled back.
    virtual ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) = 0;
    /// The target's current Remote Assistance configuration, where the target can be read.
    virtual std::optional<GroupPolicyReadResult> current() { return std::nullopt; }
};

} // namespace ra
