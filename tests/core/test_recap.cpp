// The unit recap: counts, heatmap cells, invalid files, duplicates, the CSV and the distribution curve.
#include "core/recap.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"

#include "persona.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

namespace {

using asn::test::Persona;

}  // namespace

TEST_CASE("recap counts predikat and JPM categories of valid files and lists invalid ones") {
  Recap recap;
  for (const PersonaInfo& p : Personas()) recap.AddFile("in/" + p.key + ".json", ExportSubmission(Persona(p.key.c_str())));
  recap.AddFile("folder\\rusak.json", "{\"format\": \"asn-kinerja\", ");
  recap.AddRefused("besar.json", "berkas terlalu besar");
  CHECK(recap.FilesSeen() == Personas().size() + 2);
  REQUIRE(recap.Invalid().size() == 2);
  CHECK(recap.Invalid()[0].file == "rusak.json");
  CHECK_FALSE(recap.Invalid()[0].problems.empty());
  CHECK(recap.Invalid()[1].problems.front().message == "berkas terlalu besar");
  for (int i = 0; i < kPredikatCount; ++i) CHECK(recap.PredikatCounts()[static_cast<std::size_t>(i)] == 1);
  CHECK(recap.JpmCounts()[static_cast<std::size_t>(JpmCategory::Optimal)] == 1);
  CHECK(recap.JpmCounts()[static_cast<std::size_t>(JpmCategory::CukupOptimal)] == 2);
  CHECK(recap.JpmCounts()[static_cast<std::size_t>(JpmCategory::KurangOptimal)] == 2);
  CHECK(recap.Rows()[0].file == "analis.json");
  CHECK(recap.Rows()[0].jpm_from_supervisor);
}

TEST_CASE("recap heatmap averages the gap per competency and job type") {
  Recap recap;
  Assessment a = Persona("kadis");  // JPT Pratama; M.2 required 4
  REQUIRE(a.kompetensi[1].kode == "M.2");
  REQUIRE(a.kompetensi[1].level_standar == 4);
  a.kompetensi[1].level_atasan = 3;  // gap −1
  Assessment b = a;
  b.kompetensi[1].level_standar = 3;
  b.kompetensi[1].level_atasan = 5;  // gap +2
  b.pegawai.nip.back() = b.pegawai.nip.back() == '1' ? '2' : '1';  // another employee
  recap.Add("a.json", a);
  recap.Add("b.json", b);
  const std::vector<std::string> jobs = recap.JobTypes();
  REQUIRE(jobs == std::vector<std::string>{"jpt_pratama"});
  const GapCell& cell = recap.Cell(1, "jpt_pratama");  // M.2
  CHECK(cell.count == 2);
  CHECK(*cell.Average() == doctest::Approx(0.5));
  CHECK(*recap.CompetencyAverage(1).Average() == doctest::Approx(0.5));
  CHECK_FALSE(recap.Cell(1, "guru").Average().has_value());
  CHECK(recap.Duplicates().empty());
  recap.Add("c.json", a);
  REQUIRE(recap.Duplicates().size() == 1);
  CHECK(recap.Duplicates()[0].second == std::vector<std::string>{"a.json", "c.json"});
}

TEST_CASE("recap falls back to self levels for JPM and leaves missing figures empty") {
  Assessment a = Persona("analis");
  for (CompetencyEntry& c : a.kompetensi) c.level_atasan = kNotAssessed;
  a.evaluasi.rating_hasil_kerja.reset();
  a.evaluasi.rating_perilaku.reset();
  a.status = Status{Stage::Diajukan, "2025-12-01T01:00:00Z", "2025-12-01T01:00:00Z", "2025-12-01T01:00:00Z", std::nullopt};
  a.rencana_pengembangan.clear();
  Recap recap;
  recap.AddFile("x.json", ExportSubmission(a));
  REQUIRE(recap.Rows().size() == 1);
  CHECK_FALSE(recap.Rows()[0].jpm_from_supervisor);
  CHECK(recap.Rows()[0].jpm.has_value());
  CHECK(recap.WithoutPredikat() == 1);
  const std::string csv = RecapCsv(recap);
  CHECK(csv.find(",diajukan,ya,,") != std::string::npos);
  CHECK(csv.find(",mandiri,") != std::string::npos);
}

TEST_CASE("recap CSV: BOM, CRLF, quoting, no spreadsheet formulas, stable order") {
  Assessment a = Persona("guru");
  a.pegawai.nama = "=HYPERLINK(\"x\"), \"Dewi\"";
  a.pegawai.unit_kerja = "B unit";
  Assessment b = Persona("perawat");
  b.pegawai.unit_kerja = "A unit";
  Recap recap;
  recap.Add("guru.json", a);
  recap.Add("perawat.json", b);
  const std::string csv = RecapCsv(recap);
  REQUIRE(csv.rfind("\xEF\xBB\xBF" "berkas,nama,nip,", 0) == 0);
  CHECK(csv.find("gap_SK.1,capaian_kinerja_organisasi,kurva_distribusi\r\n") != std::string::npos);
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\"), \"\"Dewi\"\"\"") != std::string::npos);
  CHECK(csv.find("perawat.json") < csv.find("guru.json"));  // A unit before B unit
  CHECK(csv.find(",Sangat Baik,95.24,Optimal,atasan,1,") != std::string::npos);  // guru: 20 of 21
  Recap reversed;
  reversed.Add("perawat.json", b);
  reversed.Add("guru.json", a);
  CHECK(RecapCsv(reversed) == csv);
}

TEST_CASE("recap summary text names every part") {
  Recap recap;
  recap.Add("a.json", Persona("analis"));
  recap.AddRefused("b.json", "tidak dapat dibaca");
  const std::string text = RecapSummaryText(recap);
  CHECK(text.find("2 berkas, 1 sah, 1 tidak sah") != std::string::npos);
  CHECK(text.find("Baik") != std::string::npos);
  CHECK(text.find("b.json: $: tidak dapat dibaca") != std::string::npos);
  CHECK(text.find("Perekat Bangsa") != std::string::npos);
}
