#include "core/integrity.hpp"

#include "core/sha256.hpp"

namespace asn::core {

std::string IntegrityDigest(const nlohmann::json& document) {
  if (document.is_object() && document.contains("integritas")) {
    nlohmann::json copy = document;
    copy.erase("integritas");
    return Sha256Hex(copy.dump());
  }
  return Sha256Hex(document.dump());
}

void SealDocument(nlohmann::json& document) {
  document.erase("integritas");
  const std::string digest = Sha256Hex(document.dump());
  document["integritas"] = {{"algoritma", kIntegrityAlgorithm}, {"nilai", digest}};
}

}  // namespace asn::core
