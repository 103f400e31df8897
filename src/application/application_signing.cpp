// The digital signature of the open draft (issue: signed reviews): after the sign-off the host
// signs the review with the supervisor's key (platform::Platform::RequestSignature); a signed draft
// that is opened or imported is checked (RequestVerification). Answers come back frames later and
// are matched by request id, so an answer about a draft that is no longer open changes nothing.
#include "application/application.hpp"
#include "core/signature.hpp"
#include "core/workflow.hpp"

#include <algorithm>

namespace asn::application {

void Application::RequestSigning() {
  if (!state_.draft) return;
  const core::Assessment& a = state_.draft->assessment;
  if (!core::IsLocked(a) || a.tanda_tangan) return;
  SignatureView view;
  view.status = SignatureStatus::Signing;
  view.draft_id = state_.draft->id;
  view.request_id = platform_.NewId();
  view.message = core::SignedMessage(a);
  platform_.RequestSignature(view.request_id, a.penilai.nip, view.message);
  state_.signature = std::move(view);
}

void Application::RequestSignatureCheck() {
  state_.signature = SignatureView{};
  if (!state_.draft || !state_.draft->assessment.tanda_tangan) return;
  const core::Assessment& a = state_.draft->assessment;
  SignatureView view;
  view.status = SignatureStatus::Checking;
  view.draft_id = state_.draft->id;
  view.request_id = platform_.NewId();
  view.message = core::SignedMessage(a);
  view.signature = a.tanda_tangan->nilai;
  platform_.RequestVerification(view.request_id, a.tanda_tangan->kunci_publik, view.message, a.tanda_tangan->nilai);
  state_.signature = std::move(view);
}

void Application::ReceiveCryptoResults() {
  for (platform::CryptoResult& result : platform_.TakeCryptoResults()) {
    if (ReceiveLockKey(result)) continue;
    SignatureView& view = state_.signature;
    const bool current = result.request_id == view.request_id && state_.draft && state_.draft->id == view.draft_id;
    if (!current) continue;  // about a draft that is no longer open, or superseded
    if (!result.error.empty()) {
      view.status = SignatureStatus::Failed;
      view.error = result.error;
      if (view.signature.empty()) state_.notice = {NoticeKind::SigningFailed, result.error};
      continue;
    }
    if (view.status == SignatureStatus::Checking) {
      view.status = result.ok ? SignatureStatus::Valid : SignatureStatus::Invalid;
      if (!result.ok) state_.notice = {NoticeKind::SignatureInvalid, ""};
      continue;
    }
    if (view.status != SignatureStatus::Signing) continue;
    AttachSignature(result);
  }
}

void Application::AttachSignature(const platform::CryptoResult& result) {
  SignatureView& view = state_.signature;
  core::Assessment& a = state_.draft->assessment;
  const std::optional<core::Bytes> key = core::Base64Decode(result.public_key);
  const std::optional<core::Bytes> value = core::Base64Decode(result.signature);
  // The review must still be exactly what was sent for signing (it is locked, but be sure).
  if (!result.ok || !key || key->size() != core::kPublicKeyBytes || !value || value->size() != core::kSignatureBytes ||
      !core::IsLocked(a) || a.tanda_tangan || core::SignedMessage(a) != view.message) {
    view.status = SignatureStatus::Failed;
    view.error = "jawaban penanda tangan tidak dapat dipakai";
    state_.notice = {NoticeKind::SigningFailed, view.error};
    return;
  }
  core::SupervisorSignature s;
  s.kunci_publik = result.public_key;
  s.nilai = result.signature;
  s.fingerprint = core::KeyFingerprint(*key);
  s.waktu = platform_.NowUtc();
  a.tanda_tangan = s;
  view.status = SignatureStatus::Valid;
  view.signature = s.nilai;
  MarkChanged();
  SaveNow();
  // A new key for a NIP this browser had signed for before: its data was cleared (the old key is
  // gone); the office needs the new fingerprint.
  std::vector<std::string>& known = state_.signing_keys[a.penilai.nip];
  const bool seen = std::find(known.begin(), known.end(), s.fingerprint) != known.end();
  if (result.new_key && !known.empty() && !seen) {
    std::string before;
    for (const std::string& f : known) before += (before.empty() ? "" : ", ") + f;
    state_.notice = {NoticeKind::NewSigningKey, s.fingerprint + "|" + before};
  } else {
    state_.notice = {NoticeKind::SignedDigitally, s.fingerprint};
  }
  if (!seen) {
    known.push_back(s.fingerprint);
    SavePreferencesNow();
  }
}

void Application::ExportPublicKey() {
  if (!state_.draft || !state_.draft->assessment.tanda_tangan) return;
  const core::Assessment& a = state_.draft->assessment;
  const core::SupervisorSignature& s = *a.tanda_tangan;
  const std::string nip = a.penilai.nip.empty() ? "tanpa-NIP" : a.penilai.nip;
  const std::string name = "kunci_" + nip + ".csv";
  // The office's key list format (core::KeyRegistry): it can be appended to the list as it is.
  const std::string content = "nip,sidik_kunci,kunci_publik\r\n" + a.penilai.nip + "," + s.fingerprint + "," + s.kunci_publik + "\r\n";
  state_.notice = platform_.OfferDownload(name, content) ? Notice{NoticeKind::PublicKeyExported, name}
                                                         : Notice{NoticeKind::DownloadRefused, name};
}

}  // namespace asn::application
