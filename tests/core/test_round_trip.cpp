// Export → import is lossless (structural equality) for every persona and for randomised
// assessments that use every field: Unicode text (accents, CJK, emoji, quotes, backslashes,
// newlines, tabs), empty and maximum-length texts, optional values present and absent, both period
// kinds, every enum value, both SKP layouts and approaches, feedback entries. Pretty and compact (browser storage) forms both round-trip.
#include "core/dictionary.hpp"
#include "core/problem.hpp"
#include "core/rules_development.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace asn::core;

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 2654435761u + 1) {}
  std::uint64_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }

  // Text of up to max_chars characters drawn from awkward pieces (each piece one character).
  std::string Text(std::size_t max_chars) {
    static const char* const kPieces[] = {"a", "Z", " ", "é", "ñ", "ß", "漢", "字", "😀", "\"", "\\", "/", "\n", "\t",
                                          "<", ">", "&", "'", "{", "}", "0", "9", "−", "…", "\u00A0"};
    const int mode = Below(10);
    const std::size_t length = mode == 0 ? 0 : mode == 1 ? max_chars : static_cast<std::size_t>(Below(static_cast<int>(std::min<std::size_t>(max_chars, 60)) + 1));
    std::string out;
    for (std::size_t i = 0; i < length; ++i) out += kPieces[Below(25)];
    return out;
  }
  std::string Date() {
    const int m = 1 + Below(12);
    const int d = 1 + Below(28);
    return "2026-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-" + (d < 10 ? "0" : "") + std::to_string(d);
  }

 private:
  std::uint64_t state_;
};

std::optional<Rating> MaybeRating(Random& r) {
  const int pick = r.Below(4);
  if (pick == 3) return std::nullopt;
  return static_cast<Rating>(pick);
}

std::string Key(Random& r, const std::vector<std::string>& keys) { return keys[static_cast<std::size_t>(r.Below(static_cast<int>(keys.size())))]; }

void RandomPerson(Random& r, Person& p) {
  for (std::string* s : {&p.nama, &p.pangkat_golongan, &p.jabatan, &p.unit_kerja}) *s = r.Text(kMaxShortTextChars);
  p.nip = r.Chance(30) ? "" : p.nip.substr(0, static_cast<std::size_t>(r.Below(19)));
  p.jenis_jabatan = r.Chance(20) ? "" : Key(r, JobTypeKeys());
}

