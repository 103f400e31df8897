// Times stored in UTC, shown in Jakarta time (WIB) in each language's way.
#include "core/time_format.hpp"

#include <doctest/doctest.h>

using asn::core::FormatDateWib;
using asn::core::FormatTanggal;
using asn::core::FormatWib;
using asn::core::Language;

TEST_CASE("UTC shown in WIB, Indonesian and English, across a day, month and year boundary") {
  CHECK(FormatWib("2026-11-29T10:17:46Z", Language::Indonesian) == "29 November 2026 pukul 17.17 WIB");
  CHECK(FormatWib("2026-11-29T10:17:46Z", Language::English) == "29 November 2026, 17:17 WIB");
  CHECK(FormatWib("2026-11-29T17:00:00Z", Language::Indonesian) == "30 November 2026 pukul 00.00 WIB");
  CHECK(FormatWib("2026-12-31T16:59:59Z", Language::Indonesian) == "31 Desember 2026 pukul 23.59 WIB");
  CHECK(FormatWib("2026-12-31T17:00:00Z", Language::Indonesian) == "1 Januari 2027 pukul 00.00 WIB");
  CHECK(FormatDateWib("2028-02-28T20:00:00Z", Language::Indonesian) == "29 Februari 2028");
  CHECK(FormatDateWib("2027-02-28T20:00:00Z", Language::English) == "1 March 2027");
  CHECK(FormatWib("kemarin", Language::Indonesian) == "kemarin");  // not a timestamp: shown as it is
}

TEST_CASE("calendar dates written the Indonesian way for the official documents") {
  CHECK(FormatTanggal("2025-12-16") == "16 Desember 2025");
  CHECK(FormatTanggal("2025-01-01") == "1 Januari 2025");
  CHECK(FormatTanggal("2028-02-29") == "29 Februari 2028");
  CHECK(FormatTanggal("2026-08-05") == "5 Agustus 2026");
  CHECK(FormatTanggal("") == "");
  CHECK(FormatTanggal("2027-02-29") == "2027-02-29");  // not a real date: unchanged
  CHECK(FormatTanggal("16-12-2025") == "16-12-2025");
  CHECK(FormatTanggal("akhir tahun") == "akhir tahun");
}
