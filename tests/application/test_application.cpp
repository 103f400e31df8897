// The application layer, natively: autosave timing, save failures, a conflict with another tab,
// export checks, the review workflow, the recap queue's time budget, settings — on a MemoryStore
// and a clock the test moves.
#include "application/application.hpp"
#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/recap_entry.hpp"
#include "core/workflow.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"
#include "app_steps.hpp"
#include "fake_platform.hpp"
#include "persona.hpp"

#include <doctest/doctest.h>

#include <functional>

using namespace asn;
using application::Application;
using application::Intents;
using application::NoticeKind;
using application::SaveState;
using application::Screen;
using test::Act;
using test::FakePlatform;
using test::Frame;

namespace {

// The user edits the open draft's working copy in a frame (as a screen does).
void Edit(Application& app, const std::function<void(core::Assessment&)>& change) {
  app.BeforeFrame();
  change(app.State().draft->assessment);
  Intents intents;
  intents.draft.edited = true;
  app.Apply(intents);
}

std::string Stored(FakePlatform& p, const std::string& id) {
  return p.store.Get(std::string(platform::kDraftPrefix) + id).value_or("");
}

using asn::test::Persona;

// A started app with a new, saved draft open.
struct Fixture {
  FakePlatform platform;
  Application app{platform};
  Fixture() {
    app.Start();
    Act(app, [](Intents& i) { i.draft.create = true; });
    REQUIRE(app.State().draft);
    REQUIRE(app.State().draft->save_state == SaveState::Saved);
  }
  std::string Id() const { return app.State().draft->id; }
};

}  // namespace

TEST_CASE("autosave: after a quiet moment, never later than the maximum delay after the first change") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Rina"; });
  CHECK(f.app.State().draft->save_state == SaveState::Pending);
  CHECK(f.app.WantsFrames());  // the host keeps drawing until the save happens
  CHECK_FALSE(f.app.WantsFramesOnlyForProgress());  // at the display's rate: a save is due
  f.platform.now += application::kQuietSaveDelay - 0.05;
  Frame(f.app);
  CHECK(f.app.State().draft->dirty);
  CHECK(Stored(f.platform, f.Id()).find("Rina") == std::string::npos);
  f.platform.now += 0.1;
  Frame(f.app);
  CHECK_FALSE(f.app.State().draft->dirty);
  CHECK(f.app.State().draft->save_state == SaveState::Saved);
  CHECK(Stored(f.platform, f.Id()).find("\"nama\":\"Rina\"") != std::string::npos);
  CHECK_FALSE(f.app.WantsFrames());

  // Typing without a pause: saved no later than kMaxSaveDelay after the first unsaved change.
  const std::size_t saves = f.app.SaveDurations().Count();
  double first = -1, saved_at = -1;
  for (int key = 0; key < 20 && saved_at < 0; ++key) {
    f.platform.now += 0.2;  // a keystroke every 0.2 s: never quiet for kQuietSaveDelay
    Edit(f.app, [key](core::Assessment& a) { a.pegawai.nama += static_cast<char>('a' + key); });
    if (first < 0) first = f.platform.now;
    if (f.app.SaveDurations().Count() > saves) saved_at = f.platform.now;  // saved before this keystroke
  }
  REQUIRE(saved_at > 0);
  CHECK(saved_at - first >= application::kMaxSaveDelay - 1e-9);
  CHECK(saved_at - first <= application::kMaxSaveDelay + 0.2 + 1e-9);
  // Hiding the page saves at once, whatever the timers say.
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Rina Flush"; });
  f.platform.flush_requested = true;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("Rina Flush") != std::string::npos);
}

TEST_CASE("autosave between frames: the frames never save; the host's task saves once the save is due") {
  Fixture f;
  f.app.SetAutosaveBetweenFrames(true);
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Rina"; });
  CHECK_FALSE(f.app.AutosaveDue());  // just changed: not yet
  f.platform.now += application::kQuietSaveDelay + 0.05;
  CHECK(f.app.AutosaveDue());
  Frame(f.app);  // a frame drawn while the save is due leaves it to the host
  CHECK(f.app.State().draft->dirty);
  CHECK(f.app.WantsFrames());
  CHECK(Stored(f.platform, f.Id()).find("Rina") == std::string::npos);
  f.app.AutosaveIfDue();  // the host's task after the frame
  CHECK_FALSE(f.app.State().draft->dirty);
  CHECK(f.app.State().draft->save_state == SaveState::Saved);
  CHECK(Stored(f.platform, f.Id()).find("\"nama\":\"Rina\"") != std::string::npos);
  CHECK_FALSE(f.app.AutosaveDue());
  // Hiding the page still saves at once, in the frame that sees it.
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Rina Flush"; });
  f.platform.flush_requested = true;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("Rina Flush") != std::string::npos);
}

