// The draft lock through the application layer: turning it on from Beranda's form, a restart that
// asks for the passphrase, a wrong passphrase that changes nothing, the idle lock, turning it off,
// and the one-file edition's offer at first start. Key derivation is real PBKDF2 (600,000 rounds).
#include "application/application.hpp"
#include "app_steps.hpp"
#include "fake_platform.hpp"
#include "core/submission_format.hpp"
#include "platform/preferences_store.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <map>

using namespace asn;
using application::Application;
using application::Intents;
using application::LockMessage;
using platform::LockState;
using test::Act;
using test::FakePlatform;
using test::Frame;

namespace {

std::map<std::string, std::string> Everything(const platform::MemoryStore& store) {
  std::map<std::string, std::string> all;
  for (const std::string& key : store.KeysWithPrefix("")) all[key] = *store.Get(key);
  return all;
}

bool AnyValueContains(const platform::MemoryStore& store, const std::string& text) {
  for (const auto& [key, value] : Everything(store)) {
    if (value.find(text) != std::string::npos) return true;
  }
  return false;
}

void TurnOn(Application& app, const std::string& passphrase) {
  Act(app, [&](Intents& i) { i.lock.turn_on = application::LockIntents::NewPassphrase{passphrase, passphrase}; });
  Frame(app);  // the derived key arrives
}

}  // namespace

TEST_CASE("the draft lock: on from Beranda, asked at the next start, a wrong passphrase changes nothing") {
  FakePlatform platform;
  {
    Application app(platform);
    app.Start();
    CHECK(app.State().lock.state == LockState::Off);
    CHECK_FALSE(app.State().lock.setup_offered);  // hosted: offered, not imposed
    Act(app, [](Intents& i) { i.draft.create = true; });
    app.State().draft->assessment.pegawai.nama = "Ratna Sari Dewi";
    app.State().draft->assessment.pegawai.nip = "197805122003122004";
    Act(app, [](Intents& i) { i.draft.edited = true; });

    Act(app, [](Intents& i) { i.lock.turn_on = application::LockIntents::NewPassphrase{"pendek", "pendek"}; });
    CHECK(app.State().lock.message == LockMessage::TooShort);
    Act(app, [](Intents& i) { i.lock.turn_on = application::LockIntents::NewPassphrase{"bunga melati", "bunga mawar!"}; });
    CHECK(app.State().lock.message == LockMessage::Mismatch);
    CHECK(platform.derivation_requests == 0);
    TurnOn(app, "bunga melati 2026");
    CHECK(platform.derivation_requests == 1);
    CHECK(app.State().lock.state == LockState::Unlocked);
    CHECK(app.State().lock.message == LockMessage::TurnedOn);
    // The unsaved name went in before the sealing, and no value holds it in plain text.
    CHECK_FALSE(app.State().draft->dirty);
    CHECK_FALSE(AnyValueContains(platform.store, "Ratna Sari Dewi"));
    CHECK_FALSE(AnyValueContains(platform.store, "197805122003122004"));
    CHECK_FALSE(AnyValueContains(platform.store, "\"pegawai\""));
    const auto record = platform.store.Get(platform::kLockRecordKey);
    REQUIRE(record.has_value());
    CHECK(record->find("\"iterasi\":600000") != std::string::npos);
    // Typing goes on; the next autosave is sealed too.
    app.State().draft->assessment.pegawai.jabatan = "Kepala Seksi Taman";
    Act(app, [](Intents& i) { i.draft.edited = true; });
    platform.now += 1.0;
    Frame(app);
    CHECK_FALSE(app.State().draft->dirty);
    CHECK_FALSE(AnyValueContains(platform.store, "Kepala Seksi Taman"));
  }

  // The next visit: nothing is read before the passphrase.
  Application app(platform);
  app.Start();
  CHECK(app.State().lock.state == LockState::Locked);
  CHECK(app.State().drafts.empty());
  const auto before = Everything(platform.store);
  Act(app, [](Intents& i) { i.lock.unlock = std::string("bunga melati 2025"); });
  CHECK(app.State().lock.deriving);
  Frame(app);
  CHECK(app.State().lock.message == LockMessage::WrongPassphrase);
  CHECK(app.State().lock.state == LockState::Locked);
  CHECK(Everything(platform.store) == before);
  // Screens cannot be reached while locked.
  Act(app, [](Intents& i) { i.draft.create = true; });
  CHECK_FALSE(app.State().draft.has_value());
  CHECK(Everything(platform.store) == before);

  Act(app, [](Intents& i) { i.lock.unlock = std::string("bunga melati 2026"); });
  Frame(app);
  CHECK(app.State().lock.state == LockState::Unlocked);
  REQUIRE(app.State().drafts.size() == 1);
  CHECK(app.State().drafts[0].nama == "Ratna Sari Dewi");
  Act(app, [&](Intents& i) { i.draft.open_id = app.State().drafts[0].id; });
  REQUIRE(app.State().draft.has_value());
  CHECK(app.State().draft->assessment.pegawai.jabatan == "Kepala Seksi Taman");

  // Idle: the lock closes, the draft leaves memory, and the passphrase is asked again.
  app.NoteActivity();
  platform.now += 15 * 60 - 1;
  Frame(app);
  CHECK(app.State().lock.state == LockState::Unlocked);
  platform.now += 2;
  Frame(app);
  CHECK(app.State().lock.state == LockState::Locked);
  CHECK(app.State().lock.message == LockMessage::IdleLocked);
  CHECK_FALSE(app.State().draft.has_value());
  CHECK(app.State().drafts.empty());

  // Off: every draft written back plain, the record gone, and not offered again at start.
  Act(app, [](Intents& i) { i.lock.unlock = std::string("bunga melati 2026"); });
  Frame(app);
  REQUIRE(app.State().lock.state == LockState::Unlocked);
  Act(app, [](Intents& i) { i.lock.ask_turn_off = true; });
  CHECK(app.State().lock.confirm_off);
  Act(app, [](Intents& i) { i.lock.confirm_turn_off = true; });
  CHECK(app.State().lock.state == LockState::Off);
  CHECK(AnyValueContains(platform.store, "Ratna Sari Dewi"));
  CHECK_FALSE(platform.store.Get(platform::kLockRecordKey).has_value());
  CHECK(app.State().drafts.size() == 1);
}

