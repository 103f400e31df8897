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

// The parts every persona shares: the job's competencies plus one teknis, empty BerAKHLAK notes,
// an annual period, and a review signed in December.
Assessment Base(Employee pegawai, Supervisor penilai, CompetencyEntry teknis) {
  Assessment a;
  a.contoh = true;
  a.pegawai = std::move(pegawai);
  a.penilai = std::move(penilai);
  a.periode = {2025, PeriodKind::Tahunan, 0};
  a.kompetensi = CompetenciesForJob(DefaultCompetencyDictionary(), DefaultJobStandards().Find(a.pegawai.jenis_jabatan));
  a.kompetensi.push_back(std::move(teknis));
  a.perilaku = EmptyBehaviourNotes();
  a.status.tahap = Stage::Dinilai;
  a.status.dibuat = "2025-12-01T01:00:00Z";
  a.status.diajukan = "2025-12-05T03:00:00Z";
  a.status.dinilai = a.status.diperbarui = "2025-12-16T04:00:00Z";
  return a;
}

void FinishPlan(Assessment& a, const char* target_date) {
  a.rencana_pengembangan = DraftDevelopmentPlan(RecommendDevelopment(a.kompetensi));
  for (DevelopmentItem& item : a.rencana_pengembangan) item.target_tanggal = target_date;
}

// Analis Kebijakan Ahli Muda at a (fictional) Bappeda bureau: a few gaps, predikat Baik.
Assessment Analyst() {
  Assessment a;
  a.contoh = true;
  a.pegawai = {"Rina Oktaviani (CONTOH)", "199005142015032007", "Analis Kebijakan Ahli Muda",
               "fungsional_ahli_muda", "Bidang Perencanaan Sosial dan Budaya", "Bappeda Provinsi DKI Jakarta (CONTOH)"};
  a.penilai = {"Hendra Wijaya (CONTOH)", "197803222003121004", "Kepala Bidang Perencanaan Sosial dan Budaya",
               "Bidang Perencanaan Sosial dan Budaya"};
  a.periode = {2025, PeriodKind::Tahunan, 0};
  a.kompetensi = CompetenciesForJob(DefaultCompetencyDictionary(), DefaultJobStandards().Find("fungsional_ahli_muda"));
  CompetencyEntry teknis;
  teknis.kode = "T.1";
  teknis.nama = "Analisis Kebijakan Publik";
  teknis.jenis = CompetencyKind::Teknis;
  teknis.level_standar = 3;
  teknis.definisi = "Kemampuan merumuskan masalah kebijakan, menganalisis alternatif, dan menyusun rekomendasi berbasis bukti.";
  teknis.deskripsi_level = {"Mengumpulkan data kebijakan sesuai arahan", "Menyusun kajian sederhana dengan metode baku",
                            "Menganalisis alternatif kebijakan dan dampaknya", "Memimpin kajian lintas sektor",
                            "Merumuskan arah kebijakan strategis daerah"};
  a.kompetensi.push_back(teknis);
  ApplyLevels(a, {{"M.1", 3, 3, "Menolak gratifikasi dari pihak ketiga dan melaporkannya ke UPG."},
                  {"M.2", 3, 2, "Mengoordinasikan tim kecil penyusunan kajian RPJMD."},
                  {"M.3", 3, 3, "Memaparkan hasil kajian di forum OPD sebanyak empat kali."},
                  {"M.4", 2, 2, "Menyelesaikan tiga kajian tepat waktu."},
                  {"M.5", 2, 2, "Menanggapi permintaan data dari OPD dalam dua hari kerja."},
                  {"M.6", 2, 1, "Mengikuti e-learning analisis data."},
                  {"M.7", 2, 2, "Beradaptasi dengan aplikasi perencanaan baru."},
                  {"M.8", 2, 2, "Memberi rekomendasi prioritas program kepada kepala bidang."},
                  {"SK.1", 2, 2, "Memfasilitasi diskusi dengan tokoh masyarakat lintas budaya."},
                  {"T.1", 3, 2, "Menyusun policy brief tentang layanan PAUD."}});
  a.hasil_kerja = {
      {RhkKind::Utama, "Meningkatnya kualitas perencanaan pembangunan sosial budaya",
       "Tersusunnya kajian kebijakan bidang sosial budaya", RhkAspect::Kuantitas, "Jumlah kajian kebijakan yang selesai",
       "3", "3", "dokumen", "Dokumen kajian dan berita acara paparan", "Target tercapai; kualitas analisis baik."},
      {RhkKind::Utama, "Meningkatnya kualitas perencanaan pembangunan sosial budaya",
       "Rekomendasi kebijakan dimanfaatkan dalam RKPD", RhkAspect::Kualitas,
       "Persentase rekomendasi yang diakomodasi dalam RKPD", "60", "55", "persen", "Matriks tindak lanjut RKPD",
       "Perlu komunikasi lebih awal dengan OPD pengampu."},
      {RhkKind::Tambahan, "", "Menjadi narasumber sosialisasi SKP", RhkAspect::Waktu, "Sosialisasi terlaksana sesuai jadwal",
       "2", "2", "kegiatan", "Undangan dan daftar hadir", ""},
  };
  a.perilaku = EmptyBehaviourNotes();
  a.perilaku[0].refleksi_mandiri = "Menjawab permintaan data OPD dengan cepat dan jelas.";
  a.perilaku[1].refleksi_mandiri = "Melaporkan penggunaan anggaran perjalanan dinas tepat waktu.";
  a.perilaku[2].refleksi_mandiri = "Mengikuti dua pelatihan analisis data tahun ini.";
  a.perilaku[6].refleksi_mandiri = "Mengajak bidang lain menyusun kajian bersama.";
  a.perilaku[6].catatan_atasan = "Kolaborasi lintas bidang sudah baik; pertahankan.";
  a.perilaku[0].ekspektasi_pimpinan = "Respons permintaan data paling lambat tiga hari kerja.";
  a.rating_hasil_kerja = Rating::Sesuai;
  a.rating_perilaku = Rating::DiAtas;
  a.umpan_balik = "Kinerja baik dan konsisten. Fokus tahun depan: kerja sama tim dan pengembangan orang lain.";
  a.rencana_pengembangan = DraftDevelopmentPlan(RecommendDevelopment(a.kompetensi));
  for (DevelopmentItem& item : a.rencana_pengembangan) item.target_tanggal = "2026-06-30";
  a.status.tahap = Stage::Dinilai;
  a.status.dibuat = "2025-12-01T01:00:00Z";
  a.status.diperbarui = "2025-12-15T02:30:00Z";
  a.status.diajukan = "2025-12-05T03:00:00Z";
  a.status.dinilai = "2025-12-15T02:30:00Z";
  return a;
}