TEST_CASE("save failures: storage full or unavailable keeps the data in memory and says so") {
  Fixture f;
  const std::string before = Stored(f.platform, f.Id());
  f.platform.store.SetQuota(f.platform.store.UsedBytes(""));  // nothing more fits
  Edit(f.app, [](core::Assessment& a) { a.evaluasi.umpan_balik = std::string(2000, 'x'); });
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(f.app.State().draft->save_state == SaveState::QuotaExceeded);
  CHECK(f.app.State().draft->dirty);
  CHECK(f.app.State().draft->assessment.evaluasi.umpan_balik.size() == 2000);
  CHECK(Stored(f.platform, f.Id()) == before);  // the stored draft is untouched
  CHECK_FALSE(f.app.WantsFrames());             // a full storage does not keep the page busy

  f.platform.store.SetQuota(0);
  f.platform.store.SetAvailable(false);
  Edit(f.app, [](core::Assessment& a) { a.evaluasi.umpan_balik += "y"; });
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(f.app.State().draft->save_state == SaveState::Unavailable);
  CHECK(f.app.State().draft->dirty);

  // Storage back: the next change saves everything.
  f.platform.store.SetAvailable(true);
  Edit(f.app, [](core::Assessment& a) { a.evaluasi.umpan_balik += "z"; });
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(f.app.State().draft->save_state == SaveState::Saved);
  CHECK(Stored(f.platform, f.Id()).find(std::string(2000, 'x') + "yz") != std::string::npos);
}

TEST_CASE("a draft changed in another tab is never overwritten; either version can be kept") {
  Fixture f;
  // The other tab: a second app on the same storage opens the draft, changes and saves it.
  FakePlatform& shared = f.platform;
  Application other(shared);
  other.Start();
  Act(other, [&](Intents& i) { i.draft.open_id = f.Id(); });
  Edit(other, [](core::Assessment& a) { a.pegawai.nama = "Versi tab lain"; });
  shared.now += 1.0;
  Frame(other);
  REQUIRE(Stored(shared, f.Id()).find("Versi tab lain") != std::string::npos);

  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Versi saya"; });
  shared.now += 1.0;
  Frame(f.app);
  CHECK(f.app.State().draft->save_state == SaveState::Conflict);
  CHECK(f.app.State().draft->dirty);
  CHECK(Stored(shared, f.Id()).find("Versi tab lain") != std::string::npos);
  shared.now += 5.0;
  Frame(f.app);  // no retry that would overwrite
  CHECK(Stored(shared, f.Id()).find("Versi saya") == std::string::npos);

  SUBCASE("keep mine as a new draft: both versions stored") {
    const std::string id = f.Id();
    Act(f.app, [](Intents& i) { i.draft.save_as_copy = true; });
    CHECK(f.app.State().draft->id != id);
    CHECK(Stored(shared, id).find("Versi tab lain") != std::string::npos);
    CHECK(f.app.State().drafts.size() == 2);
    CHECK(Stored(shared, f.app.State().draft->id).find("Versi saya") != std::string::npos);
  }
  SUBCASE("load the other tab's version") {
    const std::string id = f.Id();
    Act(f.app, [](Intents& i) { i.draft.reload_from_storage = true; });
    CHECK(f.app.State().draft->id == id);
    CHECK(f.app.State().draft->assessment.pegawai.nama == "Versi tab lain");
    CHECK(f.app.State().draft->save_state == SaveState::Saved);
  }
}

TEST_CASE("an edit that changes nothing is not written: no new revision, no needless conflict in another tab") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) { a.pegawai.jabatan = "Analis"; });
  f.platform.now += 1.0;
  Frame(f.app);
  const std::string saved = Stored(f.platform, f.Id());
  REQUIRE(saved.find("\"jabatan\":\"Analis\"") != std::string::npos);

  // The other tab opens the same draft; this one marks an edit that leaves the text as it was.
  Application other(f.platform);
  other.Start();
  Act(other, [&](Intents& i) { i.draft.open_id = f.Id(); });
  Edit(f.app, [](core::Assessment& a) { a.pegawai.jabatan = "Analis"; });
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()) == saved);  // not even the time of saving changed
  CHECK_FALSE(f.app.State().draft->dirty);
  CHECK(f.app.State().draft->save_state == SaveState::Saved);
  // Typed away and back before the save: still nothing to write.
  Edit(f.app, [](core::Assessment& a) { a.pegawai.jabatan = "Analis X"; });
  Edit(f.app, [](core::Assessment& a) { a.pegawai.jabatan = "Analis"; });
  f.platform.flush_requested = true;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()) == saved);

  // So the other tab's real change is saved without a conflict.
  Edit(other, [](core::Assessment& a) { a.pegawai.jabatan = "Analis (tab lain)"; });
  f.platform.now += 1.0;
  Frame(other);
  CHECK(other.State().draft->save_state == SaveState::Saved);
  CHECK(Stored(f.platform, f.Id()).find("Analis (tab lain)") != std::string::npos);
  // And a real change here after that is a conflict, never an overwrite.
  Edit(f.app, [](core::Assessment& a) { a.pegawai.jabatan = "Analis (tab ini)"; });
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(f.app.State().draft->save_state == SaveState::Conflict);
  CHECK(Stored(f.platform, f.Id()).find("Analis (tab lain)") != std::string::npos);
}

