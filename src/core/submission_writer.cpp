// Export side of the submission format.
#include "core/format_keys.hpp"
#include "core/integrity.hpp"
#include "core/rules_predikat.hpp"
#include "core/submission_format.hpp"

namespace asn::core {
namespace {

using ojson = nlohmann::ordered_json;

ojson RatingJson(const std::optional<Rating>& rating) { return rating ? ojson(RatingKey(*rating)) : ojson(nullptr); }

ojson OptionalText(const std::optional<std::string>& value) { return value ? ojson(*value) : ojson(nullptr); }

ojson CompetencyJson(const CompetencyEntry& c) {
  ojson j = {{"kode", c.kode},
             {"nama", c.nama},
             {"jenis", CompetencyKindKey(c.jenis)},
             {"level_standar", c.level_standar},
             {"level_mandiri", c.level_mandiri},
             {"level_atasan", c.level_atasan},
             {"bukti", c.bukti},
             {"umpan_balik", c.umpan_balik}};
  if (!c.definisi.empty()) j["definisi"] = c.definisi;
  if (!c.deskripsi_level.empty()) j["deskripsi_level"] = c.deskripsi_level;
  return j;
}

ojson RhkJson(const RhkRow& r) {
  return {{"jenis", RhkKindKey(r.jenis)}, {"rhk_pimpinan", r.rhk_pimpinan}, {"rhk", r.rhk},
          {"aspek", RhkAspectKey(r.aspek)}, {"iki", r.iki}, {"target", r.target},
          {"realisasi", r.realisasi}, {"satuan", r.satuan}, {"bukti_dukung", r.bukti_dukung},
          {"umpan_balik", r.umpan_balik}};
}

}  // namespace

ojson AssessmentToJson(const Assessment& a) {
  ojson doc;
  doc["format"] = kFormatName;
  doc["versi"] = kFormatVersion;
  if (a.contoh) doc["contoh"] = true;
  doc["pegawai"] = {{"nama", a.pegawai.nama},           {"nip", a.pegawai.nip},
                    {"jabatan", a.pegawai.jabatan},     {"jenis_jabatan", a.pegawai.jenis_jabatan},
                    {"unit_kerja", a.pegawai.unit_kerja}, {"instansi", a.pegawai.instansi}};
  doc["penilai"] = {{"nama", a.penilai.nama}, {"nip", a.penilai.nip}, {"jabatan", a.penilai.jabatan},
                    {"unit_kerja", a.penilai.unit_kerja}};
  doc["periode"] = {{"tahun", a.periode.tahun},
                    {"jenis", PeriodKindKey(a.periode.jenis)},
                    {"triwulan", a.periode.jenis == PeriodKind::Triwulan ? ojson(a.periode.triwulan) : ojson(nullptr)}};
  ojson competencies = ojson::array();
  for (const CompetencyEntry& c : a.kompetensi) competencies.push_back(CompetencyJson(c));
  doc["kompetensi"] = std::move(competencies);
  ojson rows = ojson::array();
  for (const RhkRow& r : a.hasil_kerja) rows.push_back(RhkJson(r));
  doc["hasil_kerja"] = {{"rating", RatingJson(a.rating_hasil_kerja)}, {"rhk", std::move(rows)}};
  ojson notes = ojson::array();
  for (const BehaviourNote& b : a.perilaku) {
    notes.push_back({{"kode", b.kode}, {"refleksi_mandiri", b.refleksi_mandiri}, {"catatan_atasan", b.catatan_atasan},
                     {"ekspektasi_pimpinan", b.ekspektasi_pimpinan}});
  }
  doc["perilaku"] = {{"rating", RatingJson(a.rating_perilaku)}, {"nilai", std::move(notes)}};
  doc["umpan_balik"] = a.umpan_balik;
  ojson plan = ojson::array();
  for (const DevelopmentItem& d : a.rencana_pengembangan) {
    plan.push_back({{"kode_kompetensi", d.kode_kompetensi}, {"kegiatan", d.kegiatan}, {"jenis", d.jenis},
                    {"target_tanggal", d.target_tanggal}, {"keterangan", d.keterangan}});
  }
  doc["rencana_pengembangan"] = std::move(plan);
  doc["status"] = {{"tahap", StageKey(a.status.tahap)},
                   {"dibuat", a.status.dibuat},
                   {"diperbarui", a.status.diperbarui},
                   {"diajukan", OptionalText(a.status.diajukan)},
                   {"dinilai", OptionalText(a.status.dinilai)}};
  return doc;
}

std::string ExportSubmission(const Assessment& assessment, int indent) {
  ojson doc = AssessmentToJson(assessment);
  // The digest is defined over the canonical (key-sorted) form, whatever order the file uses.
  const nlohmann::json canonical = nlohmann::json::parse(doc.dump());
  doc["integritas"] = {{"algoritma", kIntegrityAlgorithm}, {"nilai", IntegrityDigest(canonical)}};
  return indent < 0 ? doc.dump() : doc.dump(indent) + "\n";
}

std::string ExportFileName(const Assessment& assessment) {
  // Only digits reach the file name, whatever a draft holds.
  const std::string& raw = assessment.pegawai.nip;
  const bool digits_only = !raw.empty() && raw.find_first_not_of("0123456789") == std::string::npos;
  const std::string nip = digits_only ? raw : "tanpa-NIP";
  // Fictional workshop data says so in its file name too, so it is never mistaken for a real submission.
  return std::string(assessment.contoh ? "CONTOH_" : "") + nip + "_" + PeriodLabel(assessment.periode) + ".json";
}

}  // namespace asn::core
