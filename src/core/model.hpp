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

// Evaluation periods: Triwulan I–IV, IV being "IV/Akhir", the annual evaluation (one period, not a
// separate "tahunan"); some instansi (teachers) use Semester I and II/Akhir instead.
enum class PeriodKind { Triwulan, Semester };

enum class Stage { Draf, Diajukan, Dinilai };

enum class RhkKind { Utama, Tambahan };

// SKP layouts: JA/JF rows name an aspek; JPT rows a perspektif (no aspek).
enum class RhkAspect { Kuantitas, Kualitas, Waktu, Biaya };
enum class RhkPerspective { PenerimaLayanan, ProsesBisnis, PenguatanInternal, Anggaran };

// Pendekatan: quantitative indicators (aspek, a number) or qualitative ones (a described expectation).
enum class SkpApproach { Kuantitatif, Kualitatif };

// Capaian kinerja organisasi, as the organisation's own evaluation states it.
enum class OrganisationRating { Istimewa, Baik, ButuhPerbaikan, Kurang, SangatKurang };

// How the indicative Job Person Match is computed. Practice differs (REFERENCE §6): the cap, the
// category bands and the place of kompetensi teknis are choices, named and stored with the file.
enum class JpmCap {
  PerCompetency,  // each level counts up to its required level: a surplus cannot hide a gap
  Total,          // the total is capped at 100 %
  None,           // no cap: JPM may exceed 100 %
};
enum class JpmTeknis {
  Included,  // teknis competencies count like the others
  Excluded,  // only manajerial and sosial kultural
  Weighted,  // teknis against manajerial + sosial kultural by a weight (e.g. 40/60)
};
struct JpmMethod {
  JpmCap cap = JpmCap::PerCompetency;
  int optimal_min = 90;  // category bands in percent: Optimal from here …
  int cukup_min = 78;    // … Cukup Optimal from here (Peraturan BRIN 3/2023 Pasal 33: 90/78)
  JpmTeknis teknis = JpmTeknis::Included;
  int teknis_weight = 40;  // percent of the whole given to teknis when Weighted (1–99)
  bool operator==(const JpmMethod& o) const {
    return cap == o.cap && optimal_min == o.optimal_min && cukup_min == o.cukup_min && teknis == o.teknis &&
           teknis_weight == o.teknis_weight;
  }
  bool operator!=(const JpmMethod& o) const { return !(*this == o); }
};

// One of the three people of an evaluation: the pegawai, the pejabat penilai kinerja, and the
// atasan pejabat penilai kinerja.
struct Person {
  std::string nama;
  std::string nip;               // "" for non-PNS
  std::string pangkat_golongan;  // "Penata Muda / III a"
  std::string jabatan;
  std::string jenis_jabatan;     // a job-type key (see JobTypeKeys()), or empty
  std::string unit_kerja;
};

struct Period {
  int tahun = 2026;
  PeriodKind jenis = PeriodKind::Triwulan;
  int ke = 1;            // 1..4 for triwulan (4 = IV/Akhir), 1..2 for semester (2 = II/Akhir)
  std::string mulai;     // periode penilaian: "" or YYYY-MM-DD
  std::string selesai;   // "" or YYYY-MM-DD, not before mulai
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
  std::string id;  // unique within the file ("rhk-1"); feedback entries refer to it
  RhkKind jenis = RhkKind::Utama;
  std::string rhk_pimpinan;  // the leader's RHK it supports (JA/JF)
  std::string rhk;
  std::optional<RhkAspect> aspek;            // JA/JF, kuantitatif
  std::optional<RhkPerspective> perspektif;  // JPT
  std::string iki;
  std::string target;
  std::string satuan;
  std::string realisasi;
  std::string bukti_dukung;
  std::string umpan_balik;
};

// Lampiran SKP: free-text lists.
struct SkpAttachment {
  std::vector<std::string> dukungan_sumber_daya;
  std::vector<std::string> skema_pertanggungjawaban;
  std::vector<std::string> konsekuensi;
};

struct Skp {
  SkpApproach pendekatan = SkpApproach::Kuantitatif;
  std::vector<RhkRow> rhk;
  SkpAttachment lampiran;
};

