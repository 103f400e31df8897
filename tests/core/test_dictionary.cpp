#include "core/dictionary.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace asn::core;

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The levels (1–5) of a shipped competency whose indicators mention `word` (any case).
std::vector<int> LevelsMentioning(const char* kode, const char* word) {
  std::vector<int> levels;
  const CompetencyDefinition* def = DefaultCompetencyDictionary().Find(kode);
  REQUIRE(def != nullptr);
  for (const LevelDescription& level : def->levels) {
    for (const std::string& indicator : level.indikator) {
      if (Lower(indicator).find(Lower(word)) != std::string::npos) {
        levels.push_back(level.level);
        break;
      }
    }
  }
  return levels;
}

const char* const kCodes[] = {"M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"};

double AverageLevel(const JobStandardPreset& preset) {
  double sum = 0;
  for (const auto& entry : preset.level) sum += entry.second;
  return sum / static_cast<double>(preset.level.size());
}

}  // namespace

TEST_CASE("shipped competency dictionary: M.1–M.8 and SK.1, five levels with indicators") {
  const CompetencyDictionary& dict = DefaultCompetencyDictionary();
  REQUIRE(dict.kompetensi.size() == 9);
  const char* codes[] = {"M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"};
  for (const char* code : codes) {
    CAPTURE(code);
    const CompetencyDefinition* def = dict.Find(code);
    REQUIRE(def != nullptr);
    CHECK(def->jenis == (std::string(code) == "SK.1" ? CompetencyKind::SosialKultural : CompetencyKind::Manajerial));
    CHECK_FALSE(def->definisi.empty());
    REQUIRE(def->levels.size() == 5);
    for (int i = 0; i < 5; ++i) {
      CHECK(def->levels[static_cast<std::size_t>(i)].level == i + 1);
      CHECK_FALSE(def->levels[static_cast<std::size_t>(i)].deskripsi.empty());
      // About three behavioural indicators per level, as in the official dictionary.
      CHECK(def->levels[static_cast<std::size_t>(i)].indikator.size() >= 3);
      CHECK(def->levels[static_cast<std::size_t>(i)].indikator.size() <= 4);
    }
  }
  CHECK(dict.Find("M.9") == nullptr);
}

TEST_CASE("indicators sit at the level the official dictionary gives them") {
  struct Placed {
    const char* kode;
    const char* word;  // distinctive word of the indicator
    int level;         // where it belongs
    int misplaced;     // where the earlier paraphrase had it
  };
  const Placed placed[] = {
      {"M.1", "tegas", 4, 3},         // refuses firmly despite the risk
      {"M.1", "apresiasi", 3, 4},     // appreciation for integrity, reprimand for breaches
      {"M.1", "teguran", 3, 4},
      {"M.3", "mendengarkan", 2, 1},  // listens actively
      {"M.6", "menantang", 3, 4},     // challenging assignments as a way to learn
      {"M.6", "kader", 4, 5},         // prepares leadership cadres
  };
  for (const Placed& p : placed) {
    CAPTURE(p.kode);
    CAPTURE(p.word);
    const std::vector<int> levels = LevelsMentioning(p.kode, p.word);
    CHECK(levels == std::vector<int>{p.level});
    CHECK(std::find(levels.begin(), levels.end(), p.misplaced) == levels.end());
  }
  // M.1 level 4 no longer gives rewards and sanctions (that is the unit leader's level 3).
  CHECK(LevelsMentioning("M.1", "penghargaan").empty());

  // M.5 level 3 "uses the group's strengths": understanding group influence and alliances, not teamwork.
  const LevelDescription& service = DefaultCompetencyDictionary().Find("M.5")->levels.at(2);
  CHECK(Lower(service.deskripsi).find("pengaruh") != std::string::npos);
  CHECK(LevelsMentioning("M.5", "aliansi") == std::vector<int>{3});
  for (const std::string& indicator : service.indikator) {
    CAPTURE(indicator);
    CHECK(Lower(indicator).find("melibatkan tim") == std::string::npos);
  }
}

