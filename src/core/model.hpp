#pragma once
// The assessment model: one ASN's competency and performance assessment for one period.
// Plain data; the regulation rules that compute from it live in src/core/rules_*.hpp.
#include <optional>
#include <string>
#include <vector>

namespace asn::core {

// Levels are 1..5 in PermenPANRB 38/2017; 0 means "not yet assessed" for self/supervisor levels.
inline constexpr int kMinLevel = 1;
inline constexpr int kMaxLevel = 5;
inline constexpr int kNotAssessed = 0;

enum class CompetencyKind { Manajerial, SosialKultural, Teknis };

// The supervisor's rating of hasil kerja or perilaku kerja (PermenPANRB 6/2022).
enum class Rating { DiBawah, Sesuai, DiAtas };

enum class PeriodKind { Tahunan, Triwulan };

enum class Stage { Draf, Diajukan, Dinilai };

enum class RhkKind { Utama, Tambahan };

enum class RhkAspect { Kuantitas, Kualitas, Waktu, Biaya };

struct Employee {
  std::string nama;
  std::string nip;
  std::string jabatan;
  std::string jenis_jabatan;  // a job-type key (see JobTypeKeys()), or empty
  std::string unit_kerja;
  std::string instansi;
};

struct Supervisor {
  std::string nama;
  std::string nip;
  std::string jabatan;
  std::string unit_kerja;
};

struct Period {
  int tahun = 2025;
  PeriodKind jenis = PeriodKind::Tahunan;
  int triwulan = 0;  // 1..4 when jenis == Triwulan, else 0
};

struct CompetencyEntry {
  std::string kode;  // M.1..M.8, SK.1, T.n
  std::string nama;
  CompetencyKind jenis = CompetencyKind::Manajerial;
  int level_standar = 1;
  int level_mandiri = kNotAssessed;
  int level_atasan = kNotAssessed;
  std::string bukti;
  std::string umpan_balik;
  // Only needed for kompetensi teknis, which no dictionary defines.
  std::string definisi;
  std::vector<std::string> deskripsi_level;  // empty or exactly 5
};

struct RhkRow {
  RhkKind jenis = RhkKind::Utama;
  std::string rhk_pimpinan;
  std::string rhk;
  RhkAspect aspek = RhkAspect::Kuantitas;
  std::string iki;
  std::string target;
  std::string realisasi;
  std::string satuan;
  std::string bukti_dukung;
  std::string umpan_balik;
};

struct BehaviourNote {
  std::string kode;  // berorientasi_pelayanan, akuntabel, ... (see BerakhlakCodes())
  std::string refleksi_mandiri;
  std::string catatan_atasan;
  std::string ekspektasi_pimpinan;
};

struct DevelopmentItem {
  std::string kode_kompetensi;
  std::string kegiatan;
  std::string jenis;
  std::string target_tanggal;  // "" or YYYY-MM-DD
  std::string keterangan;
};

struct Status {
  Stage tahap = Stage::Draf;
  std::string dibuat;      // UTC, YYYY-MM-DDThh:mm:ssZ
  std::string diperbarui;  // UTC
  std::optional<std::string> diajukan;
  std::optional<std::string> dinilai;
};

struct Assessment {
  bool contoh = false;  // fictional training data (workshop personas)
  Employee pegawai;
  Supervisor penilai;
  Period periode;
  std::vector<CompetencyEntry> kompetensi;
  std::optional<Rating> rating_hasil_kerja;
  std::vector<RhkRow> hasil_kerja;
  std::optional<Rating> rating_perilaku;
  std::vector<BehaviourNote> perilaku;
  std::string umpan_balik;
  std::vector<DevelopmentItem> rencana_pengembangan;
  Status status;

  bool operator==(const Assessment& other) const;
  bool operator!=(const Assessment& other) const { return !(*this == other); }
};

// The seven BerAKHLAK value codes, in their canonical order.
const std::vector<std::string>& BerakhlakCodes();

// Job-type keys (jenis jabatan) accepted in the format, in display order.
const std::vector<std::string>& JobTypeKeys();

// The jabatan type's name as the regulation writes it ("Fungsional Ahli Muda"); the key itself
// when unknown. The same in every interface language: these are the official terms.
std::string JobTypeName(const std::string& key);

// Removes a competency and clears development-plan references to it, so the assessment stays
// valid (a plan item may not name a competency the file does not contain).
void RemoveCompetency(Assessment& assessment, std::size_t index);

// "2025-tahunan" or "2025-TW2": the period as it appears in export file names.
std::string PeriodLabel(const Period& period);

}  // namespace asn::core
