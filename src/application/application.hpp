#pragma once
// The application layer: what the app does, without drawing anything. It owns the AppState, keeps
// the open draft saved (every change reaches storage within about a second), opens, imports,
// exports and deletes drafts, carries out the review workflow (through core/workflow.hpp), the
// workshop mode and the unit recap, and remembers the user's settings. It talks to the host only
// through platform::Platform, so the same code runs in the browser and in the native tests (on a
// MemoryStore and a fake clock). The UI draws State() and hands back Intents each frame:
//
//   app (main) → ui (draws, returns Intents) → application (this) → platform → core
#include "application/app_state.hpp"
#include "application/duration_ring.hpp"
#include "application/intents.hpp"
#include "platform/draft_store.hpp"
#include "platform/locked_store.hpp"
#include "platform/platform.hpp"
#include "platform/preferences_store.hpp"

#include <deque>

namespace asn::application {

// Autosave: this long after the last change, but never later than kMaxSaveDelay after the first
// unsaved one, so a crash loses at most about a second of typing.
inline constexpr double kQuietSaveDelay = 0.4;
inline constexpr double kMaxSaveDelay = 0.9;
// How long a removal can be undone (*Batalkan*).
inline constexpr double kUndoSeconds = 10.0;
// A new passphrase for the draft lock has at least this many characters.
inline constexpr std::size_t kMinPassphraseLength = 8;
// Recap files are processed within this much time per frame, so the page keeps drawing.
inline constexpr double kRecapBudgetSeconds = 0.012;

class Application {
 public:
  explicit Application(platform::Platform& platform)
      : platform_(platform),
        locked_(platform.Storage(), {platform::kDraftPrefix, platform::kSetAsidePrefix},
                [&platform](std::uint8_t* out, std::size_t count) { platform.RandomBytes(out, count); }),
        store_(locked_) {}

  // Reads the settings, moves drafts of the previous storage version, lists the drafts.
  void Start();
  // Work before a frame is drawn: files the host delivered, a save the host asked for, a due
  // autosave, queued recap files (within kRecapBudgetSeconds).
  void BeforeFrame();
  // Applies what the user asked for while the frame was drawn.
  void Apply(Intents& intents);
  // True while frames must keep coming without input: a save is due or a recap is loading.
  bool WantsFrames() const;
  // True when the only reason is a recap loading: its progress need not be drawn at the display's
  // rate (the host may space those frames out).
  bool WantsFramesOnlyForProgress() const;
  // Saves the open draft now if it has unsaved changes (page hidden or closing).
  void Flush();
  // The host saves between frames: BeforeFrame leaves the autosave to it, and the host calls
  // AutosaveIfDue in a task of its own once a frame is drawn (the browser app: a save of a large
  // draft takes several milliseconds, which would delay the frame showing what was typed).
  void SetAutosaveBetweenFrames(bool between) { autosave_between_frames_ = between; }
  // True when the autosave of the open draft is due (AutosaveIfDue would save now).
  bool AutosaveDue() const;
  // Saves the open draft if its autosave is due: kQuietSaveDelay after the last change, or
  // kMaxSaveDelay after the first unsaved one. True when it saved (or tried to).
  bool AutosaveIfDue();

  AppState& State() { return state_; }
  const AppState& State() const { return state_; }
  // Recap files the host handed over are processed now, between frames, for up to budget_seconds:
  // the page calls this after each batch it reads, so a recap runs at the speed of the work, not of
  // the frame rate (a software-rendered frame can take 50 ms).
  void ProcessRecapNow(double budget_seconds);
  // Recap files received but not yet processed (the page waits while this is large).
  std::size_t RecapBacklog() const { return recap_queue_.size() + platform_.PendingFiles(); }
  // Input happened (the idle lock counts from the last one).
  void NoteActivity();
  // Closes the draft lock if it has been idle for its time; true when it did. The page calls this
  // now and then even while the frame loop is paused.
  bool CheckIdleLock();
  // Tests: the idle time in seconds instead of the setting's minutes (0: the setting again).
  void SetIdleLockSecondsForTest(double seconds);
  // How long each save of the open draft took (export, checks, storage write, draft list), in ms.
  const DurationRing& SaveDurations() const { return save_ms_; }

 private:
  void ApplySettings(const SettingsIntents& intents);
  void ApplyNavigation(const NavigationIntents& intents);
  void ApplyDraft(DraftIntents& intents);
  void ApplyRemovals(DraftIntents& intents);
  void AddFeedback(DraftIntents& intents);
  void ApplyFiles(const FileIntents& intents);
  void ApplyReview(ReviewIntents& intents, DraftIntents& draft);
  void ReceiveFiles();
  // Keeps the open draft as it is now, to bring back with DraftIntents::undo.
  void OfferUndo(UndoKind kind, std::string detail);
  void MarkChanged();
  void RefreshDraftList();
  void UpdateDraftListEntry(const OpenDraft& d, const std::string& saved_at);
  // Both refuse (and say why) while the open draft has changes that could not be saved.
  bool OpenStoredDraft(const std::string& id);
  bool StartNewDraft(core::Assessment assessment, Screen screen, core::DraftOrigin origin);
  bool CanLeaveOpenDraft();
  void CreateOrReuseBlankDraft();
  void SaveNow();  // SaveOpenDraft, timed
  void SaveOpenDraft();
  void ImportText(const std::string& source, const std::string& text);
  void ExportOpenDraft(bool submit);
  // Workshop mode and settings (application_workshop.cpp).
  void ApplyWorkshop(const WorkshopIntents& intents, bool settings_changed);
  void LoadPersona(const std::string& key);
  void ResetWorkshop();
  void SavePreferencesNow();
  // Rekap unit (application_recap.cpp).
  void ApplyRecap(const RecapIntents& intents);
  // Digital signatures (application_signing.cpp).
  void RequestSigning();
  void RequestSignatureCheck();  // of the open draft, when it carries a signature; else clears the view
  void ReceiveCryptoResults();
  void AttachSignature(const platform::CryptoResult& result);
  void ExportPublicKey();
  // The draft lock (application_lock.cpp).
  void StartLock();
  bool Locked() const;
  void ApplyLock(LockIntents& intents);
  bool ReceiveLockKey(platform::CryptoResult& result);  // false: not a lock request
  void CloseLock(LockMessage message);
  void AfterUnlock();
  void AnnounceRecapSet(const platform::RecapReading& reading);
  void ReceiveRecapFile(platform::IncomingFile file);
  void ProcessRecapQueue(double budget_seconds);
  void AddCheckedRecapFile(const std::string& text);
  bool SaveDue() const;  // the open draft has changes waiting for the autosave
  void UpdateRecapLoading();

  platform::Platform& platform_;
  platform::LockedStore locked_;  // before store_, which reads and writes through it
  platform::DraftStore store_;
  AppState state_;
  platform::Preferences saved_preferences_;
  std::deque<platform::IncomingFile> recap_queue_;
  double last_change_ = 0.0;
  double last_activity_ = 0.0;
  double idle_limit_seconds_ = 0.0;
  core::Bytes new_salt_;       // for the lock being turned on
  bool lock_declined_ = false;
  bool autosave_between_frames_ = false;
  DurationRing save_ms_;
};

// A new, empty assessment created at `now_utc`: the dictionary's competencies, the seven values.
core::Assessment BlankAssessment(const std::string& now_utc);
// Never written in: a blank assessment (whatever its dates).
bool IsBlank(const core::Assessment& assessment);

}  // namespace asn::application
