#include "core/sample.hpp"
#include "platform/draft_store.hpp"
#include "core/submission_format.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace asn;
using platform::DraftStore;
using platform::MemoryStore;
using platform::SaveOutcome;

namespace {
core::Assessment Sample() {
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("analis", &a));
  return a;
}
}  // namespace

TEST_CASE("drafts save and load losslessly, with revisions") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  core::Assessment a = Sample();
  a.pegawai.nip = "1990";  // a half-typed NIP is fine in a draft
  REQUIRE(store.Save("d1", a, &rev, "2026-01-02T03:04:05Z") == SaveOutcome::Saved);
  CHECK(rev == 1);
  REQUIRE(store.Save("d1", a, &rev, "2026-01-02T03:04:06Z") == SaveOutcome::Saved);
  CHECK(rev == 2);
  core::Problems problems;
  const auto loaded = store.Load("d1", &problems);
  REQUIRE(loaded);
  CHECK(loaded->assessment == a);
  CHECK(loaded->rev == 2);
  CHECK(loaded->tersimpan == "2026-01-02T03:04:06Z");
  const auto list = store.Scan(nullptr);
  REQUIRE(list.size() == 1);
  CHECK(list[0].id == "d1");
  CHECK(list[0].nama == a.pegawai.nama);
  CHECK(list[0].periode == "2025-TW4");
}

TEST_CASE("a second tab's write is detected, not overwritten") {
  MemoryStore memory;
  DraftStore tab_a(memory);
  DraftStore tab_b(memory);
  long rev_a = 0;
  REQUIRE(tab_a.Save("d1", Sample(), &rev_a, "2026-01-01T00:00:00Z") == SaveOutcome::Saved);
  long rev_b = rev_a;  // tab B opened the same draft
  core::Assessment edited_b = Sample();
  edited_b.evaluasi.umpan_balik = "dari tab B";
  REQUIRE(tab_b.Save("d1", edited_b, &rev_b, "2026-01-01T00:00:01Z") == SaveOutcome::Saved);
  core::Assessment edited_a = Sample();
  edited_a.evaluasi.umpan_balik = "dari tab A";
  CHECK(tab_a.Save("d1", edited_a, &rev_a, "2026-01-01T00:00:02Z") == SaveOutcome::Conflict);
  core::Problems problems;
  CHECK(tab_a.Load("d1", &problems)->assessment.evaluasi.umpan_balik == "dari tab B");
  // A new draft must not exist yet.
  long fresh = 0;
  CHECK(tab_a.Save("d1", edited_a, &fresh, "2026-01-01T00:00:03Z") == SaveOutcome::Conflict);
}

TEST_CASE("a full quota keeps the stored draft unchanged") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  REQUIRE(store.Save("d1", Sample(), &rev, "2026-01-01T00:00:00Z") == SaveOutcome::Saved);
  const auto before = memory.Get(std::string(platform::kDraftPrefix) + "d1");
  memory.SetQuota(memory.UsedBytes("") + 10);
  core::Assessment bigger = Sample();
  bigger.evaluasi.umpan_balik = std::string(5000, 'x');
  CHECK(store.Save("d1", bigger, &rev, "2026-01-01T00:00:01Z") == SaveOutcome::QuotaExceeded);
  CHECK(rev == 1);
  CHECK(memory.Get(std::string(platform::kDraftPrefix) + "d1") == before);
  memory.SetAvailable(false);
  CHECK(store.Save("d1", bigger, &rev, "2026-01-01T00:00:02Z") == SaveOutcome::Unavailable);
}

TEST_CASE("a corrupt entry is set aside (kept) and the other drafts still load") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  REQUIRE(store.Save("good", Sample(), &rev, "2026-01-01T00:00:00Z") == SaveOutcome::Saved);
  const std::string garbage = "{\"rev\":3,\"dokumen\":{\"format\":\"asn-kinerja\"";
  REQUIRE(memory.Set(std::string(platform::kDraftPrefix) + "bad", garbage) == platform::WriteStatus::Ok);
  std::vector<platform::SetAsideEntry> set_aside;
  const auto drafts = store.Scan(&set_aside);
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].id == "good");
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].kept_key == std::string(platform::kSetAsidePrefix) + "bad");
  CHECK_FALSE(set_aside[0].reason.empty());
  CHECK(memory.Get(set_aside[0].kept_key) == garbage);
  CHECK_FALSE(memory.Get(std::string(platform::kDraftPrefix) + "bad").has_value());
  // A document whose digest no longer matches is also set aside.
  std::string tampered = *memory.Get(std::string(platform::kDraftPrefix) + "good");
  tampered.replace(tampered.find("Rina"), 4, "Rino");
  REQUIRE(memory.Set(std::string(platform::kDraftPrefix) + "good2", tampered) == platform::WriteStatus::Ok);
  set_aside.clear();
  CHECK(store.Scan(&set_aside).size() == 1);
  // The new one, and the one set aside before (still listed until the user deals with it).
  REQUIRE(set_aside.size() == 2);
  CHECK(set_aside[0].kept_key == std::string(platform::kSetAsidePrefix) + "good2");
  CHECK(set_aside[1].kept_key == std::string(platform::kSetAsidePrefix) + "bad");
}