TEST_CASE("export: refused with the reasons when the receiver would reject the file; submit marks diajukan") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nip = "1990"; });  // half-typed: fine in a draft
  Act(f.app, [](Intents& i) { i.file.export_draft = true; });
  CHECK(f.platform.downloads.empty());
  REQUIRE_FALSE(f.app.State().export_problems.empty());
  CHECK(f.app.State().export_problems[0].path == "$.pegawai.nip");

  // A complete assessment: exported, valid, and submitted once nothing is missing.
  core::Assessment a = Persona("analis");
  a.status = core::Status{};
  a.status.dibuat = a.status.diperbarui = "2026-11-29T00:00:00Z";
  for (core::BehaviourNote& b : a.perilaku) {
    if (b.refleksi_mandiri.empty()) b.refleksi_mandiri = "Refleksi.";
  }
  REQUIRE(core::MissingForSubmission(a).empty());
  Edit(f.app, [&](core::Assessment& x) { x = a; });
  Act(f.app, [](Intents& i) { i.file.export_draft = true; });
  REQUIRE(f.platform.downloads.size() == 1);
  CHECK(f.app.State().notice.kind == NoticeKind::Exported);
  CHECK(core::ImportSubmission(f.platform.downloads[0].second).ok());
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Draf);
  Act(f.app, [](Intents& i) { i.file.submit = true; });
  REQUIRE(f.platform.downloads.size() == 2);
  const core::ImportResult submitted = core::ImportSubmission(f.platform.downloads[1].second);
  REQUIRE(submitted.ok());
  CHECK(submitted.assessment->status.tahap == core::Stage::Diajukan);
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Diajukan);
  CHECK(Stored(f.platform, f.Id()).find("\"tahap\":\"diajukan\"") != std::string::npos);

  f.platform.refuse_downloads = true;
  Act(f.app, [](Intents& i) { i.file.export_draft = true; });
  CHECK(f.app.State().notice.kind == NoticeKind::DownloadRefused);
}

TEST_CASE("review: the employee's own draft cannot be signed; the supervisor's copy asks, then signs") {
  Fixture f;  // a draft typed here: the employee's own
  core::Assessment a = Persona("guru");
  a.status.tahap = core::Stage::Diajukan;
  a.status.dinilai.reset();
  Edit(f.app, [&](core::Assessment& x) { x = a; });
  Act(f.app, [](Intents& i) { i.review.ask_sign_off = true; });
  CHECK_FALSE(f.app.State().confirm_sign_off);
  Act(f.app, [](Intents& i) { i.review.sign_off = true; });
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Diajukan);
  CHECK_FALSE(core::SupervisorPartEditable(f.app.State().draft->assessment, f.app.State().draft->origin));

  // The supervisor imports the submitted file: the review is theirs to fill and sign.
  f.platform.Deliver({"diajukan.json", core::ExportSubmission(a), "", false});
  Frame(f.app);
  REQUIRE(f.app.State().draft->origin == core::DraftOrigin::Imported);
  Act(f.app, [](Intents& i) { i.review.sign_off = true; });  // not without the confirmation
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Diajukan);
  Act(f.app, [](Intents& i) { i.review.ask_sign_off = true; });
  CHECK(f.app.State().confirm_sign_off);
  Act(f.app, [](Intents& i) { i.review.cancel_sign_off = true; });
  CHECK_FALSE(f.app.State().confirm_sign_off);
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Diajukan);
  Act(f.app, [](Intents& i) { i.review.ask_sign_off = true; });
  Act(f.app, [](Intents& i) { i.review.sign_off = true; });
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Dinilai);
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("\"tahap\":\"dinilai\"") != std::string::npos);
  // Locked: the plan is not redrafted, the job standard not applied.
  const core::Assessment signed_copy = f.app.State().draft->assessment;
  Act(f.app, [](Intents& i) {
    i.review.generate_plan = true;
    i.draft.apply_job_standard = "pengawas";
  });
  CHECK(f.app.State().draft->assessment == signed_copy);
  CHECK_FALSE(f.app.State().draft->dirty);
  Act(f.app, [](Intents& i) { i.review.withdraw = true; });
  CHECK(f.app.State().draft->assessment.status.tahap == core::Stage::Diajukan);
  Act(f.app, [](Intents& i) { i.review.open_report = true; });
  REQUIRE(f.platform.pages.size() == 1);
  CHECK(f.platform.pages[0].rfind("<!doctype html>", 0) == 0);
  f.platform.refuse_pages = true;
  Act(f.app, [](Intents& i) { i.review.open_report = true; });
  CHECK(f.app.State().notice.kind == NoticeKind::ReportRefused);
}

