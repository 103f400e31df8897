#pragma once
// `asn-kinerja recap FILE_OR_DIR... [--csv OUT] [--capaian …] [--kurva …] [--jpm-metode …] [--kunci LIST]`:
// the unit recap for the HR office, the same aggregation as the browser's Rekap screen
// (src/core/recap.hpp), and each file's digital signature classified (cli/verify_command.hpp).
#include <iosfwd>
#include <string>
#include <vector>

namespace asn::cli {

int RunRecap(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace asn::cli
