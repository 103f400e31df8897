// The signature member's format side (core/signature.hpp, submission_signature.cpp): base64,
// fingerprints, the office's key list, classification, and malformed "tanda_tangan" members.
#include "core/documents_html.hpp"
#include "core/integrity.hpp"
#include "core/report_html.hpp"
#include "core/signature.hpp"
#include "core/submission_format.hpp"
#include "core/workflow.hpp"
#include "persona.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace asn::core;
using asn::test::Hex;
using asn::test::Persona;

namespace {


// RFC 8032 TEST 1's public key (the signature is not checked here: that is the platform's part).
const char* kRfcPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

// A signed-off persona with a well-formed (not verified) signature member.
Assessment SignedShape() {
  Assessment a = Persona("analis");
  REQUIRE(a.status.tahap == Stage::Dinilai);
  SupervisorSignature s;
  const Bytes key = Hex(kRfcPublicKey);
  s.kunci_publik = Base64Encode(key);
  s.nilai = Base64Encode(Bytes(64, 7));
  s.fingerprint = KeyFingerprint(key);
  s.waktu = "2025-12-16T04:00:00Z";
  a.tanda_tangan = s;
  return a;
}

// The exported file with one member of "tanda_tangan" replaced, resealed so only that member is wrong.
ImportResult ImportWithSignatureMember(const std::string& key, const nlohmann::json& value) {
  nlohmann::json doc = nlohmann::json::parse(ExportSubmission(SignedShape()));
  if (value.is_discarded()) doc["tanda_tangan"].erase(key);
  else doc["tanda_tangan"][key] = value;
  SealDocument(doc);
  return ImportSubmission(doc.dump(2));
}

bool HasProblemAt(const ImportResult& r, const std::string& path) {
  for (const Problem& p : r.problems) {
    if (p.path == path) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("base64 round-trips every length and refuses what is not canonical base64") {
  for (std::size_t n = 0; n < 70; ++n) {
    Bytes bytes(n);
    for (std::size_t i = 0; i < n; ++i) bytes[i] = static_cast<std::uint8_t>(i * 37 + n);
    const std::optional<Bytes> back = Base64Decode(Base64Encode(bytes));
    REQUIRE(back);
    CHECK(*back == bytes);
  }
  CHECK(Base64Encode({'M', 'a', 'n'}) == "TWFu");
  CHECK(Base64Encode({'M', 'a'}) == "TWE=");
  CHECK(Base64Encode({'M'}) == "TQ==");
  CHECK_FALSE(Base64Decode("TWF"));       // length
  CHECK_FALSE(Base64Decode("TW=u"));      // padding inside
  CHECK_FALSE(Base64Decode("TR=="));      // hidden bits set: not canonical
  CHECK_FALSE(Base64Decode("TW u"));      // whitespace
  CHECK_FALSE(Base64Decode("TWE=TWE="));  // padding before the end
  CHECK_FALSE(Base64Decode("TW-_"));      // URL alphabet
}

TEST_CASE("a key's fingerprint: 16 bytes of SHA-256 in base32, in groups of four") {
  CHECK(KeyFingerprint(Hex(kRfcPublicKey)) == "EH7D-DX5B-KSRG-CYTL-7BKA-I36S-E4");
  CHECK(NormalizeFingerprint("eh7d dx5b-ksrg cytl 7bka i36s e4") == "EH7DDX5BKSRGCYTL7BKAI36SE4");
  CHECK(std::string(ExampleKeyFingerprint()).size() == 32);
}

TEST_CASE("the office's key list: header, NIP and fingerprint checked line by line") {
  Problems problems;
  const std::optional<KeyRegistry> list = KeyRegistry::Parse(
      "\xEF\xBB\xBFnip,sidik_kunci,kunci_publik\r\n198001012006041001,EH7D-DX5B-KSRG-CYTL-7BKA-I36S-E4,11qYAY=\r\n"
      "\"198001012006041001\";\"ko57 uvsm pksh 33h3 6ggs fstw nu\"\r\n\r\n",
      problems);
  REQUIRE(list);
  CHECK(problems.empty());
  CHECK(list->size() == 2);
  CHECK(list->Registered("198001012006041001", "EH7DDX5BKSRGCYTL7BKAI36SE4"));
  CHECK(list->Registered("198001012006041001", ExampleKeyFingerprint()));
  CHECK_FALSE(list->Registered("198001012006041002", "EH7D-DX5B-KSRG-CYTL-7BKA-I36S-E4"));

  problems.clear();
  CHECK_FALSE(KeyRegistry::Parse("nip,kunci\n", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line == 1);
  problems.clear();
  CHECK_FALSE(KeyRegistry::Parse("nip,sidik_kunci\n12345,EH7D-DX5B-KSRG-CYTL-7BKA-I36S-E4\n198001012006041001,EH7D\n", problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].line == 2);
  CHECK(problems[1].line == 3);
  problems.clear();
  CHECK_FALSE(KeyRegistry::Parse("", problems));
  CHECK(problems.size() == 1);
}

TEST_CASE("classification: unsigned, invalid, example key, registered, unknown, not checked") {
  Assessment a = SignedShape();
  Problems problems;
  const std::optional<KeyRegistry> list =
      KeyRegistry::Parse("nip,sidik_kunci\n" + a.penilai.nip + "," + a.tanda_tangan->fingerprint + "\n", problems);
  REQUIRE(list);
  const std::optional<KeyRegistry> other = KeyRegistry::Parse("nip,sidik_kunci\n199001012015031001," +
                                                                  a.tanda_tangan->fingerprint + "\n", problems);
  REQUIRE(other);
  CHECK(ClassifySignature(a, true, &*list) == SignatureClass::Registered);
  CHECK(ClassifySignature(a, true, &*other) == SignatureClass::UnknownKey);  // the key of another NIP
  CHECK(ClassifySignature(a, true, nullptr) == SignatureClass::NotChecked);
  CHECK(ClassifySignature(a, false, &*list) == SignatureClass::Invalid);
  a.tanda_tangan->fingerprint = ExampleKeyFingerprint();
  CHECK(ClassifySignature(a, true, &*list) == SignatureClass::ExampleKey);
  a.tanda_tangan.reset();
  CHECK(ClassifySignature(a, true, &*list) == SignatureClass::Unsigned);
  CHECK(SignatureAccepted(SignatureClass::Registered));
  CHECK_FALSE(SignatureAccepted(SignatureClass::ExampleKey));
  CHECK_FALSE(SignatureAccepted(SignatureClass::Invalid));
}

TEST_CASE("the signed message is the canonical review without the signature, and the file keeps the signature") {
  const Assessment a = SignedShape();
  const std::string message = SignedMessage(a);
  CHECK(message.find("tanda_tangan") == std::string::npos);
  CHECK(message.find("integritas") == std::string::npos);
  Assessment unsigned_copy = a;
  unsigned_copy.tanda_tangan.reset();
  CHECK(message == CanonicalAssessmentJson(unsigned_copy).dump());

  const ImportResult back = ImportSubmission(ExportSubmission(a));
  REQUIRE(back.ok());
  CHECK(*back.assessment == a);
  CHECK(back.signed_message == message);  // what the file says was signed = what was signed
  const ImportResult plain = ImportSubmission(ExportSubmission(unsigned_copy));
  REQUIRE(plain.ok());
  CHECK(plain.signed_message.empty());
}

TEST_CASE("withdrawing the sign-off removes the signature") {
  Assessment a = SignedShape();
  REQUIRE(Withdraw(a));
  CHECK_FALSE(a.tanda_tangan);
  CHECK(a.status.tahap == Stage::Diajukan);
}

TEST_CASE("a malformed tanda_tangan member is refused with its path, never crashed on") {
  CHECK(HasProblemAt(ImportWithSignatureMember("kunci_publik", Base64Encode(Bytes(31, 1))), "$.tanda_tangan.kunci_publik"));
  CHECK(HasProblemAt(ImportWithSignatureMember("kunci_publik", Base64Encode(Bytes(33, 1))), "$.tanda_tangan.kunci_publik"));
  CHECK(HasProblemAt(ImportWithSignatureMember("kunci_publik", "bukan base64!"), "$.tanda_tangan.kunci_publik"));
  CHECK(HasProblemAt(ImportWithSignatureMember("kunci_publik", 42), "$.tanda_tangan.kunci_publik"));
  CHECK(HasProblemAt(ImportWithSignatureMember("nilai", Base64Encode(Bytes(63, 1))), "$.tanda_tangan.nilai"));
  CHECK(HasProblemAt(ImportWithSignatureMember("nilai", ""), "$.tanda_tangan.nilai"));
  CHECK(HasProblemAt(ImportWithSignatureMember("algoritma", "rsa"), "$.tanda_tangan.algoritma"));
  CHECK(HasProblemAt(ImportWithSignatureMember("fingerprint", ExampleKeyFingerprint()), "$.tanda_tangan.fingerprint"));
  CHECK(HasProblemAt(ImportWithSignatureMember("waktu", "kemarin"), "$.tanda_tangan.waktu"));
  CHECK(HasProblemAt(ImportWithSignatureMember("nilai", nlohmann::json::value_t::discarded), "$.tanda_tangan.nilai"));
  CHECK(HasProblemAt(ImportWithSignatureMember("lain", "x"), "$.tanda_tangan.lain"));

  nlohmann::json doc = nlohmann::json::parse(ExportSubmission(SignedShape()));
  doc["tanda_tangan"] = "ditandatangani";
  SealDocument(doc);
  const ImportResult not_object = ImportSubmission(doc.dump(2));
  CHECK(HasProblemAt(not_object, "$.tanda_tangan"));
  CHECK(not_object.problems.front().line > 0);

  // Only a signed-off review carries a signature.
  doc = nlohmann::json::parse(ExportSubmission(SignedShape()));
  doc["status"]["tahap"] = "diajukan";
  doc["status"]["dinilai"] = nullptr;
  SealDocument(doc);
  CHECK(HasProblemAt(ImportSubmission(doc.dump(2)), "$.tanda_tangan"));
}

TEST_CASE("the printed report and documents carry the fingerprint under the supervisor's signature block") {
  Assessment a = SignedShape();
  const std::string fingerprint = a.tanda_tangan->fingerprint;
  CHECK(RenderReportHtml(a).find("Sidik kunci tanda tangan digital: <span class=\"fingerprint\">" + fingerprint) !=
        std::string::npos);
  int with_block = 0;
  for (const DocumentKind kind : DocumentKinds()) {
    const std::string html = RenderDocumentHtml(a, kind);
    if (html.find("Pejabat penilai kinerja<div class=\"line\">") == std::string::npos) continue;
    ++with_block;
    CAPTURE(DocumentKindKey(kind));
    CHECK(html.find(fingerprint) != std::string::npos);
  }
  CHECK(with_block >= 2);
  a.tanda_tangan->fingerprint = ExampleKeyFingerprint();
  CHECK(RenderReportHtml(a).find("(kunci contoh)") != std::string::npos);
  a.tanda_tangan.reset();
  CHECK(RenderReportHtml(a).find("Sidik kunci") == std::string::npos);
}
