#include "Error.h"

namespace ra {

Error::Error(std::string reason, std::string file, std::string location)
    : std::runtime_error(compose(reason, file, location))
    , m_file(std::move(file))
    , m_location(std::move(location))
    , m_reason(std::move(reason))
{
}

Error Error::atOffset(std::string reason, std::uint64_t offset, std::string file)
{
    return Error(std::move(reason), std::move(file), "offset " + std::to_string(offset));
}

Error Error::withFile(std::string file) const
{
    return Error(m_reason, std::move(file), m_location);
}

std::string Error::compose(const std::string& reason, const std::string& file,
                           const std::string& location)
{
    std::string out;
    if (!file.empty())
        out += file + ": ";
    if (!location.empty())
        out += location + ": ";
    out += reason;
    return out;
}

} // namespace ra
