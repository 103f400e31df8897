#include "core/integrity.hpp"

#include "core/sha256.hpp"

#include <memory>

namespace asn::core {
namespace {

// nlohmann's serializer writes through this adapter into the hash: escaped strings in chunks,
// punctuation and numbers a character at a time, so those are gathered first.
class HashingOutput : public nlohmann::detail::output_adapter_protocol<char> {
 public:
  explicit HashingOutput(Sha256& hash) : hash_(hash) {}
  ~HashingOutput() override { Flush(); }
  void write_character(char c) override {
    if (used_ == sizeof buffer_) Flush();
    buffer_[used_++] = c;
  }
  void write_characters(const char* s, std::size_t length) override {
    Flush();
    hash_.Update(s, length);
  }
  void Flush() {
    hash_.Update(buffer_, used_);
    used_ = 0;
  }

 private:
  Sha256& hash_;
  char buffer_[256] = {};
  std::size_t used_ = 0;
};

}  // namespace

std::string CanonicalDigest(const nlohmann::json& document) {
  Sha256 hash;
  const auto output = std::make_shared<HashingOutput>(hash);
  nlohmann::detail::serializer<nlohmann::json> serializer(output, ' ');
  serializer.dump(document, false, false, 0);  // exactly what document.dump() produces
  output->Flush();
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
