#pragma once
/**
 * @file TextCodec.h
 * UTF-8 / UTF-16 conversion and ASCII case folding used by every file format.
 */
#include <string>
#include <string_view>

namespace ra::text {

/// UTF-8 → UTF-16. Throws ra::Error on malformed UTF-8.
std::u16string toUtf16(std::string_view utf8);
/// UTF-16 → UTF-8. Throws ra::Error on an unpaired surrogate.
std::string toUtf8(std::u16string_view utf16);
/// True when @p utf8 is well-formed UTF-8.
bool isValidUtf8(std::string_view utf8);

/// ASCII-only lower case (registry key and value names compare case-insensitively; Windows folds
/// the full Unicode range, but every name the policies use is ASCII).
std::string toLowerAscii(std::string_view s);
/// Case-insensitive (ASCII) equality.
bool iequals(std::string_view a, std::string_view b);
/// Case-insensitive (ASCII) prefix test.
bool istartsWith(std::string_view s, std::string_view prefix);

/// Removes leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view s);

} // namespace ra::text
