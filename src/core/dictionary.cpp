#include "core/dictionary.hpp"

#include "core/format_keys.hpp"
#include "core/json_reader.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "core/workflow.hpp"

#include <nlohmann/json.hpp>

namespace asn::embedded {
std::string_view CompetencyDictionaryJson();
std::string_view BerakhlakJson();
std::string_view JobStandardsJson();
}  // namespace asn::embedded

namespace asn::core {
namespace {

using json = nlohmann::json;

std::vector<std::string> TextList(JsonReader& r, const json& object, const std::string& path, const char* key,
                                  std::size_t max_items) {
  std::vector<std::string> out;
  const json* list = r.Array(object, path, key, max_items);
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    if ((*list)[i].is_string()) {
      out.push_back((*list)[i].get<std::string>());
    } else {
      r.Add("wrong_type", IndexPath(MemberPath(path, key), i), "harus berupa teks");
    }
  }
  return out;
}

}  // namespace

const CompetencyDefinition* CompetencyDictionary::Find(const std::string& kode) const {
  for (const CompetencyDefinition& c : kompetensi) {
    if (c.kode == kode) return &c;
  }
  return nullptr;
}

const JobStandardPreset* JobStandards::Find(const std::string& jenis_jabatan) const {
  for (const JobStandardPreset& p : presets) {
    if (p.jenis_jabatan == jenis_jabatan) return &p;
  }
  return nullptr;
}

std::optional<CompetencyDictionary> ParseCompetencyDictionary(std::string_view text, Problems& problems) {
  const std::size_t before = problems.size();
  std::optional<json> doc = ParseReferenceData(text, "asn-kinerja-kamus", problems);
  if (!doc) return std::nullopt;
  JsonReader r(problems);
  r.Object(*doc, "$", {"format", "versi", "nama", "kompetensi"}, {"keterangan"});
  CompetencyDictionary dict;
  dict.nama = r.Text(*doc, "$", "nama", kMaxShortTextChars);
  dict.keterangan = r.Text(*doc, "$", "keterangan", kMaxTextChars);
  if (const json* list = r.Array(*doc, "$", "kompetensi", kMaxCompetencies)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string path = IndexPath("$.kompetensi", i);
      if (!r.Object(item, path, {"kode", "nama", "jenis", "definisi", "level"})) continue;
      CompetencyDefinition c;
      c.kode = r.Text(item, path, "kode", kMaxShortTextChars);
      c.nama = r.Text(item, path, "nama", kMaxShortTextChars);
      if (auto kind = r.Keyword<CompetencyKind>(item, path, "jenis", CompetencyKindFromKey,
                                                "\"manajerial\", \"sosial_kultural\", \"teknis\"")) {
        c.jenis = *kind;
      }
      if (KindOfCompetencyCode(c.kode) != c.jenis) {
        r.Add("bad_code", MemberPath(path, "kode"), "kode " + Quoted(c.kode) + " tidak sesuai dengan jenisnya");
      }
      if (dict.Find(c.kode) != nullptr) r.Add("duplicate_code", MemberPath(path, "kode"), "kode " + Quoted(c.kode) + " ganda");
      c.definisi = r.Text(item, path, "definisi", kMaxTextChars);
      if (const json* levels = r.Array(item, path, "level", 5)) {
        for (std::size_t k = 0; k < levels->size(); ++k) {
          const std::string lpath = IndexPath(MemberPath(path, "level"), k);
          if (!r.Object((*levels)[k], lpath, {"level", "deskripsi", "indikator"})) continue;
          LevelDescription level;
          level.level = r.Integer((*levels)[k], lpath, "level", kMinLevel, kMaxLevel, 0);
          if (level.level != static_cast<int>(k) + 1) {
            r.Add("bad_level", MemberPath(lpath, "level"), "level harus berurutan 1 sampai 5");
          }
          level.deskripsi = r.Text((*levels)[k], lpath, "deskripsi", kMaxTextChars);
          level.indikator = TextList(r, (*levels)[k], lpath, "indikator", 10);
          c.levels.push_back(std::move(level));
        }
        if (levels->size() != 5) r.Add("wrong_count", MemberPath(path, "level"), "harus berisi tepat 5 level");
      }
      dict.kompetensi.push_back(std::move(c));
    }
  }
  if (problems.size() != before) return std::nullopt;
  return dict;
}