TEST_CASE("the one-file edition asks for a passphrase at first start; declining is remembered") {
  FakePlatform platform;
  platform.local_file = true;
  {
    Application app(platform);
    app.Start();
    CHECK(app.State().lock.local_file);
    CHECK(app.State().lock.setup_offered);
    Act(app, [](Intents& i) { i.lock.decline = true; });
    CHECK_FALSE(app.State().lock.setup_offered);
    CHECK(app.State().lock.state == LockState::Off);
  }
  Application again(platform);
  again.Start();
  CHECK_FALSE(again.State().lock.setup_offered);

  FakePlatform fresh;
  fresh.local_file = true;
  Application app(fresh);
  app.Start();
  REQUIRE(app.State().lock.setup_offered);
  TurnOn(app, "sembilan huruf");
  CHECK(app.State().lock.state == LockState::Unlocked);
  CHECK_FALSE(app.State().lock.setup_offered);
}

TEST_CASE("a draft that could not be saved stays in memory when the lock closes") {
  FakePlatform platform;
  Application app(platform);
  app.Start();
  Act(app, [](Intents& i) { i.draft.create = true; });
  TurnOn(app, "bunga melati 2026");
  REQUIRE(app.State().lock.state == LockState::Unlocked);
  platform.store.SetQuota(platform.store.UsedBytes(""));  // nothing more fits
  app.State().draft->assessment.evaluasi.umpan_balik = std::string(2000, 'x');
  Act(app, [](Intents& i) { i.draft.edited = true; });
  Act(app, [](Intents& i) { i.lock.lock_now = true; });
  CHECK(app.State().lock.state == LockState::Locked);
  REQUIRE(app.State().draft.has_value());  // unsaved: kept
  CHECK(app.State().draft->dirty);
  platform.store.SetQuota(0);
  Act(app, [](Intents& i) { i.lock.unlock = std::string("bunga melati 2026"); });
  Frame(app);
  REQUIRE(app.State().lock.state == LockState::Unlocked);
  platform.now += 1.0;
  Frame(app);
  CHECK(app.State().draft->save_state == application::SaveState::Saved);
  CHECK_FALSE(app.State().draft->dirty);
}

TEST_CASE("the idle time is a setting, kept, and counts from the last input") {
  FakePlatform platform;
  {
    Application app(platform);
    app.Start();
    TurnOn(app, "bunga melati 2026");
    Act(app, [](Intents& i) { i.lock.idle_minutes = 5; });
    CHECK(app.State().lock.idle_minutes == 5);
    platform.now += 4 * 60;
    app.NoteActivity();  // input a minute before the limit: the count starts again
    platform.now += 4 * 60;
    Frame(app);
    CHECK(app.State().lock.state == LockState::Unlocked);
    platform.now += 61;
    Frame(app);
    CHECK(app.State().lock.state == LockState::Locked);
  }
  Application again(platform);
  again.Start();
  CHECK(again.State().lock.idle_minutes == 5);
  CHECK(platform.store.Get(platform::kPreferencesKey)->find("\"kunci_menit\":5") != std::string::npos);
}

TEST_CASE("a file dropped on the lock screen waits until the lock is opened") {
  FakePlatform platform;
  {
    Application app(platform);
    app.Start();
    TurnOn(app, "bunga melati 2026");
  }
  Application app(platform);
  app.Start();
  REQUIRE(app.State().lock.state == LockState::Locked);
  core::Assessment a = application::BlankAssessment(platform.NowUtc());
  a.pegawai.nama = "Dari Berkas";
  platform.Deliver({"dari_berkas.json", core::ExportSubmission(a), "", false});
  Frame(app);
  CHECK_FALSE(app.State().draft.has_value());
  CHECK(platform.PendingFiles() == 1);
  Act(app, [](Intents& i) { i.lock.unlock = std::string("bunga melati 2026"); });
  Frame(app);
  REQUIRE(app.State().lock.state == LockState::Unlocked);
  Frame(app);
  REQUIRE(app.State().draft.has_value());
  CHECK(app.State().draft->assessment.pegawai.nama == "Dari Berkas");
}
