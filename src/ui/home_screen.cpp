// Beranda: the drafts kept in this browser, new / open / duplicate / delete / import, storage use;
// the workshop personas and the unit recap.
#include "core/sample.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/notices.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

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

// Open / duplicate / delete for one draft, wrapping on narrow screens.
void DraftButtons(const platform::DraftSummary& d, const std::string& row, Intents& intents) {
  // Heard one by one, "Buka" alone would not say which draft: the name of the draft is part of it.
  const std::string whose = std::string(": ") + (d.nama.empty() ? T("(tanpa nama)") : d.nama.c_str());
  if (Button((row + ".open").c_str(), T("Buka"), true)) intents.draft.open_id = d.id;
  access::Describe(access::Role::Button, T("Buka") + whose);
  SameLineOrWrap(ButtonWidth(T("Duplikat")));
  if (Button((row + ".duplicate").c_str(), T("Duplikat"))) intents.draft.duplicate_id = d.id;
  access::Describe(access::Role::Button, T("Duplikat") + whose);
  SameLineOrWrap(ButtonWidth(T("Hapus")));
  if (Button((row + ".delete").c_str(), T("Hapus"))) intents.draft.ask_delete_id = d.id;
  access::Describe(access::Role::Button, T("Hapus") + whose);
}

// Phones: each draft as a small card of lines instead of a row of six columns.
void DrawDraftCards(const AppState& state, Intents& intents) {
  for (std::size_t i = 0; i < state.drafts.size(); ++i) {
    const platform::DraftSummary& d = state.drafts[i];
    ImGui::PushID(static_cast<int>(i));
    if (i > 0) ImGui::Separator();
    const std::string row = "home.draft." + std::to_string(i);
    ImGui::PushFont(BoldFont(), 0.0f);
    TextWrapped("%s", d.nama.empty() ? T("(tanpa nama)") : d.nama.c_str());
    ImGui::PopFont();
    TrackItem((row + ".name").c_str());
    if (d.contoh) ContohBadge();
    if (!d.jabatan.empty()) TextWrapped("%s", d.jabatan.c_str());
    const std::string line = d.periode + " · " + StageName(d.tahap) + " · " + ShortTime(d.tersimpan);
    Hint(line.c_str());
    DraftButtons(d, row, intents);
    ImGui::PopID();
  }
}

