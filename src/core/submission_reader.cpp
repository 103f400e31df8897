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
#include "core/submission_sections.hpp"
#include "core/text_checks.hpp"

#include <algorithm>
#include <set>

namespace asn::core {
namespace {

using json = nlohmann::json;

// Where a member of the versi-2 layout was in versi 1: problems of a file written in versi 1 name
// the file's own paths (and so get its line numbers), not the layout it was migrated to.
std::string ToVersion1Path(const std::string& path) {
  struct Move {
    const char* v2;
    const char* v1;
  };
  static const Move kMoves[] = {
      {"$.instansi", "$.pegawai.instansi"},
      {"$.periode.ke", "$.periode.triwulan"},
      {"$.periode.mulai", "$.periode"},
      {"$.periode.selesai", "$.periode"},
      {"$.evaluasi.rating_hasil_kerja", "$.hasil_kerja.rating"},
      {"$.evaluasi.rating_perilaku", "$.perilaku.rating"},
      {"$.evaluasi.umpan_balik", "$.umpan_balik"},
      {"$.evaluasi", "$"},
      {"$.skp.rhk", "$.hasil_kerja.rhk"},
      {"$.skp", "$.hasil_kerja"},
  };
  for (const Move& m : kMoves) {
    const std::string v2 = m.v2;
    if (path == v2) return m.v1;
    if (path.rfind(v2, 0) == 0 && (path[v2.size()] == '.' || path[v2.size()] == '[')) return m.v1 + path.substr(v2.size());
  }
  return path;
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

  JsonReader reader(problems);
  std::optional<CanonicalTextParts> canonical;
  // The digest of a sealed file (versi 1 and later) is checked on the document as written, before
  // any migration; versi 0 had none.
  if (verify_seal && versi >= 1) {
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
        // A file of the current version is read as it is: its canonical text serves the digest and,
        // when it is signed, the text signed (written once). Older versions are migrated first.
        std::string digest;
        if (versi == kFormatVersion) {
          canonical = CanonicalTextMarking(doc, "tanda_tangan", text.size());
          digest = Sha256Hex(canonical->text);
        } else {
          digest = CanonicalDigest(doc);
        }
        if (value != digest) {
          reader.Add("integrity_mismatch", "$.integritas.nilai",
                     "kode integritas tidak cocok: isi berkas berubah setelah diekspor (rusak atau disunting)");
        }
      }
    }
  }
  doc.erase("integritas");
  const std::size_t before_migration = problems.size();
  if (versi < kFormatVersion && !MigrateToCurrent(doc, static_cast<int>(versi), problems)) {
    for (std::size_t i = before_migration; i < problems.size(); ++i) problems[i].path = ToVersion1Path(problems[i].path);
    AttachLines(text, problems);
    return result;
  }

  reader.Object(doc, "$",
                {"format", "versi", "instansi", "pegawai", "penilai", "atasan_penilai", "periode", "kompetensi", "skp",
                 "perilaku", "umpan_balik_berkelanjutan", "evaluasi", "rencana_pengembangan", "metode_jpm", "status"},
                {"contoh", "integritas", "tanda_tangan"});
  Assessment a;
  if (const auto contoh = doc.find("contoh"); contoh != doc.end()) {
    if (contoh->is_boolean()) a.contoh = contoh->get<bool>();
    else reader.Add("wrong_type", "$.contoh", std::string("harus berupa boolean, bukan ") + JsonTypeName(*contoh));
  }
  ReadPeople(reader, doc, a);
  ReadPeriod(reader, doc, a);
  ReadCompetencies(reader, doc, a);
  ReadSkp(reader, doc, a);
  ReadBehaviour(reader, doc, a);
  ReadFeedback(reader, doc, a);
  ReadEvaluation(reader, doc, a);
  ReadDevelopmentPlan(reader, doc, a);
  ReadJpmMethod(reader, doc, a);
  ReadStatus(reader, doc, a);
  ReadSignature(reader, doc, a);
  if (mode == ImportMode::Submission) CheckConsistency(reader, doc, a);

  if (problems.empty()) {
    if (a.tanda_tangan) {
      // The document as signed: without it.
      result.signed_message = canonical ? canonical->Without() : CanonicalText(doc, "tanda_tangan");
    }
    result.assessment = std::move(a);
    return result;
  }
  // A hostile file can hold a problem per member; the first ones say enough.
  if (problems.size() > kMaxReportedProblems) {
    const std::size_t more = problems.size() - kMaxReportedProblems;
    problems.resize(kMaxReportedProblems);
    problems.push_back({"more_problems", "$", "… dan " + std::to_string(more) + " masalah lain", 0});
  }
  if (versi < kFormatVersion) {
    for (Problem& p : problems) p.path = ToVersion1Path(p.path);
  }
  AttachLines(text, problems);
  return result;
}

}  // namespace

}  // namespace asn::core
