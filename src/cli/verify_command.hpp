#pragma once
// `asn-kinerja verify FILE... [--kunci LIST.csv]` and the signature part of `recap`: each file's
// "tanda_tangan" checked (Ed25519, platform/ed25519.hpp) and classified against the office's list
// of registered keys (core/signature.hpp).
#include "core/signature.hpp"
#include "core/submission_format.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace asn::cli {

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Reads --kunci's list; prints its problems to `err` and returns nullopt when it is unusable.
std::optional<core::KeyRegistry> LoadKeyRegistry(const std::string& path, std::ostream& err);

// A valid file's signature checked (Ed25519) and classified against the list (when there is one).
// Depends on nothing but its arguments: files may be classified on several threads at once.
core::SignatureClass ClassifyImported(const core::ImportResult& imported, const core::KeyRegistry* registry);

// The signature classes of the files of a recap: counts, and every file whose signature is not
// accepted, by name.
class SignatureTally {
 public:
  void Add(const std::string& name, core::SignatureClass signature) { files_.emplace_back(name, signature); }
  bool AnyInvalid() const;
  void Print(std::ostream& out, bool with_registry) const;

 private:
  std::vector<std::pair<std::string, core::SignatureClass>> files_;
};

}  // namespace asn::cli