struct BehaviourNote {
  std::string kode;  // berorientasi_pelayanan, akuntabel, ... (see BerakhlakCodes())
  std::string refleksi_mandiri;
  std::string catatan_atasan;
  std::string ekspektasi_pimpinan;
};

// Umpan balik berkelanjutan: feedback during the period, dated, tied to one RHK or one value.
struct FeedbackEntry {
  std::string tanggal;            // YYYY-MM-DD
  std::string rhk_id;             // an RhkRow::id, or "" when about a value
  std::string perilaku;           // a BerAKHLAK code, or "" when about an RHK
  std::string umpan_balik;        // the supervisor's feedback
  std::string tanggapan_pegawai;  // the employee's response
};

// The evaluation at the end of the period (Dokumen Evaluasi Kinerja Pegawai).
struct Evaluation {
  std::optional<Rating> rating_hasil_kerja;
  std::optional<Rating> rating_perilaku;
  std::optional<OrganisationRating> capaian_kinerja_organisasi;
  std::string umpan_balik;          // the supervisor's overall feedback
  std::string catatan_rekomendasi;
  std::string tempat = "Jakarta";   // where it is signed
  std::string tanggal;              // "" or YYYY-MM-DD, the date of signing on the document
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

// The pejabat penilai's digital signature over the review (member "tanda_tangan"): Ed25519 over the
// canonical document without this member and without "integritas". Binary values are base64.
struct SupervisorSignature {
  std::string algoritma = "ed25519";
  std::string kunci_publik;  // the 32-byte public key
  std::string nilai;         // the 64-byte signature
  std::string fingerprint;   // sidik kunci: KeyFingerprint(kunci_publik), e.g. "FH7Q-TXHO-…"
  std::string waktu;         // UTC, YYYY-MM-DDThh:mm:ssZ
  bool operator==(const SupervisorSignature& o) const {
    return algoritma == o.algoritma && kunci_publik == o.kunci_publik && nilai == o.nilai &&
           fingerprint == o.fingerprint && waktu == o.waktu;
  }
};

struct Assessment {
  bool contoh = false;  // fictional training data (workshop personas)
  std::string instansi;
  Person pegawai;
  Person penilai;         // pejabat penilai kinerja
  Person atasan_penilai;  // atasan pejabat penilai kinerja
  Period periode;
  std::vector<CompetencyEntry> kompetensi;
  Skp skp;
  std::vector<BehaviourNote> perilaku;
  std::vector<FeedbackEntry> umpan_balik_berkelanjutan;
  Evaluation evaluasi;
  std::vector<DevelopmentItem> rencana_pengembangan;
  JpmMethod metode_jpm;
  Status status;
  std::optional<SupervisorSignature> tanda_tangan;  // only on a signed-off (dinilai) review

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

// Removes an RHK row together with the feedback entries about it (an entry may not refer to an RHK
// the file does not contain). Returns the number of feedback entries removed.
std::size_t RemoveRhk(Assessment& assessment, std::size_t index);

// "2026-TW2", "2026-TW4" (IV/Akhir), "2026-S1": the period as it appears in export file names.
std::string PeriodLabel(const Period& period);

// "Triwulan II 2026", "Triwulan IV/Akhir 2026", "Semester II/Akhir 2026".
std::string PeriodName(const Period& period);

// The dates a period usually covers (1 April – 30 June for Triwulan II), for new assessments.
void SetDefaultPeriodDates(Period& period);

// Both dates set and the end before the start (refused in a file; a draft may pass through it).
bool PeriodRangeReversed(const Period& period);

// Moves to another year, kind or number (ke is clamped to the kind's range). The dates follow when
// they were empty or still the usual dates of the period before; dates the user set stay.
void ChangePeriod(Period& period, int tahun, PeriodKind jenis, int ke);

// A JPT job type (jpt_utama, jpt_madya, jpt_pratama): the SKP uses the JPT layout (perspektif).
bool IsJptJobType(const std::string& jenis_jabatan);

// The next free RHK id ("rhk-N") for a new row.
std::string NewRhkId(const Skp& skp);

}  // namespace asn::core
