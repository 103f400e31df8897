#include "core/rules_job_person_match.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace asn::core;

namespace {

// Competencies with the given required levels and self levels.
std::vector<CompetencyEntry> Make(const std::vector<int>& required, const std::vector<int>& self) {
  std::vector<CompetencyEntry> out;
  for (std::size_t i = 0; i < required.size(); ++i) {
    CompetencyEntry c;
    c.kode = "M." + std::to_string(i + 1);
    c.level_standar = required[i];
    c.level_mandiri = self[i];
    out.push_back(c);
  }
  return out;
}

}  // namespace

TEST_CASE("JPM: sum of capped levels over sum of required levels") {
  const auto jpm = JobPersonMatch(Make({3, 3, 3, 3}, {3, 2, 3, 3}), LevelSource::Mandiri);
  REQUIRE(jpm);
  CHECK(jpm->numerator == 11);
  CHECK(jpm->denominator == 12);
  CHECK(jpm->percent == doctest::Approx(91.67));
  CHECK(jpm->category == JpmCategory::Optimal);
}

TEST_CASE("JPM: a surplus cannot hide a gap (each level capped at its requirement)") {
  // Uncapped this would be (5+1)/(3+3) = 100 %; capped it is (3+1)/6 = 66.67 %.
  const auto jpm = JobPersonMatch(Make({3, 3}, {5, 1}), LevelSource::Mandiri);
  REQUIRE(jpm);
  CHECK(jpm->numerator == 4);
  CHECK(jpm->percent == doctest::Approx(66.67));
  CHECK(jpm->category == JpmCategory::KurangOptimal);
}

TEST_CASE("JPM categories are exact at and around the boundaries") {
  // 9/10 = 90 % exactly → Optimal; 89/100 → Cukup Optimal.
  CHECK(JpmCategoryOf(9, 10) == JpmCategory::Optimal);
  CHECK(JpmCategoryOf(899, 1000) == JpmCategory::CukupOptimal);
  CHECK(JpmCategoryOf(8999999, 10000000) == JpmCategory::CukupOptimal);
  CHECK(JpmCategoryOf(39, 50) == JpmCategory::CukupOptimal);  // 78 % exactly
  CHECK(JpmCategoryOf(779, 1000) == JpmCategory::KurangOptimal);
  CHECK(JpmCategoryOf(7799999, 10000000) == JpmCategory::KurangOptimal);
  CHECK(JpmCategoryOf(1, 1) == JpmCategory::Optimal);
  CHECK(JpmCategoryOf(0, 5) == JpmCategory::KurangOptimal);

  // Through the whole rule: 50 competencies of level 1, 45 achieved = 90 % exactly.
  std::vector<int> req(50, 1), self(50, 1);
  for (int i = 0; i < 5; ++i) req[static_cast<std::size_t>(i)] = 2;  // Σ required = 55
  auto jpm = JobPersonMatch(Make(req, self), LevelSource::Mandiri);    // Σ achieved = 50 → 90.909…
  REQUIRE(jpm);
  CHECK(jpm->category == JpmCategory::Optimal);
  CHECK(jpm->percent == doctest::Approx(90.91));
  // 78 % exactly: 39 of 50.
  std::vector<int> req2(25, 2), self2(25, 2);
  for (int i = 0; i < 11; ++i) self2[static_cast<std::size_t>(i)] = 1;  // 50 − 11 = 39
  jpm = JobPersonMatch(Make(req2, self2), LevelSource::Mandiri);
  REQUIRE(jpm);
  CHECK(jpm->numerator == 39);
  CHECK(jpm->percent == 78.0);
  CHECK(jpm->category == JpmCategory::CukupOptimal);
  self2[11] = 1;  // 38/50 = 76 %
  jpm = JobPersonMatch(Make(req2, self2), LevelSource::Mandiri);
  REQUIRE(jpm);
  CHECK(jpm->category == JpmCategory::KurangOptimal);
}

TEST_CASE("JPM is absent until every competency has a level from that source") {
  auto list = Make({3, 3, 2}, {3, 0, 2});
  CHECK_FALSE(JobPersonMatch(list, LevelSource::Mandiri).has_value());
  list[1].level_mandiri = 1;
  CHECK(JobPersonMatch(list, LevelSource::Mandiri).has_value());
  // Supervisor levels are a separate source: none given yet.
  CHECK_FALSE(JobPersonMatch(list, LevelSource::Atasan).has_value());
  for (auto& c : list) c.level_atasan = c.level_standar;
  const auto atasan = JobPersonMatch(list, LevelSource::Atasan);
  REQUIRE(atasan);
  CHECK(atasan->percent == 100.0);
  CHECK_FALSE(JobPersonMatch({}, LevelSource::Mandiri).has_value());
}

