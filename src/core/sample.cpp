#include "core/sample.hpp"

#include "core/dictionary.hpp"
#include "core/rules_development.hpp"

#include <algorithm>
#include <array>

namespace asn::core {
namespace {

struct LevelPlan {
  const char* kode;
  int self;
  int supervisor;
  const char* bukti;
};

void ApplyLevels(Assessment& a, const std::vector<LevelPlan>& plan) {
  for (CompetencyEntry& c : a.kompetensi) {
    for (const LevelPlan& p : plan) {
      if (c.kode != p.kode) continue;
      c.level_mandiri = p.self;
      c.level_atasan = p.supervisor;
      c.bukti = p.bukti;
      if (p.supervisor > 0 && p.supervisor != p.self) {
        c.umpan_balik = p.supervisor < p.self ? "Bukti yang ada belum menunjukkan perilaku level ini secara konsisten."
                                              : "Perilaku di atas penilaian mandiri terlihat dalam beberapa penugasan.";
      } else if (p.supervisor > 0) {
        c.umpan_balik = "Sesuai dengan pengamatan atasan selama periode penilaian.";
      }
    }
  }
}

CompetencyEntry Teknis(const char* nama, int standar, const char* definisi, std::array<const char*, 5> levels) {
  CompetencyEntry t;
  t.kode = "T.1";
  t.nama = nama;
  t.jenis = CompetencyKind::Teknis;
  t.level_standar = standar;
  t.definisi = definisi;
  t.deskripsi_level.assign(levels.begin(), levels.end());
  return t;
}

Person P(const char* nama, const char* nip, const char* pangkat, const char* jabatan, const char* jenis, const char* unit) {
  return Person{nama, nip, pangkat, jabatan, jenis, unit};
}

RhkRow Rhk(const char* id, RhkKind jenis, const char* pimpinan, const char* rhk, std::optional<RhkAspect> aspek,
           std::optional<RhkPerspective> perspektif, const char* iki, const char* target, const char* satuan,
           const char* realisasi, const char* bukti, const char* umpan_balik) {
  RhkRow r;
  r.id = id;
  r.jenis = jenis;
  r.rhk_pimpinan = pimpinan;
  r.rhk = rhk;
  r.aspek = aspek;
  r.perspektif = perspektif;
  r.iki = iki;
  r.target = target;
  r.satuan = satuan;
  r.realisasi = realisasi;
  r.bukti_dukung = bukti;
  r.umpan_balik = umpan_balik;
  return r;
}

FeedbackEntry OnRhk(const char* date, const char* rhk_id, const char* feedback, const char* response = "") {
  return FeedbackEntry{date, rhk_id, "", feedback, response};
}
FeedbackEntry OnValue(const char* date, const char* value, const char* feedback, const char* response = "") {
  return FeedbackEntry{date, "", value, feedback, response};
}

// The parts every persona shares: the job's competencies plus one teknis, the BerAKHLAK notes with
// a reflection on every value, the annual period (Triwulan IV/Akhir over the year), the lampiran,
// and a review signed in December.
Assessment Base(const char* instansi, Person pegawai, Person penilai, Person atasan, CompetencyEntry teknis) {
  Assessment a;
  a.contoh = true;
  a.instansi = instansi;
  a.pegawai = std::move(pegawai);
  a.penilai = std::move(penilai);
  a.atasan_penilai = std::move(atasan);
  a.periode = {2025, PeriodKind::Triwulan, 4, "2025-01-01", "2025-12-31"};
  a.kompetensi = CompetenciesForJob(DefaultCompetencyDictionary(), DefaultJobStandards().Find(a.pegawai.jenis_jabatan));
  a.kompetensi.push_back(std::move(teknis));
  a.perilaku = EmptyBehaviourNotes();
  a.skp.lampiran = {{"Anggaran kegiatan pada DPA unit kerja", "Akses aplikasi dan data unit kerja"},
                    {"Laporan capaian bulanan kepada pejabat penilai", "Dialog kinerja setiap triwulan"},
                    {"Capaian di atas target menjadi dasar penghargaan", "Capaian di bawah target ditindaklanjuti dengan rencana perbaikan"}};
  a.evaluasi.tempat = "Jakarta";
  a.evaluasi.tanggal = "2025-12-16";
  a.status.tahap = Stage::Dinilai;
  a.status.dibuat = "2025-01-06T01:00:00Z";
  a.status.diajukan = "2025-12-05T03:00:00Z";
  a.status.dinilai = a.status.diperbarui = "2025-12-16T04:00:00Z";
  return a;
}

// Every value gets a reflection (the employee's part is complete); the persona's own lines first.
void Reflect(Assessment& a, std::vector<std::pair<std::size_t, const char*>> lines) {
  static const char* kDefault[] = {
      "Melayani pengguna layanan dengan ramah dan menindaklanjuti keluhan.", "Menyelesaikan tugas sesuai aturan dan melaporkannya tepat waktu.",
      "Mengikuti pelatihan yang relevan dengan tugas.", "Menghargai rekan kerja dari berbagai latar belakang.",
      "Menjaga kerahasiaan data dan nama baik instansi.", "Menyesuaikan cara kerja dengan aplikasi dan aturan baru.",
      "Bekerja sama dengan unit lain untuk tujuan bersama."};
  for (std::size_t i = 0; i < a.perilaku.size(); ++i) a.perilaku[i].refleksi_mandiri = kDefault[i];
  for (const auto& [index, text] : lines) a.perilaku[index].refleksi_mandiri = text;
}

void FinishPlan(Assessment& a, const char* target_date) {
  a.rencana_pengembangan = DraftDevelopmentPlan(RecommendDevelopment(a.kompetensi));
  for (DevelopmentItem& item : a.rencana_pengembangan) item.target_tanggal = target_date;
}

// Analis Kebijakan Ahli Muda at a (fictional) Bappeda bureau: a few gaps, predikat Baik; feedback
// given all through the year (the regulation's continuous feedback).
Assessment Analyst() {
  Assessment a = Base(
      "Pemerintah Provinsi DKI Jakarta (CONTOH)",
      P("Rina Oktaviani (CONTOH)", "199005142015032007", "Penata / III c", "Analis Kebijakan Ahli Muda",
        "fungsional_ahli_muda", "Bidang Perencanaan Sosial dan Budaya, Bappeda (CONTOH)"),
      P("Hendra Wijaya (CONTOH)", "197803222003121004", "Pembina / IV a", "Kepala Bidang Perencanaan Sosial dan Budaya",
        "administrator", "Bidang Perencanaan Sosial dan Budaya, Bappeda (CONTOH)"),
      P("Ir. Lukman Hakim (CONTOH)", "196911051995031002", "Pembina Utama Muda / IV c", "Kepala Bappeda", "jpt_pratama",
        "Bappeda Provinsi DKI Jakarta (CONTOH)"),
      Teknis("Analisis Kebijakan Publik", 3,
             "Kemampuan merumuskan masalah kebijakan, menganalisis alternatif, dan menyusun rekomendasi berbasis bukti.",
             {"Mengumpulkan data kebijakan sesuai arahan", "Menyusun kajian sederhana dengan metode baku",
              "Menganalisis alternatif kebijakan dan dampaknya", "Memimpin kajian lintas sektor",
              "Merumuskan arah kebijakan strategis daerah"}));
  ApplyLevels(a, {{"M.1", 3, 3, "Menolak gratifikasi dari pihak ketiga dan melaporkannya ke UPG."},
                  {"M.2", 3, 3, "Mengoordinasikan tim kecil penyusunan kajian RPJMD."},
                  {"M.3", 3, 3, "Memaparkan hasil kajian di forum OPD sebanyak empat kali."},
                  {"M.4", 3, 2, "Menyelesaikan tiga kajian tepat waktu."},
                  {"M.5", 3, 3, "Menyepakati standar waktu layanan data dengan OPD pengguna dan memantaunya."},
                  {"M.6", 2, 2, "Berbagi materi e-learning analisis data dengan rekan di bidang."},
                  {"M.7", 3, 3, "Membantu rekan di bidang beralih ke aplikasi perencanaan baru."},
                  {"M.8", 3, 2, "Memberi rekomendasi prioritas program kepada kepala bidang."},
                  {"SK.1", 3, 3, "Memfasilitasi diskusi dengan tokoh masyarakat lintas budaya."},
                  {"T.1", 3, 2, "Menyusun policy brief tentang layanan PAUD."}});
  const char* pimpinan = "Meningkatnya kualitas perencanaan pembangunan sosial budaya";
  a.skp.rhk = {
      Rhk("rhk-1", RhkKind::Utama, pimpinan, "Tersusunnya kajian kebijakan bidang sosial budaya", RhkAspect::Kuantitas,
          std::nullopt, "Jumlah kajian kebijakan yang selesai", "3", "dokumen", "3", "Dokumen kajian dan berita acara paparan",
          "Target tercapai; kualitas analisis baik."),
      Rhk("rhk-2", RhkKind::Utama, pimpinan, "Rekomendasi kebijakan dimanfaatkan dalam RKPD", RhkAspect::Kualitas,
          std::nullopt, "Persentase rekomendasi yang diakomodasi dalam RKPD", "60", "persen", "55",
          "Matriks tindak lanjut RKPD", "Perlu komunikasi lebih awal dengan OPD pengampu."),
      Rhk("rhk-3", RhkKind::Tambahan, "", "Menjadi narasumber sosialisasi SKP", RhkAspect::Waktu, std::nullopt,
          "Sosialisasi terlaksana sesuai jadwal", "2", "kegiatan", "2", "Undangan dan daftar hadir", ""),
  };
  a.umpan_balik_berkelanjutan = {
      OnRhk("2025-02-14", "rhk-1", "Kerangka kajian pertama sudah jelas; tambahkan data pembanding antarprovinsi.",
            "Data pembanding dari tiga provinsi sudah ditambahkan."),
      OnValue("2025-04-10", "kolaboratif", "Diskusi lintas bidang minggu ini berjalan baik berkat undangan Anda."),
      OnRhk("2025-06-20", "rhk-2", "Dua rekomendasi belum dibahas dengan OPD pengampu; jadwalkan sebelum musrenbang.",
            "Rapat dengan Dinas Pendidikan dijadwalkan 2 Juli."),
      OnValue("2025-08-05", "berorientasi_pelayanan", "Permintaan data dari Dinas Sosial dijawab dalam satu hari. Bagus."),
      OnRhk("2025-10-01", "rhk-3", "Materi sosialisasi SKP mudah dipahami peserta.", "Terima kasih, materi akan dibagikan."),
      OnRhk("2025-11-18", "rhk-2", "Capaian rekomendasi 55 %: bahas hambatannya di dialog kinerja akhir tahun."),
  };
  Reflect(a, {{0, "Menjawab permintaan data OPD dengan cepat dan jelas."},
              {1, "Melaporkan penggunaan anggaran perjalanan dinas tepat waktu."},
              {2, "Mengikuti dua pelatihan analisis data tahun ini."},
              {6, "Mengajak bidang lain menyusun kajian bersama."}});
  a.perilaku[6].catatan_atasan = "Kolaborasi lintas bidang sudah baik; pertahankan.";
  a.perilaku[0].ekspektasi_pimpinan = "Respons permintaan data paling lambat tiga hari kerja.";
  a.evaluasi.rating_hasil_kerja = Rating::Sesuai;
  a.evaluasi.rating_perilaku = Rating::DiAtas;
  a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::Baik;
  a.evaluasi.umpan_balik = "Kinerja baik dan konsisten. Fokus tahun depan: kerja sama tim dan pengembangan orang lain.";
  a.evaluasi.catatan_rekomendasi = "Diusulkan mengikuti pelatihan kepemimpinan tim kajian; pertahankan kualitas analisis.";
  a.status.dinilai = a.status.diperbarui = "2025-12-15T02:30:00Z";
  a.evaluasi.tanggal = "2025-12-15";
  FinishPlan(a, "2026-06-30");
  return a;
}

// Guru at a (fictional) public primary school: strong all round, one teknis gap; Sangat Baik.
// Teachers' SKP uses the qualitative approach and their instansi evaluates by semester.
Assessment Teacher() {
  Assessment a = Base(
      "Pemerintah Provinsi DKI Jakarta (CONTOH)",
      P("Dewi Lestari (CONTOH)", "198807212014022003", "Penata Muda Tingkat I / III b", "Guru Ahli Pertama",
        "fungsional_ahli_pertama", "SD Negeri Cempaka Baru 07 Pagi, Dinas Pendidikan (CONTOH)"),
      P("Sri Wahyuni (CONTOH)", "197506102000032002", "Pembina / IV a", "Kepala Sekolah", "pengawas",
        "SD Negeri Cempaka Baru 07 Pagi, Dinas Pendidikan (CONTOH)"),
      P("Drs. Agus Salim (CONTOH)", "196808121994031005", "Pembina Tingkat I / IV b", "Kepala Suku Dinas Pendidikan Wilayah",
        "administrator", "Suku Dinas Pendidikan Wilayah II (CONTOH)"),
      Teknis("Pembelajaran Berdiferensiasi", 3,
             "Kemampuan merancang dan melaksanakan pembelajaran yang menyesuaikan kebutuhan, minat dan kesiapan murid.",
             {"Mengenali perbedaan kebutuhan belajar murid", "Menyiapkan materi dengan beberapa tingkat kesulitan",
              "Mengelompokkan murid dan menyesuaikan strategi mengajar", "Membimbing rekan guru menerapkan diferensiasi",
              "Merancang kebijakan pembelajaran berdiferensiasi di satuan pendidikan"}));
  a.periode = {2025, PeriodKind::Semester, 2, "2025-07-01", "2025-12-31"};
  ApplyLevels(a, {{"M.1", 3, 3, "Menolak hadiah dari orang tua murid dan menjelaskan aturannya kepada rekan."},
                  {"M.2", 2, 2, "Menyusun modul ajar bersama guru kelas paralel."},
                  {"M.3", 3, 2, "Menyampaikan laporan perkembangan murid kepada orang tua setiap bulan."},
                  {"M.4", 3, 3, "Ketuntasan belajar kelas naik dari 78% menjadi 91%."},
                  {"M.5", 2, 2, "Membuka jam konsultasi orang tua setiap Jumat."},
                  {"M.6", 2, 2, "Menjadi guru pamong bagi dua mahasiswa PPL."},
                  {"M.7", 2, 2, "Menerapkan Kurikulum Merdeka di kelas lebih awal dari jadwal."},
                  {"M.8", 2, 2, "Memilih metode remedial berdasarkan hasil asesmen diagnostik."},
                  {"SK.1", 2, 2, "Merayakan hari besar semua agama di kelas bersama murid."},
                  {"T.1", 3, 2, "Mencoba tiga kelompok belajar menurut kesiapan murid pada pelajaran matematika."}});
  a.skp.pendekatan = SkpApproach::Kualitatif;
  const char* pimpinan = "Meningkatnya mutu hasil belajar murid";
  a.skp.rhk = {
      Rhk("rhk-1", RhkKind::Utama, pimpinan, "Terlaksananya pembelajaran yang efektif di kelas 4", std::nullopt,
          std::nullopt, "Murid kelas 4 mencapai tujuan pembelajaran sesuai kesiapannya",
          "Sebagian besar murid tuntas; murid yang belum tuntas mendapat remedial terarah", "",
          "91 % murid tuntas; remedial terarah untuk 3 murid", "Rekap asesmen sumatif dan jurnal remedial",
          "Melampaui ekspektasi; pertahankan asesmen diagnostik."),
      Rhk("rhk-2", RhkKind::Utama, pimpinan, "Tersusunnya modul ajar Kurikulum Merdeka", std::nullopt, std::nullopt,
          "Modul ajar dipakai di kelas dan dapat dipakai guru lain",
          "Modul ajar semester ganjil lengkap dan ditelaah KKG", "", "Delapan modul ditelaah dan dibagikan di KKG",
          "Berkas modul ajar dan notulen KKG", ""),
      Rhk("rhk-3", RhkKind::Tambahan, "", "Membina ekstrakurikuler pramuka", std::nullopt, std::nullopt,
          "Latihan pramuka teratur dan murid siap mengikuti lomba", "Latihan mingguan berjalan dan regu siap lomba", "",
          "Latihan mingguan berjalan; regu meraih juara III tingkat kecamatan", "Jurnal kegiatan dan piagam lomba", ""),
  };
  a.umpan_balik_berkelanjutan = {
      OnRhk("2025-08-22", "rhk-1", "Pengelompokan murid menurut kesiapan terlihat di kelas; catat hasil asesmen awalnya.",
            "Catatan asesmen awal sudah saya lampirkan di jurnal kelas."),
      OnValue("2025-10-17", "kompeten", "Praktik baik yang dibagikan di KKG dipakai dua guru lain."),
  };
  Reflect(a, {{0, "Menanggapi pesan orang tua murid paling lambat sehari."},
              {2, "Mengikuti pelatihan mandiri di platform guru dan membagikannya di KKG."},
              {5, "Mencoba media pembelajaran digital di kelas."}});
  a.perilaku[2].catatan_atasan = "Aktif berbagi praktik baik di KKG; menjadi contoh bagi guru lain.";
  a.evaluasi.rating_hasil_kerja = Rating::DiAtas;
  a.evaluasi.rating_perilaku = Rating::DiAtas;
  a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::Istimewa;
  a.evaluasi.umpan_balik = "Hasil belajar murid meningkat jelas. Semester depan: perdalam pembelajaran berdiferensiasi.";
  a.evaluasi.catatan_rekomendasi = "Direkomendasikan menjadi guru penggerak dan narasumber KKG.";
  FinishPlan(a, "2026-06-30");
  return a;
}

// Perawat at a (fictional) puskesmas: clinical skills in place, targets missed; Butuh Perbaikan.
Assessment Nurse() {
  Assessment a = Base(
      "Pemerintah Provinsi DKI Jakarta (CONTOH)",
      P("Yohanes Simanjuntak (CONTOH)", "199203152017031002", "Pengatur Tingkat I / II d", "Perawat Mahir",
        "fungsional_mahir", "Puskesmas Kecamatan Kebon Melati, Dinas Kesehatan (CONTOH)"),
      P("dr. Maya Pratiwi (CONTOH)", "198201172009022001", "Penata Tingkat I / III d", "Kepala Puskesmas Kecamatan",
        "administrator", "Puskesmas Kecamatan Kebon Melati, Dinas Kesehatan (CONTOH)"),
      P("dr. Bonifasius Tarigan (CONTOH)", "197205141999031003", "Pembina Tingkat I / IV b", "Kepala Suku Dinas Kesehatan",
        "administrator", "Suku Dinas Kesehatan Wilayah Timur (CONTOH)"),
      Teknis("Asuhan Keperawatan", 3,
             "Kemampuan mengkaji, merencanakan, melaksanakan dan mengevaluasi asuhan keperawatan individu dan keluarga.",
             {"Melakukan tindakan keperawatan dasar sesuai prosedur", "Mengkaji kebutuhan pasien dan keluarga",
              "Menyusun dan mengevaluasi rencana asuhan keperawatan", "Membimbing perawat lain dalam asuhan keperawatan",
              "Mengembangkan standar asuhan keperawatan di fasilitas kesehatan"}));
  ApplyLevels(a, {{"M.1", 2, 2, "Mencatat penggunaan obat dan alat habis pakai dengan tertib."},
                  {"M.2", 2, 2, "Bergiliran jaga dengan tim tanpa keluhan."},
                  {"M.3", 2, 1, "Memberi edukasi kepada keluarga pasien hipertensi."},
                  {"M.4", 2, 1, "Kunjungan rumah baru mencapai 70% dari target."},
                  {"M.5", 2, 1, "Melayani pasien di poli umum sesuai standar pelayanan."},
                  {"M.6", 2, 2, "Menunjukkan cara perawatan luka kepada perawat baru di poli umum."},
                  {"M.7", 2, 2, "Menyesuaikan alur kerja dengan rekam medis elektronik sejak pekan pertama."},
                  {"M.8", 2, 2, "Menentukan prioritas tindakan berdasarkan hasil pemeriksaan pasien."},
                  {"SK.1", 2, 2, "Menjalin hubungan baik dengan pasien dan keluarga dari berbagai latar belakang."},
                  {"T.1", 3, 3, "Menyusun rencana asuhan keperawatan untuk 40 keluarga binaan."}});
  const char* pimpinan = "Meningkatnya cakupan layanan kesehatan masyarakat";
  a.skp.rhk = {
      Rhk("rhk-1", RhkKind::Utama, pimpinan, "Terlaksananya kunjungan rumah keluarga binaan", RhkAspect::Kuantitas,
          std::nullopt, "Jumlah kunjungan rumah", "240", "kunjungan", "168", "Register kunjungan rumah",
          "Target tidak tercapai; jadwalkan kunjungan mingguan."),
      Rhk("rhk-2", RhkKind::Utama, pimpinan, "Terkendalinya tekanan darah pasien hipertensi binaan", RhkAspect::Kualitas,
          std::nullopt, "Persentase pasien hipertensi dengan tekanan darah terkendali", "60", "persen", "45",
          "Laporan program PTM", "Perlu pemantauan lebih rapat dan edukasi keluarga."),
  };
  a.umpan_balik_berkelanjutan = {
      OnRhk("2025-07-03", "rhk-1", "Kunjungan rumah semester I baru 40 % dari target; susun jadwal mingguan.",
            "Jadwal mingguan sudah dibuat bersama koordinator."),
  };
  Reflect(a, {{0, "Ramah kepada pasien walaupun antrean panjang."},
              {4, "Menjaga kerahasiaan rekam medis pasien."},
              {6, "Membantu tim imunisasi saat kekurangan tenaga."}});
  a.perilaku[0].catatan_atasan = "Sikap pelayanan baik; perlu lebih proaktif menjangkau keluarga binaan.";
  a.evaluasi.rating_hasil_kerja = Rating::DiBawah;
  a.evaluasi.rating_perilaku = Rating::Sesuai;
  a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::Baik;
  a.evaluasi.umpan_balik = "Keterampilan klinis baik, tetapi target kunjungan rumah jauh dari tercapai. Susun jadwal mingguan bersama koordinator.";
  a.evaluasi.catatan_rekomendasi = "Rencana perbaikan triwulan pertama: kunjungan rumah terjadwal dan dipantau bulanan.";
  FinishPlan(a, "2026-03-31");
  return a;
}

// Front-desk officer at a (fictional) kelurahan: results on target, service attitude below
// expectations; Kurang/Misconduct.
Assessment ServiceOfficer() {
  Assessment a = Base(
      "Pemerintah Provinsi DKI Jakarta (CONTOH)",
      P("Andi Saputra (CONTOH)", "199511032020121005", "Pengatur / II c", "Pengadministrasi Layanan Umum", "pelaksana",
        "Kelurahan Sukamaju Barat (CONTOH)"),
      P("Bambang Sutrisno (CONTOH)", "197909142005011003", "Penata Tingkat I / III d", "Lurah", "administrator",
        "Kelurahan Sukamaju Barat (CONTOH)"),
      P("Suryadi Nugroho (CONTOH)", "197404301998031006", "Pembina / IV a", "Camat", "administrator",
        "Kecamatan Kebon Melati (CONTOH)"),
      Teknis("Pelayanan Administrasi Kependudukan", 2,
             "Kemampuan memproses permohonan dokumen kependudukan dengan benar, cepat dan sesuai ketentuan.",
             {"Menerima dan memeriksa kelengkapan berkas", "Memproses permohonan sesuai SOP tanpa kesalahan",
              "Menangani kasus permohonan yang tidak biasa", "Membimbing petugas lain dan memperbaiki SOP",
              "Merancang perbaikan layanan administrasi kependudukan"}));
  ApplyLevels(a, {{"M.1", 2, 1, "Meminta warga melengkapi berkas sesuai daftar persyaratan."},
                  {"M.2", 2, 1, "Menggantikan petugas lain saat cuti."},
                  {"M.3", 1, 1, "Menjelaskan persyaratan surat pengantar kepada warga."},
                  {"M.4", 2, 2, "Menyelesaikan 1.150 permohonan dalam setahun."},
                  {"M.5", 2, 1, "Melayani warga di loket PTSP kelurahan."},
                  {"M.6", 1, 1, "Mengikuti bimbingan teknis aplikasi layanan."},
                  {"M.7", 1, 1, "Beralih ke antrean daring sesuai arahan."},
                  {"M.8", 1, 1, "Meneruskan permohonan yang tidak lengkap kepada atasan."},
                  {"SK.1", 1, 1, "Melayani warga dari berbagai latar belakang."},
                  {"T.1", 2, 1, "Memproses surat pengantar dan legalisasi dokumen."}});
  const char* pimpinan = "Meningkatnya kualitas pelayanan publik di kelurahan";
  a.skp.rhk = {
      Rhk("rhk-1", RhkKind::Utama, pimpinan, "Terlayaninya permohonan surat pengantar warga", RhkAspect::Kuantitas,
          std::nullopt, "Jumlah permohonan yang diselesaikan", "1100", "permohonan", "1150", "Buku register loket",
          "Target tercapai."),
      Rhk("rhk-2", RhkKind::Utama, pimpinan, "Permohonan selesai tepat waktu", RhkAspect::Waktu, std::nullopt,
          "Persentase permohonan selesai dalam satu hari kerja", "90", "persen", "88", "Laporan aplikasi antrean",
          "Hampir tercapai."),
  };
  a.umpan_balik_berkelanjutan = {
      OnValue("2025-05-12", "berorientasi_pelayanan", "Ada pengaduan warga tentang nada bicara di loket; mari bahas.",
              "Saya akan lebih sabar saat antrean panjang."),
      OnValue("2025-09-08", "harmonis", "Perselisihan dengan rekan di loket terlihat warga; selesaikan di luar jam layanan."),
  };
  Reflect(a, {{0, "Melayani antrean sampai habis setiap hari."}});
  a.perilaku[0].catatan_atasan = "Ada empat pengaduan warga tentang sikap tidak ramah di loket dan satu teguran tertulis.";
  a.perilaku[3].catatan_atasan = "Perlu menghargai warga dan rekan kerja dalam situasi sibuk.";
  a.perilaku[0].ekspektasi_pimpinan = "Tidak ada pengaduan sikap pelayanan dalam satu triwulan.";
  a.evaluasi.rating_hasil_kerja = Rating::Sesuai;
  a.evaluasi.rating_perilaku = Rating::DiBawah;
  a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::ButuhPerbaikan;
  a.evaluasi.umpan_balik = "Jumlah layanan memenuhi target, tetapi sikap pelayanan menjadi pengaduan berulang. Ikuti pelatihan pelayanan prima dan pendampingan.";
  a.evaluasi.catatan_rekomendasi = "Pendampingan sikap pelayanan oleh kepala seksi selama tiga bulan.";
  FinishPlan(a, "2026-03-31");
  return a;
}

// Kepala Dinas (JPT Pratama) of a (fictional) dinas: the JPT layout of the SKP (perspektif, no
// aspek); leadership competencies well below the job; Sangat Kurang.
Assessment AgencyHead() {
  Assessment a = Base(
      "Pemerintah Provinsi DKI Jakarta (CONTOH)",
      P("Rudi Hartono (CONTOH)", "197102252000041004", "Pembina Utama Muda / IV c", "Kepala Dinas Pertamanan dan Hutan Kota",
        "jpt_pratama", "Dinas Pertamanan dan Hutan Kota (CONTOH)"),
      P("Dr. Suryadi Nugroho (CONTOH)", "196704301992031006", "Pembina Utama / IV e", "Sekretaris Daerah", "jpt_madya",
        "Sekretariat Daerah Provinsi DKI Jakarta (CONTOH)"),
      P("Gubernur (CONTOH)", "", "", "Gubernur", "", "Pemerintah Provinsi DKI Jakarta (CONTOH)"),
      Teknis("Pengelolaan Ruang Terbuka Hijau", 4,
             "Kemampuan merencanakan, membangun dan memelihara ruang terbuka hijau kota beserta kemitraannya.",
             {"Memahami jenis dan fungsi ruang terbuka hijau", "Memelihara taman sesuai standar",
              "Merencanakan pembangunan taman di wilayah", "Mengevaluasi dan memperbaiki program ruang terbuka hijau",
              "Merumuskan kebijakan ruang terbuka hijau kota"}));
  ApplyLevels(a, {{"M.1", 4, 4, "Menolak intervensi pihak luar dalam pengadaan bibit."},
                  {"M.2", 4, 3, "Mengoordinasikan suku dinas dan kecamatan."},
                  {"M.3", 3, 3, "Memimpin rapat koordinasi bulanan."},
                  {"M.4", 4, 3, "Target pembangunan taman tercapai dua dari lima lokasi."},
                  {"M.5", 4, 3, "Menanggapi pengaduan warga lewat kanal pengaduan."},
                  {"M.6", 3, 2, "Belum ada pembinaan terencana bagi pejabat di bawahnya."},
                  {"M.7", 3, 2, "Aplikasi pemantauan taman belum dipakai seluruh suku dinas."},
                  {"M.8", 3, 2, "Beberapa keputusan ditunda sampai ada arahan."},
                  {"SK.1", 3, 2, "Dialog dengan komunitas warga sebelum penataan taman."},
                  {"T.1", 4, 3, "Menyusun rencana induk ruang terbuka hijau bersama Bappeda."}});
  a.skp.rhk = {
      Rhk("rhk-1", RhkKind::Utama, "", "Meningkatnya ketersediaan ruang terbuka hijau publik", std::nullopt,
          RhkPerspective::PenerimaLayanan, "Luas ruang terbuka hijau publik baru", "12", "hektare", "5",
          "Berita acara serah terima taman", "Jauh di bawah target; perencanaan lahan perlu diperbaiki."),
      Rhk("rhk-2", RhkKind::Utama, "", "Meningkatnya kualitas pemeliharaan taman kota", std::nullopt,
          RhkPerspective::ProsesBisnis, "Persentase taman dalam kondisi baik", "85", "persen", "70",
          "Laporan inspeksi taman", "Pemeliharaan tidak merata antarwilayah."),
      Rhk("rhk-3", RhkKind::Utama, "", "Terserapnya anggaran belanja modal taman", std::nullopt,
          RhkPerspective::Anggaran, "Persentase realisasi belanja modal", "95", "persen", "61",
          "Laporan realisasi anggaran", "Penyerapan rendah karena pengadaan terlambat."),
  };
  a.umpan_balik_berkelanjutan = {
      OnRhk("2025-06-30", "rhk-3", "Realisasi belanja modal semester I baru 18 %; percepat pengadaan.",
            "Pengadaan lahan menunggu penilaian harga; dipercepat Juli."),
      OnValue("2025-09-15", "akuntabel", "Laporan kinerja triwulan III terlambat dua minggu."),
  };
  Reflect(a, {{1, "Menyusun laporan kinerja dinas."}});
  a.perilaku[1].catatan_atasan = "Dua kali tidak hadir dalam rapat pimpinan tanpa pemberitahuan.";
  a.perilaku[6].catatan_atasan = "Koordinasi dengan wilayah perlu lebih aktif.";
  a.evaluasi.rating_hasil_kerja = Rating::DiBawah;
  a.evaluasi.rating_perilaku = Rating::DiBawah;
  a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::Kurang;
  a.evaluasi.umpan_balik = "Hasil kerja dan perilaku kerja di bawah ekspektasi. Disepakati rencana perbaikan tiga bulan dengan pendampingan dan evaluasi bulanan.";
  a.evaluasi.catatan_rekomendasi = "Rencana perbaikan kinerja tiga bulan; dievaluasi bulanan oleh Sekretaris Daerah.";
  FinishPlan(a, "2026-03-31");
  return a;
}

Assessment (*PersonaMaker(const std::string& key))() {
  if (key == "analis") return Analyst;
  if (key == "guru") return Teacher;
  if (key == "perawat") return Nurse;
  if (key == "pelayanan") return ServiceOfficer;
  if (key == "kadis") return AgencyHead;
  return nullptr;
}

// splitmix64: tiny, fast and identical on every platform (std:: distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }

