#include "IntuneError.h"

namespace ra::intune {

IntuneError::IntuneError(Kind kind, std::string reason, std::string source, std::string location, int httpStatus)
    : ra::Error(std::move(reason), std::move(source), std::move(location))
    , m_kind(kind)
    , m_status(httpStatus)
{
}

} // namespace ra::intune
