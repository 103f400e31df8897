#include "core/strict_json.hpp"

#include "core/json_text.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace asn::core {

std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const unsigned lead = byte(pos);
  const auto continuation = [&](std::size_t i) { return (byte(i) & 0xC0u) == 0x80u; };
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(pos + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned second = byte(pos + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // UTF-16 surrogate halves
    return continuation(pos + 1) && continuation(pos + 2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned second = byte(pos + 1);
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
    return continuation(pos + 1) && continuation(pos + 2) && continuation(pos + 3) ? 4 : 0;
  }
  return 0;
}

bool IsValidUtf8(std::string_view text) {
  // A pointer walk over the ASCII runs: in the page's size-built module (no inlining) each
  // text[i] and text.size() would be a call per byte of a draft saved every few seconds.
  const unsigned char* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = begin + text.size();
  for (const unsigned char* p = begin; p != end;) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const std::size_t n = Utf8SequenceLength(text, static_cast<std::size_t>(p - begin));
    if (n == 0) return false;
    p += n;
  }
  return true;
}

namespace {

std::string HexByte(unsigned char b) {
  static const char kDigits[] = "0123456789ABCDEF";
  return std::string("\\x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

}  // namespace

std::string EscapeForMessage(std::string_view bytes, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (chars == max_chars) return out + "…";
    const unsigned char b = static_cast<unsigned char>(bytes[i]);
    const std::size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0 || b < 0x20 || b == 0x7F) {
      out += HexByte(b);
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
    ++chars;
  }
  return out;
}

namespace {

using json = nlohmann::json;

class Parser {
 public:
  Parser(std::string_view text, int max_depth, Problem& problem)
      : text_(text), max_depth_(max_depth), problem_(problem) {}

  bool Document(json& out) {
    SkipSpace();
    if (!Value(out, 0)) {
      problem_.path = Path();  // while `out`, which holds the keys the path names, still exists
      return false;
    }
    SkipSpace();
    if (pos_ < text_.size()) {
      return Fail("trailing_content", "ada isi lain setelah akhir data JSON pada kolom " + Column() + " (" +
                                          Found() + "): berkas rusak atau tergabung dengan data lain");
    }
    return true;
  }

 private:
  // One step of the JSON path of the value being read. The path is only needed for a problem: it is
  // gathered as a failure returns through the objects and arrays around it (innermost first), so
  // reading a valid file keeps no path at all.
  struct Step {
    const std::string* key = nullptr;  // a member (points into the object being built: stable)
    std::size_t index = 0;             // an array element when key is null
  };

  bool Value(json& out, int depth) {
    if (pos_ >= text_.size()) return Truncated();
    switch (text_[pos_]) {
      case '{': return Object(out, depth + 1);
      case '[': return Array(out, depth + 1);
      case '"': {
        std::string s;
        if (!String(s, "teks")) return false;
        out = std::move(s);
        return true;
      }
      case 't': return Literal("true", json(true), out);
      case 'f': return Literal("false", json(false), out);
      case 'n': return Literal("null", json(nullptr), out);
      default:
        if (text_[pos_] == '-' || (text_[pos_] >= '0' && text_[pos_] <= '9')) return Number(out);
        return Syntax("diharapkan sebuah nilai (teks, bilangan, objek, larik, true, false atau null)");
    }
  }