 private:
  std::uint64_t state_;
};

std::string TwoDigits(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

// A valid NIP: birth date, TMT after the 22nd birthday, gender, serial 001..999.
std::string FictionalNip(Rng& rng, int serial, int gender) {
  const int birth_year = rng.Between(1968, 1999);
  const int tmt_year = std::min(2024, birth_year + rng.Between(22, 32));
  std::string nip = std::to_string(birth_year) + TwoDigits(rng.Between(1, 12)) + TwoDigits(rng.Between(1, 28)) +
                    std::to_string(tmt_year) + TwoDigits(rng.Between(1, 12)) + std::to_string(gender);
  const int s = 1 + serial % 999;
  nip += std::string(1, static_cast<char>('0' + s / 100)) + TwoDigits(s % 100);
  return nip;
}

Rating RandomRating(Rng& rng, int below_percent, int above_percent) {
  const int roll = rng.Below(100);
  if (roll < below_percent) return Rating::DiBawah;
  if (roll >= 100 - above_percent) return Rating::DiAtas;
  return Rating::Sesuai;
}

int Clamp(int level, int lo, int hi) { return std::max(lo, std::min(hi, level)); }

}  // namespace

const std::vector<PersonaInfo>& Personas() {
  static const std::vector<PersonaInfo> personas = {
      {"analis", "Analis Kebijakan Ahli Muda — Bappeda",
       "kesenjangan kecil pada orientasi hasil, pengembangan orang lain dan pengambilan keputusan", Predikat::Baik,
       JpmCategory::CukupOptimal, "Policy analyst (Ahli Muda) — regional planning agency (Bappeda)",
       "small gaps in results orientation, developing others and decision making"},
      {"guru", "Guru Ahli Pertama — SD Negeri, Dinas Pendidikan", "hanya kompetensi teknis pembelajaran yang kurang",
       Predikat::SangatBaik, JpmCategory::Optimal, "Teacher (Ahli Pertama) — state primary school, education office",
       "only the technical teaching competency falls short"},
      {"perawat", "Perawat Mahir — Puskesmas, Dinas Kesehatan", "orientasi hasil, pelayanan dan komunikasi di bawah standar",
       Predikat::ButuhPerbaikan, JpmCategory::CukupOptimal, "Nurse (Mahir) — community health centre, health office",
       "results orientation, service and communication below the standard"},
      {"pelayanan", "Petugas Layanan — loket Kelurahan", "integritas, kerja sama dan pelayanan publik kurang",
       Predikat::KurangMisconduct, JpmCategory::KurangOptimal, "Front-desk officer — village office (Kelurahan)",
       "integrity, cooperation and public service fall short"},
      {"kadis", "Kepala Dinas (JPT Pratama) — Dinas Pertamanan", "kepemimpinan: tujuh kompetensi manajerial di bawah standar",
       Predikat::SangatKurang, JpmCategory::KurangOptimal, "Head of agency (JPT Pratama) — parks and urban forest agency",
       "leadership: seven managerial competencies below the standard"},
  };
  return personas;
}

std::vector<std::string> SamplePersonaNames() {
  std::vector<std::string> names;
  for (const PersonaInfo& p : Personas()) names.push_back(p.key);
  return names;
}

bool MakeSampleAssessment(const std::string& persona, Assessment* out) {
  const auto maker = PersonaMaker(persona);
  if (maker == nullptr) return false;
  *out = maker();
  return true;
}

std::vector<Assessment> MakeExampleUnit(int count, std::uint64_t seed) {
  static const char* const kFirst[] = {"Agus", "Budi", "Citra", "Dian", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko",
                                       "Kartika", "Lina", "Mulyadi", "Nur", "Oki", "Putri", "Rahmat", "Sari", "Taufik",
                                       "Umi", "Wulan", "Yusuf", "Zahra", "Ayu"};
  static const char* const kLast[] = {"Santoso", "Wibowo", "Siregar", "Hutapea", "Rahayu", "Kurniawan", "Pratama",
                                      "Hidayat", "Nasution", "Setiawan", "Lubis", "Permana", "Susanti", "Gunawan"};
  static const char* const kUnits[] = {"Bidang Pelayanan", "Bidang Perencanaan", "Sekretariat", "Seksi Pemerintahan",
                                       "Seksi Kesejahteraan Rakyat", "Subbagian Umum", "UPT Layanan"};
  std::vector<Assessment> unit;
  if (count <= 0) return unit;
  unit.reserve(static_cast<std::size_t>(count));
  Rng rng(seed);
  const std::vector<PersonaInfo>& personas = Personas();
  std::vector<Assessment> bases;
  for (const PersonaInfo& p : personas) bases.push_back(PersonaMaker(p.key)());
  for (int i = 0; i < count; ++i) {
    Assessment a = bases[static_cast<std::size_t>(rng.Below(static_cast<int>(bases.size())))];
    const int gender = rng.Between(1, 2);
    a.pegawai.nama = std::string(kFirst[rng.Below(24)]) + " " + kLast[rng.Below(14)] + " (CONTOH)";
    a.pegawai.nip = FictionalNip(rng, i, gender);
    a.pegawai.unit_kerja = std::string(kUnits[rng.Below(7)]) + " (CONTOH)";
    for (CompetencyEntry& c : a.kompetensi) {
      c.level_atasan = Clamp(c.level_atasan + rng.Between(-1, 1), kMinLevel, kMaxLevel);
      c.level_mandiri = Clamp(c.level_atasan + rng.Between(0, 1), kMinLevel, kMaxLevel);
    }
    a.evaluasi.rating_hasil_kerja = RandomRating(rng, 12, 18);
    a.evaluasi.rating_perilaku = RandomRating(rng, 8, 15);
    // One organisation: every file states the same capaian kinerja organisasi.
    a.evaluasi.capaian_kinerja_organisasi = OrganisationRating::Baik;
    FinishPlan(a, "2026-06-30");
    unit.push_back(std::move(a));
  }
  return unit;
}

}  // namespace asn::core
