#pragma once
/**
 * @file FuzzTarget.h
 * The bodies of the fuzz targets, shared by the libFuzzer executables (tests/fuzz/FuzzMain.cpp,
 * built by the `fuzz` preset) and by the regression test that replays every input a fuzzer
 * ever crashed on (tests/fuzz/TestFuzzRegressions.cpp, part of every test run).
 *
 * A body feeds the bytes to one reader. Bad input must end in an ra::Error: the body then
 * returns "rejected: <what()>". Input the reader accepts is written back and read again, and
 * the result must be the same; the body then returns "accepted: <summary>". Anything else — a
 * crash, a sanitizer report, another exception type, a round trip that changes the data —
 * is a finding: the body throws FuzzFinding (libFuzzer reports the abort as a crash).
 */
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ra::fuzz {

/// A property of a reader that an input broke (not an ra::Error: those are expected).
class FuzzFinding : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// The outcome of one input: "accepted: …" or "rejected: <ra::Error::what()>".
using Outcome = std::string;
using Body = Outcome (*)(std::span<const std::uint8_t> data);

/// One fuzz target: its name (the fuzzer is `fuzz-<name>`, its regressions live in
/// tests/data/fuzz-regressions/<name>/) and its body.
struct Target
{
    std::string_view name;
    Body body;
};

/// The targets compiled into this build (the Qt-free ones, plus the ADMX reader when the
/// models library is built).
const std::vector<Target>& targets();

/// Throws FuzzFinding with @p what when @p condition is false.
inline void require(bool condition, const char* what)
{
    if (!condition)
        throw FuzzFinding(what);
}

/// Runs @p body on @p data and turns an ra::Error into "rejected: …" (implemented once so
/// every target classifies errors the same way).
Outcome runGuarded(Outcome (*body)(std::span<const std::uint8_t>), std::span<const std::uint8_t> data);

} // namespace ra::fuzz