// Guru at a (fictional) public primary school: strong all round, one teknis gap; Sangat Baik.
Assessment Teacher() {
  Assessment a = Base(
      {"Dewi Lestari (CONTOH)", "198807212014022003", "Guru Ahli Pertama", "fungsional_ahli_pertama",
       "SD Negeri Cempaka Baru 07 Pagi (CONTOH)", "Dinas Pendidikan Provinsi DKI Jakarta (CONTOH)"},
      {"Sri Wahyuni (CONTOH)", "197506102000032002", "Kepala Sekolah", "SD Negeri Cempaka Baru 07 Pagi (CONTOH)"},
      Teknis("Pembelajaran Berdiferensiasi", 3,
             "Kemampuan merancang dan melaksanakan pembelajaran yang menyesuaikan kebutuhan, minat dan kesiapan murid.",
             {"Mengenali perbedaan kebutuhan belajar murid", "Menyiapkan materi dengan beberapa tingkat kesulitan",
              "Mengelompokkan murid dan menyesuaikan strategi mengajar", "Membimbing rekan guru menerapkan diferensiasi",
              "Merancang kebijakan pembelajaran berdiferensiasi di satuan pendidikan"}));
  ApplyLevels(a, {{"M.1", 3, 3, "Menolak hadiah dari orang tua murid dan menjelaskan aturannya kepada rekan."},
                  {"M.2", 2, 2, "Menyusun modul ajar bersama guru kelas paralel."},
                  {"M.3", 3, 2, "Menyampaikan laporan perkembangan murid kepada orang tua setiap bulan."},
                  {"M.4", 3, 3, "Ketuntasan belajar kelas naik dari 78% menjadi 91%."},
                  {"M.5", 2, 2, "Membuka jam konsultasi orang tua setiap Jumat."},
                  {"M.6", 2, 2, "Menjadi guru pamong bagi dua mahasiswa PPL."},
                  {"M.7", 2, 2, "Menerapkan Kurikulum Merdeka di kelas lebih awal dari jadwal."},
                  {"M.8", 1, 1, "Memilih metode remedial berdasarkan hasil asesmen diagnostik."},
                  {"SK.1", 2, 2, "Merayakan hari besar semua agama di kelas bersama murid."},
                  {"T.1", 3, 2, "Mencoba tiga kelompok belajar menurut kesiapan murid pada pelajaran matematika."}});
  a.hasil_kerja = {
      {RhkKind::Utama, "Meningkatnya mutu hasil belajar murid", "Terlaksananya pembelajaran yang efektif di kelas 4",
       RhkAspect::Kualitas, "Persentase murid yang mencapai ketuntasan belajar", "85", "91", "persen",
       "Rekap nilai rapor dan asesmen sumatif", "Melampaui target; pertahankan asesmen diagnostik."},
      {RhkKind::Utama, "Meningkatnya mutu hasil belajar murid", "Tersusunnya modul ajar Kurikulum Merdeka",
       RhkAspect::Kuantitas, "Jumlah modul ajar yang disusun", "6", "8", "modul", "Berkas modul ajar", ""},
      {RhkKind::Tambahan, "", "Membina ekstrakurikuler pramuka", RhkAspect::Waktu, "Latihan rutin terlaksana sesuai jadwal",
       "32", "34", "pertemuan", "Jurnal kegiatan pramuka", ""},
  };
  a.perilaku[0].refleksi_mandiri = "Menanggapi pesan orang tua murid paling lambat sehari.";
  a.perilaku[2].refleksi_mandiri = "Mengikuti pelatihan mandiri di platform guru dan membagikannya di KKG.";
  a.perilaku[5].refleksi_mandiri = "Mencoba media pembelajaran digital di kelas.";
  a.perilaku[2].catatan_atasan = "Aktif berbagi praktik baik di KKG; menjadi contoh bagi guru lain.";
  a.rating_hasil_kerja = Rating::DiAtas;
  a.rating_perilaku = Rating::DiAtas;
  a.umpan_balik = "Hasil belajar murid meningkat jelas. Tahun depan: perdalam pembelajaran berdiferensiasi.";
  FinishPlan(a, "2026-06-30");
  return a;
}