void DrawDraftTable(const AppState& state, Intents& intents) {
  if (Narrow()) return DrawDraftCards(state, intents);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("drafts", 6, flags)) return;
  ImGui::TableSetupColumn(T("Nama"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(T("Jabatan"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(T("Periode"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(T("Status"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(T("Terakhir disimpan"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed);
  TableHeaders();
  for (std::size_t i = 0; i < state.drafts.size(); ++i) {
    const platform::DraftSummary& d = state.drafts[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    TextUnformatted(d.nama.empty() ? T("(tanpa nama)") : d.nama.c_str());
    if (d.contoh) {
      ImGui::SameLine();
      TextDisabled("[%s]", T("CONTOH"));
    }
    ImGui::TableNextColumn();
    TextUnformatted(d.jabatan.c_str());
    ImGui::TableNextColumn();
    TextUnformatted(d.periode.c_str());
    ImGui::TableNextColumn();
    TextUnformatted(StageName(d.tahap));
    ImGui::TableNextColumn();
    TextUnformatted(ShortTime(d.tersimpan).c_str());
    ImGui::TableNextColumn();
    DraftButtons(d, "home.draft." + std::to_string(i), intents);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

const std::string& PersonaTitle(const core::PersonaInfo& p, Language language) {
  return language == Language::English ? p.title_en : p.title;
}
const std::string& PersonaGaps(const core::PersonaInfo& p, Language language) {
  return language == Language::English ? p.gap_profile_en : p.gap_profile;
}

void DrawWorkshopCard(const AppState& state, Intents& intents, float width) {
  if (BeginCard("home.workshop", width)) {
    Heading(T("Mode pelatihan (sosialisasi)"), 1.15f);
    Hint(T("Contoh pegawai fiktif dengan data lengkap untuk demonstrasi. Setiap contoh dimuat sebagai draf baru bertanda CONTOH; draf asli tidak terpengaruh."));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (Narrow()) {
      // Phones: one persona after the other, its button under its text.
      for (const core::PersonaInfo& p : core::Personas()) {
        ImGui::PushID(p.key.c_str());
        ImGui::Separator();
        TextWrapped("%s", PersonaTitle(p, state.language).c_str());
        Hint(PersonaGaps(p, state.language).c_str());
        TextWrapped("%s: %s", T("Predikat"), core::PredikatName(p.predikat));
        if (Button(("workshop.load." + p.key).c_str(), T("Muat"), true)) intents.workshop.load_persona = p.key;
        access::Describe(access::Role::Button, std::string(T("Muat")) + ": " + PersonaTitle(p, state.language));
        ImGui::PopID();
      }
    } else if (ImGui::BeginTable("personas", 3, flags)) {
      ImGui::TableSetupColumn(T("Contoh"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
      ImGui::TableSetupColumn(T("Predikat"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
      ImGui::TableSetupColumn("##load", ImGuiTableColumnFlags_WidthFixed);
      for (const core::PersonaInfo& p : core::Personas()) {
        ImGui::PushID(p.key.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        TextWrapped("%s", PersonaTitle(p, state.language).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        TextWrapped("%s", PersonaGaps(p, state.language).c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        TextWrapped("%s", core::PredikatName(p.predikat));
        ImGui::TableNextColumn();
        if (Button(("workshop.load." + p.key).c_str(), T("Muat"), true)) intents.workshop.load_persona = p.key;
        access::Describe(access::Role::Button, std::string(T("Muat")) + ": " + PersonaTitle(p, state.language));
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    if (Button("workshop.reset", T("Atur ulang demo"))) intents.workshop.ask_reset = true;
    SameLineOrWrap(ButtonWidth(state.presenter ? T("Keluar dari mode presentasi") : T("Mode presentasi (F9)")));
    if (Button("workshop.presenter", state.presenter ? T("Keluar dari mode presentasi") : T("Mode presentasi (F9)"))) {
      intents.settings.presenter = !state.presenter;
    }
  }
  EndCard();
  TrackItem("home.workshop");
}

void DrawRecapCard(Intents& intents, float width) {
  if (BeginCard("home.recap", width)) {
    Heading(T("Rekap unit (BKD / kepegawaian)"), 1.15f);
    Hint(T("Muat banyak berkas penilaian sekaligus: sebaran predikat dibanding kurva distribusi, kategori JPM, peta kesenjangan, daftar pegawai, dan ekspor CSV."));
    if (Button("home.open_recap", T("Buka rekap unit"))) intents.nav.go_to = Screen::Recap;
  }
  EndCard();
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
  TextWrapped("%s", T("Aplikasi ini membantu ASN menilai kompetensi dan kinerjanya sendiri, lalu membawa hasilnya ke dialog kinerja dengan pejabat penilai."));
  ImGui::Spacing();

  if (Button("home.new", T("Draf baru"), true)) intents.draft.create = true;
  SameLineOrWrap(ButtonWidth(T("Impor berkas…")));
  if (Button("home.import", T("Impor berkas…"))) intents.file.open_import = true;
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
  DrawLockCard(state, intents, width);
  ImGui::Spacing();
  DrawWorkshopCard(state, intents, width);
  ImGui::Spacing();
  DrawRecapCard(intents, width);

  ImGui::Spacing();
  if (BeginCard("home.steps", width)) {
    Heading(T("Alur penilaian"), 1.15f);
    const char* steps[] = {T("Isi profil dan jabatan; standar kompetensi jabatan mengisi level yang dipersyaratkan."),
                           T("Pilih level kompetensi Anda beserta buktinya; kesenjangan langsung terlihat."),
                           T("Lengkapi hasil kerja (SKP) dan refleksi perilaku BerAKHLAK."),
                           T("Ekspor berkas JSON dan serahkan kepada pejabat penilai.")};
    int number = 1;
    for (const char* step : steps) {
      Text("%d.", number++);
      ImGui::SameLine();
      TextWrapped("%s", step);
    }
  }
  EndCard();
  ImGui::Spacing();
  Hint(T("Data Anda hanya tersimpan di perangkat ini dan tidak dikirim ke mana pun, kecuali Anda sendiri mengekspor berkasnya."));
  TrackItem("home.privacy");
  if (!state.notice.empty()) ImGui::Spacing();
  DrawNotice(state.notice, "home.notice");

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace asn::ui
