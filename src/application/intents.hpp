#pragma once
// What the user asked for in one frame, grouped by area. The UI fills it while drawing; the
// application layer applies it between frames (Application::Apply).
#include "application/app_state.hpp"
#include "core/documents_html.hpp"

#include <optional>
#include <string>

namespace asn::application {

struct NavigationIntents {
  std::optional<Screen> go_to;
  std::optional<int> competency;  // with go_to Competencies: open this one
  bool open_about = false;
  bool close_about = false;
};

struct SettingsIntents {
  std::optional<Theme> theme;
  std::optional<Language> language;
  std::optional<bool> presenter;
  std::optional<int> presenter_zoom;
};

// The open draft and the list of drafts.
struct DraftIntents {
  bool edited = false;  // the working copy of the open draft changed
  bool create = false;
  std::string open_id;
  std::string duplicate_id;
  std::string ask_delete_id;
  bool confirm_delete = false;
  bool cancel_delete = false;
  bool close = false;
  bool reload_from_storage = false;  // after a conflict: take the other tab's version
  bool save_as_copy = false;         // after a conflict: keep mine as a new draft
  std::optional<std::string> choose_job_type;     // the jabatan type picked in the profile
  std::optional<std::string> apply_job_standard;  // job type whose example standard fills required levels
  bool keep_required_levels = false;              // answer to the question after choose_job_type
  std::optional<core::JpmMethod> set_jpm_method;  // how the indicative JPM is computed (stored with the draft)
  bool add_feedback = false;    // the quick-add line (AppState::feedback_form) becomes an entry
  // Removals, each undoable for a while (see UndoOffer).
  int remove_rhk = -1;          // with the feedback entries about it
  int remove_feedback = -1;
  struct AttachmentItem {
    int list = 0;   // 0 dukungan sumber daya, 1 skema pertanggungjawaban, 2 konsekuensi
    int index = 0;
  };
  std::optional<AttachmentItem> remove_attachment_item;  // a line of the Lampiran SKP
  int remove_competency = -1;   // a kompetensi teknis
  int remove_plan_item = -1;
  bool undo = false;            // Batalkan / Ctrl+Z: the last removal or replacement comes back
};

// Files in and out.
struct FileIntents {
  bool open_import = false;
  bool pick_file = false;
  bool import_pasted = false;
  bool close_import = false;
  bool export_draft = false;
  bool submit = false;  // diajukan, then export
};

// Penilaian Atasan.
struct ReviewIntents {
  bool generate_plan = false;  // draft the development plan from the gaps
  bool ask_sign_off = false;   // show the confirmation (predikat, what signing means)
  bool cancel_sign_off = false;
  bool sign_off = false;       // confirmed
  bool withdraw = false;       // withdraw the signature to correct something
  bool sign_digitally = false; // a signed-off review without a digital signature: make it now
  bool export_public_key = false;  // the signing key's public part, for the office's key list
  bool open_report = false;    // the printable report in a new tab
  std::optional<core::DocumentKind> open_document;  // an official document in a new tab
};

// Workshop (sosialisasi) mode and help.
struct WorkshopIntents {
  std::string load_persona;    // a persona key: load it as a new draft
  bool ask_reset = false;
  bool confirm_reset = false;
  bool cancel_reset = false;
  bool open_shortcuts = false;
  bool close_shortcuts = false;
  std::string toggle_explain;  // id of a Penjelasan panel
  bool open_walkthrough = false;
  int walkthrough_move = 0;    // +1 next, −1 back
  bool close_walkthrough = false;  // skipped or finished: never shown again
};

// Rekap unit.
struct RecapIntents {
  bool pick_files = false;
  bool pick_folder = false;
  bool load_example = false;
  bool clear = false;
  bool cancel = false;
  bool export_csv = false;
  std::optional<std::optional<core::OrganisationRating>> choose_capaian;  // the unit's (or none)
  bool bounds_edited = false;  // RecapState::own_bounds changed on screen
  bool reset_bounds = false;   // back to the guidance's bounds
};

// The draft lock.
struct LockIntents {
  std::optional<std::string> unlock;   // the passphrase typed on the lock screen
  struct NewPassphrase {
    std::string passphrase;
    std::string repeated;
  };
  std::optional<NewPassphrase> turn_on;
  bool decline = false;         // the one-file edition's offer: go on without a lock
  bool open_form = false;
  bool close_form = false;
  bool ask_turn_off = false;
  bool cancel_turn_off = false;
  bool confirm_turn_off = false;
  bool lock_now = false;
  std::optional<int> idle_minutes;
};

struct Intents {
  // A click, tap or key press finished this frame, after acting on what the user saw. A Batalkan
  // offer past its time goes only then: the bar leaving moves everything below it, and it must never
  // move between a finger aiming and landing.
  bool gesture_ended = false;
  NavigationIntents nav;
  SettingsIntents settings;
  DraftIntents draft;
  FileIntents file;
  ReviewIntents review;
  WorkshopIntents workshop;
  RecapIntents recap;
  LockIntents lock;
};

}  // namespace asn::application
