#pragma once
/**
 * @file Note.h
 * A sentence for a person from core or a backend: a reader's remark about its input (what it
 * tolerated, ignored or could not interpret), a line of an apply report.
 */
#include <string>
#include <vector>

namespace ra {

/**
 * One note, one English sentence (Note::message) for logs and ra-policy. A note with a code
 * also carries the variable parts of its message in Note::args (the codes and their arguments
 * are listed where the notes are made: GroupPolicyReadResult, GpoBackupOpenResult,
 * RegFile::toEntries, ApplyReport), so that the console can show it in the user's language
 * (models/NoteText, ui/ApplyWorker::logText); a note without a code is shown as written.
 */
struct Note
{
    std::string code;               ///< stable, e.g. "duplicate-entry"; empty for a note without one
    std::vector<std::string> args;  ///< the variable parts of message, positional
    std::string message;            ///< the English sentence

    Note() = default;
    /// A note without a code (implicit, so that a sentence can be added where a note is expected).
    Note(std::string message); // NOLINT(google-explicit-constructor)
    Note(const char* message);  // NOLINT(google-explicit-constructor)
    Note(std::string code, std::vector<std::string> args, std::string message);

    bool operator==(const Note&) const = default;
};

/// The messages of @p notes, in order.
std::vector<std::string> noteMessages(const std::vector<Note>& notes);

} // namespace ra
