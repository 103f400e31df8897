#include "core/recap_entry.hpp"

#include "core/rules_competency_gap.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace asn::core {
namespace {

using json = nlohmann::json;

// Enums travel as their index; decoding checks the range.
template <typename Enum>
json Index(const std::optional<Enum>& value) {
  return value ? json(static_cast<int>(*value)) : json(nullptr);
}

json MethodJson(const JpmMethod& m) {
  return json::array({static_cast<int>(m.cap), m.optimal_min, m.cukup_min, static_cast<int>(m.teknis), m.teknis_weight});
}

json RowJson(const RecapRow& row) {
  json jpm = nullptr;
  if (row.jpm) {
    jpm = json::array({row.jpm->numerator, row.jpm->denominator, static_cast<int>(row.jpm->category), row.jpm->percent,
                       row.jpm->weight_not_applied});
  }
  json gaps = json::array();
  for (const std::optional<int>& gap : row.gaps) gaps.push_back(gap ? json(*gap) : json(nullptr));
  return {{"nama", row.nama}, {"nip", row.nip}, {"jabatan", row.jabatan}, {"jenis_jabatan", row.jenis_jabatan},
          {"unit_kerja", row.unit_kerja}, {"instansi", row.instansi}, {"periode", row.periode},
          {"tahap", static_cast<int>(row.tahap)}, {"contoh", row.contoh}, {"predikat", Index(row.predikat)},
          {"capaian", Index(row.capaian)}, {"jpm", jpm}, {"jpm_atasan", row.jpm_from_supervisor},
          {"di_bawah", row.competencies_below}, {"gap", gaps}};
}

// Strict reads of the decoded JSON: a wrong type or range throws, and the entry is not taken.
struct Malformed {};

const json& Member(const json& object, const char* key) {
  if (!object.is_object()) throw Malformed{};
  const auto it = object.find(key);
  if (it == object.end()) throw Malformed{};
  return *it;
}
std::string Text(const json& object, const char* key) {
  const json& value = Member(object, key);
  if (!value.is_string()) throw Malformed{};
  return value.get<std::string>();
}
long long Integer(const json& value, long long low, long long high) {
  if (!value.is_number_integer()) throw Malformed{};
  const long long n = value.get<long long>();
  if (n < low || n > high) throw Malformed{};
  return n;
}
bool Boolean(const json& value) {
  if (!value.is_boolean()) throw Malformed{};
  return value.get<bool>();
}
template <typename Enum>
Enum EnumAt(const json& value, int count) {
  return static_cast<Enum>(Integer(value, 0, count - 1));
}
template <typename Enum>
std::optional<Enum> OptionalEnum(const json& value, int count) {
  if (value.is_null()) return std::nullopt;
  return EnumAt<Enum>(value, count);
}
const json& Array(const json& value, std::size_t size) {
  if (!value.is_array() || value.size() != size) throw Malformed{};
  return value;
}

constexpr long long kIntMax = 2147483647;
constexpr int kEntryDepth = 4;  // {"row": {"jpm": [...]}} is as deep as an entry goes

JpmMethod MethodFrom(const json& value) {
  const json& m = Array(value, 5);
  JpmMethod method;
  method.cap = EnumAt<JpmCap>(m[0], 3);
  method.optimal_min = static_cast<int>(Integer(m[1], -kIntMax, kIntMax));
  method.cukup_min = static_cast<int>(Integer(m[2], -kIntMax, kIntMax));
  method.teknis = EnumAt<JpmTeknis>(m[3], 3);
  method.teknis_weight = static_cast<int>(Integer(m[4], -kIntMax, kIntMax));
  return method;
}

RecapRow RowFrom(const std::string& file, const json& r) {
  RecapRow row;
  row.file = file;
  row.nama = Text(r, "nama");
  row.nip = Text(r, "nip");
  row.jabatan = Text(r, "jabatan");
  row.jenis_jabatan = Text(r, "jenis_jabatan");
  row.unit_kerja = Text(r, "unit_kerja");
  row.instansi = Text(r, "instansi");
  row.periode = Text(r, "periode");
  row.tahap = EnumAt<Stage>(Member(r, "tahap"), 3);
  row.contoh = Boolean(Member(r, "contoh"));
  row.predikat = OptionalEnum<Predikat>(Member(r, "predikat"), kPredikatCount);
  row.capaian = OptionalEnum<OrganisationRating>(Member(r, "capaian"), kOrganisationRatingCount);
  if (const json& jpm = Member(r, "jpm"); !jpm.is_null()) {
    const json& j = Array(jpm, 5);
    JpmResult result;
    result.numerator = static_cast<long>(Integer(j[0], -kIntMax, kIntMax));
    result.denominator = static_cast<long>(Integer(j[1], -kIntMax, kIntMax));
    result.category = EnumAt<JpmCategory>(j[2], 3);
    if (!j[3].is_number()) throw Malformed{};
    result.percent = j[3].get<double>();
    result.weight_not_applied = Boolean(j[4]);
    row.jpm = result;
  }
  row.jpm_from_supervisor = Boolean(Member(r, "jpm_atasan"));
  row.competencies_below = static_cast<int>(Integer(Member(r, "di_bawah"), 0, kIntMax));
  const json& gaps = Array(Member(r, "gap"), RecapCompetencyCodes().size());
  for (const json& gap : gaps) {
    row.gaps.push_back(gap.is_null() ? std::nullopt : std::optional<int>(static_cast<int>(Integer(gap, -kIntMax, kIntMax))));
  }
  return row;
}

}  // namespace

