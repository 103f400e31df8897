#include "ui/app_shell.hpp"

#include "core/workflow.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace asn::ui {
namespace {

constexpr Screen kDraftScreens[] = {Screen::Profile,  Screen::Competencies, Screen::Results, Screen::Behaviour,
                                    Screen::Feedback, Screen::Summary,      Screen::Review};

// Menu labels and rows as tall as a button: vertical item spacing equal to a frame's padding makes
// each row's clickable box a full frame height (44 px on a touch screen), rows still touching.
struct MenuRowSpacing {
  MenuRowSpacing() {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, style.FramePadding.y * 2.0f));
  }
  ~MenuRowSpacing() { ImGui::PopStyleVar(); }
};

bool BeginTopMenu(const char* id, const char* label) {
  bool open = false;
  {
    MenuRowSpacing spacing;
    open = ImGui::BeginMenu(label);
  }
  TrackItem(id);
  if (open) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ImGui::GetStyle().FramePadding.y * 2.0f));
  return open;
}

void EndTopMenu() {
  ImGui::PopStyleVar();
  ImGui::EndMenu();
}

void MenuItem(const char* id, const char* label, bool selected, bool enabled, bool* clicked) {
  if (ImGui::MenuItem(label, nullptr, selected, enabled)) *clicked = true;
  TrackItem(id);
}

void DrawMenuBar(const AppState& state, Intents& intents) {
  if (!ImGui::BeginMenuBar()) return;
  // Phones: the menus need the whole bar.
  if (ImGui::GetWindowWidth() > ImGui::GetFontSize() * 30.0f) {
    Heading(T("Penilaian Kinerja ASN"));
    TrackItem("menu.title");
    ImGui::Spacing();
  }

  if (BeginTopMenu("menu.file", T("Berkas"))) {
    MenuItem("menu.file.new", T("Draf baru"), false, true, &intents.draft.create);
    MenuItem("menu.file.import", T("Impor berkas…"), false, true, &intents.file.open_import);
    MenuItem("menu.file.export", T("Ekspor berkas"), false, state.draft.has_value(), &intents.file.export_draft);
    MenuItem("menu.file.close", T("Tutup draf"), false, state.draft.has_value(), &intents.draft.close);
    ImGui::Separator();
    bool recap = false;
    MenuItem("menu.file.recap", T("Rekap unit…"), state.screen == Screen::Recap, true, &recap);
    if (recap) intents.nav.go_to = Screen::Recap;
    EndTopMenu();
  }

  if (BeginTopMenu("menu.view", T("Tampilan"))) {
    bool light = false, dark = false;
    MenuItem("menu.view.light", T("Tema terang"), state.theme == Theme::Light, true, &light);
    MenuItem("menu.view.dark", T("Tema gelap"), state.theme == Theme::Dark, true, &dark);
    if (light) intents.settings.theme = Theme::Light;
    if (dark) intents.settings.theme = Theme::Dark;
    ImGui::Separator();
    bool presenter = false;
    if (ImGui::MenuItem(T("Mode presentasi"), "F9", state.presenter)) presenter = true;
    TrackItem("menu.view.presenter");
    if (presenter) intents.settings.presenter = !state.presenter;
    for (int zoom = 150; zoom <= 250; zoom += 25) {
      const std::string label = std::string(T("Skala presentasi")) + " " + std::to_string(zoom) + " %";
      if (ImGui::MenuItem(label.c_str(), nullptr, state.presenter && state.presenter_zoom == zoom)) {
        intents.settings.presenter = true;
        intents.settings.presenter_zoom = zoom;
      }
      TrackItem(("menu.view.zoom." + std::to_string(zoom)).c_str());
    }
    EndTopMenu();
  }

  if (BeginTopMenu("menu.language", T("Bahasa"))) {
    bool id = false, en = false;
    MenuItem("menu.language.id", "Bahasa Indonesia", state.language == Language::Indonesian, true, &id);
    MenuItem("menu.language.en", "English", state.language == Language::English, true, &en);
    if (id) intents.settings.language = Language::Indonesian;
    if (en) intents.settings.language = Language::English;
    EndTopMenu();
  }

  if (BeginTopMenu("menu.help", T("Bantuan"))) {
    MenuItem("menu.help.walkthrough", T("Panduan singkat"), false, true, &intents.workshop.open_walkthrough);
    MenuItem("menu.help.shortcuts", T("Pintasan papan ketik"), false, true, &intents.workshop.open_shortcuts);
    MenuItem("menu.help.about", T("Tentang aplikasi"), false, true, &intents.nav.open_about);
    EndTopMenu();
  }

  // Save status on the right of the menu bar.
  if (state.draft) {
    std::string status;
    switch (state.draft->save_state) {
      case SaveState::Saved:
        status = state.draft->saved_clock.empty() ? "" : std::string(T("tersimpan")) + " " + state.draft->saved_clock;
        break;
      case SaveState::Pending: status = T("Menyimpan…"); break;
      default: status = "⚠"; break;
    }
    const float width = ImGui::CalcTextSize(status.c_str()).x;
    const float x = ImGui::GetWindowWidth() - width - ImGui::GetStyle().WindowPadding.x;
    // Said to screen-reader users when it changes: in words, never a bare symbol.
    const std::string spoken = status == "⚠" ? T("Belum tersimpan — lihat pesan di layar") : status;
    // On narrow windows the menus need the room; the save state still shows in the banners (and in
    // the mirror, for screen-reader users).
    if (x > ImGui::GetCursorPosX() + ImGui::GetStyle().ItemSpacing.x) {
      ImGui::SetCursorPosX(x);
      TextDisabled("%s", status.c_str());
      // Announced when saved or when saving failed; "Menyimpan…" after every pause would be noise.
      const std::uint32_t live = state.draft->save_state == SaveState::Pending ? 0u : access::kLive;
      if (!spoken.empty()) access::Describe(access::Role::Status, spoken, {}, live);
      TrackItem("status.save");
    } else if (!spoken.empty()) {
      access::AddText(spoken.c_str(), nullptr, access::Role::Status, 0, "status.save");
      if (state.draft->save_state != SaveState::Pending) access::Announce();
    }
  }
  ImGui::EndMenuBar();
}