TEST_CASE("shipped BerAKHLAK values: seven, three behaviour guides each, canonical order") {
  const auto& values = DefaultBerakhlak();
  REQUIRE(values.size() == 7);
  for (std::size_t i = 0; i < values.size(); ++i) {
    CHECK(values[i].kode == BerakhlakCodes()[i]);
    CHECK(values[i].panduan.size() == 3);
  }
  std::string letters;
  for (const auto& v : values) letters += v.huruf;
  CHECK(letters == "BAKHLAK");
}

TEST_CASE("BerAKHLAK: paraphrases add nothing the guides do not say, and the source is cited") {
  for (const BerakhlakValue& v : DefaultBerakhlak()) {
    CAPTURE(v.kode);
    CHECK(Lower(v.definisi).find("tanpa menunggu") == std::string::npos);
    for (const std::string& guide : v.panduan) {
      CAPTURE(guide);
      CHECK(Lower(guide).find("tanpa menunggu") == std::string::npos);
    }
  }
  CHECK(DefaultBerakhlak().at(5).panduan.at(2) == "Bertindak proaktif");
  const std::string& source = BerakhlakSource();
  CHECK(source.find("UU 20/2023") != std::string::npos);
  CHECK(source.find("SE MenPANRB 20/2021") != std::string::npos);

  // The source is part of the data: a file without it, or with an empty one, is refused.
  const std::string values = R"("nilai":[)"
                             R"({"kode":"berorientasi_pelayanan","huruf":"B","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"akuntabel","huruf":"A","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"kompeten","huruf":"K","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"harmonis","huruf":"H","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"loyal","huruf":"L","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"adaptif","huruf":"A","nama":"n","definisi":"d","panduan":["p"]},)"
                             R"({"kode":"kolaboratif","huruf":"K","nama":"n","definisi":"d","panduan":["p"]}]})";
  const std::string head = R"({"format":"asn-kinerja-berakhlak","versi":1,)";
  Problems ok_problems;
  const auto parsed = ParseBerakhlak(head + R"("sumber":"UU X",)" + values, ok_problems);
  REQUIRE(parsed.has_value());
  CHECK(parsed->sumber == "UU X");
  CHECK(parsed->nilai.size() == 7);
  Problems missing;
  CHECK_FALSE(ParseBerakhlak(head + values, missing).has_value());
  REQUIRE_FALSE(missing.empty());
  Problems empty;
  CHECK_FALSE(ParseBerakhlak(head + R"("sumber":"",)" + values, empty).has_value());
  REQUIRE_FALSE(empty.empty());
  CHECK(empty[0].path == "$.sumber");
}

TEST_CASE("shipped job-standard presets: every job type, every competency; the presets are the example, not the type") {
  const JobStandards& standards = DefaultJobStandards();
  CHECK(standards.keterangan.find("CONTOH") != std::string::npos);
  for (const std::string& key : JobTypeKeys()) {
    CAPTURE(key);
    const JobStandardPreset* preset = standards.Find(key);
    REQUIRE(preset != nullptr);
    // The example is the preset's levels (said in keterangan and at the button), never the type's
    // name, which ends up on real documents.
    CHECK(preset->nama == JobTypeName(key));
    CHECK(preset->nama.find("contoh") == std::string::npos);
    CHECK(preset->level.size() == 9);
    for (const auto& [code, level] : preset->level) {
      CHECK(level >= 1);
      CHECK(level <= 5);
    }
  }
  const auto entries = CompetenciesForJob(DefaultCompetencyDictionary(), standards.Find("pengawas"));
  REQUIRE(entries.size() == 9);
  CHECK(entries[0].kode == "M.1");
  CHECK(entries[0].level_standar == standards.Find("pengawas")->level.at("M.1"));
  CHECK(entries[0].level_mandiri == 0);
  CHECK(EmptyBehaviourNotes().size() == 7);
}

