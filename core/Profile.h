#pragma once
/**
 * @file Profile.h
 * The colleague profile: a configuration with comments and provenance, as a JSON document whose
 * SHA-256 shows whether it was altered after it was written.
 */
#include "Configuration.h"
#include "FileSystem.h"

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

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
    static constexpr int schemaVersion = 1;

    Configuration configuration;
    std::set<PolicyId> included{kAllPolicies.begin(), kAllPolicies.end()};
    Provenance provenance;
    /// Set by read(): whether the stored SHA-256 matched the content.
    bool integrityVerified = false;

    bool operator==(const Profile& o) const
    {
        return configuration == o.configuration && included == o.included && provenance == o.provenance;
    }
};

/// Reading and writing profiles.
class ProfileFormat
{
public:
    /// The JSON text (UTF-8, 2-space indent, trailing newline) with its "sha256".
    static std::string write(const Profile& profile);
    /**
     * Parses a profile. Throws ra::Error naming @p fileName, the JSON pointer and the reason
     * (syntax error with its byte offset, wrong type, unknown policy or option, value out of
     * range, a newer schema version, a SHA-256 that does not match); nothing partial is returned.
     */
    static Profile read(std::string_view json, const std::string& fileName = {});

    /// SHA-256 (hex) over the canonical content: the document without "sha256", serialised
    /// compactly with sorted keys.
    static std::string digest(const Profile& profile);

    static void save(const std::filesystem::path& path, const Profile& profile,
                     FileSystem& fs = FileSystem::real());
    static Profile load(const std::filesystem::path& path, FileSystem& fs = FileSystem::real());
};

} // namespace ra
