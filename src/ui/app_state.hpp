#pragma once
// What the UI draws, and what the user asked for in a frame. Screens read AppState (and edit the
// open draft's working copy in place, reporting that they did); everything else they ask for
// through Intents, which the controller applies between frames.
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/recap.hpp"
#include "platform/draft_store.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace asn::ui {

enum class Screen { Home, Profile, Competencies, Results, Behaviour, Summary, Review, Recap };

enum class SaveState { Saved, Pending, QuotaExceeded, Unavailable, Conflict };

struct OpenDraft {
  std::string id;
  core::Assessment assessment;  // the working copy the screens edit
  long rev = 0;                 // revision last written or read by this tab
  bool dirty = false;
  double changed_at = 0.0;      // when the first unsaved change happened (seconds)
  SaveState save_state = SaveState::Saved;
  std::string saved_clock;      // local time of the last successful save
};

struct ImportDialog {
  bool open = false;
  std::string pasted;             // text pasted by the user
  std::string source;             // file name or "teks tempel"
  core::Problems problems;        // problems of the last attempt; nothing was changed
};

// Rekap unit: the aggregation, the load in progress, and how the staff list is filtered and sorted.
struct RecapState {
  core::Recap data;
  core::DistributionCurve curve = core::ExampleDistributionCurve();
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

struct WalkthroughState {
  bool open = false;
  int step = 0;
};

struct AppState {
  Theme theme = Theme::Light;
  Language language = Language::Indonesian;
  Screen screen = Screen::Home;
  bool about_open = false;

  std::vector<platform::DraftSummary> drafts;
  std::vector<platform::SetAsideEntry> set_aside;
  bool storage_available = true;
  std::size_t storage_used = 0;

  std::optional<OpenDraft> draft;
  std::string confirm_delete_id;  // non-empty while the delete confirmation is shown
  ImportDialog import;
  std::string notice;             // one-line feedback ("Berkas diekspor: …")
  core::Problems export_problems; // why the last export was refused

  int selected_competency = 0;
  bool competency_list_view = false;

  // Workshop (sosialisasi) mode.
  bool presenter = false;         // large, high-contrast layout for projectors
  int presenter_zoom = 200;       // percent
  bool confirm_reset_workshop = false;
  bool shortcuts_open = false;
  WalkthroughState walkthrough;
  std::set<std::string> explain_open;  // Penjelasan panels the user opened

  RecapState recap;
};

struct Intents {
  std::optional<Theme> set_theme;
  std::optional<Language> set_language;
  std::optional<Screen> go_to;
  bool open_about = false;
  bool close_about = false;

  bool edited = false;  // the working copy of the open draft changed
  bool new_draft = false;
  std::string open_draft_id;
  std::string duplicate_draft_id;
  std::string ask_delete_id;
  bool confirm_delete = false;
  bool cancel_delete = false;
  bool close_draft = false;

  bool open_import = false;
  bool pick_file = false;
  bool import_pasted = false;
  bool close_import = false;

  bool export_draft = false;
  bool submit_draft = false;   // mark diajukan and export
  bool reload_from_storage = false;  // after a conflict: take the other tab's version
  bool save_as_copy = false;         // after a conflict: keep mine as a new draft
  std::optional<std::string> apply_preset;  // job type whose example standard fills required levels

  // Penilaian Atasan
  bool generate_plan = false;  // draft the development plan from the gaps
  bool sign_off = false;       // status → dinilai, signed now
  bool reopen_review = false;  // withdraw the signature to correct something (→ diajukan)
  bool open_report = false;    // the printable report in a new tab

  // Workshop mode
  std::string load_persona;    // a persona key: load it as a new draft
  bool ask_reset_workshop = false;
  bool confirm_reset_workshop = false;
  bool cancel_reset_workshop = false;
  std::optional<bool> set_presenter;
  std::optional<int> set_presenter_zoom;
  bool open_shortcuts = false;
  bool close_shortcuts = false;
  std::string toggle_explain;  // id of a Penjelasan panel
  bool open_walkthrough = false;
  int walkthrough_move = 0;    // +1 next, −1 back
  bool close_walkthrough = false;  // skipped or finished: never shown again

  // Rekap unit
  bool recap_pick_files = false;
  bool recap_pick_folder = false;
  bool recap_load_example = false;
  bool recap_clear = false;
  bool recap_cancel = false;
  bool recap_export_csv = false;
  bool curve_edited = false;
};

}  // namespace asn::ui
