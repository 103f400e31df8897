#include "core/integrity.hpp"

#include "core/json_text.hpp"
#include "core/sha256.hpp"

#include <algorithm>
#include <cstring>

namespace asn::core {
namespace {

// Writes the canonical text of a document (exactly what nlohmann::json::dump() produces: keys in
// the object's sorted order, no whitespace, UTF-8 as is, the same escapes: json_text.hpp) into a
// sink, leaving out the top-level member `skip` (if any). Only the library's public API is used.
template <typename Sink>
class CanonicalWriter {
 public:
  explicit CanonicalWriter(Sink& sink) : sink_(sink) {}

  // `skip` empty: nothing left out (an empty key is a key like any other deeper down).
  void Document(const nlohmann::json& value, std::string_view skip) {
    if (value.is_object() && !skip.empty()) return Object(value, &skip, nullptr);
    Value(value);
  }

  // The whole document, noting where its top-level member `mark` (and the comma that joins it to
  // its neighbours) is: the text without those bytes is Document(value, mark)'s.
  void Marking(const nlohmann::json& value, std::string_view mark, std::size_t* begin, std::size_t* end) {
    *begin = *end = 0;
    if (!value.is_object()) return Value(value);
    Span span{mark, begin, end};
    Object(value, nullptr, &span);
  }

 private:
  struct Span {
    std::string_view key;
    std::size_t* begin;
    std::size_t* end;
    bool take_next_comma = false;  // the marked member came first: the comma after it goes with it
  };

  void Object(const nlohmann::json& value, const std::string_view* skip, Span* span) {
    Put('{');
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (skip != nullptr && it.key() == *skip) continue;
      const bool marked = span != nullptr && it.key() == span->key;
      if (marked) *span->begin = written_;
      if (!first) Put(',');
      if (span != nullptr && span->take_next_comma) {
        *span->end = written_;
        span->take_next_comma = false;
      }
      String(it.key());
      Put(':');
      Value(it.value());
      if (marked) {
        *span->end = written_;
        span->take_next_comma = first;
      }
      first = false;
    }
    Put('}');
  }

  void Value(const nlohmann::json& value) {
    switch (value.type()) {
      case nlohmann::json::value_t::object: return Object(value, nullptr, nullptr);
      case nlohmann::json::value_t::array: {
        Put('[');
        bool first = true;
        for (const nlohmann::json& item : value) {
          if (!first) Put(',');
          first = false;
          Value(item);
        }
        Put(']');
        return;
      }
      case nlohmann::json::value_t::string: return String(value.get_ref<const std::string&>());
      case nlohmann::json::value_t::boolean: return Put(value.get<bool>() ? "true" : "false");
      case nlohmann::json::value_t::number_integer: return Put(std::to_string(value.get<std::int64_t>()));
      case nlohmann::json::value_t::number_unsigned: return Put(std::to_string(value.get<std::uint64_t>()));
      // Fractions only occur in files that are refused anyway; their text must still be the
      // library's, so the library writes them.
      case nlohmann::json::value_t::number_float: return Put(value.dump());
      default: return Put("null");
    }
  }

  void Put(char c) { Append(&c, 1); }
  void Put(std::string_view text) { Append(text.data(), text.size()); }
  void Append(const char* bytes, std::size_t size) {
    sink_.Append(bytes, size);
    written_ += size;
  }

  void String(const std::string& s) {
    WriteJsonString(s, [this](const char* bytes, std::size_t size) { Append(bytes, size); });
  }

  Sink& sink_;
  std::size_t written_ = 0;
};

// Writes into the string's room directly, growing it ahead and cutting it to size when done:
// most pieces are a byte or two (a comma, a quote), and std::string::append per piece cost more
// than the copying in a profile of the recap.
class TextSink {
 public:
  explicit TextSink(std::string& text) : text_(text), used_(text.size()) {
    text_.resize(std::max(text_.capacity(), used_ + 256));
  }
  ~TextSink() { text_.resize(used_); }
  TextSink(const TextSink&) = delete;
  TextSink& operator=(const TextSink&) = delete;
  void Append(const char* bytes, std::size_t size) {
    if (text_.size() - used_ < size) text_.resize(std::max(2 * text_.size(), used_ + size));
    std::memcpy(&text_[used_], bytes, size);
    used_ += size;
  }

 private:
  std::string& text_;
  std::size_t used_;
};

// Feeds the hash in blocks of a few KB, so small pieces do not each cost a call.
class HashSink {
 public:
  explicit HashSink(Sha256& hash) : hash_(hash) {}
  ~HashSink() { Flush(); }
  void Append(const char* bytes, std::size_t size) {
    if (used_ + size > sizeof buffer_) {
      Flush();
      if (size >= sizeof buffer_) return hash_.Update(bytes, size);
    }
    std::memcpy(buffer_ + used_, bytes, size);
    used_ += size;
  }
  void Flush() {
    hash_.Update(buffer_, used_);
    used_ = 0;
  }

 private:
  Sha256& hash_;
  char buffer_[4096];
  std::size_t used_ = 0;
};

}  // namespace

void AppendCanonicalText(const nlohmann::json& document, std::string& out, std::string_view skip_member) {
  TextSink sink(out);
  CanonicalWriter<TextSink>(sink).Document(document, skip_member);
}

std::string CanonicalText(const nlohmann::json& document, std::string_view skip_member) {
  std::string text;
  AppendCanonicalText(document, text, skip_member);
  return text;
}

std::string CanonicalDigest(const nlohmann::json& document, std::string_view skip_member) {
  Sha256 hash;
  {
    HashSink sink(hash);
    CanonicalWriter<HashSink>(sink).Document(document, skip_member);
  }
  return hash.HexDigest();
}

CanonicalTextParts CanonicalTextMarking(const nlohmann::json& document, std::string_view member,
                                        std::size_t expected_size) {
  CanonicalTextParts parts;
  parts.text.reserve(expected_size);
  {
    TextSink sink(parts.text);  // cuts the text to size as the block ends
    CanonicalWriter<TextSink>(sink).Marking(document, member, &parts.cut_begin, &parts.cut_end);
  }
  return parts;
}

std::string CanonicalTextParts::Without() const {
  std::string out;
  out.reserve(text.size() - (cut_end - cut_begin));
  out.append(text, 0, cut_begin);
  out.append(text, cut_end, std::string::npos);
  return out;
}

std::string IntegrityDigest(const nlohmann::json& document) { return CanonicalDigest(document, "integritas"); }

void SealDocument(nlohmann::json& document) {
  document.erase("integritas");
  const std::string digest = CanonicalDigest(document);
  document["integritas"] = {{"algoritma", kIntegrityAlgorithm}, {"nilai", digest}};
}

}  // namespace asn::core
