#include "core/submission_sections.hpp"

#include "core/format_keys.hpp"
#include "core/nip.hpp"
#include "core/rules_predikat.hpp"
#include "core/rules_skp.hpp"
#include "core/text_checks.hpp"

#include <algorithm>
#include <set>

namespace asn::core {
namespace {

using json = nlohmann::json;


void ReadPerson(JsonReader& r, const json& doc, const char* key, Person& out) {
  const std::string path = MemberPath("$", key);
  const auto it = doc.find(key);
  if (it == doc.end() || !r.Object(*it, path, {"nama", "nip", "pangkat_golongan", "jabatan", "jenis_jabatan", "unit_kerja"})) {
    return;
  }
  out.nama = r.Text(*it, path, "nama", kMaxShortTextChars);
  out.nip = r.Text(*it, path, "nip", kMaxShortTextChars);
  out.pangkat_golongan = r.Text(*it, path, "pangkat_golongan", kMaxShortTextChars);
  out.jabatan = r.Text(*it, path, "jabatan", kMaxShortTextChars);
  out.jenis_jabatan = r.Text(*it, path, "jenis_jabatan", kMaxShortTextChars);
  out.unit_kerja = r.Text(*it, path, "unit_kerja", kMaxShortTextChars);
  if (!out.jenis_jabatan.empty() &&
      std::find(JobTypeKeys().begin(), JobTypeKeys().end(), out.jenis_jabatan) == JobTypeKeys().end()) {
    r.Add("unknown_value", MemberPath(path, "jenis_jabatan"), "jenis jabatan tidak dikenal " + Quoted(out.jenis_jabatan));
  }
}

void CheckNip(JsonReader& r, const std::string& nip, const std::string& path, bool required, const char* who) {
  if (nip.empty()) {
    if (required) r.Add("missing_nip", path, std::string("NIP ") + who + " wajib diisi pada tahap ini");
    return;
  }
  for (NipError error : asn::core::CheckNip(nip)) r.Add("bad_nip", path, NipErrorMessage(error));
}

}  // namespace

void ReadPeople(JsonReader& r, const json& doc, Assessment& a) {
  a.instansi = r.Text(doc, "$", "instansi", kMaxShortTextChars);
  ReadPerson(r, doc, "pegawai", a.pegawai);
  ReadPerson(r, doc, "penilai", a.penilai);
  ReadPerson(r, doc, "atasan_penilai", a.atasan_penilai);
}

void ReadPeriod(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.periode";
  const auto it = doc.find("periode");
  if (it == doc.end() || !r.Object(*it, path, {"tahun", "jenis", "ke", "mulai", "selesai"})) return;
  a.periode.tahun = r.Integer(*it, path, "tahun", 2000, 2100, a.periode.tahun);
  if (auto kind = r.Keyword<PeriodKind>(*it, path, "jenis", PeriodKindFromKey, "\"triwulan\", \"semester\"")) {
    a.periode.jenis = *kind;
  }
  const int last = a.periode.jenis == PeriodKind::Triwulan ? 4 : 2;
  a.periode.ke = r.Integer(*it, path, "ke", 1, last, 1);
  a.periode.mulai = r.Date(*it, path, "mulai");
  a.periode.selesai = r.Date(*it, path, "selesai");
}

void ReadCompetencies(JsonReader& r, const json& doc, Assessment& a) {
  const json* list = r.Array(doc, "$", "kompetensi", kMaxCompetencies);
  if (list == nullptr) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string path = IndexPath("$.kompetensi", i);
    if (!r.Object(item, path,
                  {"kode", "nama", "jenis", "level_standar", "level_mandiri", "level_atasan", "bukti", "umpan_balik"},
                  {"definisi", "deskripsi_level"})) {
      continue;
    }
    CompetencyEntry c;
    c.kode = r.Text(item, path, "kode", kMaxShortTextChars);
    c.nama = r.Text(item, path, "nama", kMaxShortTextChars);
    const std::optional<CompetencyKind> kind = r.Keyword<CompetencyKind>(
        item, path, "jenis", CompetencyKindFromKey, "\"manajerial\", \"sosial_kultural\", \"teknis\"");
    if (kind) c.jenis = *kind;
    c.level_standar = r.Integer(item, path, "level_standar", kMinLevel, kMaxLevel, 1);
    c.level_mandiri = r.Integer(item, path, "level_mandiri", kNotAssessed, kMaxLevel, kNotAssessed);
    c.level_atasan = r.Integer(item, path, "level_atasan", kNotAssessed, kMaxLevel, kNotAssessed);
    c.bukti = r.Text(item, path, "bukti", kMaxTextChars);
    c.umpan_balik = r.Text(item, path, "umpan_balik", kMaxTextChars);
    c.definisi = r.Text(item, path, "definisi", kMaxTextChars);
    if (item.contains("deskripsi_level")) {
      c.deskripsi_level = r.TextList(item, path, "deskripsi_level", 5, kMaxTextChars);
      const json& levels = item["deskripsi_level"];
      if (levels.is_array() && levels.size() != 5) {
        r.Add("wrong_count", MemberPath(path, "deskripsi_level"), "harus berisi tepat 5 deskripsi (level 1–5)");
      }
    }
    if (item.contains("kode") && item["kode"].is_string()) {
      const std::optional<CompetencyKind> implied = KindOfCompetencyCode(c.kode);
      if (!implied) {
        r.Add("bad_code", MemberPath(path, "kode"), "kode kompetensi " + Quoted(c.kode) + " tidak dikenal; gunakan M.1–M.8, SK.1 atau T.1, T.2, …");
      } else if (kind && *implied != *kind) {
        r.Add("kind_mismatch", MemberPath(path, "jenis"),
              std::string("kode ") + c.kode + " adalah kompetensi " + CompetencyKindKey(*implied) + ", bukan " + CompetencyKindKey(*kind));
      }
      if (!seen.insert(c.kode).second) {
        r.Add("duplicate_code", MemberPath(path, "kode"), "kode kompetensi " + Quoted(c.kode) + " muncul lebih dari sekali");
      }
    }
    a.kompetensi.push_back(std::move(c));
  }
}

