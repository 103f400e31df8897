// English texts of the digital signature: the review screen's card and its notices.
#include "ui/strings_tables.hpp"

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& SignatureEnglishTable() {
  static const std::unordered_map<std::string_view, const char*> table = {
      {"Tanda tangan digital", "Digital signature"},
      {"Membuat tanda tangan digital…", "Making the digital signature…"},
      {"Memeriksa tanda tangan digital…", "Checking the digital signature…"},
      {"Tanda tangan digital tidak dapat dibuat atau diperiksa", "The digital signature could not be made or checked"},
      {"Ditandatangani tanpa tanda tangan digital.", "Signed without a digital signature."},
      {"Belum ditandatangani. Saat penilaian ditandatangani, aplikasi membuat tanda tangan digital dengan kunci yang tersimpan di peramban ini.",
       "Not signed yet. When the review is signed, the app makes a digital signature with the key kept in this browser."},
      {"Tanda tangan TIDAK SAH: isi berkas berubah setelah ditandatangani.",
       "Signature NOT VALID: the file was changed after it was signed."},
      {"pejabat penilai", "the supervisor"},
      {"Tanda tangan cocok dengan isi berkas.", "The signature matches the file's content."},
      {"Ditandatangani oleh", "Signed by"},
      {"sidik kunci", "key fingerprint"},
      {"kunci contoh, bukan tanda tangan sungguhan", "example key, not a real signature"},
      {"Sidik kunci adalah nama pendek kunci tanda tangan pejabat penilai di peramban ini. Kunci rahasianya tidak pernah keluar dari perangkat; BKD mencocokkan sidik kunci pada berkas dengan yang tercetak di bawah tanda tangan atau yang diserahkan pejabat penilai. Jika data situs peramban dihapus, kunci baru dibuat dengan sidik kunci baru.",
       "The key fingerprint is the short name of the supervisor's signing key in this browser. The secret key never leaves the device; the HR office (BKD) matches the fingerprint in the file with the one printed under the signature or handed in by the supervisor. If the browser's site data is cleared, a new key with a new fingerprint is made."},
      {"Tanda tangani secara digital", "Sign digitally"},
      {"Ekspor kunci publik untuk BKD", "Export the public key for the HR office (BKD)"},
      {"Tanda tangan digital dibuat dengan kunci di peramban ini — sidik kunci",
       "Digital signature made with the key in this browser — key fingerprint"},
      {"Kunci tanda tangan baru dibuat untuk NIP ini (sidik kunci", "A new signing key was made for this NIP (key fingerprint"},
      {"Kunci sebelumnya tidak ada lagi di peramban ini (data situs dihapus atau perangkat lain); serahkan sidik kunci baru ke BKD. Sidik kunci lama:",
       "The earlier key is no longer in this browser (site data cleared, or another device); hand the new fingerprint to the HR office (BKD). Earlier fingerprint:"},
      {"Tanda tangan digital tidak dapat dibuat", "The digital signature could not be made"},
      {"Penilaian tetap ditandatangani; coba lagi dengan Tanda tangani secara digital.",
       "The review stays signed; try again with Sign digitally."},
      {"Peringatan: tanda tangan digital TIDAK SAH — isi berkas berubah setelah ditandatangani.",
       "Warning: the digital signature is NOT VALID — the file was changed after it was signed."},
      {"Kunci publik diekspor untuk BKD", "Public key exported for the HR office (BKD)"},
  };
  return table;
}

}  // namespace asn::ui
