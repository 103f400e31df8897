#include "core/integrity.hpp"
#include "core/sample.hpp"
#include "core/sha256.hpp"
#include "core/submission_format.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace asn::core;
using asn::test::HasProblem;
using asn::test::ReadFixture;

namespace {

Assessment Sample() {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  return a;
}

std::string Describe(const ImportResult& r) {
  std::string out;
  for (const Problem& p : r.problems) out += p.code + " " + FormatProblem(p) + "\n";
  return out;
}

}  // namespace

TEST_CASE("export → import round trip is lossless") {
  const Assessment original = Sample();
  const std::string file = ExportSubmission(original);
  const ImportResult imported = ImportSubmission(file);
  INFO(Describe(imported));
  REQUIRE(imported.ok());
  CHECK(imported.source_version == 2);
  CHECK(*imported.assessment == original);
  // Exporting again gives the same bytes.
  CHECK(ExportSubmission(*imported.assessment) == file);
}

TEST_CASE("round trip of every valid fixture, including unicode and markup in names") {
  for (const char* name : {"valid/analis_dinilai.json", "valid/draf_belum_lengkap.json", "valid/batas_jpm.json",
                           "valid/triwulan_unicode.json", "valid/versi0_lama.json"}) {
    CAPTURE(name);
    const ImportResult first = ImportSubmission(ReadFixture(name));
    INFO(Describe(first));
    REQUIRE(first.ok());
    const ImportResult second = ImportSubmission(ExportSubmission(*first.assessment));
    REQUIRE(second.ok());
    CHECK(*second.assessment == *first.assessment);
  }
  const ImportResult unicode = ImportSubmission(ReadFixture("valid/triwulan_unicode.json"));
  REQUIRE(unicode.ok());
  CHECK(unicode.assessment->pegawai.nama.find("<script>") != std::string::npos);
  CHECK(unicode.assessment->periode.jenis == PeriodKind::Triwulan);
  CHECK(unicode.assessment->periode.ke == 2);
  CHECK(unicode.assessment->periode.mulai == "2026-04-01");
  CHECK(unicode.assessment->periode.selesai == "2026-06-30");
}

TEST_CASE("structural equality notices a changed field") {
  const Assessment a = Sample();
  Assessment b = a;
  b.kompetensi[3].bukti += ".";
  CHECK(a != b);
  b = a;
  b.perilaku[6].catatan_atasan.clear();
  CHECK(a != b);
  b = a;
  b.status.dinilai.reset();
  CHECK(a != b);
}

TEST_CASE("export file name is <NIP>_<periode>.json") {
  Assessment a = Sample();
  CHECK(ExportFileName(a) == "CONTOH_199005142015032007_2025-TW4.json");
  a.contoh = false;
  CHECK(ExportFileName(a) == "199005142015032007_2025-TW4.json");
  a.periode = {2026, PeriodKind::Triwulan, 3, "", ""};
  CHECK(ExportFileName(a) == "199005142015032007_2026-TW3.json");
  a.pegawai.nip = "../../etc";
  CHECK(ExportFileName(a) == "tanpa-NIP_2026-TW3.json");
  a.contoh = true;
  CHECK(ExportFileName(a) == "CONTOH_tanpa-NIP_2026-TW3.json");
  a.periode = {2025, PeriodKind::Semester, 2, "", ""};
  CHECK(ExportFileName(a) == "CONTOH_tanpa-NIP_2025-S2.json");
}

TEST_CASE("integrity digest: SHA-256 of the canonical document without integritas") {
  const std::string file = ExportSubmission(Sample());
  nlohmann::json doc = nlohmann::json::parse(file);
  REQUIRE(doc.contains("integritas"));
  CHECK(doc["integritas"]["algoritma"] == "sha256");
  const std::string stated = doc["integritas"]["nilai"];
  doc.erase("integritas");
  CHECK(stated == Sha256Hex(doc.dump()));
  CHECK(IntegrityDigest(nlohmann::json::parse(file)) == stated);

  // Whitespace and key order in the file do not matter; content does.
  nlohmann::json reordered = nlohmann::json::parse(file);
  CHECK(ImportSubmission(reordered.dump(8)).ok());
  reordered["evaluasi"]["umpan_balik"] = "disunting";
  const ImportResult edited = ImportSubmission(reordered.dump(2));
  CHECK_FALSE(edited.ok());
  CHECK(HasProblem(edited, "integrity_mismatch", "$.integritas.nilai"));
  SealDocument(reordered);
  CHECK(ImportSubmission(reordered.dump()).ok());
}

