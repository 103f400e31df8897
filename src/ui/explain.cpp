#include "ui/explain.hpp"

#include "core/rules_distribution.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace asn::ui {
namespace {

template <typename... Args>
std::string Format(const char* format, Args... args) {
  char buffer[1024];
  std::snprintf(buffer, sizeof buffer, format, args...);
  return buffer;
}

bool Toggle(const AppState& state, Intents& intents, const char* id) {
  const bool open = state.explain_open.count(id) != 0;
  ImGui::SameLine();
  // A full-size button (a fingertip's target); its tooltip only while the panel is closed, so it
  // never covers the explanation it opened.
  const std::string button = std::string("explain.") + id;
  const ImVec4* colours = ImGui::GetStyle().Colors;
  ImGui::PushStyleColor(ImGuiCol_Button, colours[ImGuiCol_FrameBg]);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours[ImGuiCol_FrameBgHovered]);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours[ImGuiCol_FrameBgActive]);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, ImGui::GetStyle().FrameBorderSize));
  ImGui::PushID(button.c_str());
  const float size = ImGui::GetFrameHeight();
  if (ImGui::Button(open ? "×" : "?", ImVec2(size, size))) intents.workshop.toggle_explain = id;
  ImGui::PopID();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(3);
  TrackItem(button.c_str());
  if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Penjelasan: dari mana angka ini?"));
  return open;
}

void Panel(const char* id, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
  ImGui::BeginChild((std::string("##explain.") + id).c_str(), ImVec2(0, 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushFont(BoldFont(), 0.0f);
  ImGui::TextUnformatted(T("Penjelasan"));
  ImGui::PopFont();
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  TrackItem((std::string("explain.") + id + ".text").c_str());
}

void EndPanel() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

const char* RatingShort(core::Rating rating) {
  switch (rating) {
    case core::Rating::DiAtas: return T("Di Atas");
    case core::Rating::Sesuai: return T("Sesuai");
    case core::Rating::DiBawah: return T("Di Bawah");
  }
  return "";
}

}  // namespace

void Explain(const AppState& state, Intents& intents, const char* id, const std::string& text) {
  if (!Toggle(state, intents, id)) return;
  Panel(id, text);
  EndPanel();
}

void ExplainPredikat(const AppState& state, Intents& intents, const char* id, core::Rating hasil_kerja,
                     core::Rating perilaku) {
  if (!Toggle(state, intents, id)) return;
  const std::optional<core::Predikat> predikat = core::PredikatKinerja(hasil_kerja, perilaku);
  Panel(id, Format(T("Pejabat penilai menilai hasil kerja dan perilaku kerja masing-masing Di Atas, Sesuai atau Di Bawah "
                     "Ekspektasi; pasangan keduanya menentukan predikat menurut matriks %s. Di sini hasil kerja %s dan "
                     "perilaku kerja %s, sehingga predikatnya %s."),
                   core::kPredikatSource, core::RatingName(hasil_kerja), core::RatingName(perilaku),
                   predikat ? core::PredikatName(*predikat) : "-"));
  const core::Rating order[] = {core::Rating::DiAtas, core::Rating::Sesuai, core::Rating::DiBawah};
  if (ImGui::BeginTable("matrix", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(T("Hasil \\ Perilaku"));
    for (core::Rating p : order) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(RatingShort(p));
    }
    for (core::Rating h : order) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(RatingShort(h));
      for (core::Rating p : order) {
        ImGui::TableNextColumn();
        if (h == hasil_kerja && p == perilaku) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, AccentColour());
        const bool here = h == hasil_kerja && p == perilaku;
        if (here) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        ImGui::TextWrapped("%s", core::PredikatName(*core::PredikatKinerja(h, p)));
        if (here) ImGui::PopStyleColor();
      }
    }
    ImGui::EndTable();
  }
  EndPanel();
}

std::string JpmExplanation(const core::JpmResult& jpm, bool supervisor_levels) {
  return Format(T("Job Person Match = jumlah level %s (setiap kompetensi dihitung paling tinggi sampai level standarnya, "
                  "agar kelebihan di satu kompetensi tidak menutupi kekurangan di kompetensi lain) dibagi jumlah level "
                  "standar jabatan, dikali 100: %ld ÷ %ld × 100 = %.2f %%. Level standar mengikuti Standar Kompetensi "
                  "Jabatan instansi (PermenPANRB 38/2017)."),
                supervisor_levels ? T("dari atasan") : T("penilaian mandiri"), jpm.achieved, jpm.required, jpm.percent);
}

std::string JpmCategoryExplanation(const core::JpmResult& jpm) {
  return Format(T("Kategori JPM: Optimal bila ≥ %d %%, Cukup Optimal bila %d %% sampai di bawah %d %%, Kurang Optimal "
                  "bila di bawah %d %%. %.2f %% termasuk %s. Sumber: %s; instansi lain dapat memakai batas berbeda."),
                core::kJpmOptimalMinPercent, core::kJpmCukupOptimalMinPercent, core::kJpmOptimalMinPercent,
                core::kJpmCukupOptimalMinPercent, jpm.percent, core::JpmCategoryName(jpm.category),
                core::kJpmCategorySource);
}

std::string GapExplanation(const core::GapRow& row) {
  if (!row.level || !row.gap) {
    return T("Kesenjangan dihitung setelah level kompetensi ini dipilih.");
  }
  return Format(T("Kesenjangan %s = level yang dinilai − level standar = %d − %d = %+d. Level yang dipakai adalah level "
                  "%s. Angka negatif berarti kebutuhan pengembangan; setiap PNS berhak atas pengembangan kompetensi "
                  "(PP 17/2020). Level 1–5 mengikuti PermenPANRB 38/2017."),
                row.kode.c_str(), *row.level, row.level_standar, *row.gap,
                row.from_supervisor ? T("dari atasan") : T("penilaian mandiri"));
}

std::string DistributionExplanation() {
  return Format(T("Menurut %s, capaian kinerja organisasi menentukan sebaran predikat pegawai (kurva distribusi). "
                  "Besarnya kuota ditetapkan instansi masing-masing dan belum dikonfirmasi di sini, jadi angka bawaan "
                  "hanya CONTOH: ubah kuotanya sesuai ketentuan instansi Anda. Selisih = jumlah pegawai − kuota (dibulatkan "
                  "ke orang terdekat)."),
                core::kPredikatSource);
}

std::string HeatmapExplanation() {
  return T("Setiap sel adalah rata-rata kesenjangan (level yang dinilai − level standar) kompetensi itu pada pegawai dengan "
           "jenis jabatan tersebut; n = jumlah pegawai. Merah berarti rata-rata di bawah standar. Kompetensi teknis "
           "berbeda per jabatan sehingga tidak dirata-ratakan di sini.");
}

}  // namespace asn::ui