TEST_CASE("fungsional presets: ordered by grade, the ahli grades at the one published standard, still examples") {
  const JobStandards& standards = DefaultJobStandards();
  CHECK(standards.keterangan.find("CONTOH") != std::string::npos);
  const auto preset = [&](const char* key) -> const JobStandardPreset& {
    const JobStandardPreset* p = standards.Find(key);
    REQUIRE(p != nullptr);
    return *p;
  };
  const JobStandardPreset& pemula = preset("fungsional_pemula");
  const JobStandardPreset& terampil = preset("fungsional_terampil");
  const JobStandardPreset& mahir = preset("fungsional_mahir");
  const JobStandardPreset& penyelia = preset("fungsional_penyelia");
  const JobStandardPreset& pertama = preset("fungsional_ahli_pertama");
  const JobStandardPreset& muda = preset("fungsional_ahli_muda");
  const JobStandardPreset& madya = preset("fungsional_ahli_madya");
  const JobStandardPreset& utama = preset("fungsional_ahli_utama");
  for (const char* code : kCodes) {
    CAPTURE(code);
    CHECK(pemula.level.at(code) <= terampil.level.at(code));
    CHECK(terampil.level.at(code) <= mahir.level.at(code));
    CHECK(mahir.level.at(code) <= penyelia.level.at(code));
    CHECK(pertama.level.at(code) <= muda.level.at(code));
    CHECK(muda.level.at(code) <= madya.level.at(code));
    CHECK(madya.level.at(code) <= utama.level.at(code));
  }
  CHECK(pertama.level.at("M.1") < muda.level.at("M.1"));
  CHECK(muda.level.at("M.1") < madya.level.at("M.1"));
  CHECK(madya.level.at("M.1") <= utama.level.at("M.1"));
  // Pemula the lowest grade, each grade above the one before.
  CHECK(AverageLevel(pemula) < AverageLevel(terampil));
  CHECK(AverageLevel(terampil) < AverageLevel(mahir));
  CHECK(AverageLevel(mahir) < AverageLevel(penyelia));
  // JF Widyaiswara: Ahli Pertama 2, Ahli Muda 3, Ahli Madya 4, Ahli Utama 4–5.
  CHECK(std::lround(AverageLevel(pertama)) == 2);
  CHECK(std::lround(AverageLevel(muda)) == 3);
  CHECK(std::lround(AverageLevel(madya)) == 4);
  CHECK(AverageLevel(utama) >= 4.0);
  CHECK(AverageLevel(utama) <= 5.0);
}

TEST_CASE("an instansi dictionary in the same format replaces the shipped one") {
  const std::string own = R"({"format":"asn-kinerja-kamus","versi":1,"nama":"Kamus Dinas X","kompetensi":[
    {"kode":"M.1","nama":"Integritas","jenis":"manajerial","definisi":"d","level":[
      {"level":1,"deskripsi":"a","indikator":["i"]},{"level":2,"deskripsi":"b","indikator":["i"]},
      {"level":3,"deskripsi":"c","indikator":["i"]},{"level":4,"deskripsi":"d","indikator":["i"]},
      {"level":5,"deskripsi":"e","indikator":["i"]}]}]})";
  Problems problems;
  const auto dict = ParseCompetencyDictionary(own, problems);
  REQUIRE(dict.has_value());
  CHECK(problems.empty());
  CHECK(dict->nama == "Kamus Dinas X");
  CHECK(CompetenciesForJob(*dict, nullptr).size() == 1);

  Problems bad_problems;
  std::string broken = own;
  broken.replace(broken.find("\"level\":3"), 9, "\"level\":7");
  CHECK_FALSE(ParseCompetencyDictionary(broken, bad_problems).has_value());
  REQUIRE_FALSE(bad_problems.empty());
  CHECK(bad_problems[0].path == "$.kompetensi[0].level[2].level");

  Problems format_problems;
  CHECK_FALSE(ParseCompetencyDictionary("{\"format\":\"lain\",\"versi\":1}", format_problems).has_value());
  CHECK(format_problems.at(0).code == "wrong_format");
}