RecapEntry CheckRecapFile(const std::string& path_or_name, std::string_view text, const std::optional<JpmMethod>& method) {
  return RecapEntryOfImport(path_or_name, ImportSubmission(text), method);
}

RecapEntry RecapEntryOfImport(const std::string& path_or_name, const ImportResult& result,
                              const std::optional<JpmMethod>& method) {
  if (result.ok()) return RecapEntryOf(path_or_name, *result.assessment, method);
  RecapEntry entry;
  entry.invalid = {BaseName(path_or_name), {}, result.problems.size()};
  const std::size_t kept = std::min(result.problems.size(), kMaxProblemsPerInvalidFile);
  entry.invalid.problems.assign(result.problems.begin(), result.problems.begin() + static_cast<std::ptrdiff_t>(kept));
  return entry;
}

RecapEntry RefusedRecapEntry(const std::string& path_or_name, const std::string& reason) {
  RecapEntry entry;
  entry.invalid = {BaseName(path_or_name), {{"file_refused", "$", reason, 0}}, 1};
  return entry;
}

RecapEntry UnreadableRecapEntry() {
  RecapEntry entry;
  entry.invalid = {"(?)", {{"entry_unreadable", "$", "hasil pemeriksaan sebuah berkas tidak terbaca (galat aplikasi); "
                                                     "rekap berkas-berkas ini sekali lagi", 0}}, 1};
  return entry;
}

RecapEntry RecapEntryOf(const std::string& path_or_name, const Assessment& a, const std::optional<JpmMethod>& method) {
  RecapEntry entry;
  entry.method = method.value_or(a.metode_jpm);
  RecapRow& row = entry.row.emplace();
  row.file = BaseName(path_or_name);
  row.nama = a.pegawai.nama;
  row.nip = a.pegawai.nip;
  row.jabatan = a.pegawai.jabatan;
  row.jenis_jabatan = a.pegawai.jenis_jabatan;
  row.unit_kerja = a.pegawai.unit_kerja;
  row.instansi = a.instansi;
  row.periode = PeriodLabel(a.periode);
  row.tahap = a.status.tahap;
  row.contoh = a.contoh;
  row.predikat = PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  row.capaian = a.evaluasi.capaian_kinerja_organisasi;
  row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Atasan, entry.method);
  row.jpm_from_supervisor = row.jpm.has_value();
  if (!row.jpm) row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Mandiri, entry.method);

  const std::vector<std::string>& codes = RecapCompetencyCodes();
  row.gaps.assign(codes.size(), std::nullopt);
  for (const GapRow& gap : CompetencyGaps(a.kompetensi)) {
    if (!gap.gap) continue;
    if (*gap.gap < 0) ++row.competencies_below;
    const auto it = std::find(codes.begin(), codes.end(), gap.kode);
    if (it != codes.end()) row.gaps[static_cast<std::size_t>(it - codes.begin())] = gap.gap;
  }
  return entry;
}

std::string EncodeRecapEntry(const RecapEntry& entry) {
  json out = {{"v", kRecapEntryVersion}};
  if (entry.row) {
    out["file"] = entry.row->file;
    out["row"] = RowJson(*entry.row);
    out["method"] = MethodJson(entry.method);
  } else {
    out["file"] = entry.invalid.file;
    json problems = json::array();
    for (const Problem& p : entry.invalid.problems) problems.push_back(json::array({p.code, p.path, p.message, p.line}));
    out["invalid"] = {{"count", entry.invalid.problem_count}, {"problems", problems}};
  }
  // Names and messages come from files: anything that is not UTF-8 is replaced, never thrown on.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<RecapEntry> DecodeRecapEntry(std::string_view text) {
  Problem problem;
  const std::optional<json> parsed = ParseStrictJson(text, problem, kEntryDepth);
  if (!parsed) return std::nullopt;
  const json& doc = *parsed;
  try {
    Integer(Member(doc, "v"), kRecapEntryVersion, kRecapEntryVersion);  // another build's entry: not taken
    RecapEntry entry;
    const std::string file = Text(doc, "file");
    if (doc.contains("row")) {
      entry.row = RowFrom(file, Member(doc, "row"));
      entry.method = MethodFrom(Member(doc, "method"));
      return entry;
    }
    const json& invalid = Member(doc, "invalid");
    entry.invalid.file = file;
    entry.invalid.problem_count = static_cast<std::size_t>(Integer(Member(invalid, "count"), 0, kIntMax));
    const json& problems = Member(invalid, "problems");
    if (!problems.is_array() || problems.size() > kMaxProblemsPerInvalidFile) return std::nullopt;
    for (const json& p : problems) {
      const json& fields = Array(p, 4);
      if (!fields[0].is_string() || !fields[1].is_string() || !fields[2].is_string()) return std::nullopt;
      entry.invalid.problems.push_back({fields[0].get<std::string>(), fields[1].get<std::string>(),
                                        fields[2].get<std::string>(), static_cast<int>(Integer(fields[3], 0, kIntMax))});
    }
    return entry;
  } catch (const Malformed&) {
    return std::nullopt;
  }
}

}  // namespace asn::core
