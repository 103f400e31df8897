// The application layer's core loop: settings, navigation, drafts (open, new, duplicate, delete,
// autosave, conflicts between tabs), import and export, and the review workflow.
#include "application/application.hpp"

#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/documents_html.hpp"
#include "core/report_html.hpp"
#include "core/rules_development.hpp"
#include "core/rules_skp.hpp"
#include "core/submission_format.hpp"
#include "core/text_checks.hpp"
#include "core/time_format.hpp"
#include "core/workflow.hpp"

#include <algorithm>
#include <cstdlib>

namespace asn::application {

bool IsBlank(const core::Assessment& assessment) {
  core::Assessment blank = BlankAssessment(assessment.status.dibuat);
  blank.status.diperbarui = assessment.status.diperbarui;
  return assessment == blank;
}

core::Assessment BlankAssessment(const std::string& now_utc) {
  core::Assessment a;
  // The quarter we are in (in Jakarta), with its usual dates (the user may change both).
  const std::string today = core::WibDate(now_utc);
  if (!today.empty()) {
    a.periode.tahun = std::atoi(today.substr(0, 4).c_str());
    a.periode.ke = (std::atoi(today.substr(5, 2).c_str()) - 1) / 3 + 1;
  }
  core::SetDefaultPeriodDates(a.periode);
  a.kompetensi = core::CompetenciesForJob(core::DefaultCompetencyDictionary(), nullptr);
  a.perilaku = core::EmptyBehaviourNotes();
  a.status.dibuat = now_utc;
  a.status.diperbarui = now_utc;
  return a;
}

void Application::Start() {
  const platform::Preferences prefs = platform::LoadPreferences(platform_.Storage());
  saved_preferences_ = prefs;
  state_.language = prefs.language;
  state_.theme = prefs.dark ? Theme::Dark : Theme::Light;
  state_.presenter = prefs.presenter;
  state_.presenter_zoom = prefs.presenter_zoom;
  state_.recap.capaian = prefs.unit_capaian;
  state_.recap.own_bounds = prefs.own_bounds;
  state_.signing_keys = prefs.signing_keys;
  state_.walkthrough.open = !prefs.walkthrough_done;
  state_.lock.idle_minutes = prefs.lock_idle_minutes;
  lock_declined_ = prefs.lock_declined;
  last_activity_ = platform_.NowSeconds();
  StartLock();
  if (Locked()) return;  // nothing is read before the passphrase (AfterUnlock)
  // Drafts kept by the previous storage version move to the current one before anything is listed.
  store_.UpgradeLegacyEntries(&state_.set_aside, platform_.NowUtc());
  RefreshDraftList();
}

void Application::RefreshDraftList() {
  state_.lock.state = locked_.State();  // another tab may have turned the lock on or off
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

void Application::OfferUndo(UndoKind kind, std::string detail) {
  state_.undo = UndoOffer{kind, std::move(detail), state_.draft->assessment, state_.draft->id,
                          platform_.NowSeconds() + kUndoSeconds};
}

void Application::BeforeFrame() {
  if (state_.undo && (!state_.draft || state_.draft->id != state_.undo->draft_id)) state_.undo.reset();
  if (std::optional<platform::RecapReading> announced = platform_.TakeRecapAnnouncement()) AnnounceRecapSet(*announced);
  // A file dropped on the lock screen waits (with the host) until the lock is opened.
  if (!Locked()) ReceiveFiles();
  ReceiveCryptoResults();
  if (platform_.TakeFlushRequest()) Flush();
  CheckIdleLock();
  if (!autosave_between_frames_) AutosaveIfDue();
  ProcessRecapQueue(kRecapBudgetSeconds);
}

bool Application::WantsFrames() const {
  // After a failed save the next edit retries, so a full or disabled storage does not keep the
  // page busy.
  return SaveDue() || state_.recap.loading;
}

bool Application::WantsFramesOnlyForProgress() const { return state_.recap.loading && !SaveDue(); }

bool Application::SaveDue() const {
  return state_.draft && state_.draft->dirty && state_.draft->save_state == SaveState::Pending;
}

void Application::ReceiveFiles() {
  for (platform::IncomingFile& file : platform_.TakeIncomingFiles()) {
    if (file.for_recap) {
      ReceiveRecapFile(std::move(file));
    } else if (!file.refusal.empty()) {
      state_.import.open = true;
      state_.import.source = file.name;
      state_.import.problems = {{"file_refused", "$", file.refusal, 0}};
    } else {
      ImportText(file.name, file.content);
    }
  }
}

void Application::Flush() {
  if (state_.draft && state_.draft->dirty) SaveNow();
}

bool Application::AutosaveDue() const {
  if (!state_.draft || !state_.draft->dirty || state_.draft->save_state == SaveState::Conflict || Locked()) return false;
  const double now = platform_.NowSeconds();
  return now - last_change_ >= kQuietSaveDelay || now - state_.draft->changed_at >= kMaxSaveDelay;
}

bool Application::AutosaveIfDue() {
  if (!AutosaveDue()) return false;
  SaveNow();
  return true;
}

void Application::SaveNow() {
  const double started = platform_.NowSeconds();
  SaveOpenDraft();
  save_ms_.Add((platform_.NowSeconds() - started) * 1000.0);
}

void Application::SaveOpenDraft() {
  OpenDraft& d = *state_.draft;
  if (d.stored && *d.stored == d.assessment) {
    d.dirty = false;
    d.save_state = SaveState::Saved;  // nothing of this tab's is unsaved, even after a conflict
    return;
  }
  const std::string now = platform_.NowUtc();
  core::MarkUpdated(d.assessment, now);
  switch (store_.Save(d.id, d.assessment, &d.rev, now, d.origin)) {
    case platform::SaveOutcome::Saved:
      d.stored = d.assessment;
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
      // Another tab turned the lock on (or changed the passphrase): the draft stays in memory,
      // unsaved, behind the lock screen, and is saved once the lock is opened here.
      if (locked_.State() == platform::LockState::Locked) state_.lock.state = platform::LockState::Locked;
      break;
    case platform::SaveOutcome::Invalid:
      // The editors keep every limit, so this is a bug; the data stays in memory all the same.
      d.save_state = SaveState::Unavailable;
      break;
  }
}

// After a save only this draft's line changes: update it in place rather than re-reading and
// re-validating every stored draft (RefreshDraftList runs whenever Beranda is shown).
void Application::UpdateDraftListEntry(const OpenDraft& d, const std::string& saved_at) {
  auto& drafts = state_.drafts;
  drafts.erase(std::remove_if(drafts.begin(), drafts.end(), [&](const platform::DraftSummary& s) { return s.id == d.id; }),
               drafts.end());
  drafts.insert(drafts.begin(), platform::SummarizeDraft(d.id, d.assessment, saved_at));  // newest first, as Scan orders
  if (state_.screen == Screen::Home) state_.storage_used = store_.UsedBytes();
}

void Application::MarkChanged() {
  OpenDraft& d = *state_.draft;
  const double now = platform_.NowSeconds();
  if (!d.dirty) d.changed_at = now;
  d.dirty = true;
  if (d.save_state == SaveState::Saved) d.save_state = SaveState::Pending;
  last_change_ = now;
  state_.export_problems.clear();
}

bool Application::CanLeaveOpenDraft() {
  Flush();
  if (!state_.draft || !state_.draft->dirty) return true;
  state_.notice = {NoticeKind::UnsavedChanges, ""};
  return false;
}

bool Application::OpenStoredDraft(const std::string& id) {
  if (!CanLeaveOpenDraft()) return false;
  core::Problems problems;
  std::optional<platform::LoadedDraft> loaded = store_.Load(id, &problems);
  if (!loaded) {
    RefreshDraftList();  // it may have been set aside as corrupt
    state_.notice = problems.empty() ? Notice{} : Notice{NoticeKind::LoadFailed, core::FormatProblem(problems.front())};
    return false;
  }
  OpenDraft d;
  d.id = id;
  d.assessment = std::move(loaded->assessment);
  d.rev = loaded->rev;
  d.origin = loaded->origin;
  d.stored = d.assessment;
  state_.draft = std::move(d);
  state_.screen = Screen::Profile;
  state_.selected_competency = 0;
  state_.export_problems.clear();
  state_.notice = {};
  RequestSignatureCheck();
  return true;
}

bool Application::StartNewDraft(core::Assessment assessment, Screen screen, core::DraftOrigin origin) {
  if (!CanLeaveOpenDraft()) return false;
  OpenDraft d;
  d.id = platform_.NewId();
  d.origin = origin;
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
  RequestSignatureCheck();
  return true;
}

// "Draf baru" pressed again and again must not fill Beranda with "(tanpa nama)" drafts: a draft
// that was never written in is opened instead of making another.
void Application::CreateOrReuseBlankDraft() {
  if (state_.draft && IsBlank(state_.draft->assessment)) {
    state_.screen = Screen::Profile;
    return;
  }
  for (const platform::DraftSummary& d : state_.drafts) {
    if (!d.nama.empty() || d.tahap != core::Stage::Draf || d.contoh) continue;
    core::Problems problems;
    const std::optional<platform::LoadedDraft> loaded = store_.Load(d.id, &problems);
    if (loaded && IsBlank(loaded->assessment)) {
      OpenStoredDraft(d.id);
      return;
    }
  }
  StartNewDraft(BlankAssessment(platform_.NowUtc()), Screen::Profile, core::DraftOrigin::Own);
}

void Application::ImportText(const std::string& source, const std::string& text) {
  const core::ImportResult result = core::ImportSubmission(text);
  state_.import.source = source;
  state_.import.blocked_by_unsaved = false;
  if (!result.ok()) {
    state_.import.open = true;
    state_.import.problems = result.problems;
    return;
  }
  if (!StartNewDraft(*result.assessment, Screen::Summary, core::DraftOrigin::Imported)) {
    state_.import.open = true;
    state_.import.problems.clear();
    state_.import.blocked_by_unsaved = true;
    return;
  }
  state_.import = ImportDialog{};
  state_.notice = {NoticeKind::Imported, source};
}

void Application::ExportOpenDraft(bool submit) {
  OpenDraft& d = *state_.draft;
  core::Assessment exported = d.assessment;
  const std::string now = platform_.NowUtc();
  if (submit && !core::Submit(exported, now)) return;
  core::MarkUpdated(exported, now);
  const std::string text = core::ExportSubmission(exported);
  // Never hand out a file the receiving side would reject.
  const core::ImportResult check = core::ImportSubmission(text);
  state_.export_problems = check.problems;
  if (!check.ok()) return;
  const std::string name = core::ExportFileName(exported);
  if (!platform_.OfferDownload(name, text)) {
    state_.notice = {NoticeKind::DownloadRefused, name};
    return;
  }
  state_.notice = {NoticeKind::Exported, name};
  if (submit) {
    d.assessment = exported;
    d.dirty = true;
    d.changed_at = platform_.NowSeconds();
    SaveNow();
  }
}

void Application::Apply(Intents& intents) {
  ApplySettings(intents.settings);
  ApplyLock(intents.lock);
  if (Locked()) {
    if (intents.settings.language) SavePreferencesNow();
    return;  // the lock screen is all there is
  }
  ApplyNavigation(intents.nav);
  const SettingsIntents& s = intents.settings;
  // The recap's settings change before the preferences are written (ApplyWorkshop writes them).
  ApplyRecap(intents.recap);
  ApplyWorkshop(intents.workshop, s.theme || s.language || s.presenter || s.presenter_zoom || intents.recap.choose_capaian.has_value() ||
                                      intents.recap.bounds_edited || intents.recap.reset_bounds);
  if (state_.draft) ApplyReview(intents.review, intents.draft);
  ApplyDraft(intents.draft);
  ApplyFiles(intents.file);
  if (intents.gesture_ended && state_.undo && platform_.NowSeconds() > state_.undo->until) state_.undo.reset();
}

void Application::ApplySettings(const SettingsIntents& intents) {
  if (intents.theme) state_.theme = *intents.theme;
  if (intents.language) state_.language = *intents.language;
  if (intents.presenter) state_.presenter = *intents.presenter;
  if (intents.presenter_zoom) {
    state_.presenter_zoom = std::clamp(*intents.presenter_zoom, platform::kMinPresenterZoom, platform::kMaxPresenterZoom);
  }
}

void Application::ApplyNavigation(const NavigationIntents& intents) {
  if (intents.open_about) state_.about_open = true;
  if (intents.close_about) state_.about_open = false;
  if (intents.go_to) {
    const Screen previous = state_.screen;
    // The draft screens need an open draft; Beranda and the recap never do.
    const bool needs_draft = *intents.go_to != Screen::Home && *intents.go_to != Screen::Recap;
    state_.screen = (needs_draft && !state_.draft) ? Screen::Home : *intents.go_to;
    if (state_.screen == Screen::Home) RefreshDraftList();
    // A notice belongs to the screen where it happened: it does not follow to the next one.
    if (state_.screen != previous) state_.notice = {};
    if (state_.screen == Screen::Competencies && intents.competency) {
      state_.selected_competency = *intents.competency;
      state_.competency_list_view = false;
    }
  }
}

void Application::ApplyReview(ReviewIntents& intents, DraftIntents& draft) {
  core::Assessment& a = state_.draft->assessment;
  if (intents.generate_plan && core::SupervisorPartEditable(a, state_.draft->origin)) {
    if (!a.rencana_pengembangan.empty()) OfferUndo(UndoKind::PlanRedrafted, "");
    a.rencana_pengembangan = core::DraftDevelopmentPlan(core::RecommendDevelopment(a.kompetensi));
    draft.edited = true;
  }
  if (intents.ask_sign_off && core::SupervisorPartEditable(a, state_.draft->origin) && core::MissingForReview(a).empty()) {
    state_.confirm_sign_off = true;
  }
  if (intents.cancel_sign_off) state_.confirm_sign_off = false;
  if (intents.sign_off && state_.confirm_sign_off) {
    state_.confirm_sign_off = false;
    if (core::SupervisorPartEditable(a, state_.draft->origin) && core::SignOff(a, platform_.NowUtc())) {
      draft.edited = true;
      RequestSigning();
    }
  }
  if (intents.sign_digitally && core::CanSignDigitally(a, state_.draft->origin)) RequestSigning();
  if (intents.withdraw && core::Withdraw(a)) {
    draft.edited = true;
    state_.signature = SignatureView{};
  }
  if (intents.export_public_key) ExportPublicKey();
  if (intents.open_report && !platform_.OpenHtmlPage(core::RenderReportHtml(a))) state_.notice = {NoticeKind::ReportRefused, ""};
  if (intents.open_document && !platform_.OpenHtmlPage(core::RenderDocumentHtml(a, *intents.open_document))) {
    state_.notice = {NoticeKind::ReportRefused, ""};
  }
}

void Application::ApplyDraft(DraftIntents& intents) {
  std::optional<core::Assessment> before_job_type;  // taken back whole by one undo
  if (intents.choose_job_type && state_.draft && !core::IsLocked(state_.draft->assessment)) {
    // The type's example standard fills the required levels at once, unless the user set levels
    // of their own: then they are asked first.
    core::Assessment& a = state_.draft->assessment;
    const core::JobStandardPreset* previous = core::DefaultJobStandards().Find(a.pegawai.jenis_jabatan);
    before_job_type = a;
    a.pegawai.jenis_jabatan = *intents.choose_job_type;
    intents.edited = true;
    // Across the JPT line the SKP takes the other layout: values it has no column for are cleared,
    // and can be taken back.
    if (const int cleared = core::AdaptSkpToLayout(a.skp, core::LayoutFor(a.pegawai)); cleared > 0) {
      state_.undo = UndoOffer{UndoKind::LayoutChanged, core::JobTypeName(a.pegawai.jenis_jabatan), *before_job_type,
                              state_.draft->id, platform_.NowSeconds() + kUndoSeconds};
    }
    if (core::DefaultJobStandards().Find(a.pegawai.jenis_jabatan) != nullptr) {
      if (core::RequiredLevelsUntouched(a, previous)) {
        intents.apply_job_standard = a.pegawai.jenis_jabatan;
      } else {
        state_.confirm_job_standard = a.pegawai.jenis_jabatan;
      }
    }
  }
  if (intents.keep_required_levels) state_.confirm_job_standard.clear();
  if (intents.apply_job_standard && state_.draft) {
    state_.confirm_job_standard.clear();
    if (const core::JobStandardPreset* preset = core::DefaultJobStandards().Find(*intents.apply_job_standard)) {
      const core::Assessment before = state_.draft->assessment;
      if (core::ApplyJobStandard(state_.draft->assessment, *preset) > 0) {
        intents.edited = true;
        // Levels the user set are replaced: that can be taken back (a first fill from 1s cannot lose anything).
        // (After a change of layout in the same step, that offer already takes everything back.)
        const bool layout_offered = before_job_type && state_.undo && state_.undo->kind == UndoKind::LayoutChanged;
        if (!core::RequiredLevelsUntouched(before, nullptr) && !layout_offered) {
          state_.undo = UndoOffer{UndoKind::StandardApplied, core::JobTypeName(*intents.apply_job_standard),
                                  before_job_type ? *before_job_type : before, state_.draft->id,
                                  platform_.NowSeconds() + kUndoSeconds};
        }
      }
    }
  }
  ApplyRemovals(intents);
  if (intents.edited && state_.draft) MarkChanged();
  if (intents.create) CreateOrReuseBlankDraft();
  if (!intents.open_id.empty()) OpenStoredDraft(intents.open_id);
  if (!intents.duplicate_id.empty()) {
    Flush();  // the copy must include the last keystrokes when the open draft is the one copied
    core::Problems problems;
    if (auto loaded = store_.Load(intents.duplicate_id, &problems)) {
      core::Assessment copy = loaded->assessment;
      copy.status = core::Status{};
      copy.status.dibuat = copy.status.diperbarui = platform_.NowUtc();
      StartNewDraft(std::move(copy), Screen::Profile, core::DraftOrigin::Own);
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
  if (intents.close && CanLeaveOpenDraft()) {
    state_.draft.reset();
    state_.screen = Screen::Home;
    RefreshDraftList();
  }
  if (!state_.draft) return;
  if (intents.reload_from_storage) {
    // The user chose the other tab's version over these changes — unless it is gone (deleted or
    // set aside there), in which case these changes become a new draft rather than vanish.
    OpenDraft mine = *state_.draft;
    state_.draft->dirty = false;
    if (!OpenStoredDraft(mine.id)) {
      state_.draft = std::move(mine);
      state_.draft->dirty = false;
      StartNewDraft(state_.draft->assessment, state_.screen, state_.draft->origin);
    }
  }
  if (intents.save_as_copy) {
    core::Assessment mine = state_.draft->assessment;
    state_.draft->dirty = false;  // the other tab's version stays as it is
    StartNewDraft(std::move(mine), state_.screen, state_.draft->origin);
  }
}

void Application::ApplyRemovals(DraftIntents& intents) {
  if (!state_.draft) return;
  core::Assessment& a = state_.draft->assessment;
  if (intents.undo && state_.undo && state_.undo->draft_id == state_.draft->id) {
    a = state_.undo->before;
    state_.undo.reset();
    intents.edited = true;
    return;
  }
  if (core::IsLocked(a)) return;
  const auto in_range = [](int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; };
  if (in_range(intents.remove_rhk, a.skp.rhk.size())) {
    OfferUndo(UndoKind::RhkRemoved, "RHK " + std::to_string(intents.remove_rhk + 1));
    core::RemoveRhk(a, static_cast<std::size_t>(intents.remove_rhk));
    intents.edited = true;
  }
  if (in_range(intents.remove_feedback, a.umpan_balik_berkelanjutan.size())) {
    OfferUndo(UndoKind::FeedbackRemoved, a.umpan_balik_berkelanjutan[static_cast<std::size_t>(intents.remove_feedback)].tanggal);
    a.umpan_balik_berkelanjutan.erase(a.umpan_balik_berkelanjutan.begin() + intents.remove_feedback);
    intents.edited = true;
  }
  if (intents.remove_attachment_item) {
    std::vector<std::string>* lists[] = {&a.skp.lampiran.dukungan_sumber_daya, &a.skp.lampiran.skema_pertanggungjawaban,
                                         &a.skp.lampiran.konsekuensi};
    const DraftIntents::AttachmentItem item = *intents.remove_attachment_item;
    if (item.list >= 0 && item.list < 3 && in_range(item.index, lists[item.list]->size())) {
      OfferUndo(UndoKind::AttachmentItemRemoved, std::to_string(item.index + 1));
      lists[item.list]->erase(lists[item.list]->begin() + item.index);
      intents.edited = true;
    }
  }
  if (intents.set_jpm_method && core::JpmMethodValid(*intents.set_jpm_method) && a.metode_jpm != *intents.set_jpm_method) {
    a.metode_jpm = *intents.set_jpm_method;
    intents.edited = true;
  }
  if (intents.add_feedback) AddFeedback(intents);
  if (in_range(intents.remove_competency, a.kompetensi.size())) {
    const core::CompetencyEntry& c = a.kompetensi[static_cast<std::size_t>(intents.remove_competency)];
    OfferUndo(UndoKind::CompetencyRemoved, c.kode + (c.nama.empty() ? "" : " " + c.nama));
    core::RemoveCompetency(a, static_cast<std::size_t>(intents.remove_competency));
    intents.edited = true;
  }
  if (in_range(intents.remove_plan_item, a.rencana_pengembangan.size())) {
    OfferUndo(UndoKind::PlanItemRemoved, std::to_string(intents.remove_plan_item + 1));
    a.rencana_pengembangan.erase(a.rencana_pengembangan.begin() + intents.remove_plan_item);
    intents.edited = true;
  }
}

// The quick-add line becomes a dated entry about one RHK or one value: the text is required, the
// date is today in Jakarta unless another valid one was typed. The subject stays chosen, so a
// supervisor can note several things about the same RHK in a row.
void Application::AddFeedback(DraftIntents& intents) {
  core::Assessment& a = state_.draft->assessment;
  FeedbackForm& form = state_.feedback_form;
  if (form.text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  if (a.umpan_balik_berkelanjutan.size() >= core::kMaxFeedbackEntries) return;
  core::FeedbackEntry entry;
  if (form.subject.rfind("rhk:", 0) == 0) {
    entry.rhk_id = form.subject.substr(4);
    if (std::none_of(a.skp.rhk.begin(), a.skp.rhk.end(), [&](const core::RhkRow& r) { return r.id == entry.rhk_id; })) return;
  } else if (form.subject.rfind("nilai:", 0) == 0) {
    entry.perilaku = form.subject.substr(6);
    const std::vector<std::string>& codes = core::BerakhlakCodes();
    if (std::find(codes.begin(), codes.end(), entry.perilaku) == codes.end()) return;
  } else {
    return;
  }
  entry.tanggal = core::IsCalendarDate(form.tanggal) ? form.tanggal : core::WibDate(platform_.NowUtc());
  entry.umpan_balik = form.text;
  a.umpan_balik_berkelanjutan.push_back(std::move(entry));
  state_.notice = {NoticeKind::FeedbackAdded, a.umpan_balik_berkelanjutan.back().tanggal};
  form.text.clear();
  form.tanggal.clear();
  intents.edited = true;
}

void Application::ApplyFiles(const FileIntents& intents) {
  if (intents.open_import) state_.import = ImportDialog{true, "", "", {}, false};
  if (intents.close_import) state_.import = ImportDialog{};
  if (intents.pick_file) platform_.RequestFileOpen();
  if (intents.import_pasted) ImportText("", state_.import.pasted);
  if (!state_.draft) return;
  if (intents.export_draft) ExportOpenDraft(false);
  if (intents.submit) ExportOpenDraft(true);
}

}  // namespace asn::application
