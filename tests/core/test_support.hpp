#pragma once
// Helpers for the core tests: reading fixture files (tests/data) in both the native and the
// WebAssembly (Node, NODERAWFS) build.
#include "platform/file_io.hpp"

#include <string>

#ifndef ASN_TEST_DATA_DIR
#error "ASN_TEST_DATA_DIR must be defined by the build"
#endif

namespace asn::test {

inline std::string DataPath(const std::string& relative) { return std::string(ASN_TEST_DATA_DIR) + "/" + relative; }

// The fixture's bytes; fails the calling test (empty string) when it cannot be read.
std::string ReadFixture(const std::string& relative);

}  // namespace asn::test
