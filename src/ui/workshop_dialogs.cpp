// Workshop dialogs: the demo reset confirmation, the keyboard shortcuts, and the first-visit
// walkthrough (a few steps, skippable, never shown again once dismissed).
#include "core/sample.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <cstdio>
#include <iterator>

namespace asn::ui {
namespace {

struct WalkthroughStep {
  const char* title;
  const char* body;
};

const WalkthroughStep kSteps[] = {
    {"Selamat datang",
     "Aplikasi ini menuntun penilaian mandiri kompetensi dan kinerja ASN sampai dialog kinerja dengan atasan. "
     "Semua data tersimpan hanya di peramban ini."},
    {"Mulai penilaian",
     "Pilih Draf baru di Beranda, atau muat salah satu contoh di bagian Mode pelatihan untuk mencoba tanpa data asli. "
     "Data contoh selalu bertanda CONTOH."},
    {"Isi kompetensi",
     "Di layar Kompetensi, pilih kartu level yang paling menggambarkan perilaku Anda dan tuliskan buktinya. "
     "Kesenjangan terhadap standar jabatan langsung dihitung."},
    {"Pahami hasilnya",
     "Ringkasan menampilkan JPM indikatif dan kesenjangan. Tombol ? di samping setiap angka menjelaskan aturannya "
     "dan peraturan asalnya."},
    {"Serahkan",
     "Ekspor berkas JSON dan serahkan kepada pejabat penilai, yang menilai di layar Penilaian Atasan. "
     "BKD dapat merekap banyak berkas sekaligus di Rekap Unit."},
};

}  // namespace

void DrawResetWorkshopDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "reset_workshop_dialog";
  if (state.confirm_reset_workshop && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(32.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  Heading(T("Atur ulang demo?"), 1.2f);
  int examples = 0;
  for (const platform::DraftSummary& d : state.drafts) examples += d.contoh ? 1 : 0;
  char text[160];
  std::snprintf(text, sizeof text, T("%d draf CONTOH akan dihapus. Draf asli tidak disentuh."), examples);
  TextWrapped("%s", text);
  TrackItem("reset.message");
  ImGui::Spacing();
  if (Button("reset.confirm", T("Ya, atur ulang"), true)) intents.workshop.confirm_reset = true;
  ImGui::SameLine();
  if (Button("reset.cancel", T("Batal")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) intents.workshop.cancel_reset = true;
  if (intents.workshop.confirm_reset || intents.workshop.cancel_reset) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DrawShortcutsDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "shortcuts_dialog";
  if (state.shortcuts_open && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(30.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  Heading(T("Pintasan papan ketik"), 1.2f);
  const char* rows[][2] = {{"Page Down", T("layar berikutnya (juga tombol maju pada clicker presentasi)")},
                           {"Page Up", T("layar sebelumnya")},
                           {"F9", T("mode presentasi hidup/mati")},
                           {"+ / −", T("perbesar / perkecil dalam mode presentasi")},
                           {"?", T("daftar pintasan ini")},
                           {"Tab / Shift+Tab", T("pindah antar kolom isian")}};
  if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_SizingStretchProp)) {
    for (const auto& row : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(BoldFont(), 0.0f);
      TextUnformatted(row[0]);
      ImGui::PopFont();
      ImGui::TableNextColumn();
      TextWrapped("%s", row[1]);
    }
    ImGui::EndTable();
  }
  Hint(T("Pintasan tidak berlaku selama kursor berada di kolom isian."));
  TrackItem("shortcuts.list");
  if (Button("shortcuts.close", T("Tutup"), true) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    intents.workshop.close_shortcuts = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void DrawWalkthrough(const AppState& state, Intents& intents) {
  const char* popup_id = "walkthrough";
  if (state.walkthrough.open && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(30.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  const int count = static_cast<int>(std::size(kSteps));
  const int step = std::min(state.walkthrough.step, count - 1);
  char progress[64];
  std::snprintf(progress, sizeof progress, T("Panduan singkat — langkah %d dari %d"), step + 1, count);
  Hint(progress);
  Heading(T(kSteps[step].title), 1.3f);
  TrackItem("walkthrough.title");
  TextWrapped("%s", T(kSteps[step].body));
  ImGui::Spacing();
  if (Button("walkthrough.skip", T("Lewati")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) intents.workshop.close_walkthrough = true;
  ImGui::SameLine();
  if (step > 0) {
    if (Button("walkthrough.back", T("Kembali"))) intents.workshop.walkthrough_move = -1;
    ImGui::SameLine();
  }
  if (step + 1 < count) {
    if (Button("walkthrough.next", T("Lanjut"), true)) intents.workshop.walkthrough_move = 1;
  } else if (Button("walkthrough.done", T("Selesai"), true)) {
    intents.workshop.close_walkthrough = true;
  }
  if (intents.workshop.close_walkthrough) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace asn::ui
