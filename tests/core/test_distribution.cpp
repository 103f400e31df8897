// The distribution curve by capaian kinerja organisasi: every bound of every curve exactly at its
// limit, one person over and one under; rounding to people for sizes that do not divide; the
// wording of a verdict; the data file (default, an instansi's own, and bad ones); the recap grouping
// files by their own capaian.
#include "core/format_keys.hpp"
#include "core/recap.hpp"
#include "core/rules_distribution.hpp"
#include "core/sample.hpp"

#include "persona.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace asn::core;

namespace {

// A predikat outside the bound, to hold the rest of the staff.
Predikat Outside(const DistributionBound& bound) {
  for (int p = kPredikatCount - 1; p >= 0; --p) {
    const Predikat candidate = static_cast<Predikat>(p);
    if (std::find(bound.predikat.begin(), bound.predikat.end(), candidate) == bound.predikat.end()) return candidate;
  }
  return Predikat::Baik;
}

// `in_bound` people spread over the bound's predikat (and/or: split), the rest of `total` outside.
std::array<int, kPredikatCount> Counts(const DistributionBound& bound, int in_bound, int total) {
  std::array<int, kPredikatCount> counts{};
  for (std::size_t i = 0; i < bound.predikat.size(); ++i) {
    const int share = i + 1 == bound.predikat.size() ? in_bound - in_bound / static_cast<int>(bound.predikat.size()) * static_cast<int>(i)
                                                     : in_bound / static_cast<int>(bound.predikat.size());
    counts[static_cast<std::size_t>(bound.predikat[i])] += share;
  }
  counts[static_cast<std::size_t>(Outside(bound))] += total - in_bound;
  return counts;
}

using asn::test::Persona;

}  // namespace

TEST_CASE("the default curves are the guidance's table, with its source") {
  const DistributionGuidance& g = DefaultDistributionGuidance();
  CHECK_FALSE(g.sumber.empty());
  CHECK(g.sumber.find("PermenPANRB 6/2022") != std::string::npos);
  CHECK(g.For(OrganisationRating::Istimewa).size() == 1);
  CHECK(g.For(OrganisationRating::Baik).size() == 2);
  CHECK(g.For(OrganisationRating::ButuhPerbaikan).size() == 2);
  CHECK(g.For(OrganisationRating::Kurang).size() == 3);
  CHECK(g.For(OrganisationRating::SangatKurang).size() == 3);
  CHECK(BoundText(g.For(OrganisationRating::Baik)[0]) == "Baik paling banyak 70 %");
  CHECK(BoundText(g.For(OrganisationRating::Baik)[1]) == "Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 orang");
  CHECK(BoundText(g.For(OrganisationRating::SangatKurang)[2]) == "Sangat Baik tidak ada");
  CHECK(BoundText(g.For(OrganisationRating::Kurang)[0], Language::English) == "Kurang/Misconduct at least 60 %");
}

TEST_CASE("every bound of every curve: exactly at its limit, one person over, one under") {
  const DistributionGuidance& g = DefaultDistributionGuidance();
  int checked = 0;
  for (int c = 0; c < kOrganisationRatingCount; ++c) {
    const std::vector<DistributionBound>& bounds = g.For(static_cast<OrganisationRating>(c));
    for (std::size_t b = 0; b < bounds.size(); ++b) {
      const DistributionBound& bound = bounds[b];
      CAPTURE(c);
      CAPTURE(b);
      const int total = bound.kind == BoundKind::AtLeastPeople ? 10 : 100;  // 100 people: 1 % is one person
      const int limit = bound.value;
      for (int delta : {-1, 0, 1}) {
        const int in_bound = limit + delta;
        if (in_bound < 0) continue;  // "none" has no one-under
        CAPTURE(delta);
        const std::vector<BoundCheck> checks = CheckDistribution(Counts(bound, in_bound, total), bounds);
        REQUIRE(checks.size() == bounds.size());
        const BoundCheck& check = checks[b];
        CHECK(check.count == in_bound);
        CHECK(check.total == total);
        CHECK(check.limit == limit);
        const bool at_most = bound.kind == BoundKind::AtMostPercent;
        const bool broken = at_most ? delta > 0 : delta < 0;
        CHECK(check.broken == broken);
        CHECK(check.by == (broken ? 1 : 0));
        ++checked;
      }
    }
  }
  CHECK(checked == 32);  // 11 bounds × 3, less the impossible one-under of "no Sangat Baik"
}

TEST_CASE("limits in people round the way the bound reads: at most down, at least up") {
  DistributionBound at_most{{Predikat::Baik}, BoundKind::AtMostPercent, 70};
  DistributionBound at_least{{Predikat::ButuhPerbaikan}, BoundKind::AtLeastPercent, 60};
  std::array<int, kPredikatCount> counts{};
  counts[static_cast<std::size_t>(Predikat::Baik)] = 176;
  counts[static_cast<std::size_t>(Predikat::ButuhPerbaikan)] = 75;  // 251 people
  const auto checks = CheckDistribution(counts, {at_most, at_least});
  CHECK(checks[0].limit == 175);  // 70 % of 251 = 175.7: 176 would be more than 70 %
  CHECK(checks[0].broken);
  CHECK(checks[0].by == 1);
  CHECK(checks[1].limit == 151);  // 60 % of 251 = 150.6: 151 people are needed
  CHECK(checks[1].by == 76);
  CHECK(CheckDistribution({0, 0, 0, 0, 0}, {at_most}).empty());  // nobody with a predikat: nothing to check
}

