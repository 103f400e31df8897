// Versi 1 files keep working: every versi-1 fixture (tests/data/valid) and every workshop persona as
// the previous release exported it (tests/data/versi1) migrates to versi 2 without losing a field,
// exports as versi 2, and re-imports to the same assessment.
#include "core/submission_format.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace asn::core;
using asn::test::ReadFixture;
using json = nlohmann::json;

namespace {

const std::vector<std::string>& Version1Files() {
  static const std::vector<std::string> files = {
      "valid/analis_dinilai.json",    "valid/batas_jpm.json",        "valid/diajukan_belum_dinilai.json",
      "valid/draf_belum_lengkap.json", "valid/triwulan_unicode.json", "versi1/persona_analis.json",
      "versi1/persona_guru.json",     "versi1/persona_perawat.json", "versi1/persona_pelayanan.json",
      "versi1/persona_kasi.json"};
  return files;
}

// Where a versi-1 value lives in versi 2, written out here independently of the migration code.
// Empty: not a value of the assessment (format, versi, the digest) or checked separately (periode).
std::string Version2Pointer(const std::string& v1) {
  if (v1 == "/format" || v1 == "/versi" || v1.rfind("/integritas", 0) == 0 || v1.rfind("/periode", 0) == 0) return "";
  static const std::pair<std::string, std::string> kMoves[] = {
      {"/pegawai/instansi", "/instansi"},
      {"/hasil_kerja/rating", "/evaluasi/rating_hasil_kerja"},
      {"/perilaku/rating", "/evaluasi/rating_perilaku"},
      {"/umpan_balik", "/evaluasi/umpan_balik"},
      {"/hasil_kerja/rhk/", "/skp/rhk/"},
  };
  for (const auto& [from, to] : kMoves) {
    if (v1 == from) return to;
    if (from.back() == '/' && v1.rfind(from, 0) == 0) return to + v1.substr(from.size());
  }
  return v1;
}

void Leaves(const json& value, const std::string& pointer, std::vector<std::pair<std::string, json>>& out) {
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) Leaves(member, pointer + "/" + key, out);
  } else if (value.is_array() && !value.empty()) {
    for (std::size_t i = 0; i < value.size(); ++i) Leaves(value[i], pointer + "/" + std::to_string(i), out);
  } else {
    out.emplace_back(pointer, value);
  }
}

}  // namespace

TEST_CASE("every versi-1 file migrates without losing a value") {
  for (const std::string& file : Version1Files()) {
    CAPTURE(file);
    const std::string text = ReadFixture(file);
    const ImportResult imported = ImportSubmission(text);
    REQUIRE(imported.ok());
    CHECK(imported.source_version == 1);
    const json v1 = json::parse(text);
    const json v2 = json::parse(ExportSubmission(*imported.assessment));
    CHECK(v2["versi"] == 2);
    std::vector<std::pair<std::string, json>> leaves;
    Leaves(v1, "", leaves);
    int compared = 0;
    for (const auto& leaf : leaves) {
      const std::string& pointer = leaf.first;  // not a structured binding: CAPTURE takes it by reference
      const json& value = leaf.second;
      const std::string target = Version2Pointer(pointer);
      if (target.empty()) continue;
      CAPTURE(pointer);
      const json::json_pointer at(target);
      REQUIRE(v2.contains(at));
      CHECK(v2.at(at) == value);
      ++compared;
    }
    CHECK(compared > 30);
    // The period: "tahunan" is Triwulan IV/Akhir over the whole year; a quarter keeps its number.
    const json& old_period = v1["periode"];
    const json& period = v2["periode"];
    const int year = old_period["tahun"].get<int>();
    CHECK(period["tahun"] == year);
    CHECK(period["jenis"] == "triwulan");
    if (old_period["jenis"] == "tahunan") {
      CHECK(period["ke"] == 4);
      CHECK(period["mulai"] == std::to_string(year) + "-01-01");
      CHECK(period["selesai"] == std::to_string(year) + "-12-31");
    } else {
      CHECK(period["ke"] == old_period["triwulan"]);
      CHECK(period["mulai"].get<std::string>().substr(0, 4) == std::to_string(year));
    }
    // What versi 1 did not have starts empty, never invented.
    CHECK(v2["atasan_penilai"]["nama"] == "");
    CHECK(v2["umpan_balik_berkelanjutan"].empty());
    CHECK(v2["evaluasi"]["capaian_kinerja_organisasi"].is_null());
  }
}

TEST_CASE("every versi-1 file round-trips as versi 2: migrate, export, re-import, compare") {
  for (const std::string& file : Version1Files()) {
    CAPTURE(file);
    const ImportResult migrated = ImportSubmission(ReadFixture(file));
    REQUIRE(migrated.ok());
    const std::string exported = ExportSubmission(*migrated.assessment);
    const ImportResult again = ImportSubmission(exported);
    REQUIRE(again.ok());
    CHECK(again.source_version == 2);
    CHECK(*again.assessment == *migrated.assessment);
    CHECK(ExportSubmission(*again.assessment) == exported);
  }
}

TEST_CASE("a versi-1 file's problems name its own paths and lines") {
  std::string text = ReadFixture("versi1/persona_guru.json");
  const std::string rating = "\"rating\": \"di_atas\"";
  const std::size_t at = text.find(rating);
  REQUIRE(at != std::string::npos);
  text.replace(at, rating.size(), "\"rating\": \"bagus\"");
  const ImportResult r = ImportSubmission(text);
  REQUIRE_FALSE(r.ok());
  bool found = false;
  for (const Problem& p : r.problems) {
    if (p.path == "$.hasil_kerja.rating" || p.path == "$.perilaku.rating") {
      found = true;
      CHECK(p.line > 1);
    }
    CHECK(p.path.find("evaluasi") == std::string::npos);
  }
  CHECK(found);
}
