#include "core/rules_competency_gap.hpp"

namespace asn::core {

int CompetencyGap(int level, int required) { return level - required; }

std::optional<int> AssessedLevel(const CompetencyEntry& entry, bool* from_supervisor) {
  if (from_supervisor != nullptr) *from_supervisor = false;
  if (entry.level_atasan >= kMinLevel) {
    if (from_supervisor != nullptr) *from_supervisor = true;
    return entry.level_atasan;
  }
  if (entry.level_mandiri >= kMinLevel) return entry.level_mandiri;
  return std::nullopt;
}

std::vector<GapRow> CompetencyGaps(const std::vector<CompetencyEntry>& competencies) {
  std::vector<GapRow> rows;
  rows.reserve(competencies.size());
  for (const CompetencyEntry& c : competencies) {
    GapRow row;
    row.kode = c.kode;
    row.nama = c.nama;
    row.level_standar = c.level_standar;
    row.level = AssessedLevel(c, &row.from_supervisor);
    if (row.level) row.gap = CompetencyGap(*row.level, c.level_standar);
    rows.push_back(row);
  }
  return rows;
}

}  // namespace asn::core