  bool Object(json& out, int depth) {
    if (depth > max_depth_) return TooDeep();
    out = json::object();
    json::object_t& members = out.get_ref<json::object_t&>();
    ++pos_;
    SkipSpace();
    if (Peek() == '}') {
      ++pos_;
      return true;
    }
    // Lines of this object's members so far, to name both when one comes again.
    const std::size_t first_key = key_lines_.size();
    while (true) {
      if (Peek() != '"') {
        return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan nama anggota dalam tanda kutip");
      }
      const int key_line = line_;
      std::string key;
      if (!String(key, "nama anggota")) return false;
      SkipSpace();
      if (Peek() != ':') return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan ':' setelah nama anggota");
      ++pos_;
      SkipSpace();
      const auto [it, inserted] = members.emplace(std::move(key), json());
      if (!inserted) {
        failed_path_.push_back(Step{&it->first, 0});
        int first_line = 0;
        for (std::size_t k = first_key; k < key_lines_.size(); ++k) {
          if (key_lines_[k].first == &it->first) first_line = key_lines_[k].second;
        }
        line_ = key_line;
        return Fail("duplicate_member", "anggota " + QuotedKey(it->first) + " tertulis dua kali dalam objek yang sama (baris " +
                                            std::to_string(first_line) + " dan baris " + std::to_string(key_line) +
                                            "); pembaca melihat satu nilai, perhitungan memakai yang lain — hapus salah satunya");
      }
      key_lines_.emplace_back(&it->first, key_line);
      if (!Value(it->second, depth)) {
        failed_path_.push_back(Step{&it->first, 0});
        return false;
      }
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        SkipSpace();
        continue;
      }
      if (Peek() == '}') {
        ++pos_;
        key_lines_.resize(first_key);
        return true;
      }
      return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan ',' atau '}' setelah anggota objek");
    }
  }

  bool Array(json& out, int depth) {
    if (depth > max_depth_) return TooDeep();
    out = json::array();
    json::array_t& items = out.get_ref<json::array_t&>();
    ++pos_;
    SkipSpace();
    if (Peek() == ']') {
      ++pos_;
      return true;
    }
    while (true) {
      items.emplace_back();
      if (!Value(items.back(), depth)) {
        failed_path_.push_back(Step{nullptr, items.size() - 1});
        return false;
      }
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        SkipSpace();
        continue;
      }
      if (Peek() == ']') {
        ++pos_;
        return true;
      }
      return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan ',' atau ']' setelah butir larik");
    }
  }

