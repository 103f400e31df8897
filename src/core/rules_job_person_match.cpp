#include "core/rules_job_person_match.hpp"

#include <algorithm>

namespace asn::core {
namespace {

// One group's (capped) sum of levels over its sum of required levels.
struct Sums {
  long levels = 0;
  long required = 0;
  int count = 0;
};

long Capped(const Sums& s, JpmCap cap) { return cap == JpmCap::Total ? std::min(s.levels, s.required) : s.levels; }

}  // namespace

int LevelFrom(const CompetencyEntry& entry, LevelSource source) {
  return source == LevelSource::Mandiri ? entry.level_mandiri : entry.level_atasan;
}

JpmCategory JpmCategoryOf(long numerator, long denominator, const JpmMethod& method) {
  // Integer comparisons: 100·n/d ≥ 90  ⇔  100·n ≥ 90·d, with no floating-point rounding at the edges.
  if (100 * numerator >= method.optimal_min * denominator) return JpmCategory::Optimal;
  if (100 * numerator >= method.cukup_min * denominator) return JpmCategory::CukupOptimal;
  return JpmCategory::KurangOptimal;
}

std::optional<JpmResult> JobPersonMatch(const std::vector<CompetencyEntry>& competencies, LevelSource source,
                                        const JpmMethod& method) {
  Sums core_group;  // manajerial + sosial kultural (and teknis, unless set apart)
  Sums teknis;
  const bool apart = method.teknis != JpmTeknis::Included;
  for (const CompetencyEntry& c : competencies) {
    const bool is_teknis = c.jenis == CompetencyKind::Teknis;
    if (is_teknis && method.teknis == JpmTeknis::Excluded) continue;
    const int level = LevelFrom(c, source);
    if (level < kMinLevel || level > kMaxLevel) return std::nullopt;
    Sums& group = is_teknis && apart ? teknis : core_group;
    group.levels += method.cap == JpmCap::PerCompetency ? std::min(level, c.level_standar) : level;
    group.required += c.level_standar;
    ++group.count;
  }
  JpmResult result;
  if (method.teknis == JpmTeknis::Weighted && core_group.count > 0 && teknis.count > 0) {
    // w % · t/Rt + (100 − w) % · m/Rm, over one denominator: 100·Rt·Rm.
    const long w = method.teknis_weight;
    result.numerator = w * Capped(teknis, method.cap) * core_group.required +
                       (100 - w) * Capped(core_group, method.cap) * teknis.required;
    result.denominator = 100 * teknis.required * core_group.required;
  } else {
    // Unweighted: everything counted is one group (a weight with only one group present has nothing to weigh).
    Sums all = core_group;
    all.levels += teknis.levels;
    all.required += teknis.required;
    all.count += teknis.count;
    if (all.count == 0) return std::nullopt;
    result.weight_not_applied = method.teknis == JpmTeknis::Weighted;
    result.numerator = Capped(all, method.cap);
    result.denominator = all.required;
  }
  if (result.denominator <= 0) return std::nullopt;
  result.category = JpmCategoryOf(result.numerator, result.denominator, method);
  // Round half away from zero on the exact fraction scaled to hundredths of a percent.
  const long scaled = (10000 * result.numerator * 2 + result.denominator) / (2 * result.denominator);
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

bool JpmMethodValid(const JpmMethod& m) {
  return m.cukup_min > 0 && m.cukup_min < m.optimal_min && m.optimal_min <= 1000 && m.teknis_weight >= 1 &&
         m.teknis_weight <= 99;
}

std::string JpmMethodText(const JpmMethod& m, Language language) {
  const bool en = language == Language::English;
  std::string cap;
  switch (m.cap) {
    case JpmCap::PerCompetency: cap = en ? "capped per competency" : "batas per kompetensi"; break;
    case JpmCap::Total: cap = en ? "total capped at 100 %" : "total paling tinggi 100 %"; break;
    case JpmCap::None: cap = en ? "no cap" : "tanpa batas"; break;
  }
  std::string teknis;
  switch (m.teknis) {
    case JpmTeknis::Included: teknis = en ? "teknis included" : "teknis disertakan"; break;
    case JpmTeknis::Excluded: teknis = en ? "teknis excluded" : "teknis dikecualikan"; break;
    case JpmTeknis::Weighted:
      teknis = (en ? "teknis weighted " : "teknis berbobot ") + std::to_string(m.teknis_weight) + "/" +
               std::to_string(100 - m.teknis_weight);
      break;
  }
  return cap + " · " + (en ? "bands " : "kategori ") + std::to_string(m.optimal_min) + "/" + std::to_string(m.cukup_min) +
         " · " + teknis;
}

std::string JpmBandSource(const JpmMethod& m, Language language) {
  const bool en = language == Language::English;
  if (m.optimal_min == kJpmOptimalMinPercent && m.cukup_min == kJpmCukupOptimalMinPercent) return kJpmCategorySource;
  if (m.optimal_min == 80 && m.cukup_min == 68) {
    return en ? "the MS/MMS/KMS scheme some agencies use (80/68)" : "skema MS/MMS/KMS yang dipakai sebagian instansi (80/68)";
  }
  return en ? "set by the agency" : "ditetapkan instansi";
}

}  // namespace asn::core