// A draft in any state: every field filled at random within the format's limits, keeping only the
// rules a draft in storage must keep (the SKP layout follows the employee's jabatan).
Assessment RandomDraft(Random& r) {
  Assessment a;
  const std::vector<PersonaInfo>& personas = Personas();
  REQUIRE(MakeSampleAssessment(personas[static_cast<std::size_t>(r.Below(static_cast<int>(personas.size())))].key, &a));
  a.contoh = r.Chance(50);
  a.instansi = r.Text(kMaxShortTextChars);
  for (Person* p : {&a.pegawai, &a.penilai, &a.atasan_penilai}) RandomPerson(r, *p);
  a.periode.tahun = 2020 + r.Below(10);
  a.periode.jenis = r.Chance(30) ? PeriodKind::Semester : PeriodKind::Triwulan;
  a.periode.ke = 1 + r.Below(a.periode.jenis == PeriodKind::Triwulan ? 4 : 2);
  a.periode.mulai = r.Chance(20) ? "" : r.Date();
  a.periode.selesai = a.periode.mulai.empty() || r.Chance(20) ? "" : std::max(a.periode.mulai, r.Date());
  for (CompetencyEntry& c : a.kompetensi) {
    c.level_standar = 1 + r.Below(5);
    c.level_mandiri = r.Below(6);
    c.level_atasan = r.Below(6);
    c.bukti = r.Text(kMaxTextChars);
    c.umpan_balik = r.Text(300);
  }
  a.skp.pendekatan = r.Chance(30) ? SkpApproach::Kualitatif : SkpApproach::Kuantitatif;
  a.skp.rhk.clear();
  const bool jpt = IsJptJobType(a.pegawai.jenis_jabatan);
  for (int i = r.Below(12); i > 0; --i) {
    RhkRow row;
    row.id = NewRhkId(a.skp);
    row.jenis = r.Chance(50) ? RhkKind::Utama : RhkKind::Tambahan;
    if (jpt && r.Chance(80)) row.perspektif = static_cast<RhkPerspective>(r.Below(4));
    if (!jpt && r.Chance(80)) row.aspek = static_cast<RhkAspect>(r.Below(4));
    for (std::string* s : {&row.rhk_pimpinan, &row.rhk, &row.iki, &row.bukti_dukung, &row.umpan_balik}) *s = r.Text(400);
    for (std::string* s : {&row.target, &row.realisasi, &row.satuan}) *s = r.Text(kMaxShortTextChars);
    a.skp.rhk.push_back(row);
  }
  for (std::vector<std::string>* list : {&a.skp.lampiran.dukungan_sumber_daya, &a.skp.lampiran.skema_pertanggungjawaban,
                                         &a.skp.lampiran.konsekuensi}) {
    list->clear();
    for (int i = r.Below(4); i > 0; --i) list->push_back(r.Text(300));
  }
  for (BehaviourNote& note : a.perilaku) {
    note.refleksi_mandiri = r.Text(500);
    note.catatan_atasan = r.Text(500);
    note.ekspektasi_pimpinan = r.Text(500);
  }
  a.umpan_balik_berkelanjutan.clear();
  for (int i = r.Below(8); i > 0; --i) {
    FeedbackEntry f;
    f.tanggal = r.Date();
    if (!a.skp.rhk.empty() && r.Chance(50)) f.rhk_id = a.skp.rhk[static_cast<std::size_t>(r.Below(static_cast<int>(a.skp.rhk.size())))].id;
    else f.perilaku = Key(r, BerakhlakCodes());
    f.umpan_balik = r.Text(400);
    f.tanggapan_pegawai = r.Text(400);
    a.umpan_balik_berkelanjutan.push_back(f);
  }
  a.evaluasi.rating_hasil_kerja = MaybeRating(r);
  a.evaluasi.rating_perilaku = MaybeRating(r);
  a.evaluasi.capaian_kinerja_organisasi =
      r.Chance(25) ? std::nullopt : std::optional<OrganisationRating>(static_cast<OrganisationRating>(r.Below(5)));
  a.evaluasi.umpan_balik = r.Text(kMaxTextChars);
  a.evaluasi.catatan_rekomendasi = r.Text(500);
  a.evaluasi.tempat = r.Text(kMaxShortTextChars);
  a.evaluasi.tanggal = r.Chance(30) ? "" : r.Date();
  a.rencana_pengembangan = DraftDevelopmentPlan(RecommendDevelopment(a.kompetensi));
  for (DevelopmentItem& item : a.rencana_pengembangan) {
    item.kegiatan = r.Text(300);
    item.keterangan = r.Text(300);
    item.target_tanggal = r.Chance(30) ? "" : r.Date();
  }
  a.status = Status{Stage::Draf, "2026-01-02T03:04:05Z", "2026-02-03T04:05:06Z", std::nullopt, std::nullopt};
  if (r.Chance(30)) {
    a.status.tahap = Stage::Diajukan;
    a.status.diajukan = "2026-02-03T04:05:06Z";
  }
  return a;
}

