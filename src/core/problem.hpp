#pragma once
// A problem found in a file: where (JSON path, line when known) and what, in Bahasa Indonesia.
#include <string>
#include <vector>

namespace asn::core {

struct Problem {
  std::string code;     // stable machine-readable kind, e.g. "level_out_of_range" (tests, UI mapping)
  std::string path;     // JSON path, e.g. "$.kompetensi[2].level_mandiri" ("$" = the whole document)
  std::string message;  // Bahasa Indonesia
  int line = 0;         // 1-based line in the file, 0 when unknown
};

using Problems = std::vector<Problem>;

// "$.kompetensi[2].level_mandiri (baris 41): level harus 0–5" — the form the CLI and UI print.
std::string FormatProblem(const Problem& problem);

}  // namespace asn::core
