#include "core/problem.hpp"

namespace asn::core {

std::string FormatProblem(const Problem& problem) {
  std::string out = problem.path;
  if (problem.line > 0) out += " (baris " + std::to_string(problem.line) + ")";
  return out + ": " + problem.message;
}

}  // namespace asn::core
