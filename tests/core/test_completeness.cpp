#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/sample.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

TEST_CASE("a complete sample has nothing missing; a fresh assessment lists every section") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  for (BehaviourNote& b : a.perilaku) b.refleksi_mandiri = "ada";
  CHECK(MissingForSubmission(a).empty());

  Assessment fresh;
  fresh.kompetensi = CompetenciesForJob(DefaultCompetencyDictionary(), nullptr);
  fresh.perilaku = EmptyBehaviourNotes();
  const auto missing = MissingForSubmission(fresh);
  bool sections[4] = {};
  for (const MissingItem& m : missing) sections[static_cast<int>(m.section)] = true;
  CHECK(sections[0]);
  CHECK(sections[1]);
  CHECK(sections[2]);
  CHECK(sections[3]);
  // one per competency without a level, one per empty reflection
  int competency_items = 0;
  for (const MissingItem& m : missing) competency_items += m.section == Section::Kompetensi ? 1 : 0;
  CHECK(competency_items == 9);
}

TEST_CASE("a half-typed NIP and missing evidence are reported") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  for (BehaviourNote& b : a.perilaku) b.refleksi_mandiri = "ada";
  a.pegawai.nip = "19900514";
  a.kompetensi[2].bukti = "  ";
  const auto missing = MissingForSubmission(a);
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].message == "NIP pegawai belum sah");
  CHECK(missing[1].section == Section::Kompetensi);
}

TEST_CASE("what a supervisor must still do before signing") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  CHECK(MissingForReview(a).empty());
  a.kompetensi[1].level_atasan = 0;
  a.evaluasi.rating_perilaku.reset();
  a.penilai.nip = "123";
  const auto missing = MissingForReview(a);
  REQUIRE(missing.size() == 3);
  CHECK(missing[0].find(a.kompetensi[1].kode) == 0);
  CHECK(missing[1] == "Rating perilaku kerja belum dipilih");
  CHECK(missing[2] == "NIP pejabat penilai belum sah");
}