TEST_CASE("versi 0 files are migrated") {
  const ImportResult r = ImportSubmission(ReadFixture("valid/versi0_lama.json"));
  INFO(Describe(r));
  REQUIRE(r.ok());
  CHECK(r.source_version == 0);
  const Assessment& a = *r.assessment;
  CHECK(a.periode.tahun == 2025);
  CHECK(a.periode.jenis == PeriodKind::Triwulan);
  CHECK(a.periode.ke == 3);
  CHECK(a.periode.mulai == "2025-07-01");
  CHECK(a.periode.selesai == "2025-09-30");
  CHECK(a.evaluasi.rating_hasil_kerja == Rating::DiAtas);
  CHECK(a.evaluasi.rating_perilaku == Rating::Sesuai);
  // Everything else is carried over unchanged.
  const ImportResult v1 = ImportSubmission(ReadFixture("versi1/persona_analis.json"));
  REQUIRE(v1.ok());
  Assessment expected = *v1.assessment;
  expected.periode = a.periode;
  expected.evaluasi.rating_hasil_kerja = a.evaluasi.rating_hasil_kerja;
  expected.evaluasi.rating_perilaku = a.evaluasi.rating_perilaku;
  CHECK(a == expected);

  nlohmann::json v0 = nlohmann::json::parse(ReadFixture("valid/versi0_lama.json"));
  v0["periode"] = "2025-TW9";
  const ImportResult bad = ImportSubmission(v0.dump());
  CHECK_FALSE(bad.ok());
  CHECK(HasProblem(bad, "bad_period", "$.periode"));
}

TEST_CASE("malformed corpus: each file gives its specific problem") {
  // malformed/: versi-1 files (problems at versi-1 paths); versi2/malformed/: the versi-2 rules.
  for (const std::string dir : {"malformed/", "versi2/malformed/"}) {
  const nlohmann::json expected = nlohmann::json::parse(ReadFixture(dir + "expected.json"));
  REQUIRE(expected.size() >= 10);
  for (const auto& item : expected.items()) {
    const std::string name = item.key();
    CAPTURE(dir + name);
    const ImportResult r = ImportSubmission(ReadFixture(dir + name));
    INFO(Describe(r));
    CHECK_FALSE(r.ok());
    CHECK(HasProblem(r, item.value()["code"], item.value()["path"]));
    if (item.value().contains("line")) {
      bool line_matches = false;
      for (const Problem& p : r.problems) line_matches = line_matches || p.line == item.value()["line"].get<int>();
      CHECK(line_matches);
    }
    for (const Problem& p : r.problems) {
      CHECK_FALSE(p.message.empty());
      CHECK(p.path.rfind("$", 0) == 0);
    }
  }
  }
}

TEST_CASE("problems point at the line of the offending value") {
  const ImportResult r = ImportSubmission(ReadFixture("malformed/level_di_luar_rentang.json"));
  REQUIRE(r.problems.size() == 1);
  const std::string text = ReadFixture("malformed/level_di_luar_rentang.json");
  // Find the line holding "level_mandiri": 7 by hand.
  int line = 1;
  const std::size_t at = text.find("\"level_mandiri\": 7");
  REQUIRE(at != std::string::npos);
  for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n' ? 1 : 0;
  CHECK(r.problems[0].line == line);
  CHECK(FormatProblem(r.problems[0]).find("(baris " + std::to_string(line) + ")") != std::string::npos);
}

