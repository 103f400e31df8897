#include "core/sha256.hpp"

#include "core/integrity.hpp"

#include "platform/file_io.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using asn::core::Sha256Hex;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Both engines: the portable code, and the processor's SHA instructions where it has them (the
// vectors above ran with whichever was chosen at start).
TEST_CASE("SHA-256: the portable code and the processor's SHA instructions give the same digests") {
  using asn::core::Sha256Engine;
  const Sha256Engine chosen = asn::core::CurrentSha256Engine();
  std::string text;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 5000; ++i) {
    seed = seed * 1103515245u + 12345u;
    text += static_cast<char>(seed >> 24);
  }
  const std::size_t sizes[] = {0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 5000};
  std::vector<std::string> portable;
  REQUIRE(asn::core::UseSha256Engine(Sha256Engine::Portable));
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  for (std::size_t size : sizes) portable.push_back(Sha256Hex(text.substr(0, size)));
  if (asn::core::UseSha256Engine(Sha256Engine::ProcessorInstructions)) {
    CHECK(asn::core::CurrentSha256Engine() == Sha256Engine::ProcessorInstructions);
    CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    for (std::size_t i = 0; i < portable.size(); ++i) {
      INFO("size " << sizes[i]);
      CHECK(Sha256Hex(text.substr(0, sizes[i])) == portable[i]);
    }
  } else {
    MESSAGE("this processor has no SHA instructions: only the portable code runs");
  }
  asn::core::UseSha256Engine(chosen);
}

TEST_CASE("SHA-256 padding edges: 55, 56, 63, 64 and 65 bytes") {
  // Reference digests from coreutils sha256sum; these lengths exercise one- and two-block padding.
  CHECK(Sha256Hex(std::string(55, 'x')) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  CHECK(Sha256Hex(std::string(56, 'x')) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  CHECK(Sha256Hex(std::string(63, 'x')) == "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2");
  CHECK(Sha256Hex(std::string(64, 'x')) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
  CHECK(Sha256Hex(std::string(65, 'x')) == "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9");
}

TEST_CASE("SHA-256 fed in pieces of any size equals the one-shot digest") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += static_cast<char>('a' + i % 26);
  for (std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{63}, std::size_t{64}, std::size_t{65}, std::size_t{300}}) {
    asn::core::Sha256 hash;
    for (std::size_t at = 0; at < text.size(); at += piece) hash.Update(text.data() + at, std::min(piece, text.size() - at));
    CHECK(hash.HexDigest() == Sha256Hex(text));
  }
}

// The canonical text and its streamed digest must be exactly dump()'s, with and without a member
// left out (the text signed is the document without "tanda_tangan", the digest without "integritas").
static void CheckCanonicalForms(const nlohmann::json& doc) {
  CHECK(asn::core::CanonicalText(doc) == doc.dump());
  CHECK(asn::core::CanonicalDigest(doc) == Sha256Hex(doc.dump()));
  if (!doc.is_object()) return;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (it.key().empty()) continue;  // an empty name means "leave nothing out"
    nlohmann::json without = doc;
    without.erase(it.key());
    INFO("without " << it.key());
    CHECK(asn::core::CanonicalText(doc, it.key()) == without.dump());
    CHECK(asn::core::CanonicalDigest(doc, it.key()) == Sha256Hex(without.dump()));
    const asn::core::CanonicalTextParts parts = asn::core::CanonicalTextMarking(doc, it.key());
    CHECK(parts.text == doc.dump());
    CHECK(parts.Without() == without.dump());
  }
  CHECK(asn::core::CanonicalTextMarking(doc, "no such member").Without() == doc.dump());
  CHECK(asn::core::CanonicalText(doc, "no such member") == doc.dump());
}

TEST_CASE("The canonical text and the streamed canonical digest equal dump() and its digest") {
  const nlohmann::json doc = {{"zeta", "teks \"kutip\" \\ baris\nbaru ✓"}, {"alfa", {1, 2.5, nullptr, true}},
                              {"tengah", {{"b", std::string(5000, 'x')}, {"a", -3}, {"", "kunci kosong"}}},
                              {"integritas", {{"nilai", "abc"}}}, {"", {{"", ""}}}};
  CheckCanonicalForms(doc);
  CheckCanonicalForms(nlohmann::json::object());
  CheckCanonicalForms(nlohmann::json("teks"));
  // Only the top level's member is left out, not one of the same name deeper down.
  const nlohmann::json nested = {{"a", {{"tanda_tangan", 1}}}, {"tanda_tangan", 2}};
  CHECK(asn::core::CanonicalText(nested, "tanda_tangan") == R"({"a":{"tanda_tangan":1}})");
  CHECK(asn::core::CanonicalTextMarking(nested, "tanda_tangan").Without() == R"({"a":{"tanda_tangan":1}})");
  CheckCanonicalForms(nested);
  CheckCanonicalForms({{"tanda_tangan", {{"nilai", "x"}}}});  // the only member
  // Every control character, DEL, the extremes of both integer kinds, a fraction, empty containers.
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls += static_cast<char>(c);
  controls += "\x7F/\xC3\xA9\xF0\x9F\x98\x80";
  const nlohmann::json edge = {{"c", controls}, {"u", UINT64_MAX}, {"i", INT64_MIN}, {"f", 1e-7},
                               {"e", nlohmann::json::array()}, {"o", nlohmann::json::object()}, {"n", false}};
  CheckCanonicalForms(edge);
  // Escapes at the start, the end and side by side, between runs of plain text.
  CheckCanonicalForms({{"s", "\n\"\\x\ty\u0001\u001f"}, {"t", "\"awal"}, {"u", "akhir\\"}});
  // Every fixture, valid or not.
  for (const char* dir : {"valid", "malformed"}) {
    std::vector<std::string> files;
    std::string error;
    REQUIRE(asn::platform::ListJsonFiles(asn::test::DataPath(dir), &files, &error));
    for (const std::string& file : files) {
      const auto read = asn::platform::ReadFileLimited(file, 1 << 24);
      const nlohmann::json fixture = nlohmann::json::parse(read.content, nullptr, false);
      if (fixture.is_discarded()) continue;
      INFO(file);
      CheckCanonicalForms(fixture);
    }
  }
}
