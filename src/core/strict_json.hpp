#pragma once
// The one parser for JSON text that comes from outside the program: files a user opens, drafts
// read back from browser storage, reference data a user loads. Stricter than RFC 8259 allows a
// parser to be, because a file here is evidence read by people and by the score alike:
//   - a member named twice in one object is refused (a reader sees one value, the score would use
//     the other), naming the member and both lines;
//   - nothing but whitespace may follow the value: a NUL byte and whatever comes after it too;
//   - only UTF-8 (a leading byte-order mark is skipped, as Notepad writes one); UTF-16 and UTF-32
//     text is recognised and the user told to save the file as UTF-8;
//   - numbers must fit: integers in 64 bits, other numbers in a double;
//   - nesting deeper than a limit is refused before it can exhaust the stack.
// Every problem carries the JSON path of the value being read, its line and column, and a message in
// Bahasa Indonesia that is valid UTF-8 (bytes of the input that are not are shown as \xNN).
#include "core/problem.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace asn::core {

// Parses `text`; on failure returns nullopt and fills `problem` (code "invalid_json",
// "duplicate_member", "trailing_content", "number_out_of_range", "too_deep" or "wrong_encoding").
// Objects come out as nlohmann::json objects (members sorted by name); non-negative integers as
// unsigned numbers, negative ones as signed, the way nlohmann's own parser builds them.
std::optional<nlohmann::json> ParseStrictJson(std::string_view text, Problem& problem, int max_depth);

// `bytes` made fit for a one-line message: valid UTF-8 characters kept, control characters and
// bytes that are not UTF-8 written as \xNN, cut after `max_chars` characters with "…".
std::string EscapeForMessage(std::string_view bytes, std::size_t max_chars = 40);

// Length in bytes of the valid UTF-8 sequence starting at text[pos], or 0 when there is none
// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos);

// Whether all of `text` is valid UTF-8 (in the sense of Utf8SequenceLength).
bool IsValidUtf8(std::string_view text);

}  // namespace asn::core