// The screens PageDown / PageUp and the narrow bar's arrows step through (a presentation clicker
// sends those keys).
std::vector<Screen> ScreenOrder(const AppState& state) {
  std::vector<Screen> order = {Screen::Home};
  if (state.draft) order.insert(order.end(), std::begin(kDraftScreens), std::end(kDraftScreens));
  order.push_back(Screen::Recap);
  return order;
}

Screen StepFrom(const AppState& state, int step) {
  const std::vector<Screen> order = ScreenOrder(state);
  const auto it = std::find(order.begin(), order.end(), state.screen);
  const int index = it == order.end() ? 0 : static_cast<int>(it - order.begin());
  return order[static_cast<std::size_t>(std::clamp(index + step, 0, static_cast<int>(order.size()) - 1))];
}

// The supervisor's part is marked as such wherever the screens are listed.
std::string NavigationLabel(Screen screen) {
  if (screen != Screen::Review) return ScreenName(screen);
  return std::string(ScreenName(screen)) + " (" + T("pejabat penilai") + ")";
}

// Wide windows: a column. The selected screen is marked by a bar and bold text; hovering only
// lightens the background, so the pointer never looks more selected than the selection.
void DrawNavigationColumn(const AppState& state, Intents& intents) {
  const ImVec4* colours = ImGui::GetStyle().Colors;
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, colours[ImGuiCol_FrameBgHovered]);
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, colours[ImGuiCol_FrameBgActive]);
  const float bar = ImGui::GetFontSize() * 0.25f;
  ImGui::Indent(bar * 2.0f);  // room at the left for the selection bar
  const auto item = [&](Screen screen) {
    const bool selected = state.screen == screen;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = std::max(ImGui::GetFontSize() * 1.8f, ImGui::GetFrameHeight());
    if (selected) ImGui::PushFont(BoldFont(), 0.0f);
    if (ImGui::Selectable(ScreenName(screen), selected, 0, ImVec2(0, height))) intents.nav.go_to = screen;
    access::Describe(access::Role::Link, {}, {}, selected ? access::kSelected : 0);
    if (selected) {
      ImGui::PopFont();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - bar * 1.6f, at.y), ImVec2(at.x - bar * 0.6f, at.y + height),
                                                AccentColour(), 2.0f);
    }
    TrackItem((std::string("nav.") + ScreenKey(screen)).c_str());
  };
  item(Screen::Home);
  ImGui::Separator();
  for (Screen s : kDraftScreens) {
    if (s == Screen::Review) {
      ImGui::Separator();
      TextDisabled("%s", T("Pejabat penilai"));
    }
    item(s);
  }
  ImGui::Separator();
  item(Screen::Recap);
  ImGui::Unindent(bar * 2.0f);
  ImGui::PopStyleColor(2);
}