TEST_CASE("recap: files are processed within the time budget per frame, and all of them in the end") {
  FakePlatform platform;
  Application app(platform);
  app.Start();
  const std::vector<core::Assessment> unit = core::MakeExampleUnit(60, 7);
  platform.AnnounceRecap(unit.size() + 1);
  platform.recap_reading = true;
  for (std::size_t i = 0; i < unit.size(); ++i) {
    platform.Deliver({"f" + std::to_string(i) + ".json", core::ExportSubmission(unit[i]), "", true});
  }
  platform.Deliver({"besar.json", "", "berkas terlalu besar", true});
  platform.tick = 0.001;  // every clock read moves 1 ms: the 12-ms budget allows about a dozen files
  Frame(app);
  const std::size_t first_frame = app.State().recap.done;
  CHECK(first_frame > 0);
  CHECK(first_frame < 20);
  CHECK(app.State().recap.loading);
  CHECK(app.WantsFrames());
  CHECK(app.WantsFramesOnlyForProgress());  // the host may space the frames of a loading recap out
  CHECK(app.RecapBacklog() == unit.size() + 1 - first_frame);
  platform.recap_reading = false;
  int frames = 1;
  while (app.State().recap.loading && frames < 100) {
    Frame(app);
    ++frames;
  }
  CHECK(frames > 4);
  CHECK_FALSE(app.State().recap.loading);
  CHECK(app.State().recap.done == unit.size() + 1);
  CHECK(app.State().recap.data.Rows().size() == unit.size());
  CHECK(app.State().recap.data.Invalid().size() == 1);
  // CSV export through the host.
  Act(app, [](Intents& i) { i.recap.export_csv = true; });
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].first.rfind("rekap-unit_", 0) == 0);
  CHECK(app.State().notice.kind == NoticeKind::CsvDownloaded);
}

TEST_CASE("recap: a batch handed over between frames is processed at once, within the slice it is given") {
  FakePlatform platform;
  Application app(platform);
  app.Start();
  const std::vector<core::Assessment> unit = core::MakeExampleUnit(30, 3);
  platform.AnnounceRecap(unit.size());
  platform.recap_reading = true;
  for (std::size_t i = 0; i < unit.size(); ++i) {
    platform.Deliver({"f" + std::to_string(i) + ".json", core::ExportSubmission(unit[i]), "", true});
  }
  platform.tick = 0.001;  // every clock read moves 1 ms
  // No frame has been drawn: the announcement and the files are taken in by the call itself.
  app.ProcessRecapNow(0.005);
  const std::size_t first_slice = app.State().recap.done;
  CHECK(first_slice > 0);
  CHECK(first_slice < unit.size());
  CHECK(app.State().recap.expected == unit.size());
  CHECK(app.State().recap.loading);
  app.ProcessRecapNow(1.0);
  CHECK(app.State().recap.done == unit.size());
  CHECK(app.State().recap.loading);  // the page is still reading: more may come
  platform.recap_reading = false;
  app.ProcessRecapNow(1.0);
  CHECK_FALSE(app.State().recap.loading);
  CHECK(app.State().recap.data.Rows().size() == unit.size());
}

