// Rekap Unit: the competency × job-type heatmap and the staff list (filter, sort, ten thousand
// rows drawn through a clipper so only the visible ones cost anything).
#include "core/dictionary.hpp"
#include "ui/access_capture.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/recap_parts.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace asn::ui {
namespace {

std::string JobTypeLabel(const std::string& key) { return core::JobTypeName(key); }

// Red below standard, green above, stronger with the size of the average gap.
ImU32 HeatColour(double average) {
  const float strength = static_cast<float>(std::min(1.0, std::fabs(average) / 1.5)) * 0.75f + 0.1f;
  const int alpha = static_cast<int>(strength * 255.0f);
  return average < 0 ? IM_COL32(214, 40, 40, alpha) : IM_COL32(30, 150, 70, alpha);
}

void HeatCell(const core::GapCell& cell) {
  const std::optional<double> average = cell.Average();
  if (!average) {
    TextDisabled("–");
    return;
  }
  ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, HeatColour(*average));
  Text("%+.2f (%d)", *average, cell.count);  // the count shown, not only on hover: phones have none
}

// A small square of a colour on the current line, for a legend.
void Swatch(ImU32 colour) {
  const float size = ImGui::GetTextLineHeight() * 0.8f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float dy = (ImGui::GetTextLineHeight() - size) * 0.5f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + size, p.y + dy + size), colour, 2.0f);
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool Matches(const core::RecapRow& row, const std::string& needle) {
  if (needle.empty()) return true;
  for (const std::string* field : {&row.nama, &row.nip, &row.jabatan, &row.unit_kerja, &row.file}) {
    if (Lower(*field).find(needle) != std::string::npos) return true;
  }
  return false;
}

int PredikatRank(const core::RecapRow& r) { return r.predikat ? static_cast<int>(*r.predikat) : -1; }
double JpmValue(const core::RecapRow& r) { return r.jpm ? r.jpm->percent : -1.0; }

// Rebuilds the list of visible rows when the data, the filters or the sort order changed.
void UpdateView(RecapState& recap) {
  char key[512];
  std::snprintf(key, sizeof key, "%lu|%d|%d|%d|%d|", recap.data.Version(), recap.predikat_filter, recap.jpm_filter,
                recap.sort_column, recap.sort_descending ? 1 : 0);
  const std::string view_key = key + recap.filter;
  if (view_key == recap.view_key) return;
  recap.view_key = view_key;
  const std::vector<core::RecapRow>& rows = recap.data.Rows();
  const std::string needle = Lower(recap.filter);
  recap.view.clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const core::RecapRow& r = rows[i];
    if (recap.predikat_filter >= 0 && PredikatRank(r) != recap.predikat_filter) continue;
    if (recap.jpm_filter >= 0 && (!r.jpm || static_cast<int>(r.jpm->category) != recap.jpm_filter)) continue;
    if (Matches(r, needle)) recap.view.push_back(static_cast<int>(i));
  }
  const int column = recap.sort_column;
  const auto less = [&rows, column](int ia, int ib) {
    const core::RecapRow& a = rows[static_cast<std::size_t>(ia)];
    const core::RecapRow& b = rows[static_cast<std::size_t>(ib)];
    switch (column) {
      case 0: if (a.nama != b.nama) return a.nama < b.nama; break;
      case 1: if (a.nip != b.nip) return a.nip < b.nip; break;
      case 2: if (a.jabatan != b.jabatan) return a.jabatan < b.jabatan; break;
      case 3: if (a.unit_kerja != b.unit_kerja) return a.unit_kerja < b.unit_kerja; break;
      case 4: if (PredikatRank(a) != PredikatRank(b)) return PredikatRank(a) < PredikatRank(b); break;
      case 5: if (JpmValue(a) != JpmValue(b)) return JpmValue(a) < JpmValue(b); break;
      case 6: if (a.competencies_below != b.competencies_below) return a.competencies_below < b.competencies_below; break;
      case 7: if (a.file != b.file) return a.file < b.file; break;
      default: break;
    }
    return core::RecapRowBefore(a, b);
  };
  std::stable_sort(recap.view.begin(), recap.view.end(), less);
  if (recap.sort_descending) std::reverse(recap.view.begin(), recap.view.end());
}

