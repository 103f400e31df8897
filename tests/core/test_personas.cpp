// Workshop personas: each one valid, fictional (CONTOH) and scoring to the predikat and JPM
// category it was designed for, so a trainer can show every outcome of the rules.
#include "core/completeness.hpp"
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
    CHECK(a.instansi.find("(CONTOH)") != std::string::npos);
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

TEST_CASE("personas (versi 2) fill every part: three people, dated period, SKP with lampiran, feedback, evaluation") {
  bool jpt = false, qualitative = false, semester = false, continuous = false;
  for (const PersonaInfo& p : Personas()) {
    CAPTURE(p.key);
    Assessment a;
    REQUIRE(MakeSampleAssessment(p.key, &a));
    for (const Person* person : {&a.pegawai, &a.penilai}) {
      CHECK_FALSE(person->nama.empty());
      CHECK_FALSE(person->pangkat_golongan.empty());
      CHECK_FALSE(person->jabatan.empty());
      CHECK_FALSE(person->unit_kerja.empty());
    }
    CHECK_FALSE(a.atasan_penilai.nama.empty());
    CHECK_FALSE(a.atasan_penilai.jabatan.empty());
    CHECK_FALSE(a.periode.mulai.empty());
    CHECK(a.periode.selesai > a.periode.mulai);
    CHECK_FALSE(a.skp.rhk.empty());
    CHECK_FALSE(a.skp.lampiran.dukungan_sumber_daya.empty());
    CHECK_FALSE(a.skp.lampiran.skema_pertanggungjawaban.empty());
    CHECK_FALSE(a.skp.lampiran.konsekuensi.empty());
    CHECK_FALSE(a.umpan_balik_berkelanjutan.empty());
    CHECK(a.evaluasi.capaian_kinerja_organisasi.has_value());
    CHECK_FALSE(a.evaluasi.catatan_rekomendasi.empty());
    CHECK(a.evaluasi.tempat == "Jakarta");
    CHECK_FALSE(a.evaluasi.tanggal.empty());
    CHECK(MissingForSubmission(a).empty());  // the employee's part is complete
    jpt = jpt || (IsJptJobType(a.pegawai.jenis_jabatan) && a.skp.rhk.front().perspektif.has_value());
    qualitative = qualitative || a.skp.pendekatan == SkpApproach::Kualitatif;
    semester = semester || a.periode.jenis == PeriodKind::Semester;
    // Feedback spread over the period: entries in at least three different quarters.
    std::set<std::string> quarters;
    for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
      quarters.insert(std::to_string((std::stoi(f.tanggal.substr(5, 2)) - 1) / 3));
      CHECK(f.tanggal >= a.periode.mulai);
      CHECK(f.tanggal <= a.periode.selesai);
    }
    continuous = continuous || (a.umpan_balik_berkelanjutan.size() >= 5 && quarters.size() >= 3);
  }
  CHECK(jpt);
  CHECK(qualitative);
  CHECK(semester);
  CHECK(continuous);
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
