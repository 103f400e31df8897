#pragma once
// Everything the app shows, as plain data: which screen, the open draft and its save state, the
// drafts in storage, the dialogs, the workshop and recap state, the user's settings. The
// application layer (application.hpp) changes it in response to Intents; the UI draws it (and
// edits the open draft's working copy in place, reporting that it did). No ImGui, no browser here.
#include "core/language.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/recap.hpp"
#include "core/workflow.hpp"
#include "platform/draft_store.hpp"
#include "platform/locked_store.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace asn::application {

using core::Language;

enum class Theme { Light, Dark };

// The screens, in the order the navigation shows them.
enum class Screen { Home, Profile, Competencies, Results, Behaviour, Feedback, Summary, Review, Recap };

enum class SaveState { Saved, Pending, QuotaExceeded, Unavailable, Conflict };

struct OpenDraft {
  std::string id;
  core::Assessment assessment;  // the working copy the screens edit
  long rev = 0;                 // revision last written or read by this tab
  bool dirty = false;
  double changed_at = 0.0;      // when the first unsaved change happened (seconds)
  SaveState save_state = SaveState::Saved;
  std::string saved_clock;      // local time of the last successful save
  core::DraftOrigin origin = core::DraftOrigin::Unknown;  // decides who fills the supervisor's part
  // The document as this tab last read or wrote it. A save of the same content is not written: an
  // edit that changes nothing (a field typed back to what it was) must not raise the revision and
  // hand another tab with the draft open a needless conflict.
  std::optional<core::Assessment> stored;
};

// One line of feedback after an action. The UI words it in the current language; `detail` is a
// file name, a count or a message from the core.
enum class NoticeKind {
  None,
  Exported,           // detail: file name
  DownloadRefused,    // detail: file name
  Imported,           // detail: source (file name or pasted text)
  ReportRefused,      // the browser refused the report's tab (pop-ups blocked)
  UnsavedChanges,     // the open draft has changes that could not be saved: not left
  LoadFailed,         // detail: the problem, from the core
  PersonaLoaded,      // detail: persona key
  DemoReset,          // detail: number of example drafts removed
  RecapStopped,
  CsvDownloaded,      // detail: file name
  FeedbackAdded,      // detail: the entry's date
  SignedDigitally,    // detail: the key's fingerprint
  NewSigningKey,      // detail: "<new fingerprint>|<earlier fingerprints>": a new key for a NIP signed for before
  SigningFailed,      // detail: the host's reason
  SignatureInvalid,   // the open draft's signature does not match its content
  PublicKeyExported,  // detail: file name
};

struct Notice {
  NoticeKind kind = NoticeKind::None;
  std::string detail;
  bool empty() const { return kind == NoticeKind::None; }
};

// One click never loses work: after a removal or a replacement of content the user wrote, the
// assessment as it was stays available for a while, and *Batalkan* (or Ctrl+Z) brings it back.
enum class UndoKind {
  RhkRemoved, CompetencyRemoved, PlanItemRemoved, PlanRedrafted, StandardApplied, FeedbackRemoved, AttachmentItemRemoved,
  LayoutChanged,  // the jabatan moved across the JPT line: aspek or perspektif values were cleared
};

struct UndoOffer {
  UndoKind kind = UndoKind::RhkRemoved;
  std::string detail;         // what was removed ("RHK 2", "T.1 …")
  core::Assessment before;    // the open draft as it was
  std::string draft_id;       // the draft it belongs to
  double until = 0.0;         // offered until this time (seconds)
};

// The digital signature of the open draft as the host last made or checked it (the answers come
// frames later; see application_signing.cpp).
enum class SignatureStatus { None, Signing, Checking, Valid, Invalid, Failed };

struct SignatureView {
  SignatureStatus status = SignatureStatus::None;
  std::string draft_id;    // the draft it is about
  std::string request_id;  // the request whose answer is awaited
  std::string message;     // what was sent to be signed or checked
  std::string signature;   // tanda_tangan.nilai it is about (empty while signing)
  std::string error;       // Failed: the host's reason
};

struct ImportDialog {
  bool open = false;
  std::string pasted;             // text pasted by the user
  std::string source;             // file name, or empty for pasted text
  core::Problems problems;        // problems of the last attempt; nothing was changed
  bool blocked_by_unsaved = false;  // a valid file that could not be opened: the open draft is unsaved
};