// Perawat at a (fictional) puskesmas: clinical skills in place, targets missed; Butuh Perbaikan.
Assessment Nurse() {
  Assessment a = Base(
      {"Yohanes Simanjuntak (CONTOH)", "199203152017031002", "Perawat Mahir", "fungsional_mahir",
       "Puskesmas Kecamatan Kebon Melati (CONTOH)", "Dinas Kesehatan Provinsi DKI Jakarta (CONTOH)"},
      {"dr. Maya Pratiwi (CONTOH)", "198201172009022001", "Kepala Puskesmas Kecamatan",
       "Puskesmas Kecamatan Kebon Melati (CONTOH)"},
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
                  {"M.6", 1, 1, "Mengikuti pelatihan penanganan kegawatdaruratan."},
                  {"M.7", 1, 1, "Mulai memakai rekam medis elektronik."},
                  {"M.8", 1, 1, "Merujuk pasien sesuai kriteria rujukan."},
                  {"SK.1", 1, 1, "Melayani pasien dari berbagai latar belakang tanpa membedakan."},
                  {"T.1", 3, 3, "Menyusun rencana asuhan keperawatan untuk 40 keluarga binaan."}});
  a.hasil_kerja = {
      {RhkKind::Utama, "Meningkatnya cakupan layanan kesehatan masyarakat", "Terlaksananya kunjungan rumah keluarga binaan",
       RhkAspect::Kuantitas, "Jumlah kunjungan rumah", "240", "168", "kunjungan", "Register kunjungan rumah",
       "Target tidak tercapai; jadwalkan kunjungan mingguan."},
      {RhkKind::Utama, "Meningkatnya cakupan layanan kesehatan masyarakat",
       "Terkendalinya tekanan darah pasien hipertensi binaan", RhkAspect::Kualitas,
       "Persentase pasien hipertensi dengan tekanan darah terkendali", "60", "45", "persen", "Laporan program PTM",
       "Perlu pemantauan lebih rapat dan edukasi keluarga."},
  };
  a.perilaku[0].refleksi_mandiri = "Ramah kepada pasien walaupun antrean panjang.";
  a.perilaku[4].refleksi_mandiri = "Menjaga kerahasiaan rekam medis pasien.";
  a.perilaku[6].refleksi_mandiri = "Membantu tim imunisasi saat kekurangan tenaga.";
  a.perilaku[0].catatan_atasan = "Sikap pelayanan baik; perlu lebih proaktif menjangkau keluarga binaan.";
  a.rating_hasil_kerja = Rating::DiBawah;
  a.rating_perilaku = Rating::Sesuai;
  a.umpan_balik = "Keterampilan klinis baik, tetapi target kunjungan rumah jauh dari tercapai. Susun jadwal mingguan bersama koordinator.";
  FinishPlan(a, "2026-03-31");
  return a;
}

