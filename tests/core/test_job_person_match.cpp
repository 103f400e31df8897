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
  CHECK(jpm->achieved == 11);
  CHECK(jpm->required == 12);
  CHECK(jpm->percent == doctest::Approx(91.67));
  CHECK(jpm->category == JpmCategory::Optimal);
}

TEST_CASE("JPM: a surplus cannot hide a gap (each level capped at its requirement)") {
  // Uncapped this would be (5+1)/(3+3) = 100 %; capped it is (3+1)/6 = 66.67 %.
  const auto jpm = JobPersonMatch(Make({3, 3}, {5, 1}), LevelSource::Mandiri);
  REQUIRE(jpm);
  CHECK(jpm->achieved == 4);
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
  CHECK(jpm->achieved == 39);
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
