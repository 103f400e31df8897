#pragma once
// Owns the UI state, draws one frame, applies the intents it returns, and keeps the open draft
// saved: every change is written to browser storage at most about a second later.
#include "platform/draft_store.hpp"
#include "platform/platform.hpp"
#include "platform/preferences_store.hpp"
#include "ui/app_state.hpp"
#include "ui/duration_ring.hpp"

#include <deque>

namespace asn::ui {

class AppController {
 public:
  explicit AppController(platform::Platform& platform) : platform_(platform), store_(platform.Storage()) {}

  // Call once after the ImGui context exists.
  void Init();
  // Draws one frame at the given scale (device pixel ratio). Returns true while a save is due
  // so the host keeps drawing frames until it has happened.
  bool Frame(float scale);
  // Saves the open draft now if it has unsaved changes (page hidden or closing).
  void Flush();

  const AppState& State() const { return state_; }
  // Recap files received but not yet processed (the page waits while this is large).
  std::size_t RecapBacklog() const { return recap_queue_.size() + platform_.PendingFiles(); }
  // How long each save of the open draft took (export, checks, storage write, draft list), in ms.
  const DurationRing& SaveDurations() const { return save_ms_; }

 private:
  void Apply(Intents& intents);
  void ApplyReview(Intents& intents);
  void MarkChanged();
  void RefreshDraftList();
  void UpdateDraftListEntry(const OpenDraft& d, const std::string& saved_at);
  // Both refuse (and say why) while the open draft has changes that could not be saved.
  bool OpenStoredDraft(const std::string& id);
  bool StartNewDraft(core::Assessment assessment, Screen screen);
  bool CanLeaveOpenDraft();
  void SaveNow();  // SaveOpenDraft, timed
  void SaveOpenDraft();
  void AutosaveIfDue();
  void ImportText(const std::string& source, const std::string& text);
  void ExportOpenDraft(bool submit);
  // Workshop mode (workshop_controller.cpp).
  void ApplyWorkshop(Intents& intents);
  void LoadPersona(const std::string& key);
  void ResetWorkshop();
  void SavePreferencesNow();
  // Rekap unit (recap_controller.cpp).
  void ApplyRecap(Intents& intents);
  void ReceiveRecapFile(platform::IncomingFile file);
  // Processes queued recap files for at most `budget_seconds`, so the page stays responsive.
  void ProcessRecapQueue(double budget_seconds);
  void UpdateRecapLoading();

  platform::Platform& platform_;
  platform::DraftStore store_;
  AppState state_;
  float applied_scale_ = 0.0f;
  Theme applied_theme_ = Theme::Light;
  bool applied_high_contrast_ = false;
  platform::Preferences saved_preferences_;
  std::deque<platform::IncomingFile> recap_queue_;
  double last_change_ = 0.0;
  DurationRing save_ms_;
};

}  // namespace asn::ui
