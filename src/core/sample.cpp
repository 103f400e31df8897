#include "core/sample.hpp"

#include "core/dictionary.hpp"
#include "core/rules_development.hpp"

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

}  // namespace

std::vector<std::string> SamplePersonaNames() { return {"analis"}; }

bool MakeSampleAssessment(const std::string& persona, Assessment* out) {
  if (persona == "analis") {
    *out = Analyst();
    return true;
  }
  return false;
}

}  // namespace asn::core
