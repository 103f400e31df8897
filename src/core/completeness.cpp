#include "core/completeness.hpp"

#include "core/dictionary.hpp"
#include "core/nip.hpp"
#include "core/rules_skp.hpp"
#include "core/workflow.hpp"

namespace asn::core {
namespace {

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// "Berorientasi Pelayanan" for "berorientasi_pelayanan": people read names, not codes.
std::string BerakhlakName(const std::string& kode) {
  for (const BerakhlakValue& v : DefaultBerakhlak()) {
    if (v.kode == kode) return v.nama;
  }
  return kode;
}

}  // namespace

std::vector<MissingItem> MissingForSubmission(const Assessment& a, Language language) {
  const bool en = language == Language::English;
  std::vector<MissingItem> missing;
  const auto need = [&](Section s, const char* id, const char* english, int competency = -1) {
    missing.push_back({s, en ? english : id, competency});
  };
  const auto need_text = [&](Section s, std::string message, int competency = -1) {
    missing.push_back({s, std::move(message), competency});
  };
  if (Blank(a.pegawai.nama)) need(Section::Profil, "Nama pegawai belum diisi", "Employee's name not filled in");
  if (a.pegawai.nip.empty()) {
    need(Section::Profil, "NIP pegawai belum diisi", "Employee's NIP not filled in");
  } else if (!CheckNip(a.pegawai.nip).empty()) {
    need(Section::Profil, "NIP pegawai belum sah", "Employee's NIP is not valid");
  }
  if (Blank(a.pegawai.jabatan)) need(Section::Profil, "Jabatan belum diisi", "Position not filled in");
  if (a.pegawai.jenis_jabatan.empty()) need(Section::Profil, "Jenis jabatan belum dipilih", "Position type not chosen");
  if (Blank(a.pegawai.unit_kerja)) need(Section::Profil, "Unit kerja belum diisi", "Work unit not filled in");
  if (Blank(a.instansi)) need(Section::Profil, "Instansi belum diisi", "Agency not filled in");
  if (Blank(a.penilai.nama)) need(Section::Profil, "Nama pejabat penilai belum diisi", "Supervisor's name not filled in");
  if (!a.penilai.nip.empty() && !CheckNip(a.penilai.nip).empty()) {
    need(Section::Profil, "NIP pejabat penilai belum sah", "Supervisor's NIP is not valid");
  }
  if (!JobStandardSet(a)) {
    need(Section::Profil, "Standar kompetensi jabatan belum ditetapkan (level yang dipersyaratkan)",
         "Job competency standard not set (required levels)");
  }

  if (a.kompetensi.empty()) need(Section::Kompetensi, "Belum ada kompetensi yang dinilai", "No competencies to assess");
  for (std::size_t i = 0; i < a.kompetensi.size(); ++i) {
    const CompetencyEntry& c = a.kompetensi[i];
    const std::string name = c.kode + " " + c.nama + ": ";
    const int index = static_cast<int>(i);
    if (c.level_mandiri == kNotAssessed) {
      need_text(Section::Kompetensi, name + (en ? "self-assessed level not chosen" : "level penilaian mandiri belum dipilih"), index);
    } else if (Blank(c.bukti)) {
      need_text(Section::Kompetensi, name + (en ? "evidence not written" : "bukti belum ditulis"), index);
    }
    if (c.jenis == CompetencyKind::Teknis && Blank(c.nama)) {
      need_text(Section::Kompetensi, c.kode + (en ? ": name of the technical competency not filled in" : ": nama kompetensi teknis belum diisi"), index);
    }
  }

  if (a.periode.mulai.empty() || a.periode.selesai.empty()) {
    need(Section::Profil, "Periode penilaian (tanggal mulai dan selesai) belum diisi", "Assessment period (start and end dates) not filled in");
  }
  if (PeriodRangeReversed(a.periode)) {
    need(Section::Profil, "Periode penilaian berakhir sebelum dimulai", "The assessment period ends before it starts");
  }
  if (a.skp.rhk.empty()) need(Section::HasilKerja, "Belum ada Rencana Hasil Kerja (RHK)", "No planned work results (RHK) yet");
  const SkpLayout layout = LayoutFor(a.pegawai);
  for (std::size_t i = 0; i < a.skp.rhk.size(); ++i) {
    const RhkRow& r = a.skp.rhk[i];
    const std::string row = "RHK " + std::to_string(i + 1) + ": ";
    const auto row_need = [&](const char* id, const char* english) { need_text(Section::HasilKerja, row + (en ? english : id)); };
    if (Blank(r.rhk)) row_need("uraian RHK belum diisi", "description not filled in");
    if (Blank(r.iki)) row_need("indikator (IKI) belum diisi", "indicator (IKI) not filled in");
    if (Blank(r.target)) row_need("target belum diisi", "target not filled in");
    if (Blank(r.realisasi)) row_need("realisasi belum diisi", "achievement not filled in");
    const RhkRowIssues issues = CheckRhkRow(layout, a.skp.pendekatan, r);
    if (issues.missing_perspektif) row_need("perspektif belum dipilih", "perspective not chosen");
    if (issues.missing_aspek) row_need("aspek belum dipilih", "aspect not chosen");
    if (issues.aspek_not_used) row_need("SKP JPT tidak memakai aspek; kosongkan aspek", "a JPT SKP has no aspect; clear it");
    if (issues.perspektif_not_used) {
      row_need("perspektif hanya untuk SKP JPT; kosongkan perspektif", "perspective is only for a JPT SKP; clear it");
    }
    if (issues.numeric_qualitative_target) {
      row_need("pendekatan kualitatif: tulis target sebagai uraian, bukan angka saja",
               "qualitative approach: describe the target, not just a number");
    }
  }

  for (const BehaviourNote& b : a.perilaku) {
    if (!Blank(b.refleksi_mandiri)) continue;
    const std::string value = BerakhlakName(b.kode);
    need_text(Section::Perilaku, en ? "Self-reflection on " + value + " not written" : "Refleksi " + value + " belum ditulis");
  }
  return missing;
}

std::vector<std::string> MissingForReview(const Assessment& a, Language language) {
  const bool en = language == Language::English;
  std::vector<std::string> missing;
  for (const CompetencyEntry& c : a.kompetensi) {
    if (c.level_atasan == kNotAssessed) {
      missing.push_back(c.kode + " " + c.nama + (en ? ": supervisor's level not chosen" : ": level dari atasan belum dipilih"));
    }
  }
  if (!a.evaluasi.rating_hasil_kerja) missing.push_back(en ? "Rating of work results not chosen" : "Rating hasil kerja belum dipilih");
  if (!a.evaluasi.rating_perilaku) missing.push_back(en ? "Rating of work behaviour not chosen" : "Rating perilaku kerja belum dipilih");
  if (Blank(a.penilai.nama)) missing.push_back(en ? "Supervisor's name not filled in" : "Nama pejabat penilai belum diisi");
  if (a.penilai.nip.empty() || !CheckNip(a.penilai.nip).empty()) {
    missing.push_back(en ? "Supervisor's NIP is not valid" : "NIP pejabat penilai belum sah");
  }
  return missing;
}

}  // namespace asn::core