// Narrow windows (phones): one row — previous, the screen chooser, next — so the screen keeps the
// rest of the height.
void DrawNavigationBar(const AppState& state, Intents& intents) {
  const float arrow = ImGui::GetFrameHeight() * 1.2f;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const std::vector<Screen> order = ScreenOrder(state);
  ImGui::BeginDisabled(state.screen == order.front());
  if (Button("nav.prev", "←", true, ImVec2(arrow, 0))) intents.nav.go_to = StepFrom(state, -1);
  access::Describe(access::Role::Button, T("Langkah sebelumnya"));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - arrow - spacing);
  if (BeginCombo("##nav.menu", ScreenName(state.screen), ImGuiComboFlags_HeightLargest, T("Layar"))) {
    for (Screen screen : order) {
      if (ImGui::Selectable(NavigationLabel(screen).c_str(), screen == state.screen, 0,
                            ImVec2(0, ImGui::GetFrameHeight()))) {
        intents.nav.go_to = screen;
      }
      access::Describe(access::Role::Option, {}, {}, screen == state.screen ? access::kSelected : 0);
      TrackItem((std::string("nav.") + ScreenKey(screen)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("nav.menu");
  ImGui::SameLine();
  ImGui::BeginDisabled(state.screen == order.back());
  if (Button("nav.next", "→", true, ImVec2(arrow, 0))) intents.nav.go_to = StepFrom(state, 1);
  access::Describe(access::Role::Button, T("Langkah berikutnya"));
  ImGui::EndDisabled();
}

// Keyboard shortcuts, only while no text field takes the keys.
void HandleShortcuts(const AppState& state, Intents& intents) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (ImGui::IsKeyPressed(ImGuiKey_F9, false)) intents.settings.presenter = !state.presenter;
  const int step = ImGui::IsKeyPressed(ImGuiKey_PageDown) ? 1 : ImGui::IsKeyPressed(ImGuiKey_PageUp) ? -1 : 0;
  if (step != 0) intents.nav.go_to = StepFrom(state, step);
  if (state.presenter && (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))) {
    intents.settings.presenter_zoom = state.presenter_zoom + 25;
  }
  if (state.presenter && (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))) {
    intents.settings.presenter_zoom = state.presenter_zoom - 25;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Slash) && io.KeyShift) intents.workshop.open_shortcuts = true;
  // Ctrl+Z outside a text field (a field has its own undo) takes back the last removal.
  if (state.undo && io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) intents.draft.undo = true;
}

std::string UndoText(const application::UndoOffer& undo) {
  switch (undo.kind) {
    case application::UndoKind::RhkRemoved: return undo.detail + " " + T("dihapus.");
    case application::UndoKind::CompetencyRemoved: return std::string(T("Kompetensi")) + " " + undo.detail + " " + T("dihapus.");
    case application::UndoKind::PlanItemRemoved:
      return std::string(T("Kegiatan pengembangan")) + " " + undo.detail + " " + T("dihapus.");
    case application::UndoKind::PlanRedrafted: return T("Rencana pengembangan disusun ulang dari kesenjangan.");
    case application::UndoKind::StandardApplied:
      return std::string(T("Level yang dipersyaratkan diganti dengan standar contoh")) + " " + undo.detail + ".";
    case application::UndoKind::FeedbackRemoved:
      return std::string(T("Umpan balik tanggal")) + " " + undo.detail + " " + T("dihapus.");
    case application::UndoKind::AttachmentItemRemoved:
      return std::string(T("Butir lampiran SKP")) + " " + undo.detail + " " + T("dihapus.");
    case application::UndoKind::LayoutChanged:
      return std::string(T("SKP disesuaikan dengan jabatan")) + " " + undo.detail + ": " +
             T("aspek atau perspektif yang tidak dipakai dikosongkan.");
  }
  return "";
}

// After a removal or replacement: what happened, and the way back.
void DrawUndoBar(const AppState& state, Intents& intents) {
  if (!state.undo) return;
  ImGui::AlignTextToFramePadding();
  TextWrapped("%s", UndoText(*state.undo).c_str());
  TrackItem("undo.message");
  SameLineOrWrap(ButtonWidth(T("Batalkan")));
  if (Button("undo.button", T("Batalkan"), true)) intents.draft.undo = true;
}

