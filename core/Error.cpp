#include "Error.h"

#include <system_error>

namespace ra {

ErrorLocation ErrorLocation::offset(std::uint64_t offset)
{
    return {Kind::Offset, offset, 0, {}};
}

ErrorLocation ErrorLocation::line(std::uint64_t line)
{
    return {Kind::Line, line, 0, {}};
}

ErrorLocation ErrorLocation::lineColumn(std::uint64_t line, std::uint64_t column)
{
    return {Kind::LineColumn, line, column, {}};
}

ErrorLocation ErrorLocation::pointer(std::string pointer)
{
    return {Kind::Pointer, 0, 0, std::move(pointer)};
}

ErrorLocation ErrorLocation::value(std::string valueName)
{
    return {Kind::Value, 0, 0, std::move(valueName)};
}

ErrorLocation ErrorLocation::byte(std::uint64_t index)
{
    return {Kind::Byte, index, 0, {}};
}

ErrorLocation ErrorLocation::codeUnit(std::uint64_t index)
{
    return {Kind::CodeUnit, index, 0, {}};
}

ErrorLocation ErrorLocation::command(std::string cmdId, std::uint64_t line)
{
    return {Kind::Command, line, 0, std::move(cmdId)};
}

ErrorLocation ErrorLocation::key(std::string key)
{
    return {Kind::Key, 0, 0, std::move(key)};
}

ErrorLocation ErrorLocation::asWritten(std::string text)
{
    if (text.empty())
        return {};
    return {Kind::Text, 0, 0, std::move(text)};
}

std::string ErrorLocation::english() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Offset: return "offset " + std::to_string(number);
    case Kind::Line: return "line " + std::to_string(number);
    case Kind::LineColumn: return "line " + std::to_string(number) + ", column " + std::to_string(column);
    case Kind::Pointer: return text;
    case Kind::Value: return "value \"" + text + "\"";
    case Kind::Byte: return "byte " + std::to_string(number);
    case Kind::CodeUnit: return "code unit " + std::to_string(number);
    case Kind::Command: return "CmdID " + text + " (line " + std::to_string(number) + ")";
    case Kind::Key: return text;
    case Kind::Text: return text;
    }
    return {};
}

Error::Error(std::string reason, std::string file, std::string location)
    : Error(std::move(reason), std::move(file), ErrorLocation::asWritten(std::move(location)), {}, {})
{
}

Error::Error(const char* code, std::vector<std::string> args, std::string reason, std::string file,
             ErrorLocation location)
    : Error(std::move(reason), std::move(file), std::move(location), code ? code : "", std::move(args))
{
}

Error::Error(const char* code, std::initializer_list<std::string> args, std::string reason, std::string file,
             ErrorLocation location)
    : Error(code, std::vector<std::string>(args), std::move(reason), std::move(file), std::move(location))
{
}

Error::Error(std::string reason, std::string file, ErrorLocation location, std::string code,
             std::vector<std::string> args)
    : std::runtime_error(compose(reason, file, location.english()))
    , m_file(std::move(file))
    , m_where(std::move(location))
    , m_location(m_where.english())
    , m_reason(std::move(reason))
    , m_code(std::move(code))
    , m_args(std::move(args))
{
}

Error Error::atOffset(std::string reason, std::uint64_t offset, std::string file)
{
    return Error(std::move(reason), std::move(file), ErrorLocation::offset(offset), {}, {});
}

Error Error::withFile(std::string file) const
{
    Error out(m_reason, std::move(file), m_where, m_code, m_args);
    out.m_cause = m_cause;
    return out;
}

Error Error::causedBy(const Error& cause) const
{
    Error out = *this;
    out.m_cause = std::make_shared<const Error>(cause);
    return out;
}

std::string Error::compose(const std::string& reason, const std::string& file, const std::string& location)
{
    std::string out;
    if (!file.empty())
        out += file + ": ";
    if (!location.empty())
        out += location + ": ";
    out += reason;
    return out;
}

std::string systemErrorName(const std::error_code& ec)
{
    const std::error_condition c = ec.default_error_condition();
    if (c.category() != std::generic_category())
        return {};
    switch (static_cast<std::errc>(c.value())) {
    case std::errc::permission_denied: return "permission-denied";
    case std::errc::operation_not_permitted: return "permission-denied";
    case std::errc::no_such_file_or_directory: return "not-found";
    case std::errc::no_space_on_device: return "no-space";
    case std::errc::read_only_file_system: return "read-only";
    case std::errc::file_exists: return "exists";
    case std::errc::not_a_directory: return "not-a-folder";
    case std::errc::is_a_directory: return "is-a-folder";
    case std::errc::directory_not_empty: return "folder-not-empty";
    case std::errc::filename_too_long: return "name-too-long";
    case std::errc::device_or_resource_busy: return "busy";
    case std::errc::text_file_busy: return "busy";
    case std::errc::io_error: return "io-error";
    case std::errc::too_many_files_open: return "too-many-files";
    case std::errc::too_many_files_open_in_system: return "too-many-files";
    case std::errc::file_too_large: return "too-large";
    case std::errc::cross_device_link: return "cross-device";
    default: return {};
    }
}

std::string systemErrorName(int errnoValue)
{
    return systemErrorName(std::error_code(errnoValue, std::generic_category()));
}

} // namespace ra