void ReadSkp(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.skp";
  const auto it = doc.find("skp");
  if (it == doc.end() || !r.Object(*it, path, {"pendekatan", "rhk", "lampiran"})) return;
  if (auto approach = r.Keyword<SkpApproach>(*it, path, "pendekatan", SkpApproachFromKey, "\"kuantitatif\", \"kualitatif\"")) {
    a.skp.pendekatan = *approach;
  }
  if (const json* rows = r.Array(*it, path, "rhk", kMaxRhkRows)) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const json& item = (*rows)[i];
      const std::string here = IndexPath(MemberPath(path, "rhk"), i);
      if (!r.Object(item, here, {"id", "jenis", "rhk_pimpinan", "rhk", "aspek", "perspektif", "iki", "target", "satuan",
                                 "realisasi", "bukti_dukung", "umpan_balik"})) {
        continue;
      }
      RhkRow row;
      row.id = r.Text(item, here, "id", 40);
      if (item.contains("id") && item["id"].is_string()) {
        if (row.id.empty()) r.Add("missing_value", MemberPath(here, "id"), "id RHK tidak boleh kosong");
        else if (!ids.insert(row.id).second) r.Add("duplicate_code", MemberPath(here, "id"), "id RHK " + Quoted(row.id) + " muncul lebih dari sekali");
      }
      if (auto k = r.Keyword<RhkKind>(item, here, "jenis", RhkKindFromKey, "\"utama\", \"tambahan\"")) row.jenis = *k;
      row.rhk_pimpinan = r.Text(item, here, "rhk_pimpinan", kMaxTextChars);
      row.rhk = r.Text(item, here, "rhk", kMaxTextChars);
      row.aspek = r.NullableKeyword<RhkAspect>(item, here, "aspek", RhkAspectFromKey,
                                               "\"kuantitas\", \"kualitas\", \"waktu\", \"biaya\" atau null");
      row.perspektif = r.NullableKeyword<RhkPerspective>(
          item, here, "perspektif", RhkPerspectiveFromKey,
          "\"penerima_layanan\", \"proses_bisnis\", \"penguatan_internal\", \"anggaran\" atau null");
      row.iki = r.Text(item, here, "iki", kMaxTextChars);
      row.target = r.Text(item, here, "target", kMaxShortTextChars);
      row.satuan = r.Text(item, here, "satuan", kMaxShortTextChars);
      row.realisasi = r.Text(item, here, "realisasi", kMaxShortTextChars);
      row.bukti_dukung = r.Text(item, here, "bukti_dukung", kMaxTextChars);
      row.umpan_balik = r.Text(item, here, "umpan_balik", kMaxTextChars);
      a.skp.rhk.push_back(std::move(row));
    }
  }
  const std::string lpath = MemberPath(path, "lampiran");
  const auto lampiran = it->find("lampiran");
  if (lampiran == it->end() ||
      !r.Object(*lampiran, lpath, {"dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"})) {
    return;
  }
  SkpAttachment& l = a.skp.lampiran;
  l.dukungan_sumber_daya = r.TextList(*lampiran, lpath, "dukungan_sumber_daya", kMaxAttachmentItems, kMaxTextChars);
  l.skema_pertanggungjawaban = r.TextList(*lampiran, lpath, "skema_pertanggungjawaban", kMaxAttachmentItems, kMaxTextChars);
  l.konsekuensi = r.TextList(*lampiran, lpath, "konsekuensi", kMaxAttachmentItems, kMaxTextChars);
}

