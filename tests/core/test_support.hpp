#pragma once
// Helpers for the core tests: reading fixture files (tests/data) in both the native and the
// WebAssembly (Node, NODERAWFS) build; bytes from hexadecimal.
#include "core/signature.hpp"
#include "core/submission_format.hpp"
#include "platform/file_io.hpp"

#include <string>

#ifndef ASN_TEST_DATA_DIR
#error "ASN_TEST_DATA_DIR must be defined by the build"
#endif

namespace asn::test {

inline std::string DataPath(const std::string& relative) { return std::string(ASN_TEST_DATA_DIR) + "/" + relative; }

// The fixture's bytes; fails the calling test (empty string) when it cannot be read.
std::string ReadFixture(const std::string& relative);

// Whether an import reported a problem with this code at this JSON path.
inline bool HasProblem(const core::ImportResult& r, const std::string& code, const std::string& path) {
  for (const core::Problem& p : r.problems) {
    if (p.code == code && p.path == path) return true;
  }
  return false;
}

// Bytes written in hexadecimal, as RFC test vectors give them.
inline core::Bytes Hex(const std::string& hex) {
  core::Bytes out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<std::uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

}  // namespace asn::test