TEST_CASE("recap: entries checked by the page's workers count as the files; an unreadable one is listed, not dropped") {
  FakePlatform platform;
  Application app(platform);
  app.Start();
  const std::vector<core::Assessment> unit = core::MakeExampleUnit(20, 5);
  platform.AnnounceRecap(unit.size() + 2);
  platform.recap_reading = true;
  for (std::size_t i = 0; i < unit.size(); ++i) {
    const std::string name = "f" + std::to_string(i) + ".json";
    const core::RecapEntry entry = core::CheckRecapFile(name, core::ExportSubmission(unit[i]), std::nullopt);
    platform.Deliver({"", core::EncodeRecapEntry(entry), "", true, true});
  }
  platform.Deliver({"", core::EncodeRecapEntry(core::RefusedRecapEntry("besar.json", "berkas terlalu besar")), "", true, true});
  platform.Deliver({"", "{\"v\":1,\"file\":", "", true, true});  // cut short
  platform.recap_reading = false;
  app.ProcessRecapNow(1.0);
  CHECK_FALSE(app.State().recap.loading);
  CHECK_FALSE(app.WantsFramesOnlyForProgress());
  CHECK(app.State().recap.done == unit.size() + 2);
  REQUIRE(app.State().recap.data.Rows().size() == unit.size());
  CHECK(app.State().recap.data.Rows()[3].file == "f3.json");
  REQUIRE(app.State().recap.data.Invalid().size() == 2);
  CHECK(app.State().recap.data.Invalid()[0].file == "besar.json");
  CHECK(app.State().recap.data.Invalid()[1].problems.at(0).message.find("tidak terbaca") != std::string::npos);
  // The same unit as files: the same CSV.
  core::Recap direct;
  for (std::size_t i = 0; i < unit.size(); ++i) direct.AddFile("f" + std::to_string(i) + ".json", core::ExportSubmission(unit[i]));
  CHECK(core::RecapCsv(app.State().recap.data) == core::RecapCsv(direct));
}

TEST_CASE("settings persist in storage and come back on the next start") {
  FakePlatform platform;
  {
    Application app(platform);
    app.Start();
    CHECK(app.State().walkthrough.open);
    Act(app, [](Intents& i) {
      i.settings.language = core::Language::English;
      i.settings.theme = application::Theme::Dark;
      i.settings.presenter = true;
      i.settings.presenter_zoom = 999;  // clamped
      i.workshop.close_walkthrough = true;
    });
  }
  Application again(platform);
  again.Start();
  CHECK(again.State().language == core::Language::English);
  CHECK(again.State().theme == application::Theme::Dark);
  CHECK(again.State().presenter);
  CHECK(again.State().presenter_zoom == platform::kMaxPresenterZoom);
  CHECK_FALSE(again.State().walkthrough.open);
}

TEST_CASE("import: a valid file becomes a new draft; a broken one changes nothing and lists its problems") {
  Fixture f;
  const std::size_t before = f.app.State().drafts.size();
  f.platform.Deliver({"rusak.json", "{\"format\": \"asn-kinerja\"", "", false});
  Frame(f.app);
  CHECK(f.app.State().import.open);
  CHECK_FALSE(f.app.State().import.problems.empty());
  CHECK(f.app.State().drafts.size() == before);
  f.platform.Deliver({"contoh.json", core::ExportSubmission(Persona("perawat")), "", false});
  Frame(f.app);
  CHECK_FALSE(f.app.State().import.open);
  CHECK(f.app.State().drafts.size() == before + 1);
  CHECK(f.app.State().screen == Screen::Summary);
  CHECK(f.app.State().notice.kind == NoticeKind::Imported);
  CHECK(f.app.State().notice.detail == "contoh.json");
}

TEST_CASE("workshop: personas load as CONTOH drafts; the reset removes only those") {
  Fixture f;
  const std::string real = f.Id();
  Act(f.app, [](Intents& i) { i.workshop.load_persona = "kadis"; });
  CHECK(f.app.State().draft->assessment.contoh);
  CHECK(f.app.State().notice.kind == NoticeKind::PersonaLoaded);
  Act(f.app, [](Intents& i) { i.workshop.ask_reset = true; });
  Act(f.app, [](Intents& i) { i.workshop.confirm_reset = true; });
  CHECK(f.app.State().notice.kind == NoticeKind::DemoReset);
  CHECK(f.app.State().notice.detail == "1");
  REQUIRE(f.app.State().drafts.size() == 1);
  CHECK(f.app.State().drafts[0].id == real);
}

