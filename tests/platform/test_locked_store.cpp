// The draft lock's storage layer: AES-256-GCM sealing (Mbed TLS) against published test vectors,
// PBKDF2-HMAC-SHA-256 against RFC 7914's vectors, and LockedStore in front of a MemoryStore — what
// reaches storage while the lock is on, off, closed, opened with a wrong key, and in between.
#include "core/sample.hpp"
#include "platform/draft_store.hpp"
#include "platform/locked_store.hpp"
#include "platform/sealing.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <memory>

using namespace asn;
using platform::LockedStore;
using platform::LockState;
using platform::MemoryStore;
using platform::SealKey;
using platform::WriteStatus;

namespace {

core::Bytes FromHex(const std::string& hex) {
  core::Bytes out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<std::uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

std::string ToHex(const core::Bytes& bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

template <typename Array>
Array ArrayFromHex(const std::string& hex) {
  Array out{};
  const core::Bytes bytes = FromHex(hex);
  std::copy(bytes.begin(), bytes.end(), out.begin());
  return out;
}

// The ciphertext and tag of a sealed value, as hex.
std::string SealedBody(const std::string& sealed) {
  const std::size_t colon = sealed.rfind(':');
  return ToHex(core::Base64Decode(sealed.substr(colon + 1)).value_or(core::Bytes{}));
}

// A counter as the random source: every call gives new bytes (enough to see fresh IVs).
platform::RandomSource Counter() {
  auto next = std::make_shared<std::uint8_t>(0);
  return [next](std::uint8_t* out, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) out[i] = ++*next;
  };
}

SealKey KeyFor(const std::string& passphrase, const core::Bytes& salt) {
  return platform::DerivePassphraseKey(passphrase, salt, 1000);  // fewer rounds: a test, not a lock
}

const std::vector<std::string> kPrefixes = {platform::kDraftPrefix, platform::kSetAsidePrefix};

}  // namespace

TEST_CASE("AES-256-GCM sealing matches the GCM specification's test cases 14 and 16") {
  // Test case 14: zero key, zero IV, one zero block, no additional data.
  const SealKey zero{};
  const std::array<std::uint8_t, 12> zero_iv{};
  const std::string sealed = platform::Seal(zero, "", std::string(16, '\0'), zero_iv);
  CHECK(SealedBody(sealed) == "cea7403d4d606b6e074ec5d3baf39d18" "d0d1c8a799996bf0265b98b5d48ab919");
  // Test case 16: with additional authenticated data (here: what the storage key is used as).
  const SealKey key = ArrayFromHex<SealKey>("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
  const auto iv = ArrayFromHex<std::array<std::uint8_t, 12>>("cafebabefacedbaddecaf888");
  const core::Bytes plain = FromHex(
      "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
  const core::Bytes aad = FromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
  const std::string sealed16 = platform::Seal(key, std::string(aad.begin(), aad.end()), std::string(plain.begin(), plain.end()), iv);
  CHECK(SealedBody(sealed16) ==
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
        "76fc6ece0f4e1768cddf8853bb2d551b");
  const auto opened = platform::Open(key, std::string(aad.begin(), aad.end()), sealed16);
  REQUIRE(opened.has_value());
  CHECK(*opened == std::string(plain.begin(), plain.end()));
}

TEST_CASE("a sealed value opens only unchanged, with its key, under its storage key") {
  const SealKey key = KeyFor("kata sandi panjang", {1, 2, 3});
  const std::array<std::uint8_t, 12> iv{9, 9, 9};
  const std::string sealed = platform::Seal(key, "asn-kinerja.v2.draf.a", "{\"rahasia\":\"Ratna\"}", iv);
  CHECK(platform::IsSealed(sealed));
  CHECK(sealed.find("Ratna") == std::string::npos);
  CHECK(sealed.find("rahasia") == std::string::npos);
  CHECK(platform::Open(key, "asn-kinerja.v2.draf.a", sealed) == std::string("{\"rahasia\":\"Ratna\"}"));
  CHECK_FALSE(platform::Open(key, "asn-kinerja.v2.draf.b", sealed));                 // moved to another key
  CHECK_FALSE(platform::Open(KeyFor("kata sandi lain!", {1, 2, 3}), "asn-kinerja.v2.draf.a", sealed));
  for (std::size_t at : {sealed.size() - 3, sealed.size() / 2, std::strlen(platform::kSealedPrefix) + 2}) {
    std::string changed = sealed;
    changed[at] = changed[at] == 'A' ? 'B' : 'A';
    CHECK_FALSE(platform::Open(key, "asn-kinerja.v2.draf.a", changed));
  }
  CHECK_FALSE(platform::Open(key, "asn-kinerja.v2.draf.a", sealed.substr(0, sealed.size() - 8)));  // cut off
  CHECK_FALSE(platform::Open(key, "asn-kinerja.v2.draf.a", "{\"rev\":1}"));
}

TEST_CASE("PBKDF2-HMAC-SHA-256 matches RFC 7914's test vectors (their first 32 bytes)") {
  const auto derive = [](const std::string& passphrase, const std::string& salt, long rounds) {
    const SealKey key = platform::DerivePassphraseKey(passphrase, core::Bytes(salt.begin(), salt.end()), rounds);
    return ToHex(core::Bytes(key.begin(), key.end()));
  };
  CHECK(derive("passwd", "salt", 1) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  CHECK(derive("Password", "NaCl", 80000) == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
}

TEST_CASE("the lock seals every draft, hides them while closed, and a wrong key changes nothing") {
  MemoryStore memory;
  LockedStore locked(memory, kPrefixes, Counter());
  platform::DraftStore drafts(locked);
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("analis", &a));
  a.pegawai.nama = "Ratna Sari Dewi";
  long rev = 0;
  REQUIRE(drafts.Save("d1", a, &rev, "2026-12-03T01:00:00Z") == platform::SaveOutcome::Saved);
  memory.Set("asn-kinerja.v1.pengaturan", "{\"bahasa\":\"id\"}");
  CHECK(locked.State() == LockState::Off);
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "d1")->find("Ratna Sari Dewi") != std::string::npos);

  const core::Bytes salt = locked.NewSalt();
  CHECK(salt.size() == platform::kLockSaltBytes);
  const SealKey key = KeyFor("bunga melati 2026", salt);
  REQUIRE(locked.TurnOn(key, salt, 1000) == WriteStatus::Ok);
  CHECK(locked.State() == LockState::Unlocked);
  const std::string raw = *memory.Get(std::string(platform::kDraftPrefix) + "d1");
  CHECK(platform::IsSealed(raw));
  CHECK(raw.find("Ratna") == std::string::npos);
  CHECK(raw.find("\"dokumen\"") == std::string::npos);
  CHECK(memory.Get("asn-kinerja.v1.pengaturan") == std::string("{\"bahasa\":\"id\"}"));  // not a draft: as it was
  const auto record = locked.Record();
  REQUIRE(record.has_value());
  CHECK(record->garam == salt);
  CHECK(record->iterasi == 1000);

  // Saving again writes a new IV; the draft reads back whole through the lock.
  a.pegawai.jabatan = "Analis Kebijakan Ahli Muda";
  REQUIRE(drafts.Save("d1", a, &rev, "2026-12-03T01:00:01Z") == platform::SaveOutcome::Saved);
  const std::string raw2 = *memory.Get(std::string(platform::kDraftPrefix) + "d1");
  CHECK(platform::SealedIv(raw2) != platform::SealedIv(raw));
  core::Problems problems;
  auto loaded = drafts.Load("d1", &problems);
  REQUIRE(loaded.has_value());
  CHECK(loaded->assessment == a);
  CHECK(drafts.StoredRevision("d1") == rev);

  // Closed: nothing is read or written, nothing sealed is set aside.
  locked.Lock();
  CHECK(locked.State() == LockState::Locked);
  CHECK_FALSE(locked.Available());
  CHECK_FALSE(locked.Get(std::string(platform::kDraftPrefix) + "d1").has_value());
  CHECK(drafts.Save("d1", a, &rev, "2026-12-03T01:00:02Z") == platform::SaveOutcome::Unavailable);
  std::vector<platform::SetAsideEntry> set_aside;
  CHECK(drafts.Scan(&set_aside).empty());
  CHECK(set_aside.empty());
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "d1") == raw2);

