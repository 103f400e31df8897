#include "cli/verify_command.hpp"

#include "cli/cli.hpp"
#include "platform/ed25519.hpp"
#include "platform/file_io.hpp"

#include <ostream>

namespace asn::cli {
namespace {

// "Budi Santoso (NIP 1980…)" — whose review the signature claims to be.
std::string Signer(const core::Assessment& a) {
  const std::string name = a.penilai.nama.empty() ? "(nama penilai kosong)" : a.penilai.nama;
  return a.penilai.nip.empty() ? name : name + " (NIP " + a.penilai.nip + ")";
}

}  // namespace

core::SignatureClass ClassifyImported(const core::ImportResult& imported, const core::KeyRegistry* registry) {
  const bool verified = platform::VerifyImportedSignature(imported);
  return core::ClassifySignature(*imported.assessment, verified, registry);
}

std::optional<core::KeyRegistry> LoadKeyRegistry(const std::string& path, std::ostream& err) {
  const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
  if (file.status != platform::ReadStatus::Ok) {
    err << "asn-kinerja: " << path << ": " << platform::ReadStatusMessage(file, core::kMaxFileBytes) << "\n";
    return std::nullopt;
  }
  core::Problems problems;
  std::optional<core::KeyRegistry> registry = core::KeyRegistry::Parse(file.content, problems);
  for (const core::Problem& p : problems) err << path << ":" << p.line << ": " << p.message << "\n";
  return registry;
}

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::optional<core::KeyRegistry> registry;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--kunci") {
      if (i + 1 >= args.size()) {
        err << "asn-kinerja: --kunci membutuhkan berkas daftar kunci (CSV nip,sidik_kunci)\n(lihat: asn-kinerja help)\n";
        return kExitUsage;
      }
      registry = LoadKeyRegistry(args[++i], err);
      if (!registry) return kExitInvalid;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      err << "asn-kinerja: opsi tidak dikenal untuk verify: " << args[i] << "\n(lihat: asn-kinerja help)\n";
      return kExitUsage;
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) {
    err << "asn-kinerja: verify membutuhkan paling sedikit satu berkas\n(lihat: asn-kinerja help)\n";
    return kExitUsage;
  }
  bool all_accepted = true;
  for (const std::string& path : files) {
    const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
    if (file.status != platform::ReadStatus::Ok) {
      out << path << ": " << platform::ReadStatusMessage(file, core::kMaxFileBytes) << "\n";
      all_accepted = false;
      continue;
    }
    const core::ImportResult imported = core::ImportSubmission(file.content);
    if (!imported.ok()) {
      for (const core::Problem& p : imported.problems) out << path << ": " << core::FormatProblem(p) << "\n";
      all_accepted = false;
      continue;
    }
    const core::SignatureClass verdict = ClassifyImported(imported, registry ? &*registry : nullptr);
    out << path << ": " << core::SignatureClassText(verdict);
    if (imported.assessment->tanda_tangan) {
      out << " — ditandatangani oleh " << Signer(*imported.assessment) << ", sidik kunci "
          << imported.assessment->tanda_tangan->fingerprint;
      if (verdict == core::SignatureClass::ExampleKey) out << " (kunci contoh)";
    }
    out << "\n";
    all_accepted = all_accepted && core::SignatureAccepted(verdict);
  }
  return all_accepted ? kExitOk : kExitInvalid;
}

bool SignatureTally::AnyInvalid() const {
  for (const auto& file : files_) {
    if (file.second == core::SignatureClass::Invalid) return true;
  }
  return false;
}

void SignatureTally::Print(std::ostream& out, bool with_registry) const {
  static const core::SignatureClass kOrder[] = {
      core::SignatureClass::Registered, core::SignatureClass::NotChecked, core::SignatureClass::UnknownKey,
      core::SignatureClass::ExampleKey, core::SignatureClass::Invalid,    core::SignatureClass::Unsigned};
  out << "\nTanda tangan digital pejabat penilai (" << files_.size() << " berkas sah"
      << (with_registry ? ", dicocokkan dengan daftar kunci" : ", tanpa daftar kunci (--kunci)") << "):\n";
  for (const core::SignatureClass value : kOrder) {
    std::size_t count = 0;
    for (const auto& file : files_) count += file.second == value ? 1 : 0;
    if (count == 0) continue;
    out << "  " << count << " — " << core::SignatureClassText(value) << "\n";
  }
  for (const core::SignatureClass value : kOrder) {
    if (core::SignatureAccepted(value)) continue;
    for (const auto& file : files_) {
      if (file.second == value) out << "  " << file.first << ": " << core::SignatureClassKey(value) << "\n";
    }
  }
}

}  // namespace asn::cli
