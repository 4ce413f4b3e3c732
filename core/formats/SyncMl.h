#pragma once
/**
 * @file SyncMl.h
 * SyncML 1.2 for the four ADMX-backed Remote Assistance nodes of the Policy CSP, both ways.
 *
 * Rules (../shared/corpus/FINDINGS.md §3, "Understanding ADMX policies"):
 * - Enabled → `Replace` with Meta Format `chr`, Type `text/plain`, the node's LocURI and the
 *   payload `<enabled/>` followed by one `<data id="…" value="…"/>` for every element of the
 *   policy, in ADMX order, the ADMX element id being the data id.
 * - Disabled → `Replace` with the payload `<disabled/>`. The option values a Disabled policy keeps
 *   in the Configuration are not written (the Policy CSP takes none, and Group Policy deletes
 *   them); reading a Disabled policy back yields the Group Policy editor's defaults.
 * - Not configured → `Delete` of the LocURI (no Meta, no Data).
 * - The helper list (a `<list>` without valuePrefix) is name/value pairs joined by U+F000, each
 *   helper twice: `CONTOSO\A&#xF000;CONTOSO\A&#xF000;CONTOSO\B&#xF000;CONTOSO\B`.
 * - Values are XML-escaped inside the payload, which is wrapped in CDATA. Because '>' is
 *   escaped, a value can never produce the "]]>" that would end the CDATA early. No CR, LF or
 *   other white space appears inside a payload or a LocURI (a CR, LF or TAB inside a value is
 *   written as a character reference).
 * - CmdIDs are 1, 2, 3 … in catalog order; the SyncBody ends with `<Final/>`.
 *
 * Reading uses the engine's XmlReader (the payload is parsed as a fragment inside a wrapper).
 */
#include "core/ChangeSet.h"
#include "core/Configuration.h"
#include "core/Error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// What reading a SyncML document found.
struct SyncMlReadResult
{
    /// The four policies; a policy the document does not mention is Not configured.
    Configuration configuration;
    /// Things that were tolerated or ignored, one sentence each (foreign LocURIs, white space
    /// around a payload, policies the document does not mention).
    std::vector<std::string> notes;
};

/**
 * Renders and reads the SyncML of the Remote Assistance policies.
 */
class SyncMl
{
public:
    /// The list delimiter as written inside a payload (U+F000 as a character reference).
    static constexpr std::string_view listDelimiter = "&#xF000;";

    /**
     * The ADMX-backed payload of one policy as it appears inside the CDATA section (and as the
     * value of an Intune OMA-URI string setting): `<enabled/><data …/>…` or `<disabled/>`.
     * Returns an empty string for a Not configured policy. Throws ra::Error naming the policy
     * and data id for a value XML cannot carry, a helper that is empty or contains U+F000.
     */
    static std::string payload(const Configuration& config, PolicyId id);

    /// The whole SyncML document (UTF-8, LF line ends, trailing newline).
    static std::string render(const Configuration& config);
    /// render(changes.configuration()).
    static std::string render(const ChangeSet& changes);

    /**
     * Reads a payload back: the state (Enabled or Disabled) and, for Enabled, every option.
     * Data ids may come in any order but each element of the policy must be given exactly once.
     * Errors name @p file and @p location ("CmdID 3 (line 12)", "/omaSettings/1/value").
     */
    static PolicySetting parsePayload(PolicyId id, std::string_view payload, const std::string& file = {},
                                      const ErrorLocation& location = {});

    /**
     * Reads a SyncML document. Replace and Add commands set a policy from their payload, Delete
     * makes it Not configured; commands aimed at other nodes are listed in the notes. Throws
     * ra::Error (file, line, what was expected) for malformed XML, a missing or duplicate CmdID,
     * a Replace without Format chr, white space in a LocURI, a policy set twice, or a payload
     * that does not match the policy.
     */
    static SyncMlReadResult read(std::string_view document, const std::string& file = {});
};

} // namespace ra