void ReadBehaviour(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.perilaku";
  const auto it = doc.find("perilaku");
  if (it == doc.end() || !r.Object(*it, path, {"nilai"})) return;
  const json* values = r.Array(*it, path, "nilai", BerakhlakCodes().size());
  if (values == nullptr) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < values->size(); ++i) {
    const json& item = (*values)[i];
    const std::string here = IndexPath(MemberPath(path, "nilai"), i);
    if (!r.Object(item, here, {"kode", "refleksi_mandiri", "catatan_atasan", "ekspektasi_pimpinan"})) continue;
    BehaviourNote note;
    note.kode = r.Text(item, here, "kode", kMaxShortTextChars);
    note.refleksi_mandiri = r.Text(item, here, "refleksi_mandiri", kMaxTextChars);
    note.catatan_atasan = r.Text(item, here, "catatan_atasan", kMaxTextChars);
    note.ekspektasi_pimpinan = r.Text(item, here, "ekspektasi_pimpinan", kMaxTextChars);
    if (std::find(BerakhlakCodes().begin(), BerakhlakCodes().end(), note.kode) == BerakhlakCodes().end()) {
      r.Add("unknown_value", MemberPath(here, "kode"), "nilai BerAKHLAK tidak dikenal " + Quoted(note.kode));
    } else if (!seen.insert(note.kode).second) {
      r.Add("duplicate_code", MemberPath(here, "kode"), "nilai BerAKHLAK " + Quoted(note.kode) + " muncul lebih dari sekali");
    }
    a.perilaku.push_back(std::move(note));
  }
  if (values->size() != BerakhlakCodes().size()) {
    r.Add("wrong_count", MemberPath(path, "nilai"),
          "harus memuat ketujuh nilai BerAKHLAK tepat sekali (tertulis " + std::to_string(values->size()) + ")");
  }
}

void ReadFeedback(JsonReader& r, const json& doc, Assessment& a) {
  const json* entries = r.Array(doc, "$", "umpan_balik_berkelanjutan", kMaxFeedbackEntries);
  if (entries == nullptr) return;
  for (std::size_t i = 0; i < entries->size(); ++i) {
    const json& item = (*entries)[i];
    const std::string here = IndexPath("$.umpan_balik_berkelanjutan", i);
    if (!r.Object(item, here, {"tanggal", "rhk_id", "perilaku", "umpan_balik", "tanggapan_pegawai"})) continue;
    FeedbackEntry f;
    f.tanggal = r.Date(item, here, "tanggal");
    if (item.contains("tanggal") && item["tanggal"] == "") {
      r.Add("missing_value", MemberPath(here, "tanggal"), "umpan balik berkelanjutan harus bertanggal");
    }
    const bool has_rhk = item.contains("rhk_id") && !item["rhk_id"].is_null();
    const bool has_value = item.contains("perilaku") && !item["perilaku"].is_null();
    if (has_rhk) f.rhk_id = r.Text(item, here, "rhk_id", 40);
    if (has_value) f.perilaku = r.Text(item, here, "perilaku", kMaxShortTextChars);
    if (has_rhk == has_value) {
      r.Add("feedback_subject", here, "setiap umpan balik terkait dengan tepat satu hal: satu RHK (rhk_id) atau satu nilai BerAKHLAK (perilaku)");
    }
    if (has_rhk && !f.rhk_id.empty() &&
        std::none_of(a.skp.rhk.begin(), a.skp.rhk.end(), [&](const RhkRow& row) { return row.id == f.rhk_id; })) {
      r.Add("unknown_reference", MemberPath(here, "rhk_id"), "RHK " + Quoted(f.rhk_id) + " tidak ada dalam SKP berkas ini");
    }
    if (has_value && !f.perilaku.empty() &&
        std::find(BerakhlakCodes().begin(), BerakhlakCodes().end(), f.perilaku) == BerakhlakCodes().end()) {
      r.Add("unknown_value", MemberPath(here, "perilaku"), "nilai BerAKHLAK tidak dikenal " + Quoted(f.perilaku));
    }
    f.umpan_balik = r.Text(item, here, "umpan_balik", kMaxTextChars);
    f.tanggapan_pegawai = r.Text(item, here, "tanggapan_pegawai", kMaxTextChars);
    a.umpan_balik_berkelanjutan.push_back(std::move(f));
  }
}

