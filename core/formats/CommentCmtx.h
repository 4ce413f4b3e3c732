#pragma once
/**
 * @file CommentCmtx.h
 * comment.cmtx: the per-policy comments the Group Policy editor keeps next to registry.pol
 * (`<GPO>/Machine/comment.cmtx`), so a comment written in the console survives a GPO backup
 * and shows up in the Group Policy editor.
 */
#include "core/Configuration.h"
#include "core/FileSystem.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ra {

/**
 * The `policyComments` document (namespace http://www.microsoft.com/GroupPolicy/CommentDefinitions):
 * a `using` line binds a prefix to the ADMX namespace Microsoft.Policies.RemoteAssistance, each
 * `<comment policyRef="ns0:RA_Options" commentText="$(resource.ns0_RA_Options)"/>` points to a
 * string in the `stringTable`. Written as UTF-8 with BOM like the editor does.
 */
class CommentCmtx
{
public:
    /// The ADMX target namespace of remoteassistance.admx.
    static constexpr std::string_view admxNamespace = "Microsoft.Policies.RemoteAssistance";

    /// True when any of the four policies has a comment.
    static bool hasComments(const Configuration& config);
    /// The document for the comments of @p config (policies without a comment are left out).
    static Bytes render(const Configuration& config);
    /**
     * @p existing (a comment.cmtx, or nothing) with the four policies' comments replaced by
     * those of @p config: comments on other policies, their strings and namespaces are kept;
     * a prefix for Microsoft.Policies.RemoteAssistance is added when missing. Returns nullopt
     * when there is nothing to store (no file and no comments). Throws ra::Error naming @p file
     * for a malformed document.
     */
    static std::optional<Bytes> merge(const std::optional<Bytes>& existing, const Configuration& config,
                                      const std::string& file = {});

    /**
     * The Remote Assistance comments of a comment.cmtx (other policies' comments are counted
     * in @p otherComments and left alone). Throws ra::Error naming @p file for malformed XML.
     */
    static std::map<PolicyId, std::string> read(const Bytes& data, const std::string& file = {},
                                                std::size_t* otherComments = nullptr);
};

} // namespace ra
