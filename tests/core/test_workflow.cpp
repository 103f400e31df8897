// The stages of an assessment and what each allows (src/core/workflow.cpp).
#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/sample.hpp"
#include "core/workflow.hpp"

#include "persona.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

namespace {

const std::string kNow = "2026-11-29T03:00:00Z";

using asn::test::Persona;

}  // namespace

TEST_CASE("Submit: only a complete, unsigned self-assessment; dated; nothing changes otherwise") {
  Assessment a = Persona("analis");
  a.status.tahap = Stage::Draf;
  a.status.diajukan.reset();
  a.status.dinilai.reset();
  for (BehaviourNote& b : a.perilaku) {
    if (b.refleksi_mandiri.empty()) b.refleksi_mandiri = "Refleksi singkat.";
  }
  REQUIRE(MissingForSubmission(a).empty());
  Assessment incomplete = a;
  incomplete.pegawai.nama.clear();
  const Assessment before = incomplete;
  CHECK_FALSE(Submit(incomplete, kNow));
  CHECK(incomplete == before);
  CHECK(Submit(a, kNow));
  CHECK(a.status.tahap == Stage::Diajukan);
  CHECK(a.status.diajukan == kNow);
}

TEST_CASE("SignOff: needs every supervisor level, both ratings and the supervisor's NIP") {
  Assessment a = Persona("analis");
  a.status.tahap = Stage::Diajukan;
  a.status.dinilai.reset();
  a.status.diajukan.reset();
  REQUIRE(MissingForReview(a).empty());
  for (auto spoil : std::vector<void (*)(Assessment&)>{
           [](Assessment& x) { x.kompetensi[0].level_atasan = kNotAssessed; },
           [](Assessment& x) { x.evaluasi.rating_hasil_kerja.reset(); },
           [](Assessment& x) { x.evaluasi.rating_perilaku.reset(); },
           [](Assessment& x) { x.penilai.nip = "123"; }}) {
    Assessment b = a;
    spoil(b);
    const Assessment before = b;
    CHECK_FALSE(SignOff(b, kNow));
    CHECK(b == before);
  }
  CHECK(SignOff(a, kNow));
  CHECK(a.status.tahap == Stage::Dinilai);
  CHECK(a.status.dinilai == kNow);
  CHECK(a.status.diajukan == kNow);  // signed with the employee: submitted at the same time
  CHECK(IsLocked(a));
  CHECK_FALSE(SignOff(a, "2027-01-01T00:00:00Z"));  // already signed: the date stays
  CHECK(a.status.dinilai == kNow);
}

TEST_CASE("a signed review is locked: no submit, no job standard; Withdraw unlocks it") {
  Assessment a = Persona("guru");
  a.status.tahap = Stage::Diajukan;
  a.status.diajukan = "2026-10-01T00:00:00Z";
  REQUIRE(SignOff(a, kNow));
  CHECK(a.status.diajukan == "2026-10-01T00:00:00Z");  // the earlier submission keeps its date
  const JobStandardPreset* preset = DefaultJobStandards().Find("pengawas");
  REQUIRE(preset != nullptr);
  const Assessment signed_copy = a;
  CHECK(ApplyJobStandard(a, *preset) == 0);
  CHECK_FALSE(Submit(a, kNow));
  CHECK(a == signed_copy);
  CHECK(Withdraw(a));
  CHECK(a.status.tahap == Stage::Diajukan);
  CHECK_FALSE(a.status.dinilai.has_value());
  CHECK_FALSE(IsLocked(a));
  CHECK_FALSE(Withdraw(a));  // nothing to withdraw
}

TEST_CASE("ApplyJobStandard fills the preset's levels, leaves others, counts the changes") {
  const JobStandardPreset* preset = DefaultJobStandards().Find("administrator");
  REQUIRE(preset != nullptr);
  Assessment a;
  a.kompetensi = CompetenciesForJob(DefaultCompetencyDictionary(), nullptr);
  CompetencyEntry teknis;
  teknis.kode = "T.1";
  teknis.jenis = CompetencyKind::Teknis;
  teknis.level_standar = 4;
  a.kompetensi.push_back(teknis);
  int differing = 0;
  for (const CompetencyEntry& c : a.kompetensi) {
    const auto it = preset->level.find(c.kode);
    differing += it != preset->level.end() && it->second != c.level_standar;
  }
  REQUIRE(differing > 0);
  CHECK(ApplyJobStandard(a, *preset) == differing);
  for (const CompetencyEntry& c : a.kompetensi) {
    const auto it = preset->level.find(c.kode);
    if (it != preset->level.end()) CHECK(c.level_standar == it->second);
  }
  CHECK(a.kompetensi.back().level_standar == 4);  // not in the preset: kept
  CHECK(ApplyJobStandard(a, *preset) == 0);       // applied again: nothing changes
  // A new assessment for the job gets the same levels.
  const std::vector<CompetencyEntry> fresh = CompetenciesForJob(DefaultCompetencyDictionary(), preset);
  for (std::size_t i = 0; i < fresh.size(); ++i) CHECK(fresh[i].level_standar == a.kompetensi[i].level_standar);
}

TEST_CASE("MarkUpdated dates a change, but a signed review keeps the date of its sign-off") {
  Assessment a = Persona("analis");
  REQUIRE(Withdraw(a));
  MarkUpdated(a, "2026-01-05T01:00:00Z");
  CHECK(a.status.diperbarui == "2026-01-05T01:00:00Z");
  REQUIRE(SignOff(a, "2026-01-06T02:00:00Z"));
  CHECK(a.status.diperbarui == "2026-01-06T02:00:00Z");
  MarkUpdated(a, "2026-01-07T03:00:00Z");
  CHECK(a.status.diperbarui == "2026-01-06T02:00:00Z");
}
