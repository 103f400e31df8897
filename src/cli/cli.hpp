#pragma once
// The asn-kinerja command-line tool for the HR office: validate, score, report and sample submissions.
// Exit codes: 0 success, 1 invalid input, 2 usage error.
#include <iosfwd>
#include <string>
#include <vector>

namespace asn::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace asn::cli
