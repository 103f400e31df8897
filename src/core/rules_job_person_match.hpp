#pragma once
// Job Person Match (JPM) — how far a person's competency levels meet the job's required levels.
//   JPM % = Σ min(level, required) ÷ Σ required × 100
// Each level is capped at its required level so a surplus in one competency cannot hide a gap in
// another. Categories (Peraturan BRIN 3/2023 Pasal 33, common BKN practice):
//   Optimal ≥ 90, Cukup Optimal ≥ 78 and < 90, Kurang Optimal < 78.
#include "core/model.hpp"

#include <optional>
#include <vector>

namespace asn::core {

enum class LevelSource { Mandiri, Atasan };

// Category thresholds in percent and where they come from (shown in the "Penjelasan" panels).
inline constexpr int kJpmOptimalMinPercent = 90;
inline constexpr int kJpmCukupOptimalMinPercent = 78;
inline constexpr const char* kJpmCategorySource = "Peraturan BRIN 3/2023 Pasal 33 (sama dengan praktik umum BKN)";

enum class JpmCategory { KurangOptimal, CukupOptimal, Optimal };

struct JpmResult {
  long achieved = 0;  // Σ min(level, required)
  long required = 0;  // Σ required
  JpmCategory category = JpmCategory::KurangOptimal;
  // The percentage rounded to two decimals (the category uses the exact fraction).
  double percent = 0.0;
};

// Absent unless every competency has a level (1..5) from the given source, or when there are none.
std::optional<JpmResult> JobPersonMatch(const std::vector<CompetencyEntry>& competencies, LevelSource source);

// Category of an exact fraction achieved/required (required > 0), exact at the boundaries.
JpmCategory JpmCategoryOf(long achieved, long required);

const char* JpmCategoryName(JpmCategory category);  // "Optimal", "Cukup Optimal", "Kurang Optimal"

int LevelFrom(const CompetencyEntry& entry, LevelSource source);

}  // namespace asn::core