// The keys of an object of the file, in the file's order.
std::vector<std::string> KeysOf(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

// `keys` in the order of `documented` (and none other).
bool InDocumentedOrder(const std::vector<std::string>& keys, const std::vector<std::string>& documented) {
  std::size_t at = 0;
  for (const std::string& key : keys) {
    while (at < documented.size() && documented[at] != key) ++at;
    if (at == documented.size()) return false;
  }
  return true;
}

// A file is laid out exactly as nlohmann's dump() lays out the same members in the same order
// (pretty and compact), and the order is the one the README documents.
void CheckFileLayout(const Assessment& a) {
  const std::string pretty = ExportSubmission(a);
  const auto file = nlohmann::ordered_json::parse(pretty);
  CHECK(pretty == file.dump(2) + "\n");
  CHECK(ExportSubmission(a, -1) == file.dump());
  CHECK(InDocumentedOrder(KeysOf(file), {"format", "versi", "contoh", "instansi", "pegawai", "penilai", "atasan_penilai",
                                         "periode", "kompetensi", "skp", "perilaku", "umpan_balik_berkelanjutan",
                                         "evaluasi", "rencana_pengembangan", "metode_jpm", "status", "tanda_tangan",
                                         "integritas"}));
  CHECK(KeysOf(file).front() == "format");
  CHECK(KeysOf(file).back() == "integritas");
  CHECK(KeysOf(file["pegawai"]) ==
        std::vector<std::string>{"nama", "nip", "pangkat_golongan", "jabatan", "jenis_jabatan", "unit_kerja"});
  for (const auto& c : file["kompetensi"]) {
    CHECK(InDocumentedOrder(KeysOf(c), {"kode", "nama", "jenis", "level_standar", "level_mandiri", "level_atasan", "bukti",
                                        "umpan_balik", "definisi", "deskripsi_level"}));
  }
  for (const auto& row : file["skp"]["rhk"]) {
    CHECK(KeysOf(row) == std::vector<std::string>{"id", "jenis", "rhk_pimpinan", "rhk", "aspek", "perspektif", "iki",
                                                  "target", "satuan", "realisasi", "bukti_dukung", "umpan_balik"});
  }
}

}  // namespace

TEST_CASE("every persona round-trips as a submission, pretty and compact") {
  for (const PersonaInfo& p : Personas()) {
    CAPTURE(p.key);
    Assessment a;
    REQUIRE(MakeSampleAssessment(p.key, &a));
    CheckFileLayout(a);
    for (int indent : {2, -1}) {
      const ImportResult back = ImportSubmission(ExportSubmission(a, indent));
      REQUIRE(back.ok());
      CHECK(*back.assessment == a);
      CHECK(ExportSubmission(*back.assessment, indent) == ExportSubmission(a, indent));
    }
  }
}

TEST_CASE("randomised drafts round-trip losslessly") {
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    CAPTURE(seed);
    Random r(seed);
    const Assessment a = RandomDraft(r);
    CheckFileLayout(a);
    for (int indent : {2, -1}) {
      const ImportResult back = ImportSubmission(ExportSubmission(a, indent), ImportMode::Draft);
      if (!back.ok()) FAIL_CHECK(FormatProblem(back.problems.front()));
      REQUIRE(back.ok());
      CHECK(*back.assessment == a);
    }
  }
}

TEST_CASE("the random generator reaches the awkward cases it claims to") {
  bool emoji = false, empty_name = false, max_evidence = false, no_rating = false, semester = false, jpt = false,
       feedback = false;
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    Random r(seed);
    const Assessment a = RandomDraft(r);
    emoji = emoji || a.evaluasi.umpan_balik.find("😀") != std::string::npos;
    empty_name = empty_name || a.pegawai.nama.empty();
    for (const CompetencyEntry& c : a.kompetensi) max_evidence = max_evidence || c.bukti.size() >= kMaxTextChars;
    no_rating = no_rating || !a.evaluasi.rating_perilaku;
    semester = semester || a.periode.jenis == PeriodKind::Semester;
    jpt = jpt || (IsJptJobType(a.pegawai.jenis_jabatan) && !a.skp.rhk.empty());
    feedback = feedback || a.umpan_balik_berkelanjutan.size() >= 3;
  }
  CHECK(emoji);
  CHECK(empty_name);
  CHECK(max_evidence);
  CHECK(no_rating);
  CHECK(semester);
  CHECK(jpt);
  CHECK(feedback);
}