TEST_CASE("a draft written by a newer app version is reported but left where it is") {
  MemoryStore memory;
  DraftStore store(memory);
  const std::string key = std::string(platform::kDraftPrefix) + "baru";
  const std::string newer = R"({"rev":1,"dokumen":{"format":"asn-kinerja","versi":3}})";
  REQUIRE(memory.Set(key, newer) == platform::WriteStatus::Ok);
  std::vector<platform::SetAsideEntry> set_aside;
  CHECK(store.Scan(&set_aside).empty());
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].kept_key == key);
  CHECK(memory.Get(key) == newer);
}

TEST_CASE("a draft the format would refuse is never written") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  core::Assessment a = Sample();
  a.evaluasi.umpan_balik = std::string(20000, 'x');
  CHECK(store.Save("d1", a, &rev, "2026-01-01T00:00:00Z") == SaveOutcome::Invalid);
  CHECK(rev == 0);
  CHECK(memory.KeysWithPrefix("").empty());
}

TEST_CASE("an envelope with a wrongly typed timestamp does not stop the scan") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  REQUIRE(store.Save("d1", Sample(), &rev, "2026-01-01T00:00:00Z") == SaveOutcome::Saved);
  std::string text = *memory.Get(std::string(platform::kDraftPrefix) + "d1");
  text.replace(text.find("\"2026-01-01T00:00:00Z\""), 22, "12345");
  REQUIRE(memory.Set(std::string(platform::kDraftPrefix) + "d1", text) == platform::WriteStatus::Ok);
  const auto drafts = store.Scan(nullptr);
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].tersimpan.empty());
}

TEST_CASE("drafts of the previous storage version are upgraded; nothing is lost on the way") {
  platform::MemoryStore memory;
  platform::DraftStore store(memory);
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("guru", &a));
  const std::string v1_document = core::ExportSubmission(a);
  const std::string legacy_v0 = asn::test::ReadFixture("valid/versi0_lama.json");
  memory.Set(std::string(platform::kLegacyDraftPrefix) + "lama1", v1_document);
  memory.Set(std::string(platform::kLegacyDraftPrefix) + "lama0", legacy_v0);
  memory.Set(std::string(platform::kLegacyDraftPrefix) + "rusak", "{\"format\": ");

  std::vector<platform::SetAsideEntry> set_aside;
  CHECK(store.UpgradeLegacyEntries(&set_aside, "2026-11-28T10:00:00Z") == 2);
  CHECK(memory.KeysWithPrefix(platform::kLegacyDraftPrefix).empty());
  core::Problems problems;
  const auto upgraded = store.Load("lama1", &problems);
  REQUIRE(upgraded.has_value());
  CHECK(upgraded->assessment == a);
  CHECK(upgraded->rev == 1);
  REQUIRE(store.Load("lama0", &problems).has_value());
  REQUIRE(set_aside.size() == 1);
  CHECK(memory.Get(set_aside[0].kept_key) == std::string("{\"format\": "));
  CHECK(store.Scan(nullptr).size() == 2);
  // Idempotent: a second start changes nothing.
  CHECK(store.UpgradeLegacyEntries(nullptr, "2026-11-28T10:01:00Z") == 0);
}

TEST_CASE("a full storage leaves old-version drafts in place, listed, and retried later") {
  platform::MemoryStore memory;
  platform::DraftStore store(memory);
  core::Assessment a;
  REQUIRE(core::MakeSampleAssessment("perawat", &a));
  const std::string legacy_key = std::string(platform::kLegacyDraftPrefix) + "x";
  const std::string text = core::ExportSubmission(a);
  memory.Set(legacy_key, text);
  memory.SetQuota(memory.UsedBytes("") + 10);
  std::vector<platform::SetAsideEntry> set_aside;
  CHECK(store.UpgradeLegacyEntries(&set_aside, "2026-11-28T10:00:00Z") == 0);
  CHECK(memory.Get(legacy_key) == text);
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].kept_key == legacy_key);
  std::vector<platform::SetAsideEntry> listed;
  CHECK(store.Scan(&listed).empty());
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].kept_key == legacy_key);
  memory.SetQuota(0);
  CHECK(store.UpgradeLegacyEntries(nullptr, "2026-11-28T10:05:00Z") == 1);
  CHECK(store.Scan(nullptr).size() == 1);
}

