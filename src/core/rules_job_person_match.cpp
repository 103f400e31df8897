#include "core/rules_job_person_match.hpp"

#include <algorithm>
#include <cmath>

namespace asn::core {

int LevelFrom(const CompetencyEntry& entry, LevelSource source) {
  return source == LevelSource::Mandiri ? entry.level_mandiri : entry.level_atasan;
}

JpmCategory JpmCategoryOf(long achieved, long required) {
  // Integer comparisons: 100·a/r ≥ 90  ⇔  100·a ≥ 90·r, with no floating-point rounding at the edges.
  if (100 * achieved >= kJpmOptimalMinPercent * required) return JpmCategory::Optimal;
  if (100 * achieved >= kJpmCukupOptimalMinPercent * required) return JpmCategory::CukupOptimal;
  return JpmCategory::KurangOptimal;
}

std::optional<JpmResult> JobPersonMatch(const std::vector<CompetencyEntry>& competencies, LevelSource source) {
  if (competencies.empty()) return std::nullopt;
  JpmResult result;
  for (const CompetencyEntry& c : competencies) {
    const int level = LevelFrom(c, source);
    if (level < kMinLevel || level > kMaxLevel) return std::nullopt;
    result.achieved += std::min(level, c.level_standar);
    result.required += c.level_standar;
  }
  if (result.required <= 0) return std::nullopt;
  result.category = JpmCategoryOf(result.achieved, result.required);
  // Round half away from zero on the exact fraction scaled to hundredths of a percent.
  const long scaled = (10000 * result.achieved * 2 + result.required) / (2 * result.required);
  result.percent = static_cast<double>(scaled) / 100.0;
  return result;
}

const char* JpmCategoryName(JpmCategory category) {
  switch (category) {
    case JpmCategory::Optimal: return "Optimal";
    case JpmCategory::CukupOptimal: return "Cukup Optimal";
    case JpmCategory::KurangOptimal: return "Kurang Optimal";
  }
  return "";
}

}  // namespace asn::core