void ReadEvaluation(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.evaluasi";
  const auto it = doc.find("evaluasi");
  if (it == doc.end() || !r.Object(*it, path, {"rating_hasil_kerja", "rating_perilaku", "capaian_kinerja_organisasi",
                                               "umpan_balik", "catatan_rekomendasi", "tempat", "tanggal"})) {
    return;
  }
  Evaluation& e = a.evaluasi;
  const char* ratings = "\"di_atas\", \"sesuai\", \"di_bawah\" atau null";
  e.rating_hasil_kerja = r.NullableKeyword<Rating>(*it, path, "rating_hasil_kerja", RatingFromKey, ratings);
  e.rating_perilaku = r.NullableKeyword<Rating>(*it, path, "rating_perilaku", RatingFromKey, ratings);
  e.capaian_kinerja_organisasi = r.NullableKeyword<OrganisationRating>(
      *it, path, "capaian_kinerja_organisasi", OrganisationRatingFromKey,
      "\"istimewa\", \"baik\", \"butuh_perbaikan\", \"kurang\", \"sangat_kurang\" atau null");
  e.umpan_balik = r.Text(*it, path, "umpan_balik", kMaxTextChars);
  e.catatan_rekomendasi = r.Text(*it, path, "catatan_rekomendasi", kMaxTextChars);
  e.tempat = r.Text(*it, path, "tempat", kMaxShortTextChars);
  e.tanggal = r.Date(*it, path, "tanggal");
}

void ReadDevelopmentPlan(JsonReader& r, const json& doc, Assessment& a) {
  const json* items = r.Array(doc, "$", "rencana_pengembangan", kMaxDevelopmentItems);
  if (items == nullptr) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const json& item = (*items)[i];
    const std::string here = IndexPath("$.rencana_pengembangan", i);
    if (!r.Object(item, here, {"kode_kompetensi", "kegiatan", "jenis", "target_tanggal", "keterangan"})) continue;
    DevelopmentItem d;
    d.kode_kompetensi = r.Text(item, here, "kode_kompetensi", kMaxShortTextChars);
    d.kegiatan = r.Text(item, here, "kegiatan", kMaxTextChars);
    d.jenis = r.Text(item, here, "jenis", kMaxShortTextChars);
    d.target_tanggal = r.Date(item, here, "target_tanggal");
    d.keterangan = r.Text(item, here, "keterangan", kMaxTextChars);
    if (!d.kode_kompetensi.empty() &&
        std::none_of(a.kompetensi.begin(), a.kompetensi.end(), [&](const CompetencyEntry& c) { return c.kode == d.kode_kompetensi; })) {
      r.Add("unknown_reference", MemberPath(here, "kode_kompetensi"),
            "kompetensi " + Quoted(d.kode_kompetensi) + " tidak ada dalam daftar kompetensi berkas ini");
    }
    a.rencana_pengembangan.push_back(std::move(d));
  }
}

void ReadJpmMethod(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.metode_jpm";
  const auto it = doc.find("metode_jpm");
  if (it == doc.end() ||
      !r.Object(*it, path, {"batas", "kategori_optimal", "kategori_cukup_optimal", "teknis", "bobot_teknis"})) {
    return;
  }
  JpmMethod& m = a.metode_jpm;
  if (auto cap = r.Keyword<JpmCap>(*it, path, "batas", JpmCapFromKey, "\"per_kompetensi\", \"total\", \"tanpa_batas\"")) {
    m.cap = *cap;
  }
  m.optimal_min = r.Integer(*it, path, "kategori_optimal", 2, 1000, m.optimal_min);
  m.cukup_min = r.Integer(*it, path, "kategori_cukup_optimal", 1, 999, m.cukup_min);
  if (m.cukup_min >= m.optimal_min) {
    r.Add("bad_range", MemberPath(path, "kategori_cukup_optimal"),
          "batas Cukup Optimal (" + std::to_string(m.cukup_min) + " %) harus di bawah batas Optimal (" +
              std::to_string(m.optimal_min) + " %)");
  }
  if (auto teknis = r.Keyword<JpmTeknis>(*it, path, "teknis", JpmTeknisFromKey, "\"disertakan\", \"dikecualikan\", \"berbobot\"")) {
    m.teknis = *teknis;
  }
  m.teknis_weight = r.Integer(*it, path, "bobot_teknis", 1, 99, m.teknis_weight);
}