// A labelled filter: the label before its dropdown (as people read), the whole row when `narrow` (a
// phone). The caller says which: beside another filter the room left always looks narrow.
bool FilterCombo(const char* id, const char* label, int* value, const char* const* names, int count, bool narrow) {
  bool changed = false;
  ImGui::BeginGroup();
  TextUnformatted(label);
  ImGui::SetNextItemWidth(narrow ? -1.0f : ImGui::GetFontSize() * 11.0f);
  ImGui::PushID(id);
  const bool open = BeginCombo("##filter", *value < 0 ? T("Semua") : names[*value]);
  ImGui::PopID();
  if (open) {
    if (ChoiceItem(T("Semua"), *value < 0)) { *value = -1; changed = true; }
    for (int i = count - 1; i >= 0; --i) {
      if (ChoiceItem(names[i], *value == i)) { *value = i; changed = true; }
      TrackItem((std::string(id) + "." + std::to_string(i)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem(id);
  ImGui::EndGroup();
  return changed;
}

}  // namespace

void DrawRecapHeatmap(const AppState& state, Intents& intents) {
  const core::Recap& data = state.recap.data;
  // Wrapped short of the right edge: its explanation button goes beside it.
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() -
                         ImGui::GetStyle().ItemSpacing.x);
  TextUnformatted(T("Rata-rata kesenjangan per kompetensi dan jenis jabatan"));
  ImGui::PopTextWrapPos();
  Explain(state, intents, "recap.heatmap", HeatmapExplanation());
  const std::vector<std::string> jobs = data.JobTypes();
  const std::vector<std::string>& codes = core::RecapCompetencyCodes();
  const int columns = static_cast<int>(jobs.size()) + 2;
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  // Sized to its rows: a horizontally scrolling table would otherwise take all the height left.
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f + 1.0f;
  const float height = (static_cast<float>(codes.size()) + 1.0f) * row + ImGui::GetStyle().ScrollbarSize;
  if (!ImGui::BeginTable("heatmap", columns, flags, ImVec2(0, height))) return;
  ImGui::TableSetupColumn(T("Kompetensi"), ImGuiTableColumnFlags_NoHide);
  for (const std::string& job : jobs) ImGui::TableSetupColumn(JobTypeLabel(job).c_str());
  ImGui::TableSetupColumn(T("Semua jabatan"));
  TableHeaders();
  for (std::size_t i = 0; i < codes.size(); ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const core::CompetencyDefinition* def = core::DefaultCompetencyDictionary().Find(codes[i]);
    Text("%s %s", codes[i].c_str(), def ? def->nama.c_str() : "");
    for (const std::string& job : jobs) {
      ImGui::TableNextColumn();
      HeatCell(data.Cell(i, job));
    }
    ImGui::TableNextColumn();
    HeatCell(data.CompetencyAverage(i));
  }
  ImGui::EndTable();
  TrackItem("recap.heatmap");
  // What the colours and numbers mean, under the grid.
  Swatch(HeatColour(-1.0));
  ImGui::SameLine();
  Hint(T("di bawah standar (rata-rata kesenjangan negatif)"));
  Swatch(HeatColour(1.0));
  ImGui::SameLine();
  Hint(T("memenuhi atau di atas standar"));
  Hint(T("Angka: rata-rata kesenjangan dalam level (level dinilai − level yang dipersyaratkan), jumlah pegawai dalam kurung. Geser tabel ke samping untuk jenis jabatan lainnya."));
  TrackItem("recap.heatmap_legend");
}

void DrawRecapStaffList(AppState& state) {
  RecapState& recap = state.recap;
  const bool narrow = Narrow();
  ImGui::BeginGroup();
  TextUnformatted(T("Cari"));
  ImGui::SetNextItemWidth(narrow ? -1.0f : ImGui::GetFontSize() * 16.0f);
  ImGui::InputTextWithHint("##filter", T("Cari nama, NIP, jabatan, unit…"), &recap.filter);
  access::Describe(access::Role::TextField, T("Cari"), recap.filter);
  TrackItem("recap.filter");
  ImGui::EndGroup();
  if (!narrow) ImGui::SameLine();
  const char* predikat_names[] = {"Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"};
  FilterCombo("recap.filter.predikat", T("Predikat"), &recap.predikat_filter, predikat_names, 5, narrow);
  if (!narrow) ImGui::SameLine();
  const char* jpm_names[] = {"Kurang Optimal", "Cukup Optimal", "Optimal"};
  FilterCombo("recap.filter.jpm", T("Kategori JPM"), &recap.jpm_filter, jpm_names, 3, narrow);

  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_Sortable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_Resizable;
  const float height = std::max(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 3.0f);
  UpdateView(recap);
  char shown[96];
  std::snprintf(shown, sizeof shown, T("Menampilkan %d dari %d pegawai"), static_cast<int>(recap.view.size()),
                static_cast<int>(recap.data.Rows().size()));
  Hint(shown);
  TrackItem("recap.shown");
  if (recap.view.empty()) {
    // Not an empty grid: say so, and how to get rows back.
    TextWrapped("%s", T("Tidak ada pegawai yang cocok dengan pencarian dan saringan ini. Kosongkan pencarian atau pilih \"Semua\"."));
    TrackItem("recap.staff_empty");
    return;
  }
  if (!ImGui::BeginTable("staff", 8, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(T("Nama"));
  ImGui::TableSetupColumn("NIP");
  ImGui::TableSetupColumn(T("Jabatan"));
  ImGui::TableSetupColumn(T("Unit kerja"));
  ImGui::TableSetupColumn(T("Predikat"));
  ImGui::TableSetupColumn("JPM %");
  ImGui::TableSetupColumn(T("Di bawah standar"));
  ImGui::TableSetupColumn(T("Berkas"));
  TableHeaders();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      recap.sort_column = specs->Specs[0].ColumnIndex;
      recap.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
    UpdateView(recap);
  }
  const std::vector<core::RecapRow>& rows = recap.data.Rows();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(recap.view.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const core::RecapRow& r = rows[static_cast<std::size_t>(recap.view[static_cast<std::size_t>(i)])];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      TextUnformatted(r.nama.c_str());
      ImGui::TableNextColumn();
      TextUnformatted(r.nip.c_str());
      ImGui::TableNextColumn();
      TextUnformatted(r.jabatan.c_str());
      ImGui::TableNextColumn();
      TextUnformatted(r.unit_kerja.c_str());
      ImGui::TableNextColumn();
      TextUnformatted(r.predikat ? core::PredikatName(*r.predikat) : "–");
      ImGui::TableNextColumn();
      if (r.jpm) {
        Text("%.2f", r.jpm->percent);
        if (ImGui::IsItemHovered()) {
          ImGui::SetTooltip("%s (%s)", core::JpmCategoryName(r.jpm->category),
                            r.jpm_from_supervisor ? T("level atasan") : T("level mandiri"));
        }
      } else {
        TextDisabled("–");
      }
      ImGui::TableNextColumn();
      Text("%d", r.competencies_below);
      ImGui::TableNextColumn();
      TextUnformatted(r.file.c_str());
    }
  }
  ImGui::EndTable();
  TrackItem("recap.staff");
}

}  // namespace asn::ui