void DrawBanners(const AppState& state, Intents& intents) {
  if (!state.storage_available) ErrorText(T("Penyimpanan peramban tidak tersedia (mode privat atau dinonaktifkan). Perubahan hanya ada di memori sampai Anda mengekspornya."));
  if (!state.draft) return;
  switch (state.draft->save_state) {
    case SaveState::QuotaExceeded:
      ErrorText(T("Penyimpanan penuh: perubahan tetap di memori. Ekspor berkas atau hapus draf lama."));
      TrackItem("banner.quota");
      break;
    case SaveState::Unavailable:
      ErrorText(T("Tidak dapat menyimpan ke peramban: perubahan tetap di memori. Ekspor berkas agar tidak hilang."));
      TrackItem("banner.unavailable");
      break;
    case SaveState::Conflict:
      ErrorText(T("Draf ini diubah di tab atau jendela lain. Perubahan Anda belum disimpan."));
      TrackItem("banner.conflict");
      if (Button("conflict.reload", T("Muat versi dari tab lain"))) intents.draft.reload_from_storage = true;
      ImGui::SameLine();
      if (Button("conflict.copy", T("Simpan versi saya sebagai draf baru"), true)) intents.draft.save_as_copy = true;
      break;
    default:
      break;
  }
  if (core::IsLocked(state.draft->assessment)) {
    Hint(T("Penilaian ini sudah ditandatangani pejabat penilai: isinya hanya dapat dibaca."));
    TrackItem("banner.signed");
  }
  if (state.draft->assessment.contoh) {
    ContohBadge();
  }
}

void DrawAboutDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "about_dialog";
  if (state.about_open && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 18, 0), ImVec2(ImGui::GetFontSize() * 34, FLT_MAX));
  if (ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    Heading(T("Tentang Penilaian Kinerja ASN"));
    ImGui::Separator();
    TextWrapped("%s", T("Alat bantu penilaian kinerja dan kompetensi ASN. Predikat kinerja mengikuti matriks PermenPANRB 6/2022; kompetensi manajerial dan sosial kultural mengikuti PermenPANRB 38/2017."));
    ImGui::Spacing();
    // What the tool is and is not in DKI Jakarta: the official SKP and TPP live elsewhere.
    TextWrapped("%s", T("Di DKI Jakarta, aplikasi ini membantu menyiapkan, membahas, dan mendokumentasikan penilaian kinerja: penilaian mandiri, dialog kinerja dengan pejabat penilai, dan dokumen untuk dibahas bersama."));
    TextWrapped("%s", T("SKP resmi dan TPP (tambahan penghasilan pegawai) tetap diproses di sistem pemerintah, yaitu e-Kinerja BKN atau sistem BKD. Pergub DKI 19/2020 beserta perubahannya mengaitkan TPP dengan capaian kinerja. Aplikasi ini tidak menghitung TPP dan tidak menggantikan sistem resmi tersebut."));
    TrackItem("about.scope");
    ImGui::Spacing();
    if (Button("about.close", T("Tutup"), true) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      intents.nav.close_about = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void DrawScreen(AppState& state, Intents& intents) {
  // A signed review is final: the self-assessment screens show it read-only (the review screen
  // offers to withdraw the signature when something must be corrected).
  const bool locked = state.draft && core::IsLocked(state.draft->assessment);
  switch (state.screen) {
    case Screen::Home: DrawHomeScreen(state, intents); break;
    case Screen::Summary: DrawSummaryScreen(state, intents); break;
    case Screen::Review: DrawReviewScreen(state, intents); break;
    case Screen::Recap: DrawRecapScreen(state, intents); break;
    default:
      ImGui::BeginDisabled(locked);
      if (state.screen == Screen::Profile) DrawProfileScreen(state, intents);
      if (state.screen == Screen::Competencies) DrawCompetencyScreen(state, intents);
      if (state.screen == Screen::Results) DrawResultsScreen(state, intents);
      if (state.screen == Screen::Behaviour) DrawBehaviourScreen(state, intents);
      if (state.screen == Screen::Feedback) DrawFeedbackScreen(state, intents);
      ImGui::EndDisabled();
      break;
  }
}

}  // namespace

// The screens: the key names them in test ids ("nav.<key>") and in the test API, the label in the
// navigation. One table for both.
namespace {
struct ScreenInfo {
  Screen screen;
  const char* key;
  const char* label;  // Indonesian, translated by T()
};
constexpr ScreenInfo kScreenInfo[] = {
    {Screen::Home, "home", "Beranda"},
    {Screen::Profile, "profile", "Profil & Jabatan"},
    {Screen::Competencies, "competencies", "Kompetensi"},
    {Screen::Results, "results", "Hasil Kerja (SKP)"},
    {Screen::Behaviour, "behaviour", "Perilaku (BerAKHLAK)"},
    {Screen::Feedback, "feedback", "Umpan Balik Berkelanjutan"},
    {Screen::Summary, "summary", "Ringkasan"},
    {Screen::Review, "review", "Penilaian Atasan"},
    {Screen::Recap, "recap", "Rekap Unit"},
};
const ScreenInfo& InfoOf(Screen screen) {
  for (const ScreenInfo& info : kScreenInfo) {
    if (info.screen == screen) return info;
  }
  return kScreenInfo[0];
}
}  // namespace

const char* ScreenName(Screen screen) { return T(InfoOf(screen).label); }
const char* ScreenKey(Screen screen) { return InfoOf(screen).key; }

const char* StageName(core::Stage stage) {
  switch (stage) {
    case core::Stage::Draf: return T("Draf");
    case core::Stage::Diajukan: return T("Diajukan");
    case core::Stage::Dinilai: return T("Dinilai");
  }
  return "";
}

namespace {
// A click or tap, or a key, was let go this frame: what it acted on was what the user saw.
bool GestureEnded() {
  for (int button = 0; button < ImGuiMouseButton_COUNT; ++button) {
    if (ImGui::IsMouseReleased(button)) return true;
  }
  for (int key = ImGuiKey_NamedKey_BEGIN; key < ImGuiKey_NamedKey_END; ++key) {
    if (ImGui::IsKeyReleased(static_cast<ImGuiKey>(key))) return true;
  }
  return false;
}
}  // namespace

Intents DrawAppShell(AppState& state) {
  Intents intents;
  intents.gesture_ended = GestureEnded();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar |
                                 ImGuiWindowFlags_NoBackground;
  // No background of its own: each frame starts by clearing the canvas (or the part of it drawn
  // again) to the same colour, and with software rendering a second fill of the whole page cost a
  // measurable part of every full frame.
  ImGui::Begin("##app", nullptr, flags);
  if (LockScreenShown(state)) {
    // Nothing of the drafts is shown, or can be reached, until the passphrase is given.
    if (ImGui::BeginMenuBar()) {
      TextUnformatted(T("Penilaian Kinerja ASN"));
      ImGui::EndMenuBar();
    }
    ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_NavFlattened);
    DrawLockScreen(state, intents);
    ImGui::EndChild();
    ImGui::End();
    return intents;
  }
  DrawMenuBar(state, intents);
  DrawBanners(state, intents);
  DrawUndoBar(state, intents);

  // Wide windows get a navigation column; narrow ones (phones, split screens) a row of tabs.
  const bool wide = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 46.0f;
  if (state.draft && wide) {
    ImGui::BeginChild("##nav", ImVec2(ImGui::GetFontSize() * 13.0f, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened);
    DrawNavigationColumn(state, intents);
    ImGui::EndChild();
    ImGui::SameLine();
  } else if (state.draft) {
    DrawNavigationBar(state, intents);
  }
  // A screen opens at its top, whatever the previous one was scrolled to.
  static Screen drawn_screen = Screen::Home;
  static bool drawn_draft = false;
  if (state.screen != drawn_screen || state.draft.has_value() != drawn_draft) {
    ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    ForgetTypedDates();  // a date half-typed on the screen left behind is not carried to another one
  }
  drawn_screen = state.screen;
  drawn_draft = state.draft.has_value();
  // The competency screen (one at a time) scrolls its own panes; every other screen scrolls here.
  const bool own_panes = state.screen == Screen::Competencies && !state.competency_list_view &&
                         ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 40.0f;
  ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_NavFlattened,
                    own_panes ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0);
  DrawScreen(state, intents);
  if (!own_panes) ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 2.0f));  // the last controls scroll clear of the edge
  ImGui::EndChild();

  DrawImportDialog(state, intents);
  DrawDeleteDialog(state, intents);
  DrawAboutDialog(state, intents);
  DrawResetWorkshopDialog(state, intents);
  DrawShortcutsDialog(state, intents);
  DrawWalkthrough(state, intents);
  HandleShortcuts(state, intents);
  ImGui::End();
  return intents;
}

}  // namespace asn::ui
