// Import side of the submission format: parse, migrate, verify the digest, validate every member
// and build the Assessment — reporting every problem at once, each with its JSON path.
#include "core/format_keys.hpp"
#include "core/integrity.hpp"
#include "core/json_reader.hpp"
#include "core/json_locator.hpp"
#include "core/migration.hpp"
#include "core/nip.hpp"
#include "core/rules_predikat.hpp"
#include "core/sha256.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "core/text_checks.hpp"

#include <algorithm>
#include <set>

namespace asn::core {
namespace {

using json = nlohmann::json;
using DocumentReader = JsonReader;

std::optional<Rating> RatingValue(JsonReader& r, const json& object, const std::string& path) {
  const auto it = object.find("rating");
  if (it == object.end() || it->is_null()) return std::nullopt;
  return r.Keyword<Rating>(object, path, "rating", RatingFromKey, "\"di_atas\", \"sesuai\", \"di_bawah\" atau null");
}

void ReadEmployee(DocumentReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.pegawai";
  const auto it = doc.find("pegawai");
  if (it == doc.end() || !r.Object(*it, path, {"nama", "nip", "jabatan", "jenis_jabatan", "unit_kerja", "instansi"})) return;
  Employee& e = a.pegawai;
  e.nama = r.Text(*it, path, "nama", kMaxShortTextChars);
  e.nip = r.Text(*it, path, "nip", kMaxShortTextChars);
  e.jabatan = r.Text(*it, path, "jabatan", kMaxShortTextChars);
  e.jenis_jabatan = r.Text(*it, path, "jenis_jabatan", kMaxShortTextChars);
  e.unit_kerja = r.Text(*it, path, "unit_kerja", kMaxShortTextChars);
  e.instansi = r.Text(*it, path, "instansi", kMaxShortTextChars);
  if (!e.jenis_jabatan.empty()) {
    bool known = false;
    for (const std::string& key : JobTypeKeys()) known = known || key == e.jenis_jabatan;
    if (!known) r.Add("unknown_value", MemberPath(path, "jenis_jabatan"), "jenis jabatan tidak dikenal " + Quoted(e.jenis_jabatan));
  }
}

void ReadSupervisor(DocumentReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.penilai";
  const auto it = doc.find("penilai");
  if (it == doc.end() || !r.Object(*it, path, {"nama", "nip", "jabatan", "unit_kerja"})) return;
  a.penilai.nama = r.Text(*it, path, "nama", kMaxShortTextChars);
  a.penilai.nip = r.Text(*it, path, "nip", kMaxShortTextChars);
  a.penilai.jabatan = r.Text(*it, path, "jabatan", kMaxShortTextChars);
  a.penilai.unit_kerja = r.Text(*it, path, "unit_kerja", kMaxShortTextChars);
}

void ReadPeriod(DocumentReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.periode";
  const auto it = doc.find("periode");
  if (it == doc.end() || !r.Object(*it, path, {"tahun", "jenis", "triwulan"})) return;
  a.periode.tahun = r.Integer(*it, path, "tahun", 2000, 2100, a.periode.tahun);
  const std::optional<PeriodKind> kind =
      r.Keyword<PeriodKind>(*it, path, "jenis", PeriodKindFromKey, "\"tahunan\", \"triwulan\"");
  if (kind) a.periode.jenis = *kind;
  const auto tw = it->find("triwulan");
  if (tw == it->end()) return;
  if (a.periode.jenis == PeriodKind::Triwulan) {
    if (tw->is_null()) {
      r.Add("missing_member", MemberPath(path, "triwulan"), "periode triwulan harus menyebut triwulan ke berapa (1–4)");
    } else {
      a.periode.triwulan = r.Integer(*it, path, "triwulan", 1, 4, 0);
    }
  } else if (!tw->is_null()) {
    r.Add("inconsistent", MemberPath(path, "triwulan"), "harus null untuk periode tahunan");
  }
}

void ReadCompetencies(DocumentReader& r, const json& doc, Assessment& a) {
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
    if (const json* levels = r.Array(item, path, "deskripsi_level", 5)) {
      if (levels->size() != 5) r.Add("wrong_count", MemberPath(path, "deskripsi_level"), "harus berisi tepat 5 deskripsi (level 1–5)");
      for (std::size_t k = 0; k < levels->size(); ++k) {
        const json& text = (*levels)[k];
        if (!text.is_string()) {
          r.Add("wrong_type", IndexPath(MemberPath(path, "deskripsi_level"), k), std::string("harus berupa teks, bukan ") + JsonTypeName(text));
        } else if (Utf8Length(text.get_ref<const std::string&>()) > kMaxTextChars) {
          r.Add("text_too_long", IndexPath(MemberPath(path, "deskripsi_level"), k), "teks terlalu panjang");
        } else {
          c.deskripsi_level.push_back(text.get<std::string>());
        }
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

void ReadResults(DocumentReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.hasil_kerja";
  const auto it = doc.find("hasil_kerja");
  if (it == doc.end() || !r.Object(*it, path, {"rating", "rhk"})) return;
  a.rating_hasil_kerja = RatingValue(r, *it, path);
  const json* rows = r.Array(*it, path, "rhk", kMaxRhkRows);
  if (rows == nullptr) return;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const json& item = (*rows)[i];
    const std::string here = IndexPath(MemberPath(path, "rhk"), i);
    if (!r.Object(item, here, {"jenis", "rhk_pimpinan", "rhk", "aspek", "iki", "target", "realisasi", "satuan",
                               "bukti_dukung", "umpan_balik"})) {
      continue;
    }
    RhkRow row;
    if (auto k = r.Keyword<RhkKind>(item, here, "jenis", RhkKindFromKey, "\"utama\", \"tambahan\"")) row.jenis = *k;
    row.rhk_pimpinan = r.Text(item, here, "rhk_pimpinan", kMaxTextChars);
    row.rhk = r.Text(item, here, "rhk", kMaxTextChars);
    if (auto asp = r.Keyword<RhkAspect>(item, here, "aspek", RhkAspectFromKey,
                                        "\"kuantitas\", \"kualitas\", \"waktu\", \"biaya\"")) {
      row.aspek = *asp;
    }
    row.iki = r.Text(item, here, "iki", kMaxTextChars);
    row.target = r.Text(item, here, "target", kMaxShortTextChars);
    row.realisasi = r.Text(item, here, "realisasi", kMaxShortTextChars);
    row.satuan = r.Text(item, here, "satuan", kMaxShortTextChars);
    row.bukti_dukung = r.Text(item, here, "bukti_dukung", kMaxTextChars);
    row.umpan_balik = r.Text(item, here, "umpan_balik", kMaxTextChars);
    a.hasil_kerja.push_back(std::move(row));
  }
}

void ReadBehaviour(DocumentReader& r, const json& doc, Assessment& a) {
  const std::string path = "$.perilaku";
  const auto it = doc.find("perilaku");
  if (it == doc.end() || !r.Object(*it, path, {"rating", "nilai"})) return;
  a.rating_perilaku = RatingValue(r, *it, path);
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
    bool known = false;
    for (const std::string& code : BerakhlakCodes()) known = known || code == note.kode;
    if (!known) {
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

void ReadDevelopmentPlan(DocumentReader& r, const json& doc, Assessment& a) {
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
    d.target_tanggal = r.Text(item, here, "target_tanggal", kMaxShortTextChars);
    d.keterangan = r.Text(item, here, "keterangan", kMaxTextChars);
    if (!d.target_tanggal.empty() && !IsCalendarDate(d.target_tanggal)) {
      r.Add("bad_date", MemberPath(here, "target_tanggal"), "tanggal harus berformat TTTT-BB-HH (tertulis " + Quoted(d.target_tanggal) + ")");
    }
    if (!d.kode_kompetensi.empty()) {
      bool present = false;
      for (const CompetencyEntry& c : a.kompetensi) present = present || c.kode == d.kode_kompetensi;
      if (!present) {
        r.Add("unknown_reference", MemberPath(here, "kode_kompetensi"),
              "kompetensi " + Quoted(d.kode_kompetensi) + " tidak ada dalam daftar kompetensi berkas ini");
      }
    }
    a.rencana_pengembangan.push_back(std::move(d));
  }
}

void ReadStatus(DocumentReader& r, const json& doc, Assessment& a) {
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

void CheckNipMemberPath(DocumentReader& r, const std::string& nip, const std::string& path, bool required, const char* who) {
  if (nip.empty()) {
    if (required) r.Add("missing_nip", path, std::string("NIP ") + who + " wajib diisi pada tahap ini");
    return;
  }
  for (NipError error : CheckNip(nip)) r.Add("bad_nip", path, NipErrorMessage(error));
}

// Rules that involve several members.
void CheckConsistency(DocumentReader& r, const json& doc, const Assessment& a) {
  const bool submitted = a.status.tahap != Stage::Draf;
  const bool reviewed = a.status.tahap == Stage::Dinilai;
  if (doc.contains("pegawai")) CheckNipMemberPath(r, a.pegawai.nip, "$.pegawai.nip", submitted, "pegawai");
  if (doc.contains("penilai")) CheckNipMemberPath(r, a.penilai.nip, "$.penilai.nip", reviewed, "pejabat penilai");
  if (reviewed && doc.contains("hasil_kerja") && doc["hasil_kerja"].is_object() && doc["hasil_kerja"].value("rating", nlohmann::json()).is_null()) {
    r.Add("missing_rating", "$.hasil_kerja.rating", "berkas berstatus dinilai harus memuat rating hasil kerja");
  }
  if (reviewed && doc.contains("perilaku") && doc["perilaku"].is_object() && doc["perilaku"].value("rating", nlohmann::json()).is_null()) {
    r.Add("missing_rating", "$.perilaku.rating", "berkas berstatus dinilai harus memuat rating perilaku kerja");
  }
}

// Ancestors of a path, itself first: "$.a[1].b", "$.a[1]", "$.a", "$".
std::vector<std::string> PathAndAncestors(std::string path) {
  std::vector<std::string> out;
  while (true) {
    out.push_back(path);
    const std::size_t cut = path.find_last_of(".[");
    if (cut == std::string::npos || cut == 0) break;
    path.resize(cut);
  }
  return out;
}

// Gives each problem the line of its value; a missing member gets the line of its parent.
void AttachLines(std::string_view text, Problems& problems) {
  if (text.empty()) return;  // a document built in memory has no lines
  std::set<std::string> wanted;
  for (const Problem& p : problems) {
    if (p.line != 0) continue;
    for (const std::string& path : PathAndAncestors(p.path)) wanted.insert(path);
  }
  const std::map<std::string, int> lines = LocateJsonPaths(text, wanted);
  for (Problem& p : problems) {
    if (p.line != 0) continue;
    for (const std::string& path : PathAndAncestors(p.path)) {
      const auto found = lines.find(path);
      if (found != lines.end()) {
        p.line = found->second;
        break;
      }
    }
  }
}

}  // namespace

namespace {
ImportResult ReadDocument(json doc, ImportMode mode, std::string_view text, bool verify_seal);
}  // namespace

ImportResult ImportSubmission(std::string_view text, ImportMode mode) {
  ImportResult result;
  Problems& problems = result.problems;
  if (text.size() > kMaxFileBytes) {
    problems.push_back({"file_too_large", "$",
                        "berkas terlalu besar (" + std::to_string(text.size() / 1024) + " KB; maksimum " +
                            std::to_string(kMaxFileBytes / 1024 / 1024) + " MB)",
                        0});
    return result;
  }
  // A UTF-8 byte-order mark, as Notepad writes, is harmless (the parser skips it too).
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    problems.push_back({"empty_file", "$", "berkas kosong", 1});
    return result;
  }
  Problem problem;
  std::optional<json> doc = ParseStrictJson(text, problem, kMaxNestingDepth);
  if (!doc) {
    problems.push_back(std::move(problem));
    return result;
  }
  return ReadDocument(std::move(*doc), mode, text, /*verify_seal=*/true);
}

ImportResult CheckOwnDocument(nlohmann::json document, ImportMode mode) {
  return ReadDocument(std::move(document), mode, std::string_view(), /*verify_seal=*/false);
}

namespace {

// Everything after parsing: format and version, migration, the digest (when verify_seal), every
// member. `text` (when not empty) gives problems their line numbers.
ImportResult ReadDocument(json doc, ImportMode mode, std::string_view text, bool verify_seal) {
  ImportResult result;
  Problems& problems = result.problems;

  if (!doc.is_object()) {
    problems.push_back({"wrong_type", "$", "berkas harus berisi satu objek JSON", 1});
    return result;
  }
  const auto format = doc.find("format");
  if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormatName) {
    problems.push_back({"not_asn_kinerja", "$.format", "bukan berkas penilaian asn-kinerja (\"format\" harus \"asn-kinerja\")", 0});
    AttachLines(text, problems);
    return result;
  }
  const auto version = doc.find("versi");
  if (version == doc.end() || !version->is_number_integer() || version->get<long long>() < 0) {
    problems.push_back({"bad_version", "$.versi", "\"versi\" harus berupa bilangan bulat", 0});
    AttachLines(text, problems);
    return result;
  }
  const long long versi = version->get<long long>();
  result.source_version = static_cast<int>(std::min<long long>(versi, 1000000));
  if (versi > kFormatVersion) {
    problems.push_back({"newer_version", "$.versi",
                        "berkas dibuat dengan format versi " + std::to_string(versi) +
                            ", lebih baru daripada yang dikenal aplikasi ini (versi " + std::to_string(kFormatVersion) +
                            "); perbarui aplikasi untuk membukanya",
                        0});
    AttachLines(text, problems);
    return result;
  }

  DocumentReader reader(problems);
  if (versi < kFormatVersion) {
    // Older versions carry no digest; migrate, then validate as the current version. Problems are
    // reported against the migrated layout, which the messages name.
    if (!MigrateToCurrent(doc, static_cast<int>(versi), problems)) {
      AttachLines(text, problems);
      return result;
    }
  } else if (verify_seal) {
    const auto seal = doc.find("integritas");
    if (seal == doc.end()) {
      reader.Add("missing_integrity", "$.integritas", "wajib ada: berkas tanpa kode integritas tidak dapat diperiksa keutuhannya");
    } else if (reader.Object(*seal, "$.integritas", {"algoritma", "nilai"})) {
      const std::string algorithm = reader.Text(*seal, "$.integritas", "algoritma", kMaxShortTextChars);
      const std::string value = reader.Text(*seal, "$.integritas", "nilai", kMaxShortTextChars);
      if (algorithm != kIntegrityAlgorithm) {
        reader.Add("unknown_value", "$.integritas.algoritma", "algoritma integritas harus \"sha256\"");
      } else {
        doc.erase("integritas");
        if (value != CanonicalDigest(doc)) {
          reader.Add("integrity_mismatch", "$.integritas.nilai",
                     "kode integritas tidak cocok: isi berkas berubah setelah diekspor (rusak atau disunting)");
        }
      }
    }
    doc.erase("integritas");
  }

  reader.Object(doc, "$",
                {"format", "versi", "pegawai", "penilai", "periode", "kompetensi", "hasil_kerja", "perilaku",
                 "umpan_balik", "rencana_pengembangan", "status"},
                {"contoh", "integritas"});
  Assessment a;
  if (const auto contoh = doc.find("contoh"); contoh != doc.end()) {
    if (contoh->is_boolean()) a.contoh = contoh->get<bool>();
    else reader.Add("wrong_type", "$.contoh", std::string("harus berupa boolean, bukan ") + JsonTypeName(*contoh));
  }
  ReadEmployee(reader, doc, a);
  ReadSupervisor(reader, doc, a);
  ReadPeriod(reader, doc, a);
  ReadCompetencies(reader, doc, a);
  ReadResults(reader, doc, a);
  ReadBehaviour(reader, doc, a);
  a.umpan_balik = reader.Text(doc, "$", "umpan_balik", kMaxTextChars);
  ReadDevelopmentPlan(reader, doc, a);
  ReadStatus(reader, doc, a);
  if (mode == ImportMode::Submission) CheckConsistency(reader, doc, a);

  if (problems.empty()) {
    result.assessment = std::move(a);
    return result;
  }
  // A hostile file can hold a problem per member; the first ones say enough.
  if (problems.size() > kMaxReportedProblems) {
    const std::size_t more = problems.size() - kMaxReportedProblems;
    problems.resize(kMaxReportedProblems);
    problems.push_back({"more_problems", "$", "… dan " + std::to_string(more) + " masalah lain", 0});
  }
  if (versi == kFormatVersion) AttachLines(text, problems);
  return result;
}

}  // namespace

}  // namespace asn::core
