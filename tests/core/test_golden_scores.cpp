// Golden test: scoring a fixed set of files gives byte-identical output to the committed
// expectations. The native and the WebAssembly build both run this, so both produce the same
// bytes (the CLI tests check the same files through `asn-kinerja score`).
#include "core/score_report.hpp"
#include "core/submission_format.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace asn::core;
using asn::test::ReadFixture;

TEST_CASE("golden scores") {
  // Versi 0 and 1 files (valid/) and versi 2 (versi2/valid/, golden in golden/versi2/valid/).
  for (const char* name : {"analis_dinilai", "draf_belum_lengkap", "batas_jpm", "triwulan_unicode", "versi0_lama",
                           "diajukan_belum_dinilai", "versi2/valid/analis_umpan_balik", "versi2/valid/guru_semester_kualitatif",
                           "versi2/valid/kadis_jpt"}) {
    CAPTURE(name);
    const std::string input = std::string(name).rfind("versi2/", 0) == 0 ? std::string(name) : std::string("valid/") + name;
    const ImportResult r = ImportSubmission(ReadFixture(input + ".json"));
    REQUIRE(r.ok());
    CHECK(ScoreReport(*r.assessment).dump(2) + "\n" == ReadFixture(std::string("golden/") + name + ".score.json"));
  }
}

TEST_CASE("golden expectations say what the rules say") {
  const auto report = [](const char* name) {
    const ImportResult r = ImportSubmission(ReadFixture(std::string("valid/") + name + ".json"));
    REQUIRE(r.ok());
    return ScoreReport(*r.assessment);
  };
  const auto boundary = report("batas_jpm");
  CHECK(boundary["predikat"] == "Sangat Kurang");
  CHECK(boundary["jpm_mandiri"] == 90.0);
  CHECK(boundary["kategori_jpm_mandiri"] == "Optimal");
  CHECK(boundary["jpm_atasan"] == 78.0);
  CHECK(boundary["kategori_jpm_atasan"] == "Cukup Optimal");
  const auto draft = report("draf_belum_lengkap");
  CHECK(draft["predikat"].is_null());
  CHECK(draft["jpm_mandiri"].is_null());
  CHECK(draft["jpm_atasan"].is_null());
  CHECK(draft["kesenjangan"][3]["level"].is_null());
  CHECK(report("triwulan_unicode")["predikat"] == "Kurang/Misconduct");
  CHECK(report("analis_dinilai")["predikat"] == "Baik");
}