// Front-desk officer at a (fictional) kelurahan: results on target, service attitude below
// expectations; Kurang/Misconduct.
Assessment ServiceOfficer() {
  Assessment a = Base(
      {"Andi Saputra (CONTOH)", "199511032020121005", "Pengadministrasi Layanan Umum", "pelaksana",
       "Kelurahan Sukamaju Barat (CONTOH)", "Pemerintah Provinsi DKI Jakarta (CONTOH)"},
      {"Bambang Sutrisno (CONTOH)", "197909142005011003", "Lurah", "Kelurahan Sukamaju Barat (CONTOH)"},
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
  a.hasil_kerja = {
      {RhkKind::Utama, "Meningkatnya kualitas pelayanan publik di kelurahan", "Terlayaninya permohonan surat pengantar warga",
       RhkAspect::Kuantitas, "Jumlah permohonan yang diselesaikan", "1100", "1150", "permohonan", "Buku register loket",
       "Target tercapai."},
      {RhkKind::Utama, "Meningkatnya kualitas pelayanan publik di kelurahan", "Permohonan selesai tepat waktu",
       RhkAspect::Waktu, "Persentase permohonan selesai dalam satu hari kerja", "90", "88", "persen", "Laporan aplikasi antrean",
       "Hampir tercapai."},
  };
  a.perilaku[0].refleksi_mandiri = "Melayani antrean sampai habis setiap hari.";
  a.perilaku[0].catatan_atasan = "Ada empat pengaduan warga tentang sikap tidak ramah di loket dan satu teguran tertulis.";
  a.perilaku[3].catatan_atasan = "Perlu menghargai warga dan rekan kerja dalam situasi sibuk.";
  a.perilaku[0].ekspektasi_pimpinan = "Tidak ada pengaduan sikap pelayanan dalam satu triwulan.";
  a.rating_hasil_kerja = Rating::Sesuai;
  a.rating_perilaku = Rating::DiBawah;
  a.umpan_balik = "Jumlah layanan memenuhi target, tetapi sikap pelayanan menjadi pengaduan berulang. Ikuti pelatihan pelayanan prima dan pendampingan.";
  FinishPlan(a, "2026-03-31");
  return a;
}

// Kepala seksi at a (fictional) kecamatan: leadership competencies well below the job; Sangat Kurang.
Assessment SectionHead() {
  Assessment a = Base(
      {"Rudi Hartono (CONTOH)", "198102252006041004", "Kepala Seksi Ketenteraman dan Ketertiban Umum", "pengawas",
       "Kecamatan Kebon Melati (CONTOH)", "Pemerintah Provinsi DKI Jakarta (CONTOH)"},
      {"Suryadi Nugroho (CONTOH)", "197404301998031006", "Camat", "Kecamatan Kebon Melati (CONTOH)"},
      Teknis("Penyelenggaraan Ketenteraman dan Ketertiban Umum", 3,
             "Kemampuan merencanakan, mengoordinasikan dan mengevaluasi penegakan ketertiban umum di wilayah.",
             {"Memahami peraturan daerah tentang ketertiban umum", "Melaksanakan penertiban sesuai prosedur",
              "Merencanakan dan mengoordinasikan operasi lintas instansi", "Mengevaluasi dan memperbaiki strategi penertiban",
              "Merumuskan kebijakan ketertiban umum tingkat daerah"}));
  ApplyLevels(a, {{"M.1", 3, 3, "Menolak titipan pedagang kaki lima saat penertiban."},
                  {"M.2", 3, 2, "Mengoordinasikan Satpol PP kecamatan dan kelurahan."},
                  {"M.3", 2, 2, "Memimpin rapat koordinasi mingguan."},
                  {"M.4", 3, 2, "Target penertiban triwulan tercapai dua kali dari empat."},
                  {"M.5", 3, 2, "Menanggapi pengaduan warga lewat kanal pengaduan."},
                  {"M.6", 2, 1, "Belum ada pembinaan terencana bagi anggota seksi."},
                  {"M.7", 2, 1, "Pemakaian aplikasi pelaporan belum diikuti seluruh tim."},
                  {"M.8", 2, 1, "Beberapa keputusan operasi ditunda sampai ada arahan camat."},
                  {"SK.1", 2, 1, "Dialog dengan tokoh masyarakat sebelum penertiban."},
                  {"T.1", 3, 3, "Menyusun rencana operasi penertiban bersama kelurahan."}});
  a.hasil_kerja = {
      {RhkKind::Utama, "Terwujudnya ketenteraman dan ketertiban umum di kecamatan",
       "Terlaksananya penertiban pelanggaran ketertiban umum", RhkAspect::Kuantitas,
       "Jumlah lokasi pelanggaran yang ditertibkan", "48", "26", "lokasi", "Laporan operasi penertiban",
       "Jauh di bawah target; perencanaan operasi perlu diperbaiki."},
      {RhkKind::Utama, "Terwujudnya ketenteraman dan ketertiban umum di kecamatan",
       "Pengaduan ketertiban ditindaklanjuti tepat waktu", RhkAspect::Waktu,
       "Persentase pengaduan ditindaklanjuti dalam tiga hari", "90", "62", "persen", "Rekap kanal pengaduan",
       "Banyak pengaduan terlambat ditangani."},
  };
  a.perilaku[1].refleksi_mandiri = "Menyusun laporan operasi tepat waktu.";
  a.perilaku[1].catatan_atasan = "Dua kali tidak hadir dalam apel operasi gabungan tanpa pemberitahuan.";
  a.perilaku[6].catatan_atasan = "Koordinasi dengan kelurahan perlu lebih aktif.";
  a.rating_hasil_kerja = Rating::DiBawah;
  a.rating_perilaku = Rating::DiBawah;
  a.umpan_balik = "Hasil kerja dan perilaku kerja di bawah ekspektasi. Disepakati rencana perbaikan tiga bulan dengan pendampingan dan evaluasi bulanan.";
  FinishPlan(a, "2026-03-31");
  return a;
}

Assessment (*PersonaMaker(const std::string& key))() {
  if (key == "analis") return Analyst;
  if (key == "guru") return Teacher;
  if (key == "perawat") return Nurse;
  if (key == "pelayanan") return ServiceOfficer;
  if (key == "kasi") return SectionHead;
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
      {"analis", "Analis Kebijakan Ahli Muda — Bappeda", "kesenjangan kecil pada kerja sama dan pengembangan orang lain",
       Predikat::Baik, JpmCategory::CukupOptimal, "Policy analyst (Ahli Muda) — regional planning agency (Bappeda)",
       "small gaps in cooperation and developing others"},
      {"guru", "Guru Ahli Pertama — SD Negeri, Dinas Pendidikan", "hanya kompetensi teknis pembelajaran yang kurang",
       Predikat::SangatBaik, JpmCategory::Optimal, "Teacher (Ahli Pertama) — state primary school, education office",
       "only the technical teaching competency falls short"},
      {"perawat", "Perawat Mahir — Puskesmas, Dinas Kesehatan", "orientasi hasil dan pelayanan di bawah standar",
       Predikat::ButuhPerbaikan, JpmCategory::CukupOptimal, "Nurse (Mahir) — community health centre, health office",
       "results orientation and service below the standard"},
      {"pelayanan", "Petugas Layanan — loket Kelurahan", "integritas, kerja sama dan pelayanan publik kurang",
       Predikat::KurangMisconduct, JpmCategory::KurangOptimal, "Front-desk officer — village office (Kelurahan)",
       "integrity, cooperation and public service fall short"},
      {"kasi", "Kepala Seksi (Pengawas) — Kecamatan", "kepemimpinan: enam kompetensi manajerial di bawah standar",
       Predikat::SangatKurang, JpmCategory::KurangOptimal, "Section head (Pengawas) — district office (Kecamatan)",
       "leadership: six managerial competencies below the standard"},
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
    a.rating_hasil_kerja = RandomRating(rng, 12, 18);
    a.rating_perilaku = RandomRating(rng, 8, 15);
    FinishPlan(a, "2026-06-30");
    unit.push_back(std::move(a));
  }
  return unit;
}

}  // namespace asn::core
