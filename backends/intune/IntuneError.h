#pragma once
/**
 * @file IntuneError.h
 * An ra::Error from talking to Microsoft Graph or Entra ID, with what kind of failure it was, so
 * a GUI can offer the right next step (fix the permission, wait, check the network).
 */
#include "core/Error.h"

namespace ra::intune {

class IntuneError : public ra::Error
{
public:
    enum class Kind {
        Settings,     ///< the settings are incomplete or wrong; nothing was sent
        SignIn,       ///< the token endpoint refused (wrong tenant, client id or secret)
        Permission,   ///< 401/403 from Graph: application permission or admin consent missing
        BadRequest,   ///< 400 from Graph (its code and message are in the text)
        NotFound,     ///< 404
        Throttled,    ///< 429/503/504 still after the last try, or a Retry-After beyond the longest wait
        Timeout,      ///< no answer within the timeout, on every try
        Tls,          ///< the TLS certificate or handshake failed; never ignored
        Network,      ///< connection refused, host not found, …
        Server,       ///< any other HTTP error status (500, …)
        Protocol,     ///< an answer that is not the JSON Graph documents
        Conflict,     ///< the profile name is ambiguous or belongs to another kind of profile
        Verification, ///< the profile read back differs from what was written
        Cancelled,    ///< the user cancelled
    };

    IntuneError(Kind kind, std::string reason, std::string source, std::string location, int httpStatus = 0);

    Kind kind() const noexcept { return m_kind; }
    /// The HTTP status that caused the error, 0 when there was none.
    int httpStatus() const noexcept { return m_status; }

private:
    Kind m_kind;
    int m_status;
};

} // namespace ra::intune
