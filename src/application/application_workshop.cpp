// Workshop (sosialisasi) mode: personas, the demo reset, presenter view, the walkthrough, the
// Penjelasan panels — and the settings that persist them.
#include "application/application.hpp"
#include "core/sample.hpp"

#include <algorithm>

namespace asn::application {

void Application::SavePreferencesNow() {
  platform::Preferences prefs = saved_preferences_;
  prefs.language = state_.language;
  prefs.dark = state_.theme == Theme::Dark;
  prefs.presenter = state_.presenter;
  prefs.presenter_zoom = state_.presenter_zoom;
  prefs.walkthrough_done = prefs.walkthrough_done || !state_.walkthrough.open;
  prefs.unit_capaian = state_.recap.capaian;
  prefs.own_bounds = state_.recap.own_bounds;
  prefs.signing_keys = state_.signing_keys;
  prefs.lock_idle_minutes = state_.lock.idle_minutes;
  prefs.lock_declined = lock_declined_;
  if (prefs == saved_preferences_) return;
  // Settings are a convenience: with storage full or disabled they simply last for this visit.
  if (platform::SavePreferences(platform_.Storage(), prefs)) saved_preferences_ = prefs;
}

void Application::LoadPersona(const std::string& key) {
  core::Assessment a;
  if (!core::MakeSampleAssessment(key, &a)) return;
  // A workshop demonstrates the whole process, so the persona opens as submitted and awaiting the
  // supervisor's signature: every screen can still be changed in front of the room.
  a.status.tahap = core::Stage::Diajukan;
  a.status.dinilai.reset();
  a.status.dibuat = a.status.diperbarui = platform_.NowUtc();
  if (StartNewDraft(std::move(a), Screen::Summary, core::DraftOrigin::Example)) state_.notice = {NoticeKind::PersonaLoaded, key};
}

void Application::ResetWorkshop() {
  // Only fictional (CONTOH) drafts go; real drafts are never touched.
  if (state_.draft && state_.draft->assessment.contoh) {
    state_.draft.reset();
    state_.screen = Screen::Home;
  }
  int removed = 0;
  for (const platform::DraftSummary& d : store_.Scan(nullptr)) {
    if (!d.contoh) continue;
    store_.Remove(d.id);
    ++removed;
  }
  if (state_.recap.example) {
    RecapState fresh;
    fresh.capaian = state_.recap.capaian;
    fresh.own_bounds = state_.recap.own_bounds;
    state_.recap = std::move(fresh);
  }
  state_.explain_open.clear();
  RefreshDraftList();
  state_.notice = {NoticeKind::DemoReset, std::to_string(removed)};
}

void Application::ApplyWorkshop(const WorkshopIntents& intents, bool settings_changed) {
  if (!intents.load_persona.empty()) LoadPersona(intents.load_persona);
  if (intents.ask_reset) state_.confirm_reset_workshop = true;
  if (intents.cancel_reset) state_.confirm_reset_workshop = false;
  if (intents.confirm_reset && state_.confirm_reset_workshop) {
    state_.confirm_reset_workshop = false;
    ResetWorkshop();
  }
  if (intents.open_shortcuts) state_.shortcuts_open = true;
  if (intents.close_shortcuts) state_.shortcuts_open = false;
  if (!intents.toggle_explain.empty()) {
    if (!state_.explain_open.erase(intents.toggle_explain)) state_.explain_open.insert(intents.toggle_explain);
  }
  if (intents.open_walkthrough) state_.walkthrough = WalkthroughState{true, 0};
  if (intents.walkthrough_move != 0) state_.walkthrough.step = std::max(0, state_.walkthrough.step + intents.walkthrough_move);
  if (intents.close_walkthrough) {
    state_.walkthrough.open = false;
    settings_changed = true;
  }
  if (settings_changed) SavePreferencesNow();
}

}  // namespace asn::application
