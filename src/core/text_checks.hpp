#pragma once
// Small lexical checks used by validation.
#include <cstddef>
#include <string>
#include <string_view>

namespace asn::core {

// Number of code points in a UTF-8 string (the text is already known to be valid UTF-8).
std::size_t Utf8Length(std::string_view text);

// "YYYY-MM-DDThh:mm:ssZ" with a real date and time.
bool IsUtcTimestamp(const std::string& text);

// "YYYY-MM-DD", a real calendar date.
bool IsCalendarDate(const std::string& text);

}  // namespace asn::core
