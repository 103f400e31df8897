// English texts of the draft lock: the passphrase screen and Beranda's card.
#include "ui/strings_tables.hpp"

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& LockEnglishTable() {
  static const std::unordered_map<std::string_view, const char*> table = {
      {"Kata sandi salah. Tidak ada yang berubah; coba lagi.", "Wrong passphrase. Nothing was changed; try again."},
      {"Kata sandi minimal 8 karakter.", "The passphrase needs at least 8 characters."},
      {"Kedua isian kata sandi tidak sama.", "The two passphrase entries differ."},
      {"Kunci aktif: setiap draf di peramban ini kini tersimpan terenkripsi.",
       "Lock on: every draft in this browser is now stored encrypted."},
      {"Kunci aktif, tetapi penyimpanan penuh: sebagian draf belum terenkripsi dan akan dienkripsi saat kunci dibuka berikutnya.",
       "Lock on, but storage is full: some drafts are not encrypted yet and will be the next time the lock is opened."},
      {"Kunci dimatikan: draf kembali tersimpan tanpa enkripsi.", "Lock off: drafts are stored without encryption again."},
      {"Kunci tidak dapat dipakai", "The lock cannot be used"},
      {"Aplikasi terkunci karena lama tidak dipakai.", "The app locked itself after a while without use."},
      {"Kata sandi yang terlupa tidak dapat dipulihkan oleh siapa pun: ekspor berkas JSON secara berkala sebagai cadangan.",
       "A forgotten passphrase cannot be recovered by anyone: export the JSON file now and then as a backup."},
      {"Kunci melindungi draf yang tersimpan dari halaman lain di peramban ini, bukan dari orang yang memakai aplikasi saat kunci terbuka.",
       "The lock protects stored drafts from other pages in this browser, not from someone using the app while it is unlocked."},
      {"Kata sandi baru (minimal 8 karakter)", "New passphrase (at least 8 characters)"},
      {"Ulangi kata sandi", "Repeat the passphrase"},
      {"Membuat kunci dari kata sandi…", "Making the key from the passphrase…"},
      {"Kunci draf dengan kata sandi", "Lock drafts with a passphrase"},
      {"Draf terkunci", "Drafts locked"},
      {"Draf penilaian di peramban ini tersimpan terenkripsi. Masukkan kata sandi untuk membukanya.",
       "The assessment drafts in this browser are stored encrypted. Enter the passphrase to open them."},
      {"Kata sandi", "Passphrase"},
      {"Membuka kunci…", "Opening the lock…"},
      {"Buka kunci", "Unlock"},
      {"Lindungi draf dengan kata sandi", "Protect your drafts with a passphrase"},
      {"Aplikasi ini dibuka dari berkas di perangkat. Di peramban, setiap berkas HTML lain yang dibuka dari perangkat dapat membaca penyimpanan yang sama — termasuk nama, NIP dan penilaian di draf Anda. Dengan kata sandi, draf tersimpan terenkripsi (AES-256-GCM) dan hanya terbuka dengan kata sandi itu.",
       "This app was opened from a file on this device. In the browser, every other HTML file opened from the device can read the same storage — including the names, NIPs and ratings in your drafts. With a passphrase, drafts are stored encrypted (AES-256-GCM) and open only with that passphrase."},
      {"Lanjut tanpa kunci", "Continue without a lock"},
      {"Tanpa kunci, draf tersimpan tanpa enkripsi. Kunci dapat diaktifkan kapan saja dari Beranda.",
       "Without a lock, drafts are stored unencrypted. The lock can be turned on at any time from Home."},
      {"Draf di peramban ini tersimpan terenkripsi (AES-256-GCM) dan hanya terbuka dengan kata sandi.",
       "Drafts in this browser are stored encrypted (AES-256-GCM) and open only with the passphrase."},
      {"Kunci lagi setelah tidak dipakai selama", "Lock again after no use for"},
      {"menit", "minutes"},
      {"Kunci sekarang", "Lock now"},
      {"Matikan kunci…", "Turn the lock off…"},
      {"Tanpa kunci, setiap draf ditulis ulang tanpa enkripsi dan dapat dibaca halaman lain di peramban ini.",
       "Without the lock, every draft is written again unencrypted and can be read by other pages in this browser."},
      {"Ya, matikan kunci", "Yes, turn the lock off"},
      {"Dengan kata sandi, draf tersimpan terenkripsi: halaman lain di peramban ini tidak dapat membaca nama, NIP atau penilaian di dalamnya.",
       "With a passphrase, drafts are stored encrypted: other pages in this browser cannot read the names, NIPs or ratings in them."},
      {"Disarankan: aplikasi dibuka dari berkas di perangkat, dan setiap berkas HTML lain yang dibuka dari perangkat dapat membaca penyimpanan yang sama.",
       "Recommended: the app was opened from a file on this device, and every other HTML file opened from the device can read the same storage."},
      {"Aktifkan kunci…", "Turn the lock on…"},
  };
  return table;
}

}  // namespace asn::ui
