#pragma once
/**
 * @file Backend.h
 * The interface every delivery target implements: preview what a ChangeSet would write, apply it.
 */
#include "core/ChangeSet.h"
#include "core/GroupPolicy.h"
#include "core/Note.h"
#include "core/RegistryEntry.h"

#include <optional>
#include <string>
#include <vector>

namespace ra {

/**
 * One artifact of a preview: a file (or a list of registry values) as Apply would write it, and
 * what the target holds there now, shown the same way, so that a GUI can put them side by side
 * and diff them (core/PreviewDiff).
 *
 * @c label is the title with a code and args, for a GUI to show in the user's language:
 *
 * | code | args | message |
 * |---|---|---|
 * | file | name | NAME (a file name or a path inside the target folder) |
 * | registry-changes | target name | Changes to NAME |
 * | graph-request | URL | Microsoft Graph request body (URL) |
 *
 * @c caption says how @c content shows a binary file (empty when it is the file's text):
 *
 * | code | args | message |
 * |---|---|---|
 * | pol-as-lgpo | file name | NAME shown as LGPO text |
 * | pol-as-lgpo-kept | file name, count | NAME shown as LGPO text; N entries of other policies kept |
 * | registry-values | target name | The values under the policy keys of NAME |
 *
 * @c currentNote says what @c current is when that is not simply the same file:
 *
 * | code | args | message |
 * |---|---|---|
 * | current-backup | file, ID, name, time | Compared with FILE of backup ID ("NAME", TIME), the newest in the folder |
 * | current-unreadable | error | The file there cannot be read: ERROR |
 */
struct PreviewItem
{
    enum class Kind { RegistryOperations, File, Diff };
    Kind kind = Kind::File;
    std::string title;   ///< a file name, "Changes to …" (English, for logs and ra-policy)
    std::string content; ///< text (files that are binary, like registry.pol, are shown decoded)
    Note label;          ///< @c title with a code
    Note caption;        ///< how @c content shows the file; empty for a text file
    /// What the target holds now, shown like @c content; nullopt: nothing there yet (or, with a
    /// current-unreadable note, not readable).
    std::optional<std::string> current;
    Note currentNote; ///< what @c current is, where it is not the same artifact; see the table
    /// For artifacts made of registry entries (registry.pol, .reg, the live registry): the entries
    /// the target has now and those it has after Apply, for a value-level diff. Both unset otherwise.
    std::optional<std::vector<RegistryEntry>> currentEntries;
    std::optional<std::vector<RegistryEntry>> entries;

    /// @c content with @c caption as a leading LGPO comment line (how ra-policy prints it).
    std::string text() const;

    /// A file item titled @p name (label code "file").
    static PreviewItem file(const std::string& name, std::string content);
    /// The caption "NAME shown as LGPO text" (pol-as-lgpo).
    static Note polAsLgpo(const std::string& name);
    /// The caption "NAME shown as LGPO text; N entries of other policies kept" (pol-as-lgpo-kept).
    static Note polAsLgpo(const std::string& name, std::size_t kept);
    /// The note "The file there cannot be read: ERROR" (current-unreadable).
    static Note unreadable(const std::string& error);
};

/**
 * One step of an apply as a stable code with its arguments and the English text, so that a GUI
 * can show it in the user's language:
 *
 * | code | args | message |
 * |---|---|---|
 * | write | path | Writing PATH |
 * | wrote | path | Wrote PATH |
 * | read | path | Reading PATH |
 * | update | path | Updating PATH |
 * | write-backup | path | Writing the backup to PATH |
 * | write-registry | number of changes | Writing N registry changes (1: "Writing 1 registry change") |
 * | update-local-gpo | — | Updating the Local Group Policy object |
 * | done | — | Done |
 */
struct ProgressStep
{
    std::string code;
    std::vector<std::string> args;
    std::string message;

    static ProgressStep writing(const std::string& path);
    static ProgressStep wrote(const std::string& path);
    static ProgressStep reading(const std::string& path);
    static ProgressStep updating(const std::string& path);
    static ProgressStep writingBackup(const std::string& path);
    static ProgressStep writingRegistry(std::size_t changes);
    static ProgressStep updatingLocalGpo();
    static ProgressStep done();

    bool operator==(const ProgressStep&) const = default;
};

/// Progress reporting and cancellation for long applies (a GUI passes one from its worker).
class Progress
{
public:
    virtual ~Progress() = default;
    /// A step in English (steps without a code: the Intune client's).
    virtual void step(const std::string& message, int done, int total) = 0;
    /// A step with a code (what the backends report); by default step() with its message.
    virtual void report(const ProgressStep& s, int done, int total) { step(s.message, done, total); }
    virtual bool cancelled() const { return false; }
};

/**
 * What an apply did: a line per action, and whether it succeeded. Log lines of the file
 * backends carry a code and args (Note), so that a GUI can show them translated:
 *
 * | code | args | message |
 * |---|---|---|
 * | wrote-registry-pol | count, path, replaced, kept | Wrote N Remote Assistance entries to P (replaced N, kept N entries of other policies) |
 * | wrote-backup | backup ID, name, time, folder | Wrote backup ID ("NAME", TIME) to FOLDER |
 * | created-manifest | path | Created P |
 * | added-to-manifest | path | Added the backup to P |
 * | wrote-reg | path, key blocks, file name | wrote P (N key blocks); import it on the machine with: reg import "F" |
 * | updated-local-pol | path, count, kept | Updated P: N Remote Assistance entries, N other entries kept |
 * | updated-gpt-ini | path | Updated P (machine version and Registry extension) |
 * | wrote-syncml | path, bytes, Replace count, Delete count | wrote P (N bytes, N Replace, N Delete) |
 * | wrote-lgpo | count, path | Wrote N LGPO records to P |
 * | wrote-graph-json | path, bytes, settings | wrote P (N bytes, N OMA-URI settings) |
 * | updated-local-gpo | path, count, kept | updated the Local Group Policy object P (N entries of these policies, N of other policies kept) and its gpt.ini |
 * | duplicate-value | KEY\\NAME, count | Note: duplicate value KEY\\NAME (N times; the last one applies) (a PolMerge note) |
 *
 * Lines without a code (registry changes, merge notes, the Intune client's lines) are shown as
 * written.
 */
struct ApplyReport
{
    bool ok = true;
    std::vector<Note> log;
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
