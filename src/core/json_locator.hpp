#pragma once
// Finds the line on which the value at a JSON path starts, so problems found after parsing can
// still point at a line of the file. Only used when there are problems to report.
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace asn::core {

// For each requested path ("$", "$.a.b", "$.list[3].x"), the 1-based line of its value.
// Paths not present in the text are absent from the result. The text must be valid JSON.
std::map<std::string, int> LocateJsonPaths(std::string_view text, const std::set<std::string>& paths);

}  // namespace asn::core