TEST_CASE("JPM percentage rounds half away from zero to two decimals") {
  // 2/3 = 66.666… → 66.67; 1/8 = 12.5 → 12.5; 1/6 = 16.666… → 16.67
  CHECK(JobPersonMatch(Make({3}, {2}), LevelSource::Mandiri)->percent == doctest::Approx(66.67));
  CHECK(JobPersonMatch(Make({4, 4}, {1, 0 + 1}), LevelSource::Mandiri)->percent == 25.0);
  CHECK(JobPersonMatch(Make({5, 5, 5, 5, 5, 5, 5, 5}, {1, 1, 1, 1, 1, 1, 1, 1}), LevelSource::Mandiri)->percent == 20.0);
}

namespace {

// Manajerial competencies (required, level), then teknis ones.
std::vector<CompetencyEntry> WithTeknis(const std::vector<std::pair<int, int>>& core_levels,
                                        const std::vector<std::pair<int, int>>& teknis_levels) {
  std::vector<CompetencyEntry> out;
  for (std::size_t i = 0; i < core_levels.size(); ++i) {
    CompetencyEntry c;
    c.kode = "M." + std::to_string(i + 1);
    c.level_standar = core_levels[i].first;
    c.level_mandiri = core_levels[i].second;
    out.push_back(c);
  }
  for (std::size_t i = 0; i < teknis_levels.size(); ++i) {
    CompetencyEntry c;
    c.kode = "T." + std::to_string(i + 1);
    c.jenis = CompetencyKind::Teknis;
    c.level_standar = teknis_levels[i].first;
    c.level_mandiri = teknis_levels[i].second;
    out.push_back(c);
  }
  return out;
}

JpmMethod Method(JpmCap cap, JpmTeknis teknis = JpmTeknis::Included, int optimal = 90, int cukup = 78, int weight = 40) {
  JpmMethod m;
  m.cap = cap;
  m.teknis = teknis;
  m.optimal_min = optimal;
  m.cukup_min = cukup;
  m.teknis_weight = weight;
  return m;
}

}  // namespace

TEST_CASE("JPM caps: per competency (default), the total at 100 %, or none") {
  const auto list = Make({3, 3}, {5, 1});  // levels 6 against 6 required; capped per competency 4
  const auto per = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency));
  const auto total = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::Total));
  const auto none = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::None));
  REQUIRE(per);
  REQUIRE(total);
  REQUIRE(none);
  CHECK(per->percent == doctest::Approx(66.67));
  CHECK(total->percent == 100.0);
  CHECK(none->percent == 100.0);
  const auto above = Make({2, 2}, {5, 2});  // 7 of 4
  CHECK(JobPersonMatch(above, LevelSource::Mandiri, Method(JpmCap::Total))->percent == 100.0);
  CHECK(JobPersonMatch(above, LevelSource::Mandiri, Method(JpmCap::None))->percent == 175.0);
  CHECK(JobPersonMatch(above, LevelSource::Mandiri, Method(JpmCap::PerCompetency))->percent == 100.0);
  // Total cap at its boundary: 9 of 10 is 90 % under every cap (nothing to cap).
  const auto exact = Make({5, 5}, {5, 4});
  for (JpmCap cap : {JpmCap::PerCompetency, JpmCap::Total, JpmCap::None}) {
    CAPTURE(static_cast<int>(cap));
    CHECK(JobPersonMatch(exact, LevelSource::Mandiri, Method(cap))->category == JpmCategory::Optimal);
  }
}

