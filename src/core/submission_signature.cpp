// Reading the "tanda_tangan" member: its shape, the lengths of the key and the signature, and the
// fingerprint against the key. Whether the signature is right is the platform's check, over the
// message ImportResult::signed_message carries.
#include "core/signature.hpp"
#include "core/submission_sections.hpp"

namespace asn::core {

void ReadSignature(JsonReader& r, const nlohmann::json& doc, Assessment& a) {
  const std::string path = "$.tanda_tangan";
  const auto it = doc.find("tanda_tangan");
  if (it == doc.end()) return;
  if (!r.Object(*it, path, {"algoritma", "kunci_publik", "nilai", "fingerprint", "waktu"})) return;
  SupervisorSignature s;
  s.algoritma = r.Text(*it, path, "algoritma", kMaxShortTextChars);
  s.kunci_publik = r.Text(*it, path, "kunci_publik", kMaxShortTextChars);
  s.nilai = r.Text(*it, path, "nilai", kMaxShortTextChars);
  s.fingerprint = r.Text(*it, path, "fingerprint", kMaxShortTextChars);
  s.waktu = r.Timestamp(*it, path, "waktu", false).value_or("");
  // A member that is missing or not text already has its problem (from Object/Text).
  const auto is_text = [&](const char* key) { return it->contains(key) && it->at(key).is_string(); };
  bool usable = true;
  if (is_text("algoritma") && s.algoritma != kSignatureAlgorithm) {
    r.Add("unknown_value", path + ".algoritma", "algoritma tanda tangan harus \"ed25519\"");
    usable = false;
  }
  const std::optional<Bytes> key = Base64Decode(s.kunci_publik);
  if (!key || key->size() != kPublicKeyBytes) {
    if (is_text("kunci_publik")) {
      r.Add("bad_signature", path + ".kunci_publik", "kunci publik harus 32 byte dalam base64 (44 karakter)");
    }
    usable = false;
  }
  const std::optional<Bytes> value = Base64Decode(s.nilai);
  if (!value || value->size() != kSignatureBytes) {
    if (is_text("nilai")) {
      r.Add("bad_signature", path + ".nilai", "nilai tanda tangan harus 64 byte dalam base64 (88 karakter)");
    }
    usable = false;
  }
  if (key && key->size() == kPublicKeyBytes && is_text("fingerprint") && s.fingerprint != KeyFingerprint(*key)) {
    r.Add("bad_signature", path + ".fingerprint",
          "sidik kunci tidak cocok dengan kunci publik (seharusnya " + KeyFingerprint(*key) + ")");
    usable = false;
  }
  if (a.status.tahap != Stage::Dinilai) {
    r.Add("bad_signature", path, "tanda tangan hanya ada pada penilaian yang sudah dinilai (status.tahap \"dinilai\")");
  }
  usable = usable && is_text("algoritma") && is_text("fingerprint") && !s.waktu.empty();
  if (usable) a.tanda_tangan = std::move(s);
}

}  // namespace asn::core
