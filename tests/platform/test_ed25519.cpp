// Ed25519 through the platform's library (libsodium natively, Node's crypto in the WebAssembly
// build): RFC 8032's test vectors, and a review signed, exported, imported and verified — and
// refused after a one-character change.
#include "core/integrity.hpp"
#include "core/signature.hpp"
#include "core/submission_format.hpp"
#include "persona.hpp"
#include "test_support.hpp"
#include "platform/ed25519.hpp"

#include <doctest/doctest.h>

#include <functional>

using namespace asn::core;
using asn::test::Hex;
using asn::platform::Ed25519PublicKeyFromSeed;
using asn::platform::Ed25519SignWithSeed;
using asn::platform::Ed25519Verify;

namespace {


std::string Text(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

struct Vector {
  const char* secret;
  const char* public_key;
  const char* message;
  const char* signature;
};

// RFC 8032, section 7.1: TEST 1, 2 and 3.
const Vector kVectors[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
};

}  // namespace

TEST_CASE("Ed25519: RFC 8032 test vectors sign and verify; any changed byte fails") {
  for (const Vector& v : kVectors) {
    const Bytes seed = Hex(v.secret);
    const Bytes public_key = Hex(v.public_key);
    const std::string message = Text(Hex(v.message));
    const Bytes signature = Hex(v.signature);
    CHECK(Ed25519PublicKeyFromSeed(seed) == public_key);
    CHECK(Ed25519SignWithSeed(seed, message) == signature);
    CHECK(Ed25519Verify(public_key, message, signature));
    Bytes changed = signature;
    changed[10] ^= 1;
    CHECK_FALSE(Ed25519Verify(public_key, message, changed));
    CHECK_FALSE(Ed25519Verify(public_key, message + "x", signature));
    // Wrong lengths are refused, not read past.
    CHECK_FALSE(Ed25519Verify(Bytes(public_key.begin(), public_key.end() - 1), message, signature));
    CHECK_FALSE(Ed25519Verify(public_key, message, Bytes(signature.begin(), signature.end() - 1)));
  }
}

TEST_CASE("the CONTOH key's published fingerprint is its key's") {
  CHECK(KeyFingerprint(Ed25519PublicKeyFromSeed(ExampleKeySeed())) == ExampleKeyFingerprint());
}

TEST_CASE("a signed review verifies after export and import; one changed character anywhere fails") {
  Assessment a = asn::test::Persona("analis");
  REQUIRE(a.status.tahap == Stage::Dinilai);
  const Bytes seed = Hex(kVectors[1].secret);
  asn::platform::SignAssessmentWithSeed(a, seed, "2025-12-16T05:00:00Z");
  REQUIRE(a.tanda_tangan);
  CHECK(a.tanda_tangan->fingerprint == KeyFingerprint(Hex(kVectors[1].public_key)));
  const std::string file = ExportSubmission(a);
  const ImportResult imported = ImportSubmission(file);
  REQUIRE(imported.ok());
  CHECK(asn::platform::VerifyImportedSignature(imported));

  // A changed level, name or feedback — the file resealed, so only the signature can tell.
  const auto changed = [&](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json doc = nlohmann::json::parse(file);
    edit(doc);
    SealDocument(doc);
    const ImportResult r = ImportSubmission(doc.dump(2));
    REQUIRE(r.ok());
    return asn::platform::VerifyImportedSignature(r);
  };
  CHECK_FALSE(changed([](nlohmann::json& d) {
    const auto now = d["kompetensi"][0]["level_atasan"].get<int>();
    d["kompetensi"][0]["level_atasan"] = now == 5 ? 4 : now + 1;
  }));
  CHECK_FALSE(changed([](nlohmann::json& d) {
    std::string name = d["pegawai"]["nama"].get<std::string>();
    name[0] = name[0] == 'A' ? 'B' : 'A';
    d["pegawai"]["nama"] = name;
  }));
  CHECK_FALSE(changed([](nlohmann::json& d) { d["evaluasi"]["umpan_balik"] = d["evaluasi"]["umpan_balik"].get<std::string>() + "."; }));
  // Unchanged content, other formatting: still verifies (the signature is over the canonical form).
  CHECK(changed([](nlohmann::json&) {}));
}
