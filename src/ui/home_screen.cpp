// Beranda: the drafts kept in this browser, new / open / duplicate / delete / import, storage use.
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace asn::ui {
namespace {

// "2025-12-15T02:30:00Z" → "2025-12-15 02:30" (UTC, shown as saved).
std::string ShortTime(const std::string& utc) {
  if (utc.size() < 16) return utc;
  return utc.substr(0, 10) + " " + utc.substr(11, 5);
}

void DrawDraftTable(const AppState& state, Intents& intents) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("drafts", 6, flags)) return;
  ImGui::TableSetupColumn(T("Nama"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(T("Jabatan"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(T("Periode"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(T("Status"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(T("Terakhir disimpan"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < state.drafts.size(); ++i) {
    const platform::DraftSummary& d = state.drafts[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(d.nama.empty() ? T("(tanpa nama)") : d.nama.c_str());
    if (d.contoh) {
      ImGui::SameLine();
      ImGui::TextDisabled("[%s]", T("CONTOH"));
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d.jabatan.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d.periode.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(StageName(d.tahap));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(ShortTime(d.tersimpan).c_str());
    ImGui::TableNextColumn();
    const std::string row = "home.draft." + std::to_string(i);
    if (Button((row + ".open").c_str(), T("Buka"), true)) intents.open_draft_id = d.id;
    ImGui::SameLine();
    if (Button((row + ".duplicate").c_str(), T("Duplikat"))) intents.duplicate_draft_id = d.id;
    ImGui::SameLine();
    if (Button((row + ".delete").c_str(), T("Hapus"))) intents.ask_delete_id = d.id;
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void DrawHomeScreen(const AppState& state, Intents& intents) {
  // Readable line length: centre a column of at most ~60 em on wide screens (projectors).
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, ImGui::GetFontSize() * 60.0f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
  Heading(T("Beranda"), 1.6f);
  TrackItem("home.title");
  Hint(T("Penilaian kompetensi dan kinerja berbasis PermenPANRB 6/2022 dan 38/2017"));
  ImGui::Spacing();
  ImGui::TextWrapped("%s", T("Aplikasi ini membantu ASN menilai kompetensi dan kinerjanya sendiri, lalu membawa hasilnya ke dialog kinerja dengan pejabat penilai."));
  ImGui::Spacing();

  if (Button("home.new", T("Draf baru"), true)) intents.new_draft = true;
  ImGui::SameLine();
  if (Button("home.import", T("Impor berkas…"))) intents.open_import = true;
  ImGui::Spacing();

  if (BeginCard("home.drafts", width)) {
    Heading(T("Draf penilaian"), 1.15f);
    if (state.drafts.empty()) {
      Hint(T("Belum ada draf penilaian di peramban ini."));
    } else {
      DrawDraftTable(state, intents);
    }
    ImGui::Spacing();
    char usage[96];
    std::snprintf(usage, sizeof usage, "%s: %.1f KB", T("Penyimpanan peramban terpakai"),
                  static_cast<double>(state.storage_used) / 1024.0);
    Hint(usage);
    TrackItem("home.storage");
  }
  EndCard();
  TrackItem("home.drafts");

  if (!state.set_aside.empty()) {
    ImGui::Spacing();
    if (BeginCard("home.set_aside", width)) {
      ErrorText(T("Entri rusak disisihkan (tidak dihapus)"));
      TrackItem("home.set_aside");
      for (const platform::SetAsideEntry& entry : state.set_aside) {
        ImGui::BulletText("%s", entry.kept_key.c_str());
        Hint(entry.reason.c_str());
      }
    }
    EndCard();
  }

  ImGui::Spacing();
  if (BeginCard("home.steps", width)) {
    Heading(T("Alur penilaian"), 1.15f);
    const char* steps[] = {T("Isi profil dan jabatan; standar kompetensi jabatan mengisi level yang dipersyaratkan."),
                           T("Pilih level kompetensi Anda beserta buktinya; kesenjangan langsung terlihat."),
                           T("Lengkapi hasil kerja (SKP) dan refleksi perilaku BerAKHLAK."),
                           T("Ekspor berkas JSON dan serahkan kepada pejabat penilai.")};
    int number = 1;
    for (const char* step : steps) {
      ImGui::Text("%d.", number++);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", step);
    }
  }
  EndCard();
  ImGui::Spacing();
  Hint(T("Data Anda hanya tersimpan di perangkat ini dan tidak dikirim ke mana pun, kecuali Anda sendiri mengekspor berkasnya."));
  TrackItem("home.privacy");
  if (!state.notice.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", state.notice.c_str());
    TrackItem("home.notice");
  }

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace asn::ui
