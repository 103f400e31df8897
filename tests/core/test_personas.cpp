// Workshop personas: each one valid, fictional (CONTOH) and scoring to the predikat and JPM
// category it was designed for, so a trainer can show every outcome of the rules.
#include "core/rules_competency_gap.hpp"
#include "core/sample.hpp"
#include "core/score_report.hpp"
#include "core/submission_format.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace asn::core;

TEST_CASE("there are at least five personas, each a different predikat") {
  REQUIRE(Personas().size() >= 5);
  std::set<Predikat> predikat;
  std::set<std::string> jobs;
  for (const PersonaInfo& p : Personas()) {
    predikat.insert(p.predikat);
    Assessment a;
    REQUIRE(MakeSampleAssessment(p.key, &a));
    jobs.insert(a.pegawai.jenis_jabatan);
  }
  CHECK(predikat.size() == Personas().size());
  CHECK(jobs.size() == Personas().size());
  Assessment unknown;
  CHECK_FALSE(MakeSampleAssessment("tidak-ada", &unknown));
}

TEST_CASE("every persona is valid, marked CONTOH and scores as designed") {
  for (const PersonaInfo& p : Personas()) {
    CAPTURE(p.key);
    Assessment a;
    REQUIRE(MakeSampleAssessment(p.key, &a));
    CHECK(a.contoh);
    CHECK(a.pegawai.nama.find("(CONTOH)") != std::string::npos);
    CHECK(a.pegawai.instansi.find("(CONTOH)") != std::string::npos);
    const std::string text = ExportSubmission(a);
    const ImportResult back = ImportSubmission(text);
    REQUIRE_MESSAGE(back.ok(), (back.problems.empty() ? "" : FormatProblem(back.problems.front())));
    CHECK(*back.assessment == a);
    const auto score = ScoreReport(*back.assessment);
    CHECK(score["predikat"] == PredikatName(p.predikat));
    CHECK(score["kategori_jpm_atasan"] == JpmCategoryName(p.jpm_category));
    CHECK(ExportFileName(a).rfind("CONTOH_", 0) == 0);
  }
}

TEST_CASE("personas have different gap profiles") {
  std::set<std::set<std::string>> profiles;
  for (const PersonaInfo& p : Personas()) {
    Assessment a;
    REQUIRE(MakeSampleAssessment(p.key, &a));
    std::set<std::string> below;
    for (const GapRow& g : CompetencyGaps(a.kompetensi)) {
      if (g.gap && *g.gap < 0) below.insert(g.nama);
    }
    CHECK_FALSE(below.empty());
    profiles.insert(below);
  }
  CHECK(profiles.size() == Personas().size());
}

TEST_CASE("the example unit is deterministic, valid and fictional") {
  const std::vector<Assessment> unit = MakeExampleUnit(40, 7);
  REQUIRE(unit.size() == 40);
  CHECK(MakeExampleUnit(40, 7) == unit);
  CHECK(MakeExampleUnit(40, 8) != unit);
  std::set<std::string> nips;
  for (const Assessment& a : unit) {
    CHECK(a.contoh);
    const ImportResult r = ImportSubmission(ExportSubmission(a));
    REQUIRE_MESSAGE(r.ok(), (r.problems.empty() ? "" : FormatProblem(r.problems.front())));
    CHECK(*r.assessment == a);
    nips.insert(a.pegawai.nip);
  }
  CHECK(nips.size() == unit.size());
  CHECK(MakeExampleUnit(0, 1).empty());
}