void ReadStatus(JsonReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.status";
  const auto it = doc.find("status");
  if (it == doc.end() || !r.Object(*it, path, {"tahap", "dibuat", "diperbarui", "diajukan", "dinilai"})) return;
  if (auto stage = r.Keyword<Stage>(*it, path, "tahap", StageFromKey, "\"draf\", \"diajukan\", \"dinilai\"")) {
    a.status.tahap = *stage;
  }
  a.status.dibuat = r.Timestamp(*it, path, "dibuat", false).value_or("");
  a.status.diperbarui = r.Timestamp(*it, path, "diperbarui", false).value_or("");
  a.status.diajukan = r.Timestamp(*it, path, "diajukan", true);
  a.status.dinilai = r.Timestamp(*it, path, "dinilai", true);
}

void CheckConsistency(JsonReader& r, const json& doc, const Assessment& a) {
  const bool submitted = a.status.tahap != Stage::Draf;
  const bool reviewed = a.status.tahap == Stage::Dinilai;
  if (doc.contains("pegawai")) CheckNip(r, a.pegawai.nip, "$.pegawai.nip", submitted, "pegawai");
  if (doc.contains("penilai")) CheckNip(r, a.penilai.nip, "$.penilai.nip", reviewed, "pejabat penilai");
  if (doc.contains("atasan_penilai")) CheckNip(r, a.atasan_penilai.nip, "$.atasan_penilai.nip", false, "atasan pejabat penilai");
  const json* evaluation = doc.contains("evaluasi") && doc["evaluasi"].is_object() ? &doc["evaluasi"] : nullptr;
  if (reviewed && evaluation != nullptr && evaluation->value("rating_hasil_kerja", json()).is_null()) {
    r.Add("missing_rating", "$.evaluasi.rating_hasil_kerja", "berkas berstatus dinilai harus memuat rating hasil kerja");
  }
  if (reviewed && evaluation != nullptr && evaluation->value("rating_perilaku", json()).is_null()) {
    r.Add("missing_rating", "$.evaluasi.rating_perilaku", "berkas berstatus dinilai harus memuat rating perilaku kerja");
  }
  // A draft may hold a range half-way through being changed; a file may not.
  if (PeriodRangeReversed(a.periode)) {
    r.Add("bad_range", "$.periode.selesai",
          "periode penilaian berakhir (" + a.periode.selesai + ") sebelum dimulai (" + a.periode.mulai + ")");
  }
  if (submitted && doc.contains("periode") && doc["periode"].is_object() && (a.periode.mulai.empty() || a.periode.selesai.empty())) {
    r.Add("missing_period_range", "$.periode", "periode penilaian (tanggal mulai dan selesai) wajib diisi sejak diajukan");
  }
  // The layout follows the employee's job: JPT rows carry a perspektif and no aspek; the kuantitatif
  // JA/JF layout names an aspek for every indicator. A draft in browser storage (Draft mode) may be
  // half-way through a change of jabatan, so these are checked on files only.
  if (doc.contains("skp")) {
    const SkpLayout layout = LayoutFor(a.pegawai);
    for (std::size_t i = 0; i < a.skp.rhk.size(); ++i) {
      const RhkRow& row = a.skp.rhk[i];
      const std::string here = IndexPath("$.skp.rhk", i);
      const RhkRowIssues issues = CheckRhkRow(layout, a.skp.pendekatan, row);
      if (issues.aspek_not_used) {
        r.Add("layout_mismatch", MemberPath(here, "aspek"),
              "SKP pejabat pimpinan tinggi (JPT) tidak memakai aspek; isi perspektif dan biarkan aspek null");
      }
      if (issues.perspektif_not_used) {
        r.Add("layout_mismatch", MemberPath(here, "perspektif"),
              "perspektif hanya dipakai pada SKP pejabat pimpinan tinggi (JPT); untuk JA/JF biarkan null");
      }
      if (issues.numeric_qualitative_target) {
        r.Add("qualitative_target", MemberPath(here, "target"),
              "pendekatan kualitatif: target berupa uraian ekspektasi, bukan angka saja (tertulis " + Quoted(row.target) + ")");
      }
      if (!submitted) continue;
      if (issues.missing_perspektif) r.Add("missing_value", MemberPath(here, "perspektif"), "SKP JPT: perspektif wajib diisi");
      if (issues.missing_aspek) {
        r.Add("missing_value", MemberPath(here, "aspek"), "pendekatan kuantitatif: aspek (kuantitas, kualitas, waktu atau biaya) wajib diisi");
      }
    }
  }
}

}  // namespace asn::core
