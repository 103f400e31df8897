#include "platform/ed25519.hpp"

namespace asn::platform {

void SignAssessmentWithSeed(core::Assessment& assessment, const core::Bytes& seed, const std::string& now_utc) {
  assessment.tanda_tangan.reset();
  const std::string message = core::SignedMessage(assessment);
  const core::Bytes public_key = Ed25519PublicKeyFromSeed(seed);
  core::SupervisorSignature signature;
  signature.kunci_publik = core::Base64Encode(public_key);
  signature.nilai = core::Base64Encode(Ed25519SignWithSeed(seed, message));
  signature.fingerprint = core::KeyFingerprint(public_key);
  signature.waktu = now_utc;
  assessment.tanda_tangan = std::move(signature);
}

bool VerifyImportedSignature(const core::ImportResult& imported) {
  if (!imported.assessment || !imported.assessment->tanda_tangan) return false;
  const core::SupervisorSignature& s = *imported.assessment->tanda_tangan;
  const std::optional<core::Bytes> key = core::Base64Decode(s.kunci_publik);
  const std::optional<core::Bytes> value = core::Base64Decode(s.nilai);
  return key && value && Ed25519Verify(*key, imported.signed_message, *value);
}

}  // namespace asn::platform