TEST_CASE("choosing the jabatan type fills the required levels, asking first when the user set some") {
  Fixture f;
  CHECK_FALSE(core::JobStandardSet(f.app.State().draft->assessment));
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "administrator"; });
  const core::JobStandardPreset* admin = core::DefaultJobStandards().Find("administrator");
  for (const core::CompetencyEntry& c : f.app.State().draft->assessment.kompetensi) {
    CHECK(c.level_standar == admin->level.at(c.kode));
  }
  CHECK(f.app.State().confirm_job_standard.empty());
  CHECK(core::JobStandardSet(f.app.State().draft->assessment));
  // Another type while the levels are still the first type's: replaced without a question.
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "pengawas"; });
  CHECK(f.app.State().draft->assessment.kompetensi[0].level_standar ==
        core::DefaultJobStandards().Find("pengawas")->level.at("M.1"));
  // The user sets a level of their own: the next type asks; keeping leaves the levels alone.
  Edit(f.app, [](core::Assessment& a) { a.kompetensi[0].level_standar = 5; });
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "pelaksana"; });
  CHECK(f.app.State().confirm_job_standard == "pelaksana");
  CHECK(f.app.State().draft->assessment.pegawai.jenis_jabatan == "pelaksana");
  CHECK(f.app.State().draft->assessment.kompetensi[0].level_standar == 5);
  Act(f.app, [](Intents& i) { i.draft.keep_required_levels = true; });
  CHECK(f.app.State().confirm_job_standard.empty());
  CHECK(f.app.State().draft->assessment.kompetensi[0].level_standar == 5);
  // Asked again and answered yes: the standard replaces them.
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "administrator"; });
  REQUIRE(f.app.State().confirm_job_standard == "administrator");
  Act(f.app, [](Intents& i) { i.draft.apply_job_standard = "administrator"; });
  CHECK(f.app.State().draft->assessment.kompetensi[0].level_standar == admin->level.at("M.1"));
}

TEST_CASE("one click never loses work: a removed RHK row comes back with Batalkan, for a while") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) {
    a.skp.rhk.resize(3);
    for (std::size_t i = 0; i < 3; ++i) a.skp.rhk[i].id = "rhk-" + std::to_string(i + 1);
    a.skp.rhk[0].rhk = "pertama";
    a.skp.rhk[1].rhk = "kedua";
    a.skp.rhk[2].rhk = "ketiga";
  });
  Act(f.app, [](Intents& i) { i.draft.remove_rhk = 1; });
  REQUIRE(f.app.State().draft->assessment.skp.rhk.size() == 2);
  REQUIRE(f.app.State().undo);
  CHECK(f.app.State().undo->kind == application::UndoKind::RhkRemoved);
  CHECK(f.app.State().undo->detail == "RHK 2");
  f.platform.now += 1.0;
  Frame(f.app);  // saved without the row
  CHECK(Stored(f.platform, f.Id()).find("kedua") == std::string::npos);
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  REQUIRE(f.app.State().draft->assessment.skp.rhk.size() == 3);
  CHECK(f.app.State().draft->assessment.skp.rhk[1].rhk == "kedua");
  CHECK_FALSE(f.app.State().undo);
  f.platform.now += 1.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("kedua") != std::string::npos);

  // The offer ends after kUndoSeconds, at the next tap (never by itself, so nothing moves under a
  // finger about to land): the removal stands.
  Act(f.app, [](Intents& i) { i.draft.remove_rhk = 0; });
  Act(f.app, [](Intents& i) { i.gesture_ended = true; });
  CHECK(f.app.State().undo);  // a tap within the time keeps it
  f.platform.now += application::kUndoSeconds + 1.0;
  Frame(f.app);
  CHECK(f.app.State().undo);
  Act(f.app, [](Intents& i) { i.gesture_ended = true; });
  CHECK_FALSE(f.app.State().undo);
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.skp.rhk.size() == 2);

  // A kompetensi teknis removed, and its plan references, come back together.
  Edit(f.app, [](core::Assessment& a) {
    core::CompetencyEntry t;
    t.kode = "T.1";
    t.nama = "Analisis data";
    t.jenis = core::CompetencyKind::Teknis;
    a.kompetensi.push_back(t);
    a.rencana_pengembangan.push_back({"T.1", "Kursus", "pelatihan", "", ""});
  });
  const std::size_t count = f.app.State().draft->assessment.kompetensi.size();
  Act(f.app, [&](Intents& i) { i.draft.remove_competency = static_cast<int>(count - 1); });
  CHECK(f.app.State().draft->assessment.kompetensi.size() == count - 1);
  CHECK(f.app.State().draft->assessment.rencana_pengembangan.back().kode_kompetensi.empty());
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.kompetensi.size() == count);
  CHECK(f.app.State().draft->assessment.rencana_pengembangan.back().kode_kompetensi == "T.1");
}

