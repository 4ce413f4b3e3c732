#pragma once
/**
 * @file CliError.h
 * The exit codes of ra-policy and the error that carries one.
 */
#include <stdexcept>
#include <string>

namespace ra::cli {

/// ra-policy's documented exit codes.
enum ExitCode : int {
    ExitOk = 0,          ///< done
    ExitFindings = 1,    ///< validation or lint errors (nothing was written)
    ExitUsage = 2,       ///< wrong command line, or an option this system/build cannot serve
    ExitIo = 3,          ///< a file or the registry could not be read or written, or is malformed
    ExitRolledBack = 4,  ///< the apply failed and every change was rolled back
};

/// A usage problem found after parsing (a missing FILE, a target this build cannot write): exit 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace ra::cli
