// The strict parser behind every import: duplicate members, trailing content, encodings, numbers
// out of range, and messages that are Indonesian, valid UTF-8 and say where. Also the JSONTestSuite
// parsing corpus (MIT, ../shared/testdata), used in place.
#include "core/integrity.hpp"
#include "core/sample.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "platform/file_io.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace asn::core;

namespace {

// No English left over from a library's messages.
bool SoundsIndonesian(const std::string& s) {
  for (const char* word : {"expected", "syntax error", "unexpected", "invalid", "literal", "while parsing", "number"}) {
    if (s.find(word) != std::string::npos) return false;
  }
  return true;
}

std::string SampleText() {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  return ExportSubmission(a);
}

// The text with the first occurrence of `what` replaced.
std::string Replaced(std::string text, const std::string& what, const std::string& with) {
  const std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return text.replace(at, what.size(), with);
}

int LineOf(const std::string& text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset; ++i) line += text[i] == '\n';
  return line;
}

Problem OnlyProblem(const ImportResult& r) {
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.problems.size() == 1);
  const Problem& p = r.problems[0];
  INFO(FormatProblem(p));
  CHECK(IsValidUtf8(FormatProblem(p)));
  CHECK(SoundsIndonesian(p.message));
  CHECK(p.line > 0);
  return p;
}

}  // namespace

TEST_CASE("a member written twice is refused, naming the member and both lines") {
  const std::string text = SampleText();
  // A second "level_atasan" right after the first one of the first competency.
  const std::size_t first = text.find("\"level_atasan\"");
  REQUIRE(first != std::string::npos);
  const std::size_t line_end = text.find('\n', first);
  std::string doubled = text;
  doubled.insert(line_end + 1, "      \"level_atasan\": 1,\n");
  const Problem p = OnlyProblem(ImportSubmission(doubled));
  CHECK(p.code == "duplicate_member");
  CHECK(p.path == "$.kompetensi[0].level_atasan");
  const int first_line = LineOf(doubled, first);
  CHECK(p.line == first_line + 1);
  CHECK(p.message.find("'level_atasan'") != std::string::npos);
  CHECK(p.message.find("baris " + std::to_string(first_line) + " dan baris " + std::to_string(first_line + 1)) !=
        std::string::npos);

  // Two "instansi" and two "versi" at the top level, and a doubled member in a draft's storage.
  const Problem agency = OnlyProblem(ImportSubmission(Replaced(text, "\n  \"instansi\": \"", "\n  \"instansi\": \"x\", \"instansi\": \"")));
  CHECK(agency.code == "duplicate_member");
  CHECK(agency.path == "$.instansi");
  const Problem version = OnlyProblem(ImportSubmission(Replaced(text, "\"versi\": 2", "\"versi\": 2, \"versi\": 2")));
  CHECK(version.code == "duplicate_member");
  CHECK(version.path == "$.versi");
  CHECK_FALSE(ImportSubmission(Replaced(text, "\"versi\": 2", "\"versi\": 2, \"versi\": 2"), ImportMode::Draft).ok());
}

TEST_CASE("nothing may follow the document: a NUL byte and whatever comes after it") {
  const std::string text = SampleText();
  for (const std::string& tail : {std::string("\0", 1) + "anything at all", std::string("\0", 1), std::string("{}"),
                                  std::string(" x"), std::string("\n\n]")}) {
    const Problem p = OnlyProblem(ImportSubmission(text + tail));
    CHECK(p.code == "trailing_content");
    CHECK(p.path == "$");
  }
  const Problem nul = OnlyProblem(ImportSubmission(text + std::string("\0garbage", 8)));
  CHECK(nul.message.find("\\x00") != std::string::npos);
  CHECK(ImportSubmission(text + " \n\t\r\n").ok());  // whitespace is fine
}

