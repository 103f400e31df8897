#include "core/integrity.hpp"

#include "core/sha256.hpp"

namespace asn::core {
namespace {

// Writes the canonical text of a document (exactly what nlohmann::json::dump() produces: keys in
// the object's sorted order, no whitespace, UTF-8 as is, the same escapes) into the hash, in
// chunks, without building the text. Only the library's public API is used.
class CanonicalHasher {
 public:
  explicit CanonicalHasher(Sha256& hash) : hash_(hash) {}
  ~CanonicalHasher() { Flush(); }

  void Value(const nlohmann::json& value) {
    switch (value.type()) {
      case nlohmann::json::value_t::object: {
        Put('{');
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
          if (!first) Put(',');
          first = false;
          String(it.key());
          Put(':');
          Value(it.value());
        }
        Put('}');
        return;
      }
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
      case nlohmann::json::value_t::string: String(value.get_ref<const std::string&>()); return;
      case nlohmann::json::value_t::boolean: Put(value.get<bool>() ? "true" : "false"); return;
      case nlohmann::json::value_t::number_integer: Put(std::to_string(value.get<std::int64_t>())); return;
      case nlohmann::json::value_t::number_unsigned: Put(std::to_string(value.get<std::uint64_t>())); return;
      // Fractions only occur in files that are refused anyway; their digest must still be the
      // library's, so the library writes them.
      case nlohmann::json::value_t::number_float: Put(value.dump()); return;
      default: Put("null"); return;
    }
  }

  void Flush() {
    hash_.Update(buffer_, used_);
    used_ = 0;
  }

 private:
  void Put(char c) {
    if (used_ == sizeof buffer_) Flush();
    buffer_[used_++] = c;
  }
  void Put(const std::string& text) {
    for (char c : text) Put(c);
  }
  void Put(const char* text) {
    while (*text != '\0') Put(*text++);
  }

  // nlohmann's escapes: \" \\ \b \f \n \r \t, other control characters as \u00xx (lower-case hex).
  void String(const std::string& s) {
    static const char kHex[] = "0123456789abcdef";
    Put('"');
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': Put("\\\""); break;
        case '\\': Put("\\\\"); break;
        case '\b': Put("\\b"); break;
        case '\f': Put("\\f"); break;
        case '\n': Put("\\n"); break;
        case '\r': Put("\\r"); break;
        case '\t': Put("\\t"); break;
        default:
          if (c < 0x20) {
            Put("\\u00");
            Put(kHex[c >> 4]);
            Put(kHex[c & 0xF]);
          } else {
            Put(ch);
          }
      }
    }
    Put('"');
  }

  Sha256& hash_;
  char buffer_[512] = {};
  std::size_t used_ = 0;
};

}  // namespace

std::string CanonicalDigest(const nlohmann::json& document) {
  Sha256 hash;
  {
    CanonicalHasher writer(hash);
    writer.Value(document);
  }
  return hash.HexDigest();
}

std::string IntegrityDigest(const nlohmann::json& document) {
  if (document.is_object() && document.contains("integritas")) {
    nlohmann::json copy = document;
    copy.erase("integritas");
    return CanonicalDigest(copy);
  }
  return CanonicalDigest(document);
}

void SealDocument(nlohmann::json& document) {
  document.erase("integritas");
  const std::string digest = CanonicalDigest(document);
  document["integritas"] = {{"algoritma", kIntegrityAlgorithm}, {"nilai", digest}};
}

}  // namespace asn::core