  // A wrong passphrase: refused, every stored byte as it was.
  CHECK_FALSE(locked.Unlock(KeyFor("bunga melati 2025", salt)));
  CHECK(locked.State() == LockState::Locked);
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "d1") == raw2);

  REQUIRE(locked.Unlock(key));
  loaded = drafts.Load("d1", &problems);
  REQUIRE(loaded.has_value());
  CHECK(loaded->assessment == a);

  // Off again: every draft written back plain, the record last.
  REQUIRE(locked.TurnOff() == WriteStatus::Ok);
  CHECK(locked.State() == LockState::Off);
  CHECK_FALSE(memory.Get(platform::kLockRecordKey).has_value());
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "d1")->find("Ratna Sari Dewi") != std::string::npos);
  CHECK(drafts.Scan(nullptr).size() == 1);
}

TEST_CASE("a damaged sealed draft is set aside, kept as it was; a passphrase changed in another tab stops this one") {
  MemoryStore memory;
  LockedStore locked(memory, kPrefixes, Counter());
  platform::DraftStore drafts(locked);
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("guru", &a));
  const core::Bytes salt = locked.NewSalt();
  const SealKey key = KeyFor("kata sandi pertama", salt);
  REQUIRE(locked.TurnOn(key, salt, 1000) == WriteStatus::Ok);
  long rev = 0;
  REQUIRE(drafts.Save("baik", a, &rev, "2026-12-03T01:00:00Z") == platform::SaveOutcome::Saved);
  rev = 0;
  REQUIRE(drafts.Save("rusak", a, &rev, "2026-12-03T01:00:00Z") == platform::SaveOutcome::Saved);
  std::string damaged = *memory.Get(std::string(platform::kDraftPrefix) + "rusak");
  damaged[damaged.size() - 5] = damaged[damaged.size() - 5] == 'Q' ? 'R' : 'Q';
  memory.Set(std::string(platform::kDraftPrefix) + "rusak", damaged);
  locked.Lock();
  REQUIRE(locked.Unlock(key));

  std::vector<platform::SetAsideEntry> set_aside;
  const auto list = drafts.Scan(&set_aside);
  REQUIRE(list.size() == 1);
  CHECK(list[0].id == "baik");
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].reason.find("terkunci") != std::string::npos);
  CHECK(memory.Get(set_aside[0].kept_key) == damaged);  // the same bytes, kept

  // Another tab turns the lock off and on with another passphrase: this tab's key no longer fits,
  // so it writes nothing more (and asks for the passphrase again).
  LockedStore other(memory, kPrefixes, Counter());
  REQUIRE(other.Unlock(key));
  REQUIRE(other.TurnOff() == WriteStatus::Ok);
  const core::Bytes salt2 = other.NewSalt();
  REQUIRE(other.TurnOn(KeyFor("kata sandi kedua", salt2), salt2, 1000) == WriteStatus::Ok);
  CHECK(locked.State() == LockState::Locked);
  const auto before = memory.Get(std::string(platform::kDraftPrefix) + "baik");
  CHECK(drafts.Save("baik", a, &rev, "2026-12-03T01:00:09Z") == platform::SaveOutcome::Unavailable);
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "baik") == before);
}

