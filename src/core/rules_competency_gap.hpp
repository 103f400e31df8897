#pragma once
// Kesenjangan kompetensi: gap = assessed level − required level (negative = development need).
// The assessed level is the supervisor's where given, else the employee's own.
#include "core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace asn::core {

int CompetencyGap(int level, int required);

struct GapRow {
  std::string kode;
  std::string nama;
  int level_standar = 0;
  std::optional<int> level;  // absent while neither source has assessed it
  std::optional<int> gap;
  bool from_supervisor = false;
};

// The level used for the gap: supervisor's when assessed, else self, else none.
std::optional<int> AssessedLevel(const CompetencyEntry& entry, bool* from_supervisor = nullptr);

std::vector<GapRow> CompetencyGaps(const std::vector<CompetencyEntry>& competencies);

}  // namespace asn::core