// The application skips writing a draft whose content equals what it last stored (operator==), so
// equality must see every member of the format: a member it missed would be a change never saved.
// Every leaf of the document is changed in turn; each change the checks accept must be unequal.
namespace {

// "/kompetensi/3/bukti" -> "/kompetensi/#/bukti"
std::string LeafPattern(const std::string& pointer) {
  std::string pattern;
  for (std::size_t at = 1; at <= pointer.size();) {
    const std::size_t end = std::min(pointer.find('/', at), pointer.size());
    const std::string token = pointer.substr(at, end - at);
    pattern += "/" + (!token.empty() && token.find_first_not_of("0123456789") == std::string::npos ? std::string("#") : token);
    at = end + 1;
  }
  return pattern;
}

}  // namespace

TEST_CASE("equality sees every member of the format: any accepted change to any leaf makes the draft unequal") {
  std::vector<std::pair<Assessment, nlohmann::json>> drafts;
  std::map<std::string, std::set<std::string>> seen;  // pattern -> the values met there (enum keys, ratings)
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    Random r(seed);
    Assessment a = RandomDraft(r);
    if (seed % 3 == 0) a.evaluasi.capaian_kinerja_organisasi.reset();
    nlohmann::json flat = CanonicalAssessmentJson(a).flatten();
    for (const auto& [pointer, value] : flat.items()) {
      if (!value.is_null()) seen[LeafPattern(pointer)].insert(value.dump());
    }
    drafts.emplace_back(std::move(a), std::move(flat));
  }
  std::set<std::string> leaves, covered;
  for (const auto& [a, flat] : drafts) {
    const nlohmann::json document = flat.unflatten();
    for (const auto& [pointer, value] : flat.items()) {
      if (pointer == "/integritas" || pointer == "/versi" || value.is_array() || value.is_object()) continue;
      const std::string pattern = LeafPattern(pointer);
      if (value.is_null() && seen[pattern].empty()) continue;  // an empty list, or a member no draft here has
      leaves.insert(pattern);
      std::vector<nlohmann::json> changes;
      if (seen[pattern].size() <= 8) {
        for (const std::string& other : seen[pattern]) changes.push_back(nlohmann::json::parse(other));
      }
      if (value.is_boolean()) changes.push_back(!value.get<bool>());
      if (value.is_number_integer()) changes.insert(changes.end(), {value.get<long long>() + 1, value.get<long long>() - 1});
      if (value.is_string()) {
        const std::string s = value.get<std::string>();
        changes.insert(changes.end(), {s + "x", "x", ""});
        for (std::size_t i = s.size(); i-- > 0;) {  // the last digit changed: dates, times, NIPs
          if (s[i] >= '0' && s[i] <= '9') {
            std::string t = s;
            t[i] = s[i] == '1' ? '2' : '1';
            changes.push_back(t);
            break;
          }
        }
      }
      if (!value.is_null()) changes.push_back(nullptr);
      for (const nlohmann::json& change : changes) {
        if (change == value) continue;
        nlohmann::json changed = document;
        changed[nlohmann::json::json_pointer(pointer)] = change;
        const ImportResult back = CheckOwnDocument(changed, ImportMode::Draft);
        if (!back.ok()) continue;
        covered.insert(pattern);
        const std::string where = pointer;  // (clang: a structured binding cannot be captured in C++17)
        const std::string what = change.dump();
        CAPTURE(where);
        CAPTURE(what);
        CHECK(*back.assessment != a);
      }
    }
  }
  std::string missed;
  for (const std::string& leaf : leaves) {
    if (!covered.count(leaf)) missed += leaf + " ";
  }
  MESSAGE("leaves changed: " << covered.size() << " of " << leaves.size() << "; never accepted: " << missed);
  CHECK(covered.size() * 10 >= leaves.size() * 9);
}