TEST_CASE("an old-version draft whose id already exists in the new version is kept, not overwritten") {
  platform::MemoryStore memory;
  platform::DraftStore store(memory);
  core::Assessment a, b;
  REQUIRE(core::MakeSampleAssessment("guru", &a));
  REQUIRE(core::MakeSampleAssessment("kadis", &b));
  long rev = 0;
  REQUIRE(store.Save("same", a, &rev, "2026-11-28T09:00:00Z") == platform::SaveOutcome::Saved);
  memory.Set(std::string(platform::kLegacyDraftPrefix) + "same", core::ExportSubmission(b));
  std::vector<platform::SetAsideEntry> set_aside;
  CHECK(store.UpgradeLegacyEntries(&set_aside, "2026-11-28T10:00:00Z") == 0);
  core::Problems problems;
  CHECK(store.Load("same", &problems)->assessment == a);
  CHECK(memory.Get(std::string(platform::kLegacyDraftPrefix) + "same").has_value());
  CHECK(set_aside.size() == 1);
}

TEST_CASE("the stored revision is read from the envelope's ends; a cut-off entry is never overwritten") {
  MemoryStore memory;
  DraftStore store(memory);
  long rev = 0;
  REQUIRE(store.Save("d1", Sample(), &rev, "2026-01-01T00:00:00Z") == SaveOutcome::Saved);
  REQUIRE(store.Save("d1", Sample(), &rev, "2026-01-01T00:00:01Z") == SaveOutcome::Saved);
  CHECK(rev == 2);
  CHECK(store.StoredRevision("d1") == 2);
  CHECK(store.StoredRevision("nothing") == 0);
  const std::string key = std::string(platform::kDraftPrefix) + "d1";
  const std::string whole = *memory.Get(key);
  CHECK(whole.substr(whole.size() - 11) == "\"versi\":2}}");
  // Cut anywhere — even just after a "}" — the entry is unreadable and never overwritten.
  for (std::size_t cut = 1; cut < whole.size(); cut += 97) {
    CAPTURE(cut);
    REQUIRE(memory.Set(key, whole.substr(0, cut)) == platform::WriteStatus::Ok);
    CHECK(store.StoredRevision("d1") == -1);
  }
  for (std::size_t cut = whole.find('}'); cut != std::string::npos && cut + 1 < whole.size(); cut = whole.find('}', cut + 1)) {
    REQUIRE(memory.Set(key, whole.substr(0, cut + 1)) == platform::WriteStatus::Ok);
    CHECK(store.StoredRevision("d1") == -1);
  }
  CHECK(store.Save("d1", Sample(), &rev, "2026-01-01T00:00:02Z") == SaveOutcome::Conflict);
  // Another layout of a valid envelope is still understood.
  REQUIRE(memory.Set(key, R"({ "dokumen": {}, "rev": 7 })") == platform::WriteStatus::Ok);
  CHECK(store.StoredRevision("d1") == 7);
}

TEST_CASE("a draft stored in format versi 1 opens migrated to versi 2, and is saved as versi 2") {
  MemoryStore memory;
  DraftStore store(memory);
  const std::string file = asn::test::ReadFixture("versi1/persona_guru.json");
  const core::ImportResult expected = core::ImportSubmission(file);
  REQUIRE(expected.ok());
  const std::string key = std::string(platform::kDraftPrefix) + "lama";
  // As the previous release stored it: the sealed document, compact, in the envelope.
  const std::string stored = R"({"rev":4,"tersimpan":"2026-01-01T00:00:00Z","dokumen":)" + nlohmann::json::parse(file).dump() + "}";
  REQUIRE(memory.Set(key, stored) == platform::WriteStatus::Ok);
  std::vector<platform::SetAsideEntry> set_aside;
  const auto list = store.Scan(&set_aside);
  CHECK(set_aside.empty());
  REQUIRE(list.size() == 1);
  CHECK(list[0].periode == "2025-TW4");  // "tahunan" is Triwulan IV/Akhir
  core::Problems problems;
  const auto loaded = store.Load("lama", &problems);
  REQUIRE(loaded);
  CHECK(loaded->rev == 4);
  CHECK(loaded->assessment == *expected.assessment);
  CHECK(loaded->assessment.periode.ke == 4);
  // Nothing is rewritten until the user changes something; then it is stored as versi 2.
  CHECK(*memory.Get(key) == stored);
  long rev = loaded->rev;
  REQUIRE(store.Save("lama", loaded->assessment, &rev, "2026-01-01T00:00:01Z") == SaveOutcome::Saved);
  CHECK(memory.Get(key)->find("\"versi\":2}}") != std::string::npos);
  CHECK(store.Load("lama", &problems)->assessment == *expected.assessment);
}
