#include "core/rules_competency_gap.hpp"
#include "core/rules_development.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

namespace {
CompetencyEntry Entry(const char* kode, int required, int self, int supervisor) {
  CompetencyEntry c;
  c.kode = kode;
  c.nama = std::string("Kompetensi ") + kode;
  c.level_standar = required;
  c.level_mandiri = self;
  c.level_atasan = supervisor;
  return c;
}
}  // namespace

TEST_CASE("gap = assessed level − required level, supervisor level first") {
  CHECK(CompetencyGap(2, 3) == -1);
  CHECK(CompetencyGap(5, 3) == 2);
  const auto rows = CompetencyGaps({Entry("M.1", 3, 4, 2), Entry("M.2", 3, 2, 0), Entry("M.3", 3, 0, 0)});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].level == 2);
  CHECK(rows[0].gap == -1);
  CHECK(rows[0].from_supervisor);
  CHECK(rows[1].level == 2);
  CHECK(rows[1].gap == -1);
  CHECK_FALSE(rows[1].from_supervisor);
  CHECK_FALSE(rows[2].level.has_value());
  CHECK_FALSE(rows[2].gap.has_value());
}

TEST_CASE("development recommendations: only gaps, largest first, kind by size") {
  const auto recs = RecommendDevelopment(
      {Entry("M.1", 3, 3, 0), Entry("M.2", 4, 3, 0), Entry("M.3", 4, 0, 1), Entry("M.4", 2, 5, 0), Entry("M.5", 3, 0, 0)});
  REQUIRE(recs.size() == 2);
  CHECK(recs[0].kode == "M.3");
  CHECK(recs[0].gap == -3);
  CHECK(recs[0].priority == "tinggi");
  CHECK(recs[0].kinds.front().find("pelatihan") != std::string::npos);
  CHECK(recs[1].kode == "M.2");
  CHECK(recs[1].gap == -1);
  CHECK(recs[1].priority == "sedang");
  CHECK(recs[1].kinds.front().find("coaching") != std::string::npos);

  const auto plan = DraftDevelopmentPlan(recs);
  REQUIRE(plan.size() == 2);
  CHECK(plan[0].kode_kompetensi == "M.3");
  CHECK(plan[0].kegiatan.find("level 1 ke level 4") != std::string::npos);
  CHECK(plan[0].target_tanggal.empty());
}
