#include "test_support.hpp"

#include <doctest/doctest.h>

namespace asn::test {

std::string ReadFixture(const std::string& relative) {
  const platform::ReadResult result = platform::ReadFileLimited(DataPath(relative), 64 * 1024 * 1024);
  INFO("fixture: " << relative);
  REQUIRE(result.status == platform::ReadStatus::Ok);
  return result.content;
}

}  // namespace asn::test
