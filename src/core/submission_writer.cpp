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

// Objects are filled member by member: nlohmann/json's nested initializer lists cost several times
// the code (this is in the page's module) and the time (every autosave builds this document).
json RatingJson(const std::optional<Rating>& rating) { return rating ? json(RatingKey(*rating)) : json(nullptr); }

json OptionalText(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json TextOrNull(const std::string& value) { return value.empty() ? json(nullptr) : json(value); }

json CompetencyJson(const CompetencyEntry& c) {
  json j = json::object();
  j["kode"] = c.kode;
  j["nama"] = c.nama;
  j["jenis"] = CompetencyKindKey(c.jenis);
  j["level_standar"] = c.level_standar;
  j["level_mandiri"] = c.level_mandiri;
  j["level_atasan"] = c.level_atasan;
  j["bukti"] = c.bukti;
  j["umpan_balik"] = c.umpan_balik;
  if (!c.definisi.empty()) j["definisi"] = c.definisi;
  if (!c.deskripsi_level.empty()) j["deskripsi_level"] = c.deskripsi_level;
  return j;
}

json PersonJson(const Person& p) {
  json j = json::object();
  j["nama"] = p.nama;
  j["nip"] = p.nip;
  j["pangkat_golongan"] = p.pangkat_golongan;
  j["jabatan"] = p.jabatan;
  j["jenis_jabatan"] = p.jenis_jabatan;
  j["unit_kerja"] = p.unit_kerja;
  return j;
}

json RhkJson(const RhkRow& r) {
  json j = json::object();
  j["id"] = r.id;
  j["jenis"] = RhkKindKey(r.jenis);
  j["rhk_pimpinan"] = r.rhk_pimpinan;
  j["rhk"] = r.rhk;
  j["aspek"] = r.aspek ? json(RhkAspectKey(*r.aspek)) : json(nullptr);
  j["perspektif"] = r.perspektif ? json(RhkPerspectiveKey(*r.perspektif)) : json(nullptr);
  j["iki"] = r.iki;
  j["target"] = r.target;
  j["satuan"] = r.satuan;
  j["realisasi"] = r.realisasi;
  j["bukti_dukung"] = r.bukti_dukung;
  j["umpan_balik"] = r.umpan_balik;
  return j;
}

json TextList(const std::vector<std::string>& items) {
  json list = json::array();
  for (const std::string& item : items) list.push_back(item);
  return list;
}

json AssessmentDocument(const Assessment& a) {
  json doc = json::object();
  doc["format"] = kFormatName;
  doc["versi"] = kFormatVersion;
  if (a.contoh) doc["contoh"] = true;
  doc["instansi"] = a.instansi;
  doc["pegawai"] = PersonJson(a.pegawai);
  doc["penilai"] = PersonJson(a.penilai);
  doc["atasan_penilai"] = PersonJson(a.atasan_penilai);
  json& periode = doc["periode"] = json::object();
  periode["tahun"] = a.periode.tahun;
  periode["jenis"] = PeriodKindKey(a.periode.jenis);
  periode["ke"] = a.periode.ke;
  periode["mulai"] = a.periode.mulai;
  periode["selesai"] = a.periode.selesai;
  json& competencies = doc["kompetensi"] = json::array();
  for (const CompetencyEntry& c : a.kompetensi) competencies.push_back(CompetencyJson(c));
  json& skp = doc["skp"] = json::object();
  skp["pendekatan"] = SkpApproachKey(a.skp.pendekatan);
  json& rows = skp["rhk"] = json::array();
  for (const RhkRow& r : a.skp.rhk) rows.push_back(RhkJson(r));
  json& lampiran = skp["lampiran"] = json::object();
  lampiran["dukungan_sumber_daya"] = TextList(a.skp.lampiran.dukungan_sumber_daya);
  lampiran["skema_pertanggungjawaban"] = TextList(a.skp.lampiran.skema_pertanggungjawaban);
  lampiran["konsekuensi"] = TextList(a.skp.lampiran.konsekuensi);
  json& notes = doc["perilaku"]["nilai"] = json::array();
  for (const BehaviourNote& b : a.perilaku) {
    json& note = notes.emplace_back(json::object());
    note["kode"] = b.kode;
    note["refleksi_mandiri"] = b.refleksi_mandiri;
    note["catatan_atasan"] = b.catatan_atasan;
    note["ekspektasi_pimpinan"] = b.ekspektasi_pimpinan;
  }
  json& feedback = doc["umpan_balik_berkelanjutan"] = json::array();
  for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
    json& entry = feedback.emplace_back(json::object());
    entry["tanggal"] = f.tanggal;
    entry["rhk_id"] = TextOrNull(f.rhk_id);
    entry["perilaku"] = TextOrNull(f.perilaku);
    entry["umpan_balik"] = f.umpan_balik;
    entry["tanggapan_pegawai"] = f.tanggapan_pegawai;
  }
  const Evaluation& e = a.evaluasi;
  json& evaluasi = doc["evaluasi"] = json::object();
  evaluasi["rating_hasil_kerja"] = RatingJson(e.rating_hasil_kerja);
  evaluasi["rating_perilaku"] = RatingJson(e.rating_perilaku);
  evaluasi["capaian_kinerja_organisasi"] =
      e.capaian_kinerja_organisasi ? json(OrganisationRatingKey(*e.capaian_kinerja_organisasi)) : json(nullptr);
  evaluasi["umpan_balik"] = e.umpan_balik;
  evaluasi["catatan_rekomendasi"] = e.catatan_rekomendasi;
  evaluasi["tempat"] = e.tempat;
  evaluasi["tanggal"] = e.tanggal;
  json& plan = doc["rencana_pengembangan"] = json::array();
  for (const DevelopmentItem& d : a.rencana_pengembangan) {
    json& item = plan.emplace_back(json::object());
    item["kode_kompetensi"] = d.kode_kompetensi;
    item["kegiatan"] = d.kegiatan;
    item["jenis"] = d.jenis;
    item["target_tanggal"] = d.target_tanggal;
    item["keterangan"] = d.keterangan;
  }
  doc["metode_jpm"] = JpmMethodJson<json>(a.metode_jpm);
  json& status = doc["status"] = json::object();
  status["tahap"] = StageKey(a.status.tahap);
  status["dibuat"] = a.status.dibuat;
  status["diperbarui"] = a.status.diperbarui;
  status["diajukan"] = OptionalText(a.status.diajukan);
  status["dinilai"] = OptionalText(a.status.dinilai);
  if (a.tanda_tangan) {
    const SupervisorSignature& t = *a.tanda_tangan;
    json& signature = doc["tanda_tangan"] = json::object();
    signature["algoritma"] = t.algoritma;
    signature["kunci_publik"] = t.kunci_publik;
    signature["nilai"] = t.nilai;
    signature["fingerprint"] = t.fingerprint;
    signature["waktu"] = t.waktu;
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