TEST_CASE("Draf baru pressed again opens the untouched blank draft instead of adding another") {
  Fixture f;
  const std::string first = f.Id();
  Act(f.app, [](Intents& i) { i.nav.go_to = Screen::Home; });
  Act(f.app, [](Intents& i) { i.draft.create = true; });
  CHECK(f.app.State().draft->id == first);
  CHECK(f.app.State().drafts.size() == 1);
  Act(f.app, [](Intents& i) { i.draft.close = true; });
  Act(f.app, [](Intents& i) { i.draft.create = true; });
  CHECK(f.app.State().draft->id == first);
  // Once written in, the next Draf baru is a new draft.
  Edit(f.app, [](core::Assessment& a) { a.pegawai.nama = "Budi"; });
  f.platform.now += 1.0;
  Frame(f.app);
  Act(f.app, [](Intents& i) { i.draft.create = true; });
  CHECK(f.app.State().draft->id != first);
  CHECK(f.app.State().drafts.size() == 2);
}

TEST_CASE("continuous feedback: a note in one step, dated today in Jakarta; about an RHK or a value only") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) {
    a.skp.rhk.resize(1);
    a.skp.rhk[0].id = "rhk-1";
  });
  application::FeedbackForm& form = f.app.State().feedback_form;
  // Without a subject, or without text, nothing is added.
  form.text = "Bagus";
  Act(f.app, [](Intents& i) { i.draft.add_feedback = true; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.empty());
  form.subject = "rhk:rhk-9";  // not in the SKP
  Act(f.app, [](Intents& i) { i.draft.add_feedback = true; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.empty());
  form.subject = "rhk:rhk-1";
  form.text = "  ";
  Act(f.app, [](Intents& i) { i.draft.add_feedback = true; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.empty());

  form.text = "Laporan rapi; kirim lebih awal.";
  Act(f.app, [](Intents& i) { i.draft.add_feedback = true; });
  REQUIRE(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 1);
  const core::FeedbackEntry& first = f.app.State().draft->assessment.umpan_balik_berkelanjutan[0];
  CHECK(first.rhk_id == "rhk-1");
  CHECK(first.perilaku.empty());
  CHECK(first.tanggal == "2026-11-29");
  CHECK(f.app.State().notice.kind == NoticeKind::FeedbackAdded);
  CHECK(form.text.empty());              // ready for the next note
  CHECK(form.subject == "rhk:rhk-1");    // about the same thing

  form.subject = "nilai:akuntabel";
  form.tanggal = "2026-10-01";
  form.text = "Tepat waktu.";
  Act(f.app, [](Intents& i) { i.draft.add_feedback = true; });
  REQUIRE(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 2);
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan[1].perilaku == "akuntabel");
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan[1].tanggal == "2026-10-01");
  f.platform.now += 2.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("Tepat waktu.") != std::string::npos);

  // Removing the RHK removes its notes too (nothing may refer to a missing RHK); Batalkan brings both back.
  Act(f.app, [](Intents& i) { i.draft.remove_rhk = 0; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 1);
  f.platform.now += 2.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("kirim lebih awal") == std::string::npos);
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 2);
  CHECK(f.app.State().draft->assessment.skp.rhk.size() == 1);

  // A note removed comes back too.
  Act(f.app, [](Intents& i) { i.draft.remove_feedback = 1; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 1);
  REQUIRE(f.app.State().undo);
  CHECK(f.app.State().undo->kind == application::UndoKind::FeedbackRemoved);
  CHECK(f.app.State().undo->detail == "2026-10-01");
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.umpan_balik_berkelanjutan.size() == 2);
}

TEST_CASE("a line of the Lampiran SKP removed comes back with Batalkan") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) { a.skp.lampiran.konsekuensi = {"pertama", "kedua"}; });
  Act(f.app, [](Intents& i) { i.draft.remove_attachment_item = application::DraftIntents::AttachmentItem{2, 0}; });
  CHECK(f.app.State().draft->assessment.skp.lampiran.konsekuensi == std::vector<std::string>{"kedua"});
  REQUIRE(f.app.State().undo);
  CHECK(f.app.State().undo->kind == application::UndoKind::AttachmentItemRemoved);
  Act(f.app, [](Intents& i) { i.draft.remove_attachment_item = application::DraftIntents::AttachmentItem{7, 0}; });
  CHECK(f.app.State().draft->assessment.skp.lampiran.konsekuensi.size() == 1);  // no such list: nothing happens
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.skp.lampiran.konsekuensi == std::vector<std::string>{"pertama", "kedua"});
}