TEST_CASE("a UTF-8 byte-order mark is accepted; UTF-16 is named and the fix said") {
  const std::string text = SampleText();
  CHECK(ImportSubmission("\xEF\xBB\xBF" + text).ok());
  std::string utf16le = "\xFF\xFE", utf16be = "\xFE\xFF", bare16;
  for (char c : text.substr(0, 200)) {  // ASCII start: enough to be recognised
    utf16le += c;
    utf16le += '\0';
    utf16be += '\0';
    utf16be += c;
    bare16 += c;
    bare16 += '\0';
  }
  for (const std::string& encoded : {utf16le, utf16be, bare16}) {
    const Problem p = OnlyProblem(ImportSubmission(encoded));
    CHECK(p.code == "wrong_encoding");
    CHECK(p.message.find("simpan berkas sebagai UTF-8") != std::string::npos);
  }
}

TEST_CASE("bytes that are not UTF-8 are shown escaped, with the path and line of the text") {
  const std::string text = SampleText();
  const std::size_t at = text.find("\"nama\": \"") + 9;
  std::string broken = text;
  broken.insert(at, "ab\xC3(");
  const Problem p = OnlyProblem(ImportSubmission(broken));
  CHECK(p.code == "invalid_json");
  CHECK(p.path == "$.pegawai.nama");
  CHECK(p.line == LineOf(broken, at));
  CHECK(p.message.find("\\xC3") != std::string::npos);
  // Outside a string, a stray byte after a value.
  const Problem stray = OnlyProblem(ImportSubmission(Replaced(text, "\"versi\": 2", "\"versi\": 2\xE9")));
  CHECK(stray.message.find("\\xE9") != std::string::npos);
}

TEST_CASE("numbers beyond range name their path and line; 2^64 is a too-large integer, not a fraction") {
  const std::string text = SampleText();
  const std::size_t at = text.find("\"level_standar\": ");
  const std::string big = Replaced(text, "\"level_standar\": 3", "\"level_standar\": 1e400");
  const Problem p = OnlyProblem(ImportSubmission(big));
  CHECK(p.code == "number_out_of_range");
  CHECK(p.path == "$.kompetensi[0].level_standar");
  CHECK(p.line == LineOf(text, at));
  CHECK(p.message.find("1e400") != std::string::npos);

  const Problem huge = OnlyProblem(ImportSubmission(Replaced(text, "\"level_standar\": 3", "\"level_standar\": 18446744073709551616")));
  CHECK(huge.code == "number_out_of_range");
  CHECK(huge.message.find("bilangan bulat") != std::string::npos);
  CHECK(huge.message.find("pecahan") == std::string::npos);

  // The largest integers that fit are read, then judged by the format's range.
  nlohmann::json doc = nlohmann::json::parse(text);
  doc["kompetensi"][0]["level_standar"] = UINT64_MAX;
  SealDocument(doc);
  const ImportResult max = ImportSubmission(doc.dump());
  REQUIRE_FALSE(max.ok());
  CHECK(max.problems[0].code == "out_of_range");
  CHECK(max.problems[0].message.find("18446744073709551615") != std::string::npos);
}

TEST_CASE("syntax errors say what was expected and what was found, in Indonesian, with line and column") {
  const std::string text = SampleText();
  const Problem comma = OnlyProblem(ImportSubmission(Replaced(text, "\"versi\": 2,", "\"versi\": 2")));
  CHECK(comma.code == "invalid_json");
  CHECK(comma.message.find("diharapkan ',' atau '}'") != std::string::npos);
  CHECK(comma.message.find("kolom") != std::string::npos);
  const Problem bracket = OnlyProblem(ImportSubmission(Replaced(text, "\"kompetensi\": [", "\"kompetensi\": [}")));
  CHECK(bracket.path == "$.kompetensi[0]");
  CHECK(bracket.message.find("ditemukan '}'") != std::string::npos);
  const Problem truncated = OnlyProblem(ImportSubmission(text.substr(0, text.size() / 2)));
  CHECK(truncated.message.find("terpotong") != std::string::npos);
  Problem deep;
  CHECK_FALSE(ParseStrictJson(std::string(40, '[') + std::string(40, ']'), deep, kMaxNestingDepth));
  CHECK(deep.code == "too_deep");
  CHECK(ParseStrictJson(std::string(32, '[') + std::string(32, ']'), deep, kMaxNestingDepth).has_value());
}

