#include "ui/explain.hpp"

#include "core/rules_distribution.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

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
  const float size = ImGui::GetFrameHeight();
  SameLineOrWrap(size);  // beside what it explains, or under it when a long line left no room
  // A full-size button (a fingertip's target); its tooltip only while the panel is closed, so it
  // never covers the explanation it opened.
  const std::string button = std::string("explain.") + id;
  const ImVec4* colours = ImGui::GetStyle().Colors;
  ImGui::PushStyleColor(ImGuiCol_Button, colours[ImGuiCol_FrameBg]);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours[ImGuiCol_FrameBgHovered]);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours[ImGuiCol_FrameBgActive]);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, ImGui::GetStyle().FrameBorderSize));
  ImGui::PushID(button.c_str());
  if (ImGui::Button(open ? "×" : "?", ImVec2(size, size))) intents.workshop.toggle_explain = id;
  access::Describe(access::Role::Button, open ? T("Tutup penjelasan") : T("Penjelasan: dari mana angka ini?"), {},
                   open ? access::kExpanded : access::kCollapsed);
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
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysAutoResize |
                        ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_NavFlattened);  // mirrored out of view too (see BeginCard)
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushFont(BoldFont(), 0.0f);
  TextUnformatted(T("Penjelasan"));
  ImGui::PopFont();
  TextUnformatted(text.c_str());
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
    TextUnformatted(T("Hasil \\ Perilaku"));
    for (core::Rating p : order) {
      ImGui::TableNextColumn();
      TextUnformatted(RatingShort(p));
    }
    for (core::Rating h : order) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      TextUnformatted(RatingShort(h));
      for (core::Rating p : order) {
        ImGui::TableNextColumn();
        if (h == hasil_kerja && p == perilaku) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, AccentColour());
        const bool here = h == hasil_kerja && p == perilaku;
        if (here) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        TextWrapped("%s", core::PredikatName(*core::PredikatKinerja(h, p)));
        if (here) ImGui::PopStyleColor();
      }
    }
    ImGui::EndTable();
  }
  EndPanel();
}

std::string JpmMethodExplanation(const core::JpmMethod& method) {
  std::string cap;
  switch (method.cap) {
    case core::JpmCap::PerCompetency:
      cap = T("setiap kompetensi dihitung paling tinggi sampai level standarnya, agar kelebihan di satu kompetensi tidak menutupi kekurangan di kompetensi lain");
      break;
    case core::JpmCap::Total: cap = T("jumlahnya dibatasi paling tinggi 100 %"); break;
    case core::JpmCap::None: cap = T("tanpa batas: JPM dapat melebihi 100 %"); break;
  }
  std::string teknis;
  switch (method.teknis) {
    case core::JpmTeknis::Included: teknis = T("kompetensi teknis dihitung seperti kompetensi lain"); break;
    case core::JpmTeknis::Excluded: teknis = T("kompetensi teknis tidak dihitung"); break;
    case core::JpmTeknis::Weighted:
      teknis = Format(T("kompetensi teknis berbobot %d %% terhadap manajerial dan sosial kultural %d %%"), method.teknis_weight,
                      100 - method.teknis_weight);
      break;
  }
  return Format(T("JPM indikatif: dihitung dari level penilaian mandiri atau atasan, bukan JPM resmi (yang berasal dari asesmen "
                  "kompetensi). Cara menghitungnya berbeda-beda dalam praktik, jadi metodenya disebut dan disimpan bersama berkas: "
                  "%s; %s; kategori Optimal mulai %d %%, Cukup Optimal mulai %d %% (%s)."),
                cap.c_str(), teknis.c_str(), method.optimal_min, method.cukup_min,
                core::JpmBandSource(method, CurrentLanguage()).c_str());
}

std::string JpmExplanation(const core::JpmResult& jpm, bool supervisor_levels, const core::JpmMethod& method) {
  std::string sum;
  if (method.teknis == core::JpmTeknis::Weighted && !jpm.weight_not_applied) {
    sum = Format(T("rata-rata berbobot kedua kelompok kompetensi = %.2f %%"), jpm.percent);
  } else {
    sum = Format(T("jumlah level %s dibagi jumlah level standar jabatan, dikali 100: %ld ÷ %ld × 100 = %.2f %%"),
                 supervisor_levels ? T("dari atasan") : T("penilaian mandiri"), jpm.numerator, jpm.denominator, jpm.percent);
  }
  std::string text = sum + ". " + JpmMethodExplanation(method);
  if (jpm.weight_not_applied) text += std::string(" ") + T("Bobot teknis tidak dipakai: berkas ini tidak memuat kedua kelompok kompetensi.");
  return text + " " + T("Level standar mengikuti Standar Kompetensi Jabatan instansi (PermenPANRB 38/2017).");
}

std::string JpmCategoryExplanation(const core::JpmResult& jpm, const core::JpmMethod& method) {
  return Format(T("Kategori JPM indikatif: Optimal bila ≥ %d %%, Cukup Optimal bila %d %% sampai di bawah %d %%, Kurang Optimal "
                  "bila di bawah %d %%. %.2f %% termasuk %s. Sumber batas: %s."),
                method.optimal_min, method.cukup_min, method.optimal_min, method.cukup_min, jpm.percent,
                core::JpmCategoryName(jpm.category), core::JpmBandSource(method, CurrentLanguage()).c_str());
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
  return Format(T("Kurva distribusi predikat adalah pedoman nasional (%s) yang diterapkan instansi pada unitnya, bukan kuota "
                  "yang dibuat tiap instansi. Kurvanya dipilih menurut capaian kinerja organisasi unit (Istimewa sampai Sangat "
                  "Kurang) dan menetapkan batas: paling banyak atau paling sedikit sekian persen pegawai pada predikat tertentu, "
                  "atau paling sedikit satu orang. Hanya batas yang dilanggar yang ditandai, dengan jumlah orang kelebihan atau "
                  "kekurangannya; jumlah di dalam batas berarti sesuai. Batas bawaan berasal dari panduan publik dan dapat "
                  "diubah bila instansi Anda menerapkan angka lain."),
                core::kPredikatSource);
}

std::string HeatmapExplanation() {
  return T("Setiap sel adalah rata-rata kesenjangan (level yang dinilai − level standar) kompetensi itu pada pegawai dengan "
           "jenis jabatan tersebut; n = jumlah pegawai. Merah berarti rata-rata di bawah standar. Kompetensi teknis "
           "berbeda per jabatan sehingga tidak dirata-ratakan di sini.");
}

}  // namespace asn::ui
