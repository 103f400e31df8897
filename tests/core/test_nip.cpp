#include "core/nip.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace asn::core;

namespace {
bool Has(const std::vector<NipError>& errors, NipError e) { return std::find(errors.begin(), errors.end(), e) != errors.end(); }
}  // namespace

TEST_CASE("a valid NIP is read field by field") {
  NipInfo info;
  CHECK(CheckNip("199005142015032007", &info).empty());
  CHECK(info.birth_year == 1990);
  CHECK(info.birth_month == 5);
  CHECK(info.birth_day == 14);
  CHECK(info.tmt_year == 2015);
  CHECK(info.tmt_month == 3);
  CHECK(info.gender == 2);
  CHECK(info.serial == 7);
  CHECK(CheckNip("197803222003121004").empty());
  CHECK(CheckNip("200002292018081001").empty());  // 29 February of a leap year
}

TEST_CASE("NIP length and characters") {
  CHECK(CheckNip("") == std::vector<NipError>{NipError::WrongLength});
  CHECK(CheckNip("19900514201503200") == std::vector<NipError>{NipError::WrongLength});
  CHECK(CheckNip("1990051420150320071") == std::vector<NipError>{NipError::WrongLength});
  CHECK(CheckNip("19900514 015032007") == std::vector<NipError>{NipError::NotDigits});
  CHECK(CheckNip("19900514201503200x") == std::vector<NipError>{NipError::NotDigits});
}

TEST_CASE("NIP birth date must be a real date") {
  CHECK(Has(CheckNip("199013142015032007"), NipError::BadBirthDate));  // month 13
  CHECK(Has(CheckNip("199002302015032007"), NipError::BadBirthDate));  // 30 February
  CHECK(Has(CheckNip("190002292015032007"), NipError::BadBirthDate));  // 1900 out of range (and not leap)
  CHECK(Has(CheckNip("199102292015032007"), NipError::BadBirthDate));  // 1991 is not a leap year
  CHECK(Has(CheckNip("199005002015032007"), NipError::BadBirthDate));  // day 0
}

TEST_CASE("NIP TMT month and age at appointment") {
  CHECK(Has(CheckNip("199005142015132007"), NipError::BadTmt));          // month 13
  CHECK(Has(CheckNip("199005142015002007"), NipError::BadTmt));          // month 00
  CHECK(Has(CheckNip("199005142007032007"), NipError::TmtBeforeAdult));  // appointed at 16
  CHECK(CheckNip("199005142008052007").empty());                        // exactly 18 years and 0 months
  CHECK(Has(CheckNip("199005142008042007"), NipError::TmtBeforeAdult));  // one month short
}

TEST_CASE("NIP gender digit and serial") {
  CHECK(CheckNip("199005142015031007").empty());
  CHECK(Has(CheckNip("199005142015033007"), NipError::BadGender));
  CHECK(Has(CheckNip("199005142015030007"), NipError::BadGender));
  CHECK(Has(CheckNip("199005142015032000"), NipError::BadSerial));
  // Several problems are all reported.
  const auto errors = CheckNip("199013142015033000");
  CHECK(errors.size() == 3);
  for (NipError e : errors) CHECK_FALSE(NipErrorMessage(e).empty());
}
