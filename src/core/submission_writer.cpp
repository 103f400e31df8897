// Export side of the submission format.
#include "core/format_keys.hpp"
#include "core/jpm_method_json.hpp"
#include "core/integrity.hpp"
#include "core/rules_predikat.hpp"
#include "core/sha256.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "core/submission_layout.hpp"

#include <algorithm>

namespace asn::core {
namespace {

using json = nlohmann::json;

json RatingJson(const std::optional<Rating>& rating) { return rating ? json(RatingKey(*rating)) : json(nullptr); }

json OptionalText(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json CompetencyJson(const CompetencyEntry& c) {
  json j = {{"kode", c.kode},
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

json PersonJson(const Person& p) {
  return {{"nama", p.nama}, {"nip", p.nip}, {"pangkat_golongan", p.pangkat_golongan}, {"jabatan", p.jabatan},
          {"jenis_jabatan", p.jenis_jabatan}, {"unit_kerja", p.unit_kerja}};
}

json RhkJson(const RhkRow& r) {
  return {{"id", r.id},
          {"jenis", RhkKindKey(r.jenis)},
          {"rhk_pimpinan", r.rhk_pimpinan},
          {"rhk", r.rhk},
          {"aspek", r.aspek ? json(RhkAspectKey(*r.aspek)) : json(nullptr)},
          {"perspektif", r.perspektif ? json(RhkPerspectiveKey(*r.perspektif)) : json(nullptr)},
          {"iki", r.iki},
          {"target", r.target},
          {"satuan", r.satuan},
          {"realisasi", r.realisasi},
          {"bukti_dukung", r.bukti_dukung},
          {"umpan_balik", r.umpan_balik}};
}

json TextList(const std::vector<std::string>& items) {
  json list = json::array();
  for (const std::string& item : items) list.push_back(item);
  return list;
}

json AssessmentDocument(const Assessment& a) {
  json doc;
  doc["format"] = kFormatName;
  doc["versi"] = kFormatVersion;
  if (a.contoh) doc["contoh"] = true;
  doc["instansi"] = a.instansi;
  doc["pegawai"] = PersonJson(a.pegawai);
  doc["penilai"] = PersonJson(a.penilai);
  doc["atasan_penilai"] = PersonJson(a.atasan_penilai);
  doc["periode"] = {{"tahun", a.periode.tahun}, {"jenis", PeriodKindKey(a.periode.jenis)}, {"ke", a.periode.ke},
                    {"mulai", a.periode.mulai}, {"selesai", a.periode.selesai}};
  json competencies = json::array();
  for (const CompetencyEntry& c : a.kompetensi) competencies.push_back(CompetencyJson(c));
  doc["kompetensi"] = std::move(competencies);
  json rows = json::array();
  for (const RhkRow& r : a.skp.rhk) rows.push_back(RhkJson(r));
  doc["skp"] = {{"pendekatan", SkpApproachKey(a.skp.pendekatan)},
            {"rhk", std::move(rows)},
            {"lampiran", {{"dukungan_sumber_daya", TextList(a.skp.lampiran.dukungan_sumber_daya)},
                              {"skema_pertanggungjawaban", TextList(a.skp.lampiran.skema_pertanggungjawaban)},
                              {"konsekuensi", TextList(a.skp.lampiran.konsekuensi)}}}};
  json notes = json::array();
  for (const BehaviourNote& b : a.perilaku) {
    notes.push_back({{"kode", b.kode}, {"refleksi_mandiri", b.refleksi_mandiri}, {"catatan_atasan", b.catatan_atasan},
                     {"ekspektasi_pimpinan", b.ekspektasi_pimpinan}});
  }
  doc["perilaku"] = {{"nilai", std::move(notes)}};
  json feedback = json::array();
  for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
    feedback.push_back({{"tanggal", f.tanggal},
                        {"rhk_id", f.rhk_id.empty() ? json(nullptr) : json(f.rhk_id)},
                        {"perilaku", f.perilaku.empty() ? json(nullptr) : json(f.perilaku)},
                        {"umpan_balik", f.umpan_balik},
                        {"tanggapan_pegawai", f.tanggapan_pegawai}});
  }
  doc["umpan_balik_berkelanjutan"] = std::move(feedback);
  const Evaluation& e = a.evaluasi;
  doc["evaluasi"] = {{"rating_hasil_kerja", RatingJson(e.rating_hasil_kerja)},
                     {"rating_perilaku", RatingJson(e.rating_perilaku)},
                     {"capaian_kinerja_organisasi",
                      e.capaian_kinerja_organisasi ? json(OrganisationRatingKey(*e.capaian_kinerja_organisasi)) : json(nullptr)},
                     {"umpan_balik", e.umpan_balik},
                     {"catatan_rekomendasi", e.catatan_rekomendasi},
                     {"tempat", e.tempat},
                     {"tanggal", e.tanggal}};
  json plan = json::array();
  for (const DevelopmentItem& d : a.rencana_pengembangan) {
    plan.push_back({{"kode_kompetensi", d.kode_kompetensi}, {"kegiatan", d.kegiatan}, {"jenis", d.jenis},
                    {"target_tanggal", d.target_tanggal}, {"keterangan", d.keterangan}});
  }
  doc["rencana_pengembangan"] = std::move(plan);
  doc["metode_jpm"] = JpmMethodJson<json>(a.metode_jpm);
  doc["status"] = {{"tahap", StageKey(a.status.tahap)},
                   {"dibuat", a.status.dibuat},
                   {"diperbarui", a.status.diperbarui},
                   {"diajukan", OptionalText(a.status.diajukan)},
                   {"dinilai", OptionalText(a.status.dinilai)}};
  if (a.tanda_tangan) {
    const SupervisorSignature& t = *a.tanda_tangan;
    doc["tanda_tangan"] = {{"algoritma", t.algoritma}, {"kunci_publik", t.kunci_publik}, {"nilai", t.nilai},
                           {"fingerprint", t.fingerprint}, {"waktu", t.waktu}};
  }
  return doc;
}

}  // namespace

nlohmann::json CanonicalAssessmentJson(const Assessment& assessment) { return AssessmentDocument(assessment); }

std::string ExportSubmission(const Assessment& assessment, int indent) {
  // The digest is defined over the canonical (key-sorted) form, whatever order the file uses:
  // built straight from the assessment (no text round trip), hashed while serialising, then the
  // file laid out in its documented member order (submission_layout.cpp).
  json doc = AssessmentDocument(assessment);
  const std::string digest = IntegrityDigest(doc);
  doc["integritas"] = {{"algoritma", kIntegrityAlgorithm}, {"nilai", digest}};
  std::string text = WriteInFileOrder(doc, indent);
  if (indent >= 0) text += '\n';
  return text;
}

StorageForm SealForStorage(const Assessment& assessment, std::size_t expected_size) {
  nlohmann::json document = CanonicalAssessmentJson(assessment);
  StorageForm out;
  // Written once, in place: the "integritas" member (first, as the stored form always has it)
  // with room for the digest, then the canonical text of the rest, "{...}", whose "{" becomes the
  // separator once the text has been hashed. A draft is saved every few seconds while typing and may be large.
  const std::string head = std::string("{\"integritas\":{\"algoritma\":\"") + kIntegrityAlgorithm + "\",\"nilai\":\"";
  constexpr std::size_t kDigestChars = 64;
  out.text.reserve(std::max(expected_size, head.size() + kDigestChars) + 4096);
  out.text = head;
  out.text.append(kDigestChars, '0');
  out.text += "\"}";
  const std::size_t body_at = out.text.size();
  AppendCanonicalText(document, out.text);
  const std::string_view body = std::string_view(out.text).substr(body_at);
  // Texts typed in the app are UTF-8; a stored draft that is not would be set aside on load.
  if (!IsValidUtf8(body)) return out;
  // The checks run on the document in memory, not on text read back: never store what the next
  // load would have to set aside.
  out.valid = CheckOwnDocument(std::move(document), ImportMode::Draft).ok();
  if (!out.valid) return out;
  const std::string digest = Sha256Hex(body);  // body is the canonical text: CanonicalDigest's input
  out.text.replace(head.size(), kDigestChars, digest);
  if (body.size() > 2) {
    out.text[body_at] = ',';  // the members follow the digest
  } else {
    out.text.erase(body_at);  // "{}": nothing follows
    out.text += '}';
  }
  return out;
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
