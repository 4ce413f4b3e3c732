#pragma once
/**
 * @file Profile.h
 * The colleague profile: a configuration with comments and provenance, as a JSON document whose
 * SHA-256 shows whether it was altered after it was written.
 */
#include "Configuration.h"
#include "DeploymentTarget.h"
#include "Error.h"
#include "FileSystem.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// Who made a profile, where, with what, and when (UTC, ISO 8601 "2026-11-22T10:00:00Z").
struct Provenance
{
    std::string author;
    std::string host;
    std::string productVersion;
    std::string created;
    std::string modified;
    bool operator==(const Provenance&) const = default;
};

/**
 * A profile. @c included lists the policies the profile speaks about: an included policy that
 * is Not configured means "remove it" when applied; a policy left out is left alone.
 */
struct Profile
{
    static constexpr std::string_view schemaName = "ra-console-profile";
    /// The newest format version read and written. Version 2 added "target"; a profile without
    /// a target is still written as version 1, so that consoles that read only version 1 open it.
    static constexpr int schemaVersion = 2;

    Configuration configuration;
    std::set<PolicyId> included{kAllPolicies.begin(), kAllPolicies.end()};
    Provenance provenance;
    /// The deployment the configuration is for, with its readiness; nullopt: the profile does
    /// not say (profiles of format version 1).
    std::optional<DeploymentTarget> target;
    /// Set by read(): whether the stored SHA-256 matched the content.
    bool integrityVerified = false;

    bool operator==(const Profile& o) const
    {
        return configuration == o.configuration && included == o.included && provenance == o.provenance
            && target == o.target;
    }
};

/**
 * One problem of a malformed profile: where (RFC 6901 JSON pointer, "" = the document) and what,
 * in English (reason) and as a code with args (the profile.* rows of the table in Error.h).
 */
struct ProfileProblem
{
    std::string pointer;
    std::string reason;
    std::string code;
    std::vector<std::string> args;

    ProfileProblem() = default;
    /// A problem without a code.
    ProfileProblem(std::string pointer, std::string reason);
    ProfileProblem(std::string pointer, std::string code, std::vector<std::string> args, std::string reason);

    /// Equal when they say the same (reason) at the same place (pointer); code and args are the
    /// reason as data.
    bool operator==(const ProfileProblem& o) const { return pointer == o.pointer && reason == o.reason; }
};

/**
 * A profile that does not have the expected structure or values. Lists every problem found;
 * location(), reason(), code() and args() are the first one's (reason() adds "(and 1 more
 * problem)" or "(and N more problems)"; without problems the code is profile.invalid).
 */
class ProfileError : public Error
{
public:
    ProfileError(std::vector<ProfileProblem> problems, const std::string& file);
    const std::vector<ProfileProblem>& problems() const noexcept { return m_problems; }

private:
    std::vector<ProfileProblem> m_problems;
};

/**
 * A profile that is well-formed but whose SHA-256 does not match its content (or that has no
 * "sha256" member): it was changed after it was written. The reason reads "the profile was
 * changed after it was written (its SHA-256 does not match)" or "… (it has no SHA-256)".
 *
 * Decision: this is an error, of its own type, so that nobody applies an altered profile by
 * accident — every caller that only catches ra::Error refuses it. A caller that wants to let the
 * user look at (or deliberately accept) the altered content catches ProfileIntegrityError and
 * takes profile(), which is complete and has integrityVerified == false.
 */
class ProfileIntegrityError : public Error
{
public:
    /// @p code is profile.no-digest or profile.digest-mismatch.
    ProfileIntegrityError(const char* code, std::string reason, const std::string& file, Profile profile);
    const Profile& profile() const noexcept { return m_profile; }

private:
    Profile m_profile;
};

/**
 * Reading and writing profiles. The document:
 *
 *     {
 *       "schema": "ra-console-profile",
 *       "version": 1 | 2,
 *       "provenance": {"author": "…", "host": "…", "productVersion": "0.1.0",
 *                      "created": "2026-11-22T10:00:00Z", "modified": "2026-11-22T10:05:00Z"},
 *       "policies": {
 *         "<CSP node>": {"state": "Enabled" | "Disabled" | "NotConfigured",
 *                        "options": {"<ADMX element id>": "text" | number | ["list", …]},
 *                        "comment": "…"}
 *       },
 *       "target": {"families": ["vista", "xp-sp2", "server2003-sp1"],
 *                  "editions": ["Pro", "Enterprise", …],
 *                  "minimumBuild": 14393,
 *                  "firewallDeployed": ["vista"],
 *                  "featurePresent": false},
 *       "sha256": "<64 hex digits>"
 *     }
 *
 * Only included policies are written, each with all its option values (values are kept while a
 * policy is not Enabled). When reading, "provenance", "options", each option and "comment" may be
 * left out (empty / the Group Policy editor's default); "state" is required. Unknown members are
 * errors (they would be silently lost otherwise), and so is a member name that appears twice in
 * one object (a reader of the file could see another value than the one applied).
 *
 * "target" (ra::DeploymentTarget, format version 2) is written with all its members when the
 * profile has one — families by FirewallRequirement::id, editions by editionName(), both lists in
 * their catalog order — and may be left out, as may each of its members (then DeploymentTarget's
 * default: "vista", no editions, build 0, nothing confirmed). A version 1 document with "target",
 * an unknown family or edition, or one listed twice, is an error.
 *
 * The canonical content that "sha256" covers is the parsed document without "sha256", serialised
 * by nlohmann::json::dump() without indentation: object keys sorted by their UTF-8 bytes, no
 * whitespace, integers in decimal, strings as raw UTF-8 with '"', '\\' and control characters
 * escaped. Re-indenting the file or reordering its members therefore keeps it valid; changing any
 * value does not.
 */
class ProfileFormat
{
public:
    /// The JSON text (UTF-8, 2-space indent, trailing newline) with its "sha256". Members are
    /// written in the order shown above, policies in catalog order, options in ADMX order.
    static std::string write(const Profile& profile);
    /**
     * Parses a profile. Throws (naming @p fileName):
     * - ra::Error at "offset N" for a JSON syntax error (N = 0-based byte offset);
     * - ra::Error at "/schema" for another document type, at "/version" for a newer (or invalid)
     *   schema version, which is refused with a clear message before anything else is read;
     * - ProfileError with every problem and its JSON pointer (wrong type, unknown policy or
     *   option, value out of range, missing state);
     * - ProfileIntegrityError when the SHA-256 does not match.
     * Nothing partial is ever returned; a returned profile has integrityVerified == true.
     */
    static Profile read(std::string_view json, const std::string& fileName = {});

    /// SHA-256 (hex) over the canonical content: the document without "sha256", serialised
    /// compactly with sorted keys.
    static std::string digest(const Profile& profile);

    /// The current time as "YYYY-MM-DDTHH:MM:SSZ" (UTC), for Provenance::created/modified.
    static std::string currentUtcTime();

    /// Writes write(profile) through FileSystem::writeAtomic: the file holds the old or the new
    /// profile, never a part.
    static void save(const std::filesystem::path& path, const Profile& profile,
                     FileSystem& fs = FileSystem::real());
    /// Reads @p path through @p fs; errors name the file (displayPath(path)).
    static Profile load(const std::filesystem::path& path, FileSystem& fs = FileSystem::real());
};

} // namespace ra
