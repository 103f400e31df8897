#pragma once
// JSON text as nlohmann::json::dump() writes it, for the writers that serialise a document
// themselves: the canonical form (integrity.cpp) and the file in its member order
// (submission_layout.cpp). Their output must equal what dump() would give, byte for byte.
#include <cstddef>
#include <string_view>

namespace asn::core {

// A string in quotes with dump()'s escapes (ensure_ascii off): \" \\ \b \f \n \r \t, other control
// characters as \u00xx (lower-case hex), everything else — UTF-8 included — as it is. Runs that need
// no escape go to `append` (void(const char*, std::size_t)) in one piece: an assessment's texts are
// long, and dump() handles them a character at a time.
template <typename Append>
void WriteJsonString(std::string_view s, Append&& append) {
  static constexpr char kHex[] = "0123456789abcdef";
  append("\"", 1);
  const char* run = s.data();
  const char* const end = s.data() + s.size();
  for (const char* p = run; p != end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    append(run, static_cast<std::size_t>(p - run));
    run = p + 1;
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
  append(run, static_cast<std::size_t>(end - run));
  append("\"", 1);
}

}  // namespace asn::core
