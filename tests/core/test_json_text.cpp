// The scan behind the parser's strings and the canonical writer (core/json_text.hpp): eight bytes
// at a time must stop exactly where a byte-by-byte scan stops, for every byte value at every place
// in and across a word, and the strings written must stay dump()'s.
#include "core/json_text.hpp"
#include "core/strict_json.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

std::size_t RunByteByByte(const std::string& s, std::size_t from, bool ascii_only) {
  std::size_t i = from;
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\' || c < 0x20 || (ascii_only && c >= 0x80)) break;
  }
  return i - from;
}

std::string Written(const std::string& s) {
  std::string out;
  asn::core::WriteJsonString(s, [&out](const char* bytes, std::size_t size) { out.append(bytes, size); });
  return out;
}

}  // namespace

TEST_CASE("PlainJsonRun stops where a byte-by-byte scan stops: every byte value, every place") {
  for (int value = 0; value < 256; ++value) {
    for (std::size_t length = 1; length <= 20; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        // Plain bytes around the one tested: letters, and a byte just above each stop ('#', ']', ' ').
        std::string s;
        for (std::size_t i = 0; i < length; ++i) s += "a#] z~"[i % 6];
        s[at] = static_cast<char>(value);
        for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
          if (from > s.size()) continue;
          for (bool ascii_only : {false, true}) {
            INFO("value " << value << ", length " << length << ", at " << at << ", from " << from);
            CHECK(asn::core::PlainJsonRun(s.data() + from, s.data() + s.size(), ascii_only) ==
                  RunByteByByte(s, from, ascii_only));
          }
        }
      }
    }
  }
}

TEST_CASE("Strings are written as dump() writes them, with the escape anywhere in a long run") {
  for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f'}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string s(40, 'k');
      s[at] = special;
      s += "é✓";  // UTF-8 is written as it is
      INFO("byte " << static_cast<int>(special) << " at " << at);
      CHECK(Written(s) == nlohmann::json(s).dump());
      asn::core::Problem problem;
      const auto parsed = asn::core::ParseStrictJson(Written(s), problem, 4);
      REQUIRE(parsed);
      CHECK(parsed->get<std::string>() == s);
    }
  }
  CHECK(Written("") == "\"\"");
}
