#pragma once
/**
 * @file Error.h
 * The one exception type of the policy engine.
 */
#include <cstdint>
#include <stdexcept>
#include <string>

namespace ra {

/**
 * An error a person can act on: which file (or source), where in it (a byte offset, a JSON
 * pointer, a line, a field) and what was wrong or expected.
 *
 * what() reads "<file>: <location>: <reason>", leaving out the parts that are empty.
 */
class Error : public std::runtime_error
{
public:
    explicit Error(std::string reason, std::string file = {}, std::string location = {});

    /// An error at a byte offset, e.g. in a registry.pol file ("offset 1234").
    static Error atOffset(std::string reason, std::uint64_t offset, std::string file = {});

    const std::string& file() const noexcept { return m_file; }
    const std::string& location() const noexcept { return m_location; }
    const std::string& reason() const noexcept { return m_reason; }

    /// The same error, attributed to @p file (keeps the location and reason).
    Error withFile(std::string file) const;

private:
    static std::string compose(const std::string& reason, const std::string& file,
                               const std::string& location);
    std::string m_file;
    std::string m_location;
    std::string m_reason;
};

} // namespace ra
