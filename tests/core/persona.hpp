#pragma once
// The workshop persona `key` (core/sample.hpp), for tests that start from a complete assessment.
#include "core/sample.hpp"

#include <doctest/doctest.h>

#include <string>

namespace asn::test {

inline core::Assessment Persona(const std::string& key) {
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment(key, &a));
  return a;
}

}  // namespace asn::test