TEST_CASE("the parser builds what nlohmann builds: same digest over the same document") {
  const std::string text = SampleText();
  Problem p;
  const auto ours = ParseStrictJson(text, p, kMaxNestingDepth);
  REQUIRE(ours);
  const nlohmann::json theirs = nlohmann::json::parse(text);
  CHECK(*ours == theirs);
  CHECK(ours->dump() == theirs.dump());
  const auto escapes = ParseStrictJson(R"(["\u00e9\ud83d\ude00\n\t\"\\\/", -0, -9223372036854775808, 0.5e1])", p, 8);
  REQUIRE(escapes);
  CHECK((*escapes)[0].get<std::string>() == "\xC3\xA9\xF0\x9F\x98\x80\n\t\"\\/");
  CHECK((*escapes)[2].get<long long>() == INT64_MIN);
  CHECK((*escapes)[3].get<double>() == 5.0);
}

TEST_CASE("messages escape what is not text") {
  CHECK(EscapeForMessage("a\xC3" "b\n") == "a\\xC3b\\x0A");
  CHECK(EscapeForMessage("\xC3\xA9t\xC3\xA9", 2) == "\xC3\xA9t…");
  CHECK(EscapeForMessage("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // an encoded surrogate is not UTF-8
}

// JSONTestSuite (Nicolas Seriot, MIT): y_ files must parse (but the two with a member named twice), n_ files must be refused, i_ files may
// go either way; every message valid UTF-8 and Indonesian; none is an asn-kinerja submission.
TEST_CASE("JSONTestSuite parsing corpus") {
  std::vector<std::string> files;
  std::string error;
  INFO("corpus: " << ASN_JSON_TEST_SUITE_DIR << " — " << error);
  REQUIRE(asn::platform::ListJsonFiles(ASN_JSON_TEST_SUITE_DIR, &files, &error));
  REQUIRE(files.size() == 318);
  int accepted = 0, refused = 0;
  for (const std::string& path : files) {
    const asn::platform::ReadResult read = asn::platform::ReadFileLimited(path, 1 << 20);
    REQUIRE(read.status == asn::platform::ReadStatus::Ok);
    const std::string name = path.substr(path.find_last_of('/') + 1);
    INFO(name);
    Problem p;
    const bool parsed = ParseStrictJson(read.content, p, kMaxNestingDepth).has_value();
    // Valid JSON that names a member twice is refused here on purpose.
    if (name[0] == 'y') CHECK((parsed || (p.code == "duplicate_member" && name.find("duplicated_key") != std::string::npos)));
    if (name[0] == 'n') CHECK_FALSE(parsed);
    if (!parsed) {
      CHECK(IsValidUtf8(FormatProblem(p)));
      CHECK(SoundsIndonesian(p.message));
    }
    (parsed ? accepted : refused) += 1;
    const ImportResult r = ImportSubmission(read.content);
    CHECK_FALSE(r.ok());
    for (const Problem& q : r.problems) CHECK(IsValidUtf8(FormatProblem(q)));
  }
  CHECK(accepted >= 95);
  CHECK(refused >= 188);
}

TEST_CASE("IsValidUtf8 accepts UTF-8 and refuses stray, overlong, surrogate and cut sequences") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("Penilaian ✓ é 😀"));
  for (const char* bad : {"\x80", "a\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x9C", "\xFF"}) {
    INFO(EscapeForMessage(bad));
    CHECK_FALSE(IsValidUtf8(bad));
  }
}

TEST_CASE("a draft holding text that is not UTF-8 is not stored (it could not be read back)") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  a.status = Status{Stage::Draf, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", std::nullopt, std::nullopt};
  REQUIRE(SealForStorage(a).valid);
  a.pegawai.nama += "\xC3";
  CHECK_FALSE(SealForStorage(a).valid);
}