TEST_CASE("crossing the JPT line changes the SKP layout; Batalkan restores the cleared values") {
  Fixture f;
  Edit(f.app, [](core::Assessment& a) {
    a.skp.rhk.resize(2);
    a.skp.rhk[0].id = "rhk-1";
    a.skp.rhk[0].aspek = core::RhkAspect::Kualitas;
    a.skp.rhk[1].id = "rhk-2";
    a.skp.rhk[1].aspek = core::RhkAspect::Waktu;
  });
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "pelaksana"; });
  CHECK(f.app.State().draft->assessment.skp.rhk[0].aspek == core::RhkAspect::Kualitas);  // the same layout
  Act(f.app, [](Intents& i) { i.draft.choose_job_type = "jpt_madya"; });
  const core::Assessment& a = f.app.State().draft->assessment;
  CHECK_FALSE(a.skp.rhk[0].aspek);
  CHECK_FALSE(a.skp.rhk[1].aspek);
  REQUIRE(f.app.State().undo);
  CHECK(f.app.State().undo->kind == application::UndoKind::LayoutChanged);
  f.platform.now += 2.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("\"aspek\":\"waktu\"") == std::string::npos);
  Act(f.app, [](Intents& i) { i.draft.undo = true; });
  CHECK(f.app.State().draft->assessment.pegawai.jenis_jabatan == "pelaksana");
  CHECK(f.app.State().draft->assessment.skp.rhk[1].aspek == core::RhkAspect::Waktu);
}

TEST_CASE("a new draft starts in the quarter it is in Jakarta, with its dates") {
  FakePlatform platform;
  platform.now = 17 * 3600 + 30 * 60;  // 17:30 UTC on 29 November = 00:30 WIB on 30 November
  const core::Assessment a = application::BlankAssessment(platform.NowUtc());
  CHECK(a.periode.tahun == 2026);
  CHECK(a.periode.jenis == core::PeriodKind::Triwulan);
  CHECK(a.periode.ke == 4);
  CHECK(a.periode.mulai == "2026-10-01");
  CHECK(a.periode.selesai == "2026-12-31");
  CHECK(application::BlankAssessment("2026-03-31T18:00:00Z").periode.ke == 2);  // 1 April in Jakarta
}

TEST_CASE("the recap's capaian and an instansi's own bounds are remembered; edited back to the guidance they are the guidance") {
  FakePlatform platform;
  {
    Application app(platform);
    app.Start();
    Act(app, [](Intents& i) { i.recap.choose_capaian = std::optional<core::OrganisationRating>(core::OrganisationRating::Kurang); });
    CHECK(app.State().recap.capaian == core::OrganisationRating::Kurang);
  }
  {
    // Remembered by the choice alone (the preferences are written after the choice is applied).
    Application app(platform);
    app.Start();
    CHECK(app.State().recap.capaian == core::OrganisationRating::Kurang);
    // The screen edits a copy of the bounds (as recap_distribution.cpp does), then says so.
    app.BeforeFrame();
    app.State().recap.own_bounds = core::DefaultDistributionGuidance();
    app.State().recap.own_bounds->bounds[1][0].value = 75;
    Intents edited;
    edited.recap.bounds_edited = true;
    app.Apply(edited);
    CHECK(app.State().recap.Guidance().For(core::OrganisationRating::Baik)[0].value == 75);
  }
  Application again(platform);
  again.Start();
  CHECK(again.State().recap.capaian == core::OrganisationRating::Kurang);
  REQUIRE(again.State().recap.own_bounds);
  CHECK(again.State().recap.Guidance().For(core::OrganisationRating::Baik)[0].value == 75);
  // Set back to the guidance's number: no own bounds any more.
  again.BeforeFrame();
  again.State().recap.own_bounds->bounds[1][0].value = 70;
  Intents back;
  back.recap.bounds_edited = true;
  again.Apply(back);
  CHECK_FALSE(again.State().recap.own_bounds);
  Act(again, [](Intents& i) { i.recap.reset_bounds = true; });
  CHECK(&again.State().recap.Guidance() == &core::DefaultDistributionGuidance());
}

TEST_CASE("the JPM method is the draft's: changed in one step, stored, refused when its bands are not usable") {
  Fixture f;
  core::JpmMethod m;
  m.cap = core::JpmCap::Total;
  m.optimal_min = 80;
  m.cukup_min = 68;
  Act(f.app, [&](Intents& i) { i.draft.set_jpm_method = m; });
  CHECK(f.app.State().draft->assessment.metode_jpm == m);
  f.platform.now += 2.0;
  Frame(f.app);
  CHECK(Stored(f.platform, f.Id()).find("\"kategori_cukup_optimal\":68") != std::string::npos);
  core::JpmMethod bad = m;
  bad.cukup_min = 90;
  Act(f.app, [&](Intents& i) { i.draft.set_jpm_method = bad; });
  CHECK(f.app.State().draft->assessment.metode_jpm == m);
}
