// The review screen's "Tanda tangan digital" card: whether the open review is digitally signed and
// whether the signature matches (as the host last made or checked it), the key's fingerprint with
// a plain explanation, and the export of the public key for the office.
#include "core/signature.hpp"
#include "core/workflow.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <string>

namespace asn::ui {

std::string SignatureStatusText(const AppState& state) {
  if (!state.draft) return "";
  const core::Assessment& a = state.draft->assessment;
  const SignatureView& view = state.signature;
  const bool about_this = view.draft_id == state.draft->id;
  if (about_this && view.status == SignatureStatus::Signing) return T("Membuat tanda tangan digital…");
  if (about_this && view.status == SignatureStatus::Failed) {
    return std::string(T("Tanda tangan digital tidak dapat dibuat atau diperiksa")) + ": " + view.error;
  }
  if (!a.tanda_tangan) {
    return core::IsLocked(a) ? T("Ditandatangani tanpa tanda tangan digital.")
                             : T("Belum ditandatangani. Saat penilaian ditandatangani, aplikasi membuat tanda tangan digital dengan kunci yang tersimpan di peramban ini.");
  }
  const core::SupervisorSignature& s = *a.tanda_tangan;
  if (about_this && view.status == SignatureStatus::Checking) return T("Memeriksa tanda tangan digital…");
  if (about_this && view.status == SignatureStatus::Invalid) {
    return T("Tanda tangan TIDAK SAH: isi berkas berubah setelah ditandatangani.");
  }
  const bool example = core::NormalizeFingerprint(s.fingerprint) == core::NormalizeFingerprint(core::ExampleKeyFingerprint());
  const std::string who = a.penilai.nama.empty() ? T("pejabat penilai") : a.penilai.nama;
  const bool checked = about_this && view.status == SignatureStatus::Valid;
  return std::string(T("Ditandatangani oleh")) + " " + who + " — " + T("sidik kunci") + " " + s.fingerprint +
         (example ? std::string(" (") + T("kunci contoh, bukan tanda tangan sungguhan") + ")" : std::string()) +
         (checked ? std::string(". ") + T("Tanda tangan cocok dengan isi berkas.") : std::string());
}

void DrawSignatureCard(const AppState& state, Intents& intents) {
  if (!state.draft) return;
  const core::Assessment& a = state.draft->assessment;
  if (!BeginCard("signature.card")) return EndCard();
  Heading(T("Tanda tangan digital"), 1.15f);
  const std::string status = SignatureStatusText(state);
  const bool invalid = state.signature.draft_id == state.draft->id &&
                       (state.signature.status == SignatureStatus::Invalid || state.signature.status == SignatureStatus::Failed);
  if (invalid) {
    ErrorText(status);
  } else {
    TextWrapped("%s", status.c_str());
  }
  TrackItem("signature.status");
  Hint(T("Sidik kunci adalah nama pendek kunci tanda tangan pejabat penilai di peramban ini. Kunci rahasianya tidak pernah keluar dari perangkat; BKD mencocokkan sidik kunci pada berkas dengan yang tercetak di bawah tanda tangan atau yang diserahkan pejabat penilai. Jika data situs peramban dihapus, kunci baru dibuat dengan sidik kunci baru."));
  if (core::CanSignDigitally(a, state.draft->origin) && state.signature.status != SignatureStatus::Signing) {
    if (Button("signature.sign", T("Tanda tangani secara digital"), true)) intents.review.sign_digitally = true;
  }
  if (a.tanda_tangan && !invalid) {  // never hand on the key of a signature that does not match
    if (Button("signature.export_key", T("Ekspor kunci publik untuk BKD"))) intents.review.export_public_key = true;
  }
  EndCard();
}

}  // namespace asn::ui
