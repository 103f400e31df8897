#pragma once
// `asn-kinerja recap FILE_OR_DIR... [--csv OUT] [--kuota SK,K,BP,B,SB]`: the unit recap for the HR
// office, the same aggregation as the browser's Rekap screen (src/core/recap.hpp).
#include <iosfwd>
#include <string>
#include <vector>

namespace asn::cli {

int RunRecap(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace asn::cli