TEST_CASE("version-1 drafts move to version 2, sealed when the lock is on; nothing is lost") {
  MemoryStore memory;
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("analis", &a));
  // A version-1 envelope as the previous app wrote it.
  {
    MemoryStore scratch;
    platform::DraftStore writer(scratch);
    long rev = 0;
    REQUIRE(writer.Save("lama", a, &rev, "2026-11-30T08:00:00Z") == platform::SaveOutcome::Saved);
    memory.Set(std::string(platform::kV1DraftPrefix) + "lama", *scratch.Get(std::string(platform::kDraftPrefix) + "lama"));
  }
  LockedStore locked(memory, kPrefixes, Counter());
  const core::Bytes salt = locked.NewSalt();
  REQUIRE(locked.TurnOn(KeyFor("kata sandi pertama", salt), salt, 1000) == WriteStatus::Ok);
  platform::DraftStore drafts(locked);
  CHECK(drafts.UpgradeLegacyEntries(nullptr, "2026-12-03T01:00:00Z") == 1);
  CHECK(memory.KeysWithPrefix(platform::kV1DraftPrefix).empty());
  CHECK(platform::IsSealed(*memory.Get(std::string(platform::kDraftPrefix) + "lama")));
  core::Problems problems;
  const auto loaded = drafts.Load("lama", &problems);
  REQUIRE(loaded.has_value());
  CHECK(loaded->assessment == a);
  CHECK(loaded->tersimpan == "2026-11-30T08:00:00Z");
}
