#pragma once
// Upgrades documents written in older versions of the submission format to the current one.
//   versi 0 (pre-release prototypes, 2025): "periode" was a string ("2025" or "2025-TW2"),
//   ratings were written out ("Di Atas Ekspektasi", …), and there was no "integritas".
//   versi 1 (2025–2026): one person besides the employee, "tahunan" or a quarter, hasil_kerja with
//   its rating, the ratings and the overall feedback where they were reviewed; see README.
#include "core/problem.hpp"

#include <nlohmann/json.hpp>

namespace asn::core {

// Migrates `document` in place from `from_version` to the current version. Returns false (with
// problems added) when the old document cannot be understood.
bool MigrateToCurrent(nlohmann::json& document, int from_version, Problems& problems);

}  // namespace asn::core