std::optional<BerakhlakData> ParseBerakhlak(std::string_view text, Problems& problems) {
  const std::size_t before = problems.size();
  std::optional<json> doc = ParseReferenceData(text, "asn-kinerja-berakhlak", problems);
  if (!doc) return std::nullopt;
  JsonReader r(problems);
  r.Object(*doc, "$", {"format", "versi", "sumber", "nilai"});
  BerakhlakData data;
  data.sumber = r.Text(*doc, "$", "sumber", kMaxShortTextChars);
  if (doc->contains("sumber") && data.sumber.empty()) r.Add("missing_value", "$.sumber", "sumber tidak boleh kosong");
  std::vector<BerakhlakValue>& values = data.nilai;
  if (const json* list = r.Array(*doc, "$", "nilai", 7)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = IndexPath("$.nilai", i);
      if (!r.Object((*list)[i], path, {"kode", "huruf", "nama", "definisi", "panduan"})) continue;
      BerakhlakValue v;
      v.kode = r.Text((*list)[i], path, "kode", kMaxShortTextChars);
      v.huruf = r.Text((*list)[i], path, "huruf", 4);
      v.nama = r.Text((*list)[i], path, "nama", kMaxShortTextChars);
      v.definisi = r.Text((*list)[i], path, "definisi", kMaxTextChars);
      v.panduan = TextList(r, (*list)[i], path, "panduan", 10);
      if (i < BerakhlakCodes().size() && v.kode != BerakhlakCodes()[i]) {
        r.Add("bad_code", MemberPath(path, "kode"), "urutan nilai harus " + BerakhlakCodes()[i]);
      }
      values.push_back(std::move(v));
    }
    if (list->size() != 7) r.Add("wrong_count", "$.nilai", "harus berisi tepat 7 nilai");
  }
  if (problems.size() != before) return std::nullopt;
  return data;
}

std::optional<JobStandards> ParseJobStandards(std::string_view text, Problems& problems) {
  const std::size_t before = problems.size();
  std::optional<json> doc = ParseReferenceData(text, "asn-kinerja-standar", problems);
  if (!doc) return std::nullopt;
  JsonReader r(problems);
  r.Object(*doc, "$", {"format", "versi", "keterangan", "preset"});
  JobStandards standards;
  standards.keterangan = r.Text(*doc, "$", "keterangan", kMaxTextChars);
  if (const json* list = r.Array(*doc, "$", "preset", 100)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string path = IndexPath("$.preset", i);
      if (!r.Object(item, path, {"jenis_jabatan", "nama", "level"})) continue;
      JobStandardPreset p;
      p.jenis_jabatan = r.Text(item, path, "jenis_jabatan", kMaxShortTextChars);
      p.nama = r.Text(item, path, "nama", kMaxShortTextChars);
      const auto levels = item.find("level");
      if (levels != item.end() && levels->is_object()) {
        for (const auto& entry : levels->items()) {
          if (!KindOfCompetencyCode(entry.key())) {
            r.Add("bad_code", MemberPath(path, "level") + "." + entry.key(), "kode kompetensi tidak dikenal");
          }
          p.level[entry.key()] = r.Integer(*levels, MemberPath(path, "level"), entry.key().c_str(), kMinLevel, kMaxLevel, 1);
        }
      } else if (levels != item.end()) {
        r.Add("wrong_type", MemberPath(path, "level"), "harus berupa objek kode → level");
      }
      standards.presets.push_back(std::move(p));
    }
  }
  if (problems.size() != before) return std::nullopt;
  return standards;
}

// The embedded files are part of the build and covered by tests, so a failure here is a
// programming error: fall back to empty data rather than crash.
const CompetencyDictionary& DefaultCompetencyDictionary() {
  static const CompetencyDictionary dict = [] {
    Problems problems;
    return ParseCompetencyDictionary(embedded::CompetencyDictionaryJson(), problems).value_or(CompetencyDictionary{});
  }();
  return dict;
}

namespace {
const BerakhlakData& DefaultBerakhlakData() {
  static const BerakhlakData data = [] {
    Problems problems;
    return ParseBerakhlak(embedded::BerakhlakJson(), problems).value_or(BerakhlakData{});
  }();
  return data;
}
}  // namespace

const std::vector<BerakhlakValue>& DefaultBerakhlak() { return DefaultBerakhlakData().nilai; }

const std::string& BerakhlakSource() { return DefaultBerakhlakData().sumber; }

const JobStandards& DefaultJobStandards() {
  static const JobStandards standards = [] {
    Problems problems;
    return ParseJobStandards(embedded::JobStandardsJson(), problems).value_or(JobStandards{});
  }();
  return standards;
}

std::vector<CompetencyEntry> CompetenciesForJob(const CompetencyDictionary& dictionary, const JobStandardPreset* preset) {
  Assessment a;
  for (const CompetencyDefinition& def : dictionary.kompetensi) {
    if (def.jenis == CompetencyKind::Teknis) continue;
    CompetencyEntry e;
    e.kode = def.kode;
    e.nama = def.nama;
    e.jenis = def.jenis;
    e.level_standar = 1;
    a.kompetensi.push_back(std::move(e));
  }
  if (preset != nullptr) ApplyJobStandard(a, *preset);
  return std::move(a.kompetensi);
}

std::vector<BehaviourNote> EmptyBehaviourNotes() {
  std::vector<BehaviourNote> notes;
  for (const std::string& code : BerakhlakCodes()) notes.push_back(BehaviourNote{code, "", "", ""});
  return notes;
}

}  // namespace asn::core
