#include "core/dictionary.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace asn::core;

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
      CHECK(def->levels[static_cast<std::size_t>(i)].indikator.size() >= 3);
    }
  }
  CHECK(dict.Find("M.9") == nullptr);
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