  // A string token at pos_ (which holds '"'), decoded into `out`. `what` names it in messages.
  bool String(std::string& out, const char* what) {
    ++pos_;
    while (true) {
      // The run that needs no decoding, walked through the text's bytes directly (see IsValidUtf8).
      const std::size_t start = pos_;
      const char* const data = text_.data();
      const std::size_t size = text_.size();
      const std::size_t end = start + PlainJsonRun(data + start, data + size, /*ascii_only=*/true);
      pos_ = end;
      out.append(data + start, end - start);
      if (pos_ >= text_.size()) return Truncated();
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c >= 0x80) {
        const std::size_t n = Utf8SequenceLength(text_, pos_);
        if (n == 0) {
          return Fail("invalid_json", std::string(what) + " memuat " + HexByte(c) + " pada kolom " + Column() +
                                          ", yang bukan UTF-8 sah: simpan berkas sebagai UTF-8");
        }
        out.append(text_.data() + pos_, n);
        pos_ += n;
        continue;
      }
      if (c < 0x20) {
        return Fail("invalid_json", std::string(what) + " memuat karakter kendali " + HexByte(c) + " pada kolom " +
                                        Column() + " (baris baru, tab dan sejenisnya harus ditulis \\n, \\t, …)");
      }
      if (!Escape(out)) return false;
    }
  }

  bool Escape(std::string& out) {
    const std::size_t at = pos_;
    ++pos_;
    if (pos_ >= text_.size()) return Truncated();
    const char e = text_[pos_++];
    switch (e) {
      case '"': out.push_back('"'); return true;
      case '\\': out.push_back('\\'); return true;
      case '/': out.push_back('/'); return true;
      case 'b': out.push_back('\b'); return true;
      case 'f': out.push_back('\f'); return true;
      case 'n': out.push_back('\n'); return true;
      case 'r': out.push_back('\r'); return true;
      case 't': out.push_back('\t'); return true;
      case 'u': break;
      default:
        pos_ = at;
        return Syntax("garis miring terbalik harus diikuti \", \\, /, b, f, n, r, t atau u");
    }
    unsigned code = 0;
    if (!Hex4(&code, at)) return false;
    if (code >= 0xDC00 && code <= 0xDFFF) {
      pos_ = at;
      return Syntax("\\u" + EscapeForMessage(text_.substr(at + 2, 4)) + " adalah paruh kedua surrogate tanpa paruh pertama");
    }
    if (code >= 0xD800 && code <= 0xDBFF) {
      unsigned low = 0;
      if (text_.substr(pos_, 2) != "\\u" || (pos_ += 2, !Hex4(&low, at)) || low < 0xDC00 || low > 0xDFFF) {
        pos_ = at;
        return Syntax("\\u" + EscapeForMessage(text_.substr(at + 2, 4)) + " adalah paruh pertama surrogate tanpa paruh kedua");
      }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(out, code);
    return true;
  }

  bool Hex4(unsigned* code, std::size_t escape_at) {
    unsigned v = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (pos_ >= text_.size()) return Truncated();
      const char h = text_[pos_];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<unsigned>(h - 'A' + 10);
      else {
        pos_ = escape_at;
        return Syntax("\\u harus diikuti tepat empat digit heksadesimal");
      }
    }
    *code = v;
    return true;
  }

  static void AppendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code >> 6)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (code >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (code >> 18)));
      out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
  }

  bool Number(json& out) {
    const std::size_t start = pos_;
    const bool negative = Peek() == '-';
    if (negative) ++pos_;
    if (!IsDigit(Peek())) {
      return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan angka setelah tanda minus");
    }
    if (Peek() == '0') {
      ++pos_;
      if (IsDigit(Peek())) return Syntax("bilangan tidak boleh diawali angka 0");
    } else {
      while (IsDigit(Peek())) ++pos_;
    }
    bool integer = true;
    if (Peek() == '.') {
      integer = false;
      ++pos_;
      if (!IsDigit(Peek())) return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan angka setelah titik desimal");
      while (IsDigit(Peek())) ++pos_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      integer = false;
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!IsDigit(Peek())) return pos_ >= text_.size() ? Truncated() : Syntax("diharapkan angka pada eksponen");
      while (IsDigit(Peek())) ++pos_;
    }
    const std::string_view token = text_.substr(start, pos_ - start);
    if (integer) {
      std::uint64_t magnitude = 0;
      bool overflow = false;
      for (std::size_t i = negative ? 1 : 0; i < token.size(); ++i) {
        const auto digit = static_cast<std::uint64_t>(token[i] - '0');
        if (magnitude > (UINT64_MAX - digit) / 10) overflow = true;
        magnitude = magnitude * 10 + digit;
      }
      if (!negative && !overflow) {
        out = json(static_cast<std::uint64_t>(magnitude));
        return true;
      }
      if (negative && !overflow && magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
        out = json(magnitude == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN
                                                                           : -static_cast<std::int64_t>(magnitude));
        return true;
      }
      pos_ = start;
      return Fail("number_out_of_range", "bilangan bulat " + EscapeForMessage(token) + " terlalu besar (batas ±" +
                                             std::to_string(INT64_MAX) + ")");
    }
    const std::string copy(token);
    const double value = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(value)) {
      pos_ = start;
      return Fail("number_out_of_range", "bilangan " + EscapeForMessage(token) + " di luar jangkauan");
    }
    out = json(value);
    return true;
  }

  bool Literal(std::string_view word, json value, json& out) {
    if (text_.substr(pos_, word.size()) == word) {
      pos_ += word.size();
      out = std::move(value);
      return true;
    }
    if (word.substr(0, text_.size() - pos_) == text_.substr(pos_)) return Truncated();
    return Syntax("diharapkan sebuah nilai (teks, bilangan, objek, larik, true, false atau null)");
  }

  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void SkipSpace() {
    const char* const data = text_.data();
    const std::size_t size = text_.size();
    std::size_t p = pos_;
    for (; p < size; ++p) {
      const char c = data[p];
      if (c == '\n') {
        ++line_;
        line_start_ = p + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
    }
    pos_ = p;
  }

  // Column of pos_ in characters, 1-based.
  std::string Column() const {
    std::size_t column = 1;
    for (std::size_t i = line_start_; i < pos_ && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return std::to_string(column);
  }

  // What stands at pos_, for a message.
  std::string Found() const {
    if (pos_ >= text_.size()) return "akhir berkas";
    const unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (c == 0) return "ditemukan byte NUL \\x00";
    const std::size_t n = Utf8SequenceLength(text_, pos_);
    if (n == 0) return "ditemukan byte " + HexByte(c) + " yang bukan UTF-8 sah";
    if (c < 0x20 || c == 0x7F) return "ditemukan karakter kendali " + HexByte(c);
    std::size_t end = pos_;
    while (end < text_.size() && end - pos_ < 24 && std::string_view(" \t\r\n,:[]{}\"").find(text_[end]) == std::string_view::npos) {
      const std::size_t k = Utf8SequenceLength(text_, end);
      if (k == 0) break;
      end += k;
    }
    if (end == pos_) end = pos_ + n;
    return "ditemukan '" + EscapeForMessage(text_.substr(pos_, end - pos_), 20) + "'";
  }

  static std::string QuotedKey(const std::string& key) { return "'" + EscapeForMessage(key) + "'"; }

  std::string Path() const {
    std::string out = "$";
    for (auto step_it = failed_path_.rbegin(); step_it != failed_path_.rend(); ++step_it) {
      const Step& step = *step_it;
      if (step.key != nullptr) out += "." + EscapeForMessage(*step.key);
      else out += "[" + std::to_string(step.index) + "]";
    }
    return out;
  }

  // The problem's path is written by Document(), once the failure has come back out.
  bool Fail(const char* code, std::string message) {
    problem_ = Problem{code, "$", std::move(message), line_};
    return false;
  }
  bool Syntax(const std::string& expected) {
    return Fail("invalid_json", "sintaks JSON tidak sah pada kolom " + Column() + ": " + expected + ", " + Found());
  }
  bool Truncated() { return Fail("invalid_json", "berkas terpotong: data JSON berakhir sebelum lengkap"); }
  bool TooDeep() {
    return Fail("too_deep", "struktur JSON terlalu dalam (lebih dari " + std::to_string(max_depth_) +
                                " tingkat) pada kolom " + Column());
  }

  std::string_view text_;
  int max_depth_;
  Problem& problem_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::vector<Step> failed_path_;
  std::vector<std::pair<const std::string*, int>> key_lines_;
};

// UTF-16 and UTF-32 text, with or without a byte-order mark: JSON files must be UTF-8.
bool LooksLikeUtf16Or32(std::string_view text) {
  const auto b = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u; };
  if ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF)) return true;
  if (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF) return true;
  // Without a mark: ASCII text in UTF-16/32 has a zero byte beside every character.
  return text.size() >= 2 && ((b(0) != 0 && b(0) < 0x80 && b(1) == 0) || (b(0) == 0 && b(1) != 0x100u));
}

}  // namespace

std::optional<nlohmann::json> ParseStrictJson(std::string_view text, Problem& problem, int max_depth) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (LooksLikeUtf16Or32(text)) {
    problem = Problem{"wrong_encoding", "$",
                      "berkas tersimpan sebagai UTF-16 atau UTF-32, bukan UTF-8: simpan berkas sebagai UTF-8 "
                      "(misalnya di Notepad: Simpan Sebagai → Pengodean: UTF-8)",
                      1};
    return std::nullopt;
  }
  json out;
  Parser parser(text, max_depth, problem);
  if (!parser.Document(out)) return std::nullopt;
  return out;
}

}  // namespace asn::core
