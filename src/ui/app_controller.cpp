#include "ui/app_controller.hpp"

#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/report_html.hpp"
#include "core/rules_development.hpp"
#include "core/submission_format.hpp"
#include "ui/app_shell.hpp"
#include "ui/item_registry.hpp"

#include <imgui.h>

#include <algorithm>

namespace asn::ui {
namespace {

// Debounce: save this long after the last keystroke, but never later than kMaxDelay after the
// first unsaved change, so a crash loses at most about a second of typing.
constexpr double kQuietDelay = 0.4;
constexpr double kMaxDelay = 0.9;

core::Assessment BlankAssessment(const std::string& now) {
  core::Assessment a;
  a.kompetensi = core::CompetenciesForJob(core::DefaultCompetencyDictionary(), nullptr);
  a.perilaku = core::EmptyBehaviourNotes();
  a.status.dibuat = now;
  a.status.diperbarui = now;
  return a;
}

}  // namespace

void AppController::Init() {
  const platform::Preferences prefs = platform::LoadPreferences(platform_.Storage());
  saved_preferences_ = prefs;
  state_.language = prefs.english ? Language::English : Language::Indonesian;
  state_.theme = prefs.dark ? Theme::Dark : Theme::Light;
  state_.presenter = prefs.presenter;
  state_.presenter_zoom = prefs.presenter_zoom;
  state_.recap.curve = prefs.curve;
  state_.walkthrough.open = !prefs.walkthrough_done;
  LoadFonts();
  ApplyStyle(state_.theme, 1.0f, false);
  applied_scale_ = 1.0f;
  applied_theme_ = state_.theme;
  SetLanguage(state_.language);
  // Drafts kept by the previous storage version move to the current one before anything is listed.
  store_.UpgradeLegacyEntries(&state_.set_aside, platform_.NowUtc());
  RefreshDraftList();
}

void AppController::RefreshDraftList() {
  state_.storage_available = store_.Available();
  std::vector<platform::SetAsideEntry> set_aside;
  state_.drafts = store_.Scan(&set_aside);
  // Replace the list (no duplicates across scans) but keep the specific reason found earlier.
  for (platform::SetAsideEntry& entry : set_aside) {
    for (const platform::SetAsideEntry& known : state_.set_aside) {
      if (known.kept_key == entry.kept_key && entry.original_key.empty()) entry = known;
    }
  }
  state_.set_aside = std::move(set_aside);
  state_.storage_used = store_.UsedBytes();
}

bool AppController::Frame(float pixel_ratio) {
  // Presenter view enlarges everything (fonts are rasterised at the final size, so it stays crisp).
  const float scale = pixel_ratio * (state_.presenter ? static_cast<float>(state_.presenter_zoom) / 100.0f : 1.0f);
  if (scale != applied_scale_ || state_.theme != applied_theme_ || state_.presenter != applied_high_contrast_) {
    ApplyStyle(state_.theme, scale, state_.presenter);
    applied_scale_ = scale;
    applied_theme_ = state_.theme;
    applied_high_contrast_ = state_.presenter;
  }
  if (std::optional<platform::RecapReading> announced = platform_.TakeRecapAnnouncement()) {
    if (!state_.recap.loading || state_.recap.example) {
      // A new set replaces what is shown; a set added during a load joins it.
      state_.recap.data.Clear();
      state_.recap.done = 0;
      state_.recap.expected = 0;
      state_.recap.example = false;
    }
    state_.recap.expected += announced->announced;
    state_.recap.loading = true;
  }
  for (platform::IncomingFile& file : platform_.TakeIncomingFiles()) {
    if (file.for_recap) {
      ReceiveRecapFile(std::move(file));
      continue;
    }
    if (!file.refusal.empty()) {
      state_.import.open = true;
      state_.import.source = file.name;
      state_.import.problems = {{"file_refused", "$", file.refusal, 0}};
    } else {
      ImportText(file.name, file.content);
    }
  }
  if (platform_.TakeFlushRequest()) Flush();
  AutosaveIfDue();
  ProcessRecapQueue(0.012);

  BeginItemFrame();
  Intents intents = DrawAppShell(state_);
  EndItemFrame();
  Apply(intents);
  // Keep frames coming only while a save is due or a recap is loading. After a failed save the
  // next edit retries, so a full or disabled storage does not keep the page busy.
  return (state_.draft && state_.draft->dirty && state_.draft->save_state == SaveState::Pending) || state_.recap.loading;
}

void AppController::Flush() {
  if (state_.draft && state_.draft->dirty) SaveNow();
}

void AppController::AutosaveIfDue() {
  if (!state_.draft || !state_.draft->dirty || state_.draft->save_state == SaveState::Conflict) return;
  const double now = platform_.NowSeconds();
  if (now - last_change_ >= kQuietDelay || now - state_.draft->changed_at >= kMaxDelay) SaveNow();
}

void AppController::SaveNow() {
  const double started = platform_.NowSeconds();
  SaveOpenDraft();
  save_ms_.Add((platform_.NowSeconds() - started) * 1000.0);
}

void AppController::SaveOpenDraft() {
  OpenDraft& d = *state_.draft;
  const std::string now = platform_.NowUtc();
  d.assessment.status.diperbarui = now;
  switch (store_.Save(d.id, d.assessment, &d.rev, now)) {
    case platform::SaveOutcome::Saved:
      d.dirty = false;
      d.save_state = SaveState::Saved;
      d.saved_clock = platform_.LocalClock();
      UpdateDraftListEntry(d, now);
      break;
    case platform::SaveOutcome::Conflict:
      d.save_state = SaveState::Conflict;  // keeps dirty: nothing is dropped
      break;
    case platform::SaveOutcome::QuotaExceeded:
      d.save_state = SaveState::QuotaExceeded;
      d.changed_at = platform_.NowSeconds();  // retry after the next change or a second later
      break;
    case platform::SaveOutcome::Unavailable:
      d.save_state = SaveState::Unavailable;
      d.changed_at = platform_.NowSeconds();
      break;
    case platform::SaveOutcome::Invalid:
      // The editors keep every limit, so this is a bug; the data stays in memory all the same.
      d.save_state = SaveState::Unavailable;
      break;
  }
}

// After a save only this draft's line changes: update it in place rather than re-reading and
// re-validating every stored draft (RefreshDraftList runs whenever Beranda is shown).
void AppController::UpdateDraftListEntry(const OpenDraft& d, const std::string& saved_at) {
  platform::DraftSummary summary;
  summary.id = d.id;
  summary.nama = d.assessment.pegawai.nama;
  summary.jabatan = d.assessment.pegawai.jabatan;
  summary.periode = core::PeriodLabel(d.assessment.periode);
  summary.tahap = d.assessment.status.tahap;
  summary.tersimpan = saved_at;
  summary.contoh = d.assessment.contoh;
  auto& drafts = state_.drafts;
  drafts.erase(std::remove_if(drafts.begin(), drafts.end(), [&](const platform::DraftSummary& s) { return s.id == d.id; }),
               drafts.end());
  drafts.insert(drafts.begin(), std::move(summary));  // newest first, as Scan orders them
  if (state_.screen == Screen::Home) state_.storage_used = store_.UsedBytes();
}

void AppController::MarkChanged() {
  OpenDraft& d = *state_.draft;
  const double now = platform_.NowSeconds();
  if (!d.dirty) d.changed_at = now;
  d.dirty = true;
  if (d.save_state == SaveState::Saved) d.save_state = SaveState::Pending;
  last_change_ = now;
  state_.export_problems.clear();
}

void AppController::ApplyReview(Intents& intents) {
  core::Assessment& a = state_.draft->assessment;
  if (intents.generate_plan) {
    a.rencana_pengembangan = core::DraftDevelopmentPlan(core::RecommendDevelopment(a.kompetensi));
    intents.edited = true;
  }
  if (intents.sign_off && core::MissingForReview(a).empty()) {
    const std::string now = platform_.NowUtc();
    a.status.tahap = core::Stage::Dinilai;
    a.status.dinilai = now;
    if (!a.status.diajukan) a.status.diajukan = now;
    intents.edited = true;
  }
  if (intents.reopen_review && a.status.tahap == core::Stage::Dinilai) {
    a.status.tahap = core::Stage::Diajukan;
    a.status.dinilai.reset();
    intents.edited = true;
  }
  if (intents.open_report && !platform_.OpenHtmlPage(core::RenderReportHtml(a))) {
    state_.notice = "Peramban menolak membuka tab baru untuk laporan (izinkan pop-up untuk halaman ini).";
  }
}

bool AppController::CanLeaveOpenDraft() {
  Flush();
  if (!state_.draft || !state_.draft->dirty) return true;
  state_.notice = "Perubahan pada draf yang terbuka belum tersimpan. Ekspor berkasnya atau simpan sebagai "
                  "draf baru lebih dulu.";
  return false;
}

bool AppController::OpenStoredDraft(const std::string& id) {
  if (!CanLeaveOpenDraft()) return false;
  core::Problems problems;
  std::optional<platform::LoadedDraft> loaded = store_.Load(id, &problems);
  if (!loaded) {
    RefreshDraftList();  // it may have been set aside as corrupt
    state_.notice = problems.empty() ? "" : core::FormatProblem(problems.front());
    return false;
  }
  OpenDraft d;
  d.id = id;
  d.assessment = std::move(loaded->assessment);
  d.rev = loaded->rev;
  state_.draft = std::move(d);
  state_.screen = Screen::Profile;
  state_.selected_competency = 0;
  state_.export_problems.clear();
  state_.notice.clear();
  return true;
}

bool AppController::StartNewDraft(core::Assessment assessment, Screen screen) {
  if (!CanLeaveOpenDraft()) return false;
  OpenDraft d;
  d.id = platform_.NewId();
  d.assessment = std::move(assessment);
  d.dirty = true;
  d.changed_at = platform_.NowSeconds();
  d.save_state = SaveState::Pending;
  state_.draft = std::move(d);
  state_.screen = screen;
  state_.selected_competency = 0;
  state_.export_problems.clear();
  last_change_ = 0.0;
  SaveNow();
  return true;
}

void AppController::ImportText(const std::string& source, const std::string& text) {
  const core::ImportResult result = core::ImportSubmission(text);
  state_.import.source = source;
  if (!result.ok()) {
    state_.import.open = true;
    state_.import.problems = result.problems;
    return;
  }
  if (!StartNewDraft(*result.assessment, Screen::Summary)) {
    state_.import.open = true;
    state_.import.problems = {{"unsaved_draft", "$", state_.notice, 0}};
    return;
  }
  state_.import = ImportDialog{};
  state_.notice = "Berkas diimpor sebagai draf baru: " + source;
}

void AppController::ExportOpenDraft(bool submit) {
  OpenDraft& d = *state_.draft;
  core::Assessment exported = d.assessment;
  const std::string now = platform_.NowUtc();
  if (submit) {
    exported.status.tahap = core::Stage::Diajukan;
    exported.status.diajukan = now;
  }
  exported.status.diperbarui = now;
  const std::string text = core::ExportSubmission(exported);
  // Never hand out a file the receiving side would reject.
  const core::ImportResult check = core::ImportSubmission(text);
  state_.export_problems = check.problems;
  if (!check.ok()) return;
  const std::string name = core::ExportFileName(exported);
  if (!platform_.OfferDownload(name, text)) {
    state_.notice = "Peramban menolak mengunduh berkas " + name;
    return;
  }
  state_.notice = "Berkas diekspor: " + name;
  if (submit) {
    d.assessment = exported;
    d.dirty = true;
    d.changed_at = platform_.NowSeconds();
    SaveNow();
  }
}

void AppController::Apply(Intents& intents) {
  if (intents.set_theme) state_.theme = *intents.set_theme;
  if (intents.set_language) {
    state_.language = *intents.set_language;
    SetLanguage(state_.language);
  }
  if (intents.open_about) state_.about_open = true;
  if (intents.close_about) state_.about_open = false;
  if (intents.go_to) {
    // The draft screens need an open draft; Beranda and the recap never do.
    const bool needs_draft = *intents.go_to != Screen::Home && *intents.go_to != Screen::Recap;
    state_.screen = (needs_draft && !state_.draft) ? Screen::Home : *intents.go_to;
    if (state_.screen == Screen::Home) RefreshDraftList();
  }
  ApplyWorkshop(intents);
  ApplyRecap(intents);

  if (intents.apply_preset && state_.draft) {
    if (const core::JobStandardPreset* preset = core::DefaultJobStandards().Find(*intents.apply_preset)) {
      for (core::CompetencyEntry& c : state_.draft->assessment.kompetensi) {
        const auto it = preset->level.find(c.kode);
        if (it != preset->level.end()) c.level_standar = it->second;
      }
      intents.edited = true;
    }
  }
  if (state_.draft) ApplyReview(intents);
  if (intents.edited && state_.draft) MarkChanged();
  if (intents.new_draft) StartNewDraft(BlankAssessment(platform_.NowUtc()), Screen::Profile);
  if (!intents.open_draft_id.empty()) OpenStoredDraft(intents.open_draft_id);
  if (!intents.duplicate_draft_id.empty()) {
    Flush();  // the copy must include the last keystrokes when the open draft is the one copied
    core::Problems problems;
    if (auto loaded = store_.Load(intents.duplicate_draft_id, &problems)) {
      core::Assessment copy = loaded->assessment;
      copy.status = core::Status{};
      copy.status.dibuat = copy.status.diperbarui = platform_.NowUtc();
      StartNewDraft(std::move(copy), Screen::Profile);
    }
  }
  if (!intents.ask_delete_id.empty()) state_.confirm_delete_id = intents.ask_delete_id;
  if (intents.cancel_delete) state_.confirm_delete_id.clear();
  if (intents.confirm_delete && !state_.confirm_delete_id.empty()) {
    if (state_.draft && state_.draft->id == state_.confirm_delete_id) state_.draft.reset();
    store_.Remove(state_.confirm_delete_id);
    state_.confirm_delete_id.clear();
    RefreshDraftList();
  }
  if (intents.close_draft && CanLeaveOpenDraft()) {
    state_.draft.reset();
    state_.screen = Screen::Home;
    RefreshDraftList();
  }

  if (intents.open_import) state_.import = ImportDialog{true, "", "", {}};
  if (intents.close_import) state_.import = ImportDialog{};
  if (intents.pick_file) platform_.RequestFileOpen();
  if (intents.import_pasted) ImportText("teks tempel", state_.import.pasted);

  if (state_.draft) {
    if (intents.export_draft) ExportOpenDraft(false);
    if (intents.submit_draft && core::MissingForSubmission(state_.draft->assessment).empty()) ExportOpenDraft(true);
    if (intents.reload_from_storage) {
      // The user chose the other tab's version over these changes — unless it is gone (deleted or
      // set aside there), in which case these changes become a new draft rather than vanish.
      OpenDraft mine = *state_.draft;
      state_.draft->dirty = false;
      if (!OpenStoredDraft(mine.id)) {
        state_.draft = std::move(mine);
        state_.draft->dirty = false;
        StartNewDraft(state_.draft->assessment, state_.screen);
      }
    }
    if (intents.save_as_copy) {
      core::Assessment mine = state_.draft->assessment;
      state_.draft->dirty = false;  // the other tab's version stays as it is
      StartNewDraft(std::move(mine), state_.screen);
    }
  }
}

}  // namespace asn::ui
