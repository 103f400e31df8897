// A recap entry made apart from the recap (as the browser's Web Workers make them) and handed over
// as text counts exactly as the file added directly; the text is decoded strictly.
#include "core/recap_entry.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"

#include "persona.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace asn::core;

namespace {

// Files of every kind a recap meets: a generated unit (with and without supervisor levels, every
// predikat), the personas, a broken file, one with many problems, a refused one.
std::vector<std::pair<std::string, std::string>> MixedFiles() {
  std::vector<std::pair<std::string, std::string>> files;
  int index = 0;
  for (const Assessment& a : MakeExampleUnit(60, 7)) files.emplace_back("unit/" + std::to_string(index++) + ".json", ExportSubmission(a));
  for (const PersonaInfo& p : Personas()) files.emplace_back(p.key + ".json", ExportSubmission(asn::test::Persona(p.key.c_str())));
  files.emplace_back("rusak.json", "{\"format\": \"asn-kinerja\", ");
  std::string many = ExportSubmission(asn::test::Persona("analis"));
  for (std::size_t at = many.find("\"level_mandiri\": "); at != std::string::npos; at = many.find("\"level_mandiri\": ", at + 1)) {
    many.replace(at + 17, 1, "9");  // every level out of range: more problems than an entry keeps
  }
  files.emplace_back("banyak_masalah.json", many);
  files.emplace_back("bukan_json.json", "bukan JSON");
  return files;
}

}  // namespace

TEST_CASE("entries handed over as text count exactly as files added directly") {
  for (const std::optional<JpmMethod>& method : {std::optional<JpmMethod>(), std::optional<JpmMethod>(JpmMethod{JpmCap::Total, 85, 70, JpmTeknis::Excluded, 40})}) {
    Recap direct;
    Recap handed;
    direct.SetJpmMethod(method);
    handed.SetJpmMethod(method);
    for (const auto& [name, text] : MixedFiles()) {
      direct.AddFile(name, text);
      const std::optional<RecapEntry> entry = DecodeRecapEntry(EncodeRecapEntry(CheckRecapFile(name, text, method)));
      REQUIRE(entry.has_value());
      handed.AddEntry(*entry);
    }
    direct.AddRefused("besar.json", "berkas terlalu besar");
    handed.AddEntry(*DecodeRecapEntry(EncodeRecapEntry(RefusedRecapEntry("besar.json", "berkas terlalu besar"))));

    REQUIRE(direct.Rows().size() > 60);
    CHECK(handed.Rows().size() == direct.Rows().size());
    CHECK(RecapCsv(handed) == RecapCsv(direct));
    CHECK(RecapSummaryText(handed) == RecapSummaryText(direct));
    CHECK(handed.JpmMethods() == direct.JpmMethods());
    CHECK(handed.PredikatCounts() == direct.PredikatCounts());
    CHECK(handed.JpmCounts() == direct.JpmCounts());
    CHECK(handed.JobTypes() == direct.JobTypes());
    for (std::size_t c = 0; c < RecapCompetencyCodes().size(); ++c) {
      CHECK(handed.CompetencyAverage(c).sum == direct.CompetencyAverage(c).sum);
      CHECK(handed.CompetencyAverage(c).count == direct.CompetencyAverage(c).count);
      for (const std::string& job : direct.JobTypes()) CHECK(handed.Cell(c, job).count == direct.Cell(c, job).count);
    }
    for (std::size_t i = 0; i < direct.Rows().size(); ++i) {
      const RecapRow& a = direct.Rows()[i];
      const RecapRow& b = handed.Rows()[i];
      CHECK(b.file == a.file);
      CHECK(b.tahap == a.tahap);
      CHECK(b.jpm_from_supervisor == a.jpm_from_supervisor);
      REQUIRE(b.jpm.has_value() == a.jpm.has_value());
      if (a.jpm) {
        CHECK(b.jpm->percent == a.jpm->percent);  // exactly: the text keeps every digit of a double
        CHECK(b.jpm->numerator == a.jpm->numerator);
      }
    }
    REQUIRE(handed.Invalid().size() == direct.Invalid().size());
    for (std::size_t i = 0; i < direct.Invalid().size(); ++i) {
      const RecapInvalid& a = direct.Invalid()[i];
      const RecapInvalid& b = handed.Invalid()[i];
      CHECK(b.problem_count == a.problem_count);
      REQUIRE(b.problems.size() == a.problems.size());
      for (std::size_t p = 0; p < a.problems.size(); ++p) {
        CHECK(b.problems[p].code == a.problems[p].code);
        CHECK(b.problems[p].path == a.problems[p].path);
        CHECK(b.problems[p].message == a.problems[p].message);
        CHECK(b.problems[p].line == a.problems[p].line);
      }
    }
  }
}

TEST_CASE("an entry keeps at most ten problems and says how many there were") {
  const auto files = MixedFiles();
  const auto& many = files[files.size() - 2];
  const RecapEntry entry = CheckRecapFile(many.first, many.second, std::nullopt);
  REQUIRE_FALSE(entry.row.has_value());
  CHECK(entry.invalid.problems.size() == kMaxProblemsPerInvalidFile);
  CHECK(entry.invalid.problem_count > kMaxProblemsPerInvalidFile);
}

TEST_CASE("entry text from another version or with a wrong member is not taken") {
  const std::string good = EncodeRecapEntry(CheckRecapFile("a.json", ExportSubmission(asn::test::Persona("analis")), std::nullopt));
  REQUIRE(DecodeRecapEntry(good).has_value());
  const auto without = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  CHECK_FALSE(DecodeRecapEntry(without("\"v\":1", "\"v\":2")).has_value());
  CHECK_FALSE(DecodeRecapEntry(without("\"v\":1", "\"v\":1,\"v\":1")).has_value());  // the strict parser: no duplicates
  CHECK_FALSE(DecodeRecapEntry(without("\"tahap\":", "\"tahap\":7,\"x\":")).has_value());
  CHECK_FALSE(DecodeRecapEntry(without("\"nama\":", "\"nama\":1,\"x\":")).has_value());
  CHECK_FALSE(DecodeRecapEntry(without("\"gap\":[", "\"gap\":[0,")).has_value());  // one gap too many
  CHECK_FALSE(DecodeRecapEntry(good.substr(0, good.size() / 2)).has_value());      // truncated
  CHECK_FALSE(DecodeRecapEntry("").has_value());
  CHECK_FALSE(DecodeRecapEntry("[]").has_value());
  const std::string invalid = EncodeRecapEntry(RefusedRecapEntry("b.json", "tidak dapat dibaca"));
  REQUIRE(DecodeRecapEntry(invalid).has_value());
  CHECK_FALSE(DecodeRecapEntry(invalid.substr(0, invalid.size() - 2)).has_value());
}

TEST_CASE("a file name that is not UTF-8 is handed over with a replacement character, not thrown on") {
  const std::optional<RecapEntry> entry = DecodeRecapEntry(EncodeRecapEntry(RefusedRecapEntry("nama \xff.json", "x")));
  REQUIRE(entry.has_value());
  CHECK(entry->invalid.file == "nama \xEF\xBF\xBD.json");
}
