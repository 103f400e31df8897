#pragma once
// Job Person Match (JPM) — how far a person's competency levels meet the job's required levels.
// Computed here from self or supervisor levels it is **indicative** ("JPM indikatif"): an official
// JPM comes from a competency assessment (assessment centre). The method is a choice (JpmMethod in
// model.hpp, stored with the file), because practice differs (REFERENCE §6):
//   cap   per competency (default): JPM % = Σ min(level, required) ÷ Σ required × 100
//         total: min(Σ level, Σ required) ÷ Σ required × 100      none: Σ level ÷ Σ required × 100
//   teknis included (default) / excluded / weighted: w % teknis + (100 − w) % manajerial & sosial kultural
//   bands Optimal ≥ 90, Cukup Optimal ≥ 78, Kurang Optimal below (Peraturan BRIN 3/2023 Pasal 33,
//         default), or 80/68, or the instansi's own.
// Every comparison is exact: the JPM is kept as a fraction of integers.
#include "core/language.hpp"
#include "core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace asn::core {

enum class LevelSource { Mandiri, Atasan };

// The default bands and where they come from (shown in the "Penjelasan" panels).
inline constexpr int kJpmOptimalMinPercent = 90;
inline constexpr int kJpmCukupOptimalMinPercent = 78;
inline constexpr const char* kJpmCategorySource = "Peraturan BRIN 3/2023 Pasal 33";

enum class JpmCategory { KurangOptimal, CukupOptimal, Optimal };

struct JpmResult {
  // The JPM in percent is exactly 100 · numerator ÷ denominator. Unweighted, the numerator is the
  // (capped) sum of levels and the denominator the sum of required levels.
  long numerator = 0;
  long denominator = 0;
  JpmCategory category = JpmCategory::KurangOptimal;
  double percent = 0.0;  // rounded to two decimals (the category uses the exact fraction)
  // Weighted teknis asked for but the file has no teknis competency (or only teknis): computed
  // unweighted, and said so.
  bool weight_not_applied = false;
};

// Absent unless every counted competency has a level (1..5) from the given source, or when none counts.
std::optional<JpmResult> JobPersonMatch(const std::vector<CompetencyEntry>& competencies, LevelSource source,
                                        const JpmMethod& method = JpmMethod{});

// Category of the exact fraction 100·numerator/denominator (denominator > 0) under the method's bands.
JpmCategory JpmCategoryOf(long numerator, long denominator, const JpmMethod& method = JpmMethod{});

const char* JpmCategoryName(JpmCategory category);  // "Optimal", "Cukup Optimal", "Kurang Optimal"

// A method's bands are usable: 0 < cukup < optimal ≤ 1000, and the teknis weight 1–99.
bool JpmMethodValid(const JpmMethod& method);

// The method in a few words, beside every JPM figure: "batas per kompetensi · kategori 90/78 ·
// teknis disertakan" (or in English).
std::string JpmMethodText(const JpmMethod& method, Language language = Language::Indonesian);
// Where the method's bands come from: the BRIN regulation, the 80/68 scheme, or the instansi.
std::string JpmBandSource(const JpmMethod& method, Language language = Language::Indonesian);

int LevelFrom(const CompetencyEntry& entry, LevelSource source);

}  // namespace asn::core