TEST_CASE("JPM bands: 90/78 by default, 80/68, or the instansi's own — exact at each boundary") {
  const JpmMethod brin = Method(JpmCap::PerCompetency);
  const JpmMethod ms = Method(JpmCap::PerCompetency, JpmTeknis::Included, 80, 68);
  const JpmMethod own = Method(JpmCap::PerCompetency, JpmTeknis::Included, 85, 70);
  struct Edge { long n, d; JpmCategory brin, ms, own; };
  const Edge edges[] = {
      {90, 100, JpmCategory::Optimal, JpmCategory::Optimal, JpmCategory::Optimal},
      {89, 100, JpmCategory::CukupOptimal, JpmCategory::Optimal, JpmCategory::Optimal},
      {85, 100, JpmCategory::CukupOptimal, JpmCategory::Optimal, JpmCategory::Optimal},
      {84, 100, JpmCategory::CukupOptimal, JpmCategory::Optimal, JpmCategory::CukupOptimal},
      {80, 100, JpmCategory::CukupOptimal, JpmCategory::Optimal, JpmCategory::CukupOptimal},
      {79, 100, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal},
      {78, 100, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal},
      {77, 100, JpmCategory::KurangOptimal, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal},
      {70, 100, JpmCategory::KurangOptimal, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal},
      {69, 100, JpmCategory::KurangOptimal, JpmCategory::CukupOptimal, JpmCategory::KurangOptimal},
      {68, 100, JpmCategory::KurangOptimal, JpmCategory::CukupOptimal, JpmCategory::KurangOptimal},
      {67, 100, JpmCategory::KurangOptimal, JpmCategory::KurangOptimal, JpmCategory::KurangOptimal},
      {6799999, 10000000, JpmCategory::KurangOptimal, JpmCategory::KurangOptimal, JpmCategory::KurangOptimal},
      {7999999, 10000000, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal, JpmCategory::CukupOptimal},
  };
  for (const Edge& e : edges) {
    CAPTURE(e.n);
    CAPTURE(e.d);
    CHECK(JpmCategoryOf(e.n, e.d, brin) == e.brin);
    CHECK(JpmCategoryOf(e.n, e.d, ms) == e.ms);
    CHECK(JpmCategoryOf(e.n, e.d, own) == e.own);
  }
  CHECK(JpmMethodValid(brin));
  CHECK_FALSE(JpmMethodValid(Method(JpmCap::PerCompetency, JpmTeknis::Included, 78, 78)));
  CHECK_FALSE(JpmMethodValid(Method(JpmCap::PerCompetency, JpmTeknis::Weighted, 90, 78, 100)));
  CHECK(JpmBandSource(brin) == kJpmCategorySource);
  CHECK(JpmBandSource(ms).find("80/68") != std::string::npos);
  CHECK(JpmBandSource(own) == "ditetapkan instansi");
}

TEST_CASE("JPM and kompetensi teknis: included, excluded, or weighted against the others (exact)") {
  // Manajerial 9 of 10 (90 %), teknis 3 of 5 (60 %).
  const auto list = WithTeknis({{5, 5}, {5, 4}}, {{5, 3}});
  const auto included = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency));
  REQUIRE(included);
  CHECK(included->numerator == 12);
  CHECK(included->denominator == 15);
  CHECK(included->percent == 80.0);
  const auto excluded = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Excluded));
  CHECK(excluded->percent == 90.0);
  CHECK(excluded->category == JpmCategory::Optimal);  // exactly at the band
  // 40 % teknis: 0.4 · 60 + 0.6 · 90 = 78 % exactly → Cukup Optimal at its boundary.
  const auto weighted = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Weighted));
  REQUIRE(weighted);
  CHECK(100 * weighted->numerator == 78 * weighted->denominator);
  CHECK(weighted->percent == 78.0);
  CHECK(weighted->category == JpmCategory::CukupOptimal);
  CHECK_FALSE(weighted->weight_not_applied);
  // 41 % teknis: 77.7 % → Kurang Optimal, one step under the boundary.
  const auto heavier = JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Weighted, 90, 78, 41));
  CHECK(heavier->category == JpmCategory::KurangOptimal);
  CHECK(heavier->percent == doctest::Approx(77.7));
  // 39 %: 78.3 % → Cukup Optimal.
  CHECK(JobPersonMatch(list, LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Weighted, 90, 78, 39))->category ==
        JpmCategory::CukupOptimal);
  // No teknis competency: the weight has nothing to weigh, and that is said.
  const auto only_core = JobPersonMatch(WithTeknis({{5, 5}, {5, 4}}, {}), LevelSource::Mandiri,
                                        Method(JpmCap::PerCompetency, JpmTeknis::Weighted));
  REQUIRE(only_core);
  CHECK(only_core->weight_not_applied);
  CHECK(only_core->percent == 90.0);
  // Teknis excluded and none left: no JPM.
  CHECK_FALSE(JobPersonMatch(WithTeknis({}, {{3, 3}}), LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Excluded)));
  // An unassessed teknis competency does not block the JPM when teknis is excluded.
  auto unassessed = list;
  unassessed[2].level_mandiri = kNotAssessed;
  CHECK_FALSE(JobPersonMatch(unassessed, LevelSource::Mandiri, Method(JpmCap::PerCompetency)));
  CHECK(JobPersonMatch(unassessed, LevelSource::Mandiri, Method(JpmCap::PerCompetency, JpmTeknis::Excluded)));
}

TEST_CASE("the method in words, beside every JPM figure") {
  CHECK(JpmMethodText(JpmMethod{}) == "batas per kompetensi · kategori 90/78 · teknis disertakan");
  CHECK(JpmMethodText(Method(JpmCap::Total, JpmTeknis::Weighted, 80, 68, 40), Language::English) ==
        "total capped at 100 % · bands 80/68 · teknis weighted 40/60");
}