TEST_CASE("a verdict says what, of how many, the bound in people, and by how much") {
  DistributionBound bound{{Predikat::Baik}, BoundKind::AtMostPercent, 70};
  std::array<int, kPredikatCount> counts{};
  counts[static_cast<std::size_t>(Predikat::Baik)] = 185;
  counts[static_cast<std::size_t>(Predikat::SangatBaik)] = 65;
  const BoundCheck check = CheckDistribution(counts, {bound})[0];
  CHECK(BoundVerdict(check) == "Baik 74 % dari 250 pegawai (185 orang); batas paling banyak 70 % (175): lebih 10 orang");
  CHECK(BoundVerdict(check, Language::English) == "Baik 74 % of 250 staff (185); bound at most 70 % (175): over by 10 people");
  counts[static_cast<std::size_t>(Predikat::Baik)] = 100;
  CHECK(BoundVerdict(CheckDistribution(counts, {bound})[0]) == "Baik 60.6 % dari 165 pegawai (100 orang); batas paling banyak 70 % (115): sesuai");
  DistributionBound one{{Predikat::ButuhPerbaikan, Predikat::KurangMisconduct}, BoundKind::AtLeastPeople, 1};
  CHECK(BoundVerdict(CheckDistribution(counts, {one})[0]) ==
        "Butuh Perbaikan dan/atau Kurang/Misconduct 0 % dari 165 pegawai (0 orang); batas paling sedikit 1 orang: kurang 1 orang");
}

TEST_CASE("an instansi's own bounds load in the same format; bad ones say where") {
  DistributionGuidance own = DefaultDistributionGuidance();
  own.bounds[static_cast<std::size_t>(OrganisationRating::Baik)][0].value = 75;
  Problems problems;
  const auto back = ParseDistributionGuidance(WriteDistributionGuidance(own), problems);
  REQUIRE(back);
  CHECK(*back == own);
  CHECK(*back != DefaultDistributionGuidance());
  std::string text = WriteDistributionGuidance(own);
  text.replace(text.find("\"paling_banyak_persen\":75"), 25, "\"paling_banyak_persen\":175");
  problems.clear();
  CHECK_FALSE(ParseDistributionGuidance(text, problems));
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].code == "out_of_range");
  CHECK(problems[0].path == "$.kurva[1].batas[0].paling_banyak_persen");
  problems.clear();
  CHECK_FALSE(ParseDistributionGuidance(R"({"format":"asn-kinerja-kurva","versi":1,"sumber":"","keterangan":"","kurva":[]})", problems));
  CHECK(problems.size() == 5);  // a curve per capaian is missing
  problems.clear();
  CHECK_FALSE(ParseDistributionGuidance("{\"format\":\"lain\"}", problems));
  CHECK(problems[0].code == "wrong_format");
}

TEST_CASE("the recap checks each file against its own capaian, others against the unit's, and says so") {
  Recap recap;
  Assessment kadis = Persona("kadis");  // states capaian Kurang
  REQUIRE(kadis.evaluasi.capaian_kinerja_organisasi == OrganisationRating::Kurang);
  Assessment analis = Persona("analis");
  analis.evaluasi.capaian_kinerja_organisasi.reset();
  recap.Add("kadis.json", kadis);
  recap.Add("analis.json", analis);
  // No unit capaian chosen: the analis file cannot be checked.
  std::vector<CapaianGroup> groups = recap.CapaianGroups(std::nullopt);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].capaian == OrganisationRating::Kurang);
  CHECK(groups[0].files == 1);
  CHECK_FALSE(groups[1].capaian);
  CHECK(CheckGroup(groups[1], RecapCurveSettings{}).empty());
  // The unit is Baik: analis joins that curve; kadis keeps its own.
  groups = recap.CapaianGroups(OrganisationRating::Baik);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].capaian == OrganisationRating::Baik);
  CHECK(groups[0].from_unit == 1);
  CHECK(groups[1].capaian == OrganisationRating::Kurang);
  const RecapCurveSettings baik{OrganisationRating::Baik, &DefaultDistributionGuidance()};
  const std::vector<BoundCheck> checks = CheckGroup(groups[0], baik);
  REQUIRE(checks.size() == 2);
  CHECK(checks[0].broken);  // one Baik of one: at most 70 % of one person is nobody
  CHECK(checks[1].broken);  // and nobody Butuh Perbaikan or Kurang/Misconduct
  const std::string text = RecapSummaryText(recap, baik);
  CHECK(text.find("capaian kinerja organisasi yang berbeda") != std::string::npos);
  CHECK(text.find("Capaian kinerja organisasi: Baik — 1 berkas (1 memakai capaian unit)") != std::string::npos);
  CHECK(text.find("Capaian kinerja organisasi: Kurang — 1 berkas") != std::string::npos);
  const std::string csv = RecapCsv(recap, baik);
  CHECK(csv.find(",Kurang,Kurang/Misconduct paling sedikit 60 %: kurang 1 orang; Butuh Perbaikan paling sedikit 10 %: ") != std::string::npos);
}