TEST_CASE("every problem is reported at once") {
  nlohmann::json doc = nlohmann::json::parse(ExportSubmission(Sample()));
  doc["kompetensi"][0]["level_mandiri"] = 9;
  doc["kompetensi"][1]["kode"] = 12;
  doc["instansi"] = nullptr;
  doc["rencana_pengembangan"][0]["target_tanggal"] = "31-12-2026";
  SealDocument(doc);
  const ImportResult r = ImportSubmission(doc.dump(2));
  INFO(Describe(r));
  CHECK(r.problems.size() == 4);
  CHECK(HasProblem(r, "out_of_range", "$.kompetensi[0].level_mandiri"));
  CHECK(HasProblem(r, "wrong_type", "$.kompetensi[1].kode"));
  CHECK(HasProblem(r, "wrong_type", "$.instansi"));
  CHECK(HasProblem(r, "bad_date", "$.rencana_pengembangan[0].target_tanggal"));
}

TEST_CASE("stage rules: NIP required once submitted, ratings once reviewed") {
  Assessment a = Sample();
  a.status.tahap = Stage::Draf;
  a.pegawai.nip.clear();
  a.penilai.nip.clear();
  a.evaluasi.rating_hasil_kerja.reset();
  CHECK(ImportSubmission(ExportSubmission(a)).ok());
  a.status.tahap = Stage::Diajukan;
  ImportResult r = ImportSubmission(ExportSubmission(a));
  CHECK(HasProblem(r, "missing_nip", "$.pegawai.nip"));
  CHECK_FALSE(HasProblem(r, "missing_nip", "$.penilai.nip"));
  a.status.tahap = Stage::Dinilai;
  r = ImportSubmission(ExportSubmission(a));
  CHECK(HasProblem(r, "missing_nip", "$.penilai.nip"));
  CHECK(HasProblem(r, "missing_rating", "$.evaluasi.rating_hasil_kerja"));
}

TEST_CASE("oversized input is refused before parsing") {
  std::string huge = "{\"format\":\"asn-kinerja\",\"x\":\"";
  huge += std::string(kMaxFileBytes, 'a');
  huge += "\"}";
  const ImportResult r = ImportSubmission(huge);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].code == "file_too_large");
}

TEST_CASE("hostile input never throws: every truncation and byte flip of a valid file") {
  const std::string file = ExportSubmission(Sample());
  for (std::size_t cut = 0; cut < file.size(); cut += 61) {
    const ImportResult r = ImportSubmission(std::string_view(file).substr(0, cut));
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.problems.empty());
  }
  int rejected = 0;
  for (std::size_t at = 0; at < file.size(); at += 37) {
    std::string mutated = file;
    mutated[at] = static_cast<char>(mutated[at] ^ 0x5A);
    const ImportResult r = ImportSubmission(mutated);
    if (!r.ok()) ++rejected;
    CHECK(r.ok() == r.problems.empty());
  }
  CHECK(rejected > 0);
}

TEST_CASE("numbers out of range and floods of problems are reported, not thrown") {
  nlohmann::json doc = nlohmann::json::parse(ExportSubmission(Sample()));
  std::string text = doc.dump();
  text.replace(text.find("\"level_standar\":3"), 17, "\"level_standar\":1e400");
  const ImportResult big_number = ImportSubmission(text);
  CHECK_FALSE(big_number.ok());
  CHECK(big_number.problems.at(0).code == "number_out_of_range");
  CHECK(big_number.problems.at(0).path == "$.kompetensi[0].level_standar");
  CHECK(big_number.problems.at(0).line == 1);

  for (int i = 0; i < 500; ++i) doc["pegawai"]["x" + std::to_string(i)] = i;
  SealDocument(doc);
  const ImportResult flood = ImportSubmission(doc.dump());
  REQUIRE(flood.problems.size() == kMaxReportedProblems + 1);
  CHECK(flood.problems.back().code == "more_problems");
}

TEST_CASE("removing a competency clears development-plan references to it") {
  Assessment a = Sample();
  REQUIRE_FALSE(a.rencana_pengembangan.empty());
  const std::string code = a.rencana_pengembangan[0].kode_kompetensi;
  std::size_t index = 0;
  while (a.kompetensi[index].kode != code) ++index;
  RemoveCompetency(a, index);
  CHECK(a.rencana_pengembangan[0].kode_kompetensi.empty());
  CHECK(ImportSubmission(ExportSubmission(a)).ok());
}
