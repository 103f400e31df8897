#pragma once
// JSON text as nlohmann::json::dump() writes it, for the writers that serialise a document
// themselves: the canonical form (integrity.cpp) and the file in its member order
// (submission_layout.cpp). Their output must equal what dump() would give, byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace asn::core {

// The length of the run at `p` (up to `end`) of bytes that a JSON string holds as they are: no '"',
// no '\\', no control character (below 0x20) and, when `ascii_only`, no byte from 0x80 up. Eight
// bytes are tested at once (an assessment's texts are long): (x - 0x2020…20) & ~x has a top bit
// set only when a byte of x is below 0x20; with y = x ^ 0x2222…22 ('"' in every byte),
// (y - 0x0101…01) & ~y only when a byte is '"'; the same with 0x5C5C…5C for '\\'. A word with any
// of them is then walked byte by byte.
inline std::size_t PlainJsonRun(const char* p, const char* end, bool ascii_only) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kTops = 0x8080808080808080ULL;
  const char* const start = p;
  while (end - p >= 8) {
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    const std::uint64_t quote = x ^ (kOnes * '"');
    const std::uint64_t backslash = x ^ (kOnes * '\\');
    std::uint64_t stops = ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    if (ascii_only) stops |= x;
    if ((stops & kTops) != 0) break;
    p += 8;
  }
  for (; p != end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\' || c < 0x20 || (ascii_only && c >= 0x80)) break;
  }
  return static_cast<std::size_t>(p - start);
}

// A string in quotes with dump()'s escapes (ensure_ascii off): \" \\ \b \f \n \r \t, other control
// characters as \u00xx (lower-case hex), everything else — UTF-8 included — as it is. Runs that need
// no escape go to `append` (void(const char*, std::size_t)) in one piece: an assessment's texts are
// long, and dump() handles them a character at a time.
template <typename Append>
void WriteJsonString(std::string_view s, Append&& append) {
  static constexpr char kHex[] = "0123456789abcdef";
  append("\"", 1);
  const char* p = s.data();
  const char* const end = s.data() + s.size();
  while (true) {
    const std::size_t run = PlainJsonRun(p, end, /*ascii_only=*/false);
    if (run > 0) append(p, run);
    p += run;
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p++);
    switch (c) {
      case '"': append("\\\"", 2); break;
      case '\\': append("\\\\", 2); break;
      case '\b': append("\\b", 2); break;
      case '\f': append("\\f", 2); break;
      case '\n': append("\\n", 2); break;
      case '\r': append("\\r", 2); break;
      case '\t': append("\\t", 2); break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        append(escaped, sizeof escaped);
      }
    }
  }
  append("\"", 1);
}

}  // namespace asn::core
