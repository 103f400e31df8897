// English texts for the workshop mode, the explanations and the unit recap (the rest of the
// table is in strings.cpp). Keys are the exact Indonesian texts passed to T(); format
// specifiers must match one for one.
#include "ui/strings_tables.hpp"

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& WorkshopEnglishTable() {
  static const std::unordered_map<std::string_view, const char*> table = {
      {"Penjelasan: dari mana angka ini?", "Explanation: where does this figure come from?"},
      {"Penjelasan", "Explanation"},
      {"Di Atas", "Above"},
      {"Sesuai", "Meets"},
      {"Di Bawah", "Below"},
      {"Pejabat penilai menilai hasil kerja dan perilaku kerja masing-masing Di Atas, Sesuai atau Di Bawah Ekspektasi; "
       "pasangan keduanya menentukan predikat menurut matriks %s. Di sini hasil kerja %s dan perilaku kerja %s, "
       "sehingga predikatnya %s.",
       "The supervisor rates work results and work behaviour each as Above, Meets or Below Expectations; the pair "
       "gives the predikat through the %s matrix. Here work results are %s and work behaviour %s, so the predikat "
       "is %s."},
      {"Hasil \\ Perilaku", "Results \\ Behaviour"},
      {"Job Person Match = jumlah level %s (setiap kompetensi dihitung paling tinggi sampai level standarnya, agar "
       "kelebihan di satu kompetensi tidak menutupi kekurangan di kompetensi lain) dibagi jumlah level standar "
       "jabatan, dikali 100: %ld ÷ %ld × 100 = %.2f %%. Level standar mengikuti Standar Kompetensi Jabatan instansi "
       "(PermenPANRB 38/2017).",
       "Job Person Match = sum of the levels %s (each counted at most up to its required level, so a surplus in one "
       "competency cannot hide a gap in another) divided by the sum of the job's required levels, times 100: "
       "%ld ÷ %ld × 100 = %.2f %%. Required levels follow the instansi's job competency standard (PermenPANRB 38/2017)."},
      {"dari atasan", "given by the supervisor"},
      {"penilaian mandiri", "of the self-assessment"},
      {"Kategori JPM: Optimal bila ≥ %d %%, Cukup Optimal bila %d %% sampai di bawah %d %%, Kurang Optimal bila di "
       "bawah %d %%. %.2f %% termasuk %s. Sumber: %s; instansi lain dapat memakai batas berbeda.",
       "JPM category: Optimal at ≥ %d %%, Cukup Optimal from %d %% to below %d %%, Kurang Optimal below %d %%. "
       "%.2f %% is %s. Source: %s; other instansi may use other bands."},
      {"Kesenjangan dihitung setelah level kompetensi ini dipilih.", "The gap is computed once a level is chosen."},
      {"Kesenjangan %s = level yang dinilai − level standar = %d − %d = %+d. Level yang dipakai adalah level %s. Angka "
       "negatif berarti kebutuhan pengembangan; setiap PNS berhak atas pengembangan kompetensi (PP 17/2020). Level 1–5 "
       "mengikuti PermenPANRB 38/2017.",
       "Gap %s = assessed level − required level = %d − %d = %+d. The level used is the one %s. A negative gap is a "
       "development need; every PNS has a right to competency development (PP 17/2020). Levels 1–5 follow "
       "PermenPANRB 38/2017."},
      {"Menurut %s, capaian kinerja organisasi menentukan sebaran predikat pegawai (kurva distribusi). Besarnya kuota "
       "ditetapkan instansi masing-masing dan belum dikonfirmasi di sini, jadi angka bawaan hanya CONTOH: ubah "
       "kuotanya sesuai ketentuan instansi Anda. Selisih = jumlah pegawai − kuota (dibulatkan ke orang terdekat).",
       "Under %s, the organisation's own performance shapes how its staff's predikat may be distributed (the "
       "distribution curve). Each instansi sets the quotas, which are not confirmed here, so the defaults are only "
       "an EXAMPLE: change them to your instansi's rules. Difference = staff − quota (rounded to the nearest person)."},
      {"Setiap sel adalah rata-rata kesenjangan (level yang dinilai − level standar) kompetensi itu pada pegawai dengan "
       "jenis jabatan tersebut; n = jumlah pegawai. Merah berarti rata-rata di bawah standar. Kompetensi teknis "
       "berbeda per jabatan sehingga tidak dirata-ratakan di sini.",
       "Each cell is the average gap (assessed − required level) of that competency among staff of that job type; "
       "n = number of staff. Red means below the standard on average. Technical competencies differ per job and are "
       "not averaged here."},
      {"Pilih berkas…", "Choose files…"},
      {"Pilih folder…", "Choose a folder…"},
      {"Muat contoh unit (CONTOH)", "Load an example unit (EXAMPLE)"},
      {"Ekspor CSV", "Export CSV"},
      {"Kosongkan", "Clear"},
      {"Berkas juga dapat diseret dan dilepas ke halaman ini. Semua berkas dibaca di perangkat ini saja.",
       "Files can also be dragged onto this page. All files are read on this device only."},
      {"%d dari %d berkas diproses", "%d of %d files processed"},
      {"Hentikan", "Stop"},
      {"%d berkas: %d sah, %d tidak sah", "%d files: %d valid, %d invalid"},
      {"Sebaran predikat dibanding kurva distribusi", "Predikat distribution against the distribution curve"},
      {"Jumlah", "Count"},
      {"Sebaran (garis = kuota)", "Distribution (line = quota)"},
      {"Kuota %", "Quota %"},
      {"Selisih", "Difference"},
      {"Jumlah kuota %.1f %% — harus 100 %%.", "Quotas add up to %.1f %% — they must make 100 %%."},
      {"Kuota bawaan hanya CONTOH; sesuaikan dengan ketentuan instansi. Kuota disimpan di peramban ini.",
       "The default quotas are only an EXAMPLE; adjust them to your instansi's rules. Quotas are kept in this browser."},
      {"Kembalikan kuota contoh", "Restore the example quotas"},
      {"%d pegawai belum memiliki predikat (rating belum lengkap).", "%d staff have no predikat yet (ratings incomplete)."},
      {"Kategori Job Person Match", "Job Person Match categories"},
      {"Semua berkas sah.", "All files are valid."},
      {"Hasil ditampilkan setelah semua berkas diproses.", "The results are shown once every file is processed."},
      {"masalah lain", "more problems"},
      {"NIP dan periode yang sama diserahkan lebih dari sekali:", "The same NIP and period was submitted more than once:"},
      {"Rekap Unit", "Unit Recap"},
      {"Peta kesenjangan", "Gap heatmap"},
      {"Daftar pegawai", "Staff list"},
      {"Berkas bermasalah", "Problem files"},
      {"(tidak diisi)", "(not filled in)"},
      {"Semua", "All"},
      {"Rata-rata kesenjangan per kompetensi dan jenis jabatan", "Average gap per competency and job type"},
      {"Semua jabatan", "All jobs"},
      {"Cari nama, NIP, jabatan, unit…", "Search name, NIP, position, unit…"},
      {"Kategori JPM", "JPM category"},
      {"Menampilkan %d dari %d pegawai", "Showing %d of %d staff"},
      {"Di bawah standar", "Below standard"},
      {"level atasan", "supervisor's levels"},
      {"level mandiri", "self-assessed levels"},
      {"Atur ulang demo?", "Reset the demo?"},
      {"%d draf CONTOH akan dihapus. Draf asli tidak disentuh.", "%d EXAMPLE drafts will be deleted. Real drafts are not touched."},
      {"Ya, atur ulang", "Yes, reset"},
      {"Pintasan papan ketik", "Keyboard shortcuts"},
      {"layar berikutnya (juga tombol maju pada clicker presentasi)", "next screen (also a presentation clicker's forward button)"},
      {"layar sebelumnya", "previous screen"},
      {"mode presentasi hidup/mati", "presenter view on/off"},
      {"perbesar / perkecil dalam mode presentasi", "larger / smaller in presenter view"},
      {"daftar pintasan ini", "this list of shortcuts"},
      {"pindah antar kolom isian", "move between fields"},
      {"Pintasan tidak berlaku selama kursor berada di kolom isian.", "Shortcuts do not apply while typing in a field."},
      {"Panduan singkat — langkah %d dari %d", "Quick guide — step %d of %d"},
      {"Lewati", "Skip"},
      {"Kembali", "Back"},
      {"Lanjut", "Next"},
      {"Selesai", "Done"},
      {"Mode pelatihan (sosialisasi)", "Workshop mode (sosialisasi)"},
      {"Contoh pegawai fiktif dengan data lengkap untuk demonstrasi. Setiap contoh dimuat sebagai draf baru bertanda "
       "CONTOH; draf asli tidak terpengaruh.",
       "Fictional employees with complete data for demonstrations. Each one loads as a new draft marked EXAMPLE; real "
       "drafts are not affected."},
      {"Contoh", "Example"},
      {"Muat", "Load"},
      {"Atur ulang demo", "Reset the demo"},
      {"Keluar dari mode presentasi", "Leave presenter view"},
      {"Mode presentasi (F9)", "Presenter view (F9)"},
      {"Rekap unit (BKD / kepegawaian)", "Unit recap (HR office)"},
      {"Muat banyak berkas penilaian sekaligus: sebaran predikat dibanding kurva distribusi, kategori JPM, peta "
       "kesenjangan, daftar pegawai, dan ekspor CSV.",
       "Load many assessment files at once: predikat distribution against the curve, JPM categories, a gap heatmap, "
       "the staff list, and a CSV export."},
      {"Buka rekap unit", "Open the unit recap"},
      {"Rekap unit…", "Unit recap…"},
      {"Mode presentasi", "Presenter view"},
      {"Skala presentasi", "Presenter scale"},
      {"Panduan singkat", "Quick guide"},
      {"Contoh dimuat sebagai draf baru", "Example loaded as a new draft"},
      {"Demo diatur ulang; draf contoh dihapus", "Demo reset; example drafts deleted"},
      {"Pemuatan rekap dihentikan; berkas yang sudah dibaca tetap dihitung.", "Recap loading stopped; files already read still count."},
      {"CSV rekap diunduh", "Recap CSV downloaded"},
      {"Peramban menolak mengunduh berkas", "The browser refused to download"},
      {"Job Person Match (atasan)", "Job Person Match (supervisor)"},
      {"Kesenjangan dihitung setelah level kompetensi dipilih.", "Gaps are computed once levels are chosen."},
      {"Penjelasan kesenjangan", "About the gaps"},
      {"Selamat datang", "Welcome"},
      {"Aplikasi ini menuntun penilaian mandiri kompetensi dan kinerja ASN sampai dialog kinerja dengan atasan. Semua "
       "data tersimpan hanya di peramban ini.",
       "This app guides an ASN's competency and performance self-assessment up to the performance dialogue with the "
       "supervisor. All data stays in this browser."},
      {"Mulai penilaian", "Start an assessment"},
      {"Pilih Draf baru di Beranda, atau muat salah satu contoh di bagian Mode pelatihan untuk mencoba tanpa data asli. "
       "Data contoh selalu bertanda CONTOH.",
       "Choose New draft on Home, or load one of the examples under Workshop mode to try it without real data. Example "
       "data is always marked EXAMPLE."},
      {"Isi kompetensi", "Fill in the competencies"},
      {"Di layar Kompetensi, pilih kartu level yang paling menggambarkan perilaku Anda dan tuliskan buktinya. "
       "Kesenjangan terhadap standar jabatan langsung dihitung.",
       "On Competencies, pick the level card that best describes your behaviour and write down the evidence. The gap "
       "to the job standard is computed at once."},
      {"Pahami hasilnya", "Understand the results"},
      {"Ringkasan menampilkan JPM indikatif dan kesenjangan. Tombol ? di samping setiap angka menjelaskan aturannya "
       "dan peraturan asalnya.",
       "Summary shows the indicative Job Person Match (JPM indikatif) and the gaps. The ? button beside every figure explains its rule and the "
       "regulation it comes from."},
      {"Serahkan", "Submit"},
      {"Ekspor berkas JSON dan serahkan kepada pejabat penilai, yang menilai di layar Penilaian Atasan. BKD dapat "
       "merekap banyak berkas sekaligus di Rekap Unit.",
       "Export the JSON file and hand it to the supervisor, who reviews it on the Supervisor Review screen. The HR "
       "office can recap many files at once in Unit Recap."},
  };
  return table;
}

}  // namespace asn::ui
