// asn-kinerja: the command-line tool (see src/cli/cli.hpp).
#include "cli/cli.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  try {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return asn::cli::RunCli(args, std::cout, std::cerr);
  } catch (const std::exception& error) {
    // Every input problem is reported as a problem; reaching here is a bug, but still no crash.
    std::cerr << "asn-kinerja: kesalahan internal: " << error.what() << "\n";
    return asn::cli::kExitInvalid;
  }
}