// Rekap unit: the aggregation, the load in progress, and how the staff list is filtered and sorted.
struct RecapState {
  core::Recap data;
  // The curve settings (kept in the settings): the unit's capaian kinerja organisasi, for files that
  // do not state their own, and the instansi's own bounds when edited (else the guidance's).
  std::optional<core::OrganisationRating> capaian;
  std::optional<core::DistributionGuidance> own_bounds;
  const core::DistributionGuidance& Guidance() const { return own_bounds ? *own_bounds : core::DefaultDistributionGuidance(); }
  core::RecapCurveSettings CurveSettings() const { return {capaian, &Guidance()}; }
  bool loading = false;          // files are still arriving or queued
  std::size_t expected = 0;      // files announced by the page for this load
  std::size_t done = 0;          // files processed in this load
  bool example = false;          // the data is the generated example unit
  // Staff list view.
  std::string filter;
  int predikat_filter = -1;      // -1 all, else core::Predikat index
  int jpm_filter = -1;           // -1 all, else core::JpmCategory index
  int sort_column = -1;          // -1 = the CSV order
  bool sort_descending = false;
  std::vector<int> view;         // rows to show, in order (cached)
  std::string view_key;          // what the cache was built for
};

// Umpan balik berkelanjutan: the quick-add line at the top of the log, and which subject the log
// shows. A subject is "rhk:<id>", "nilai:<kode>", or "" (the whole log).
struct FeedbackForm {
  std::string subject;
  std::string tanggal;  // "" = today (filled in when added)
  std::string text;
  std::string filter;
};

// The draft lock (platform/locked_store.hpp) as the screens show it.
enum class LockMessage {
  None,
  WrongPassphrase,   // nothing changed
  TooShort,          // a new passphrase under kMinPassphraseLength characters
  Mismatch,          // the two entries of a new passphrase differ
  TurnedOn,          // every draft is sealed
  PartlySealed,      // on, but storage was too full to seal every draft yet (retried at each unlock)
  TurnedOff,
  Failed,            // the host could not derive a key (detail: its reason)
  IdleLocked,        // closed after the idle time
};

struct LockView {
  platform::LockState state = platform::LockState::Off;
  bool setup_offered = false;  // the one-file edition's first start: a passphrase is asked before anything else
  bool form_open = false;      // Beranda's "turn on" form
  bool confirm_off = false;
  bool deriving = false;       // the key is being derived (about a second: 600,000 rounds)
  std::string request_id;      // of the derivation under way
  LockMessage message = LockMessage::None;
  std::string detail;
  int idle_minutes = 15;
  bool local_file = false;     // running from a file on this device (see Platform::RunsFromLocalFile)
};

struct WalkthroughState {
  bool open = false;
  int step = 0;
};

struct AppState {
  // Settings (kept in storage, see platform/preferences_store.hpp). `language` is the one place the
  // interface language is held; the UI's T() reads it.
  Theme theme = Theme::Light;
  Language language = Language::Indonesian;
  bool presenter = false;         // large, high-contrast layout for projectors
  int presenter_zoom = 200;       // percent

  Screen screen = Screen::Home;
  bool about_open = false;

  std::vector<platform::DraftSummary> drafts;
  std::vector<platform::SetAsideEntry> set_aside;
  bool storage_available = true;
  std::size_t storage_used = 0;

  std::optional<OpenDraft> draft;
  std::string confirm_delete_id;  // non-empty while the delete confirmation is shown
  bool confirm_sign_off = false;  // the sign-off confirmation is shown
  std::string confirm_job_standard;  // a jabatan type whose standard would replace levels the user set
  std::optional<UndoOffer> undo;
  FeedbackForm feedback_form;
  ImportDialog import;
  Notice notice;
  core::Problems export_problems; // why the last export was refused

  int selected_competency = 0;
  bool competency_list_view = false;

  // Workshop (sosialisasi) mode.
  bool confirm_reset_workshop = false;
  bool shortcuts_open = false;
  WalkthroughState walkthrough;
  std::set<std::string> explain_open;  // Penjelasan panels the user opened

  RecapState recap;

  SignatureView signature;
  LockView lock;
  // Fingerprints of the signing keys this browser made, per NIP (kept with the settings).
  std::map<std::string, std::vector<std::string>> signing_keys;
};

}  // namespace asn::application
