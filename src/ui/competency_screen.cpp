// Kompetensi: one competency at a time (definition, the five levels as cards with their
// indicators, the required level marked, the chosen level and evidence, the gap at once) or all
// of them as a list.
#include "core/dictionary.hpp"
#include "core/rules_competency_gap.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/level_card.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace asn::ui {
namespace {

// The competency's gap as the core computes it (the supervisor's level first, else the employee's).
core::GapRow GapOf(const core::CompetencyEntry& c) { return core::CompetencyGaps({c}).front(); }

void DrawGapBadge(const core::GapRow& row) {
  if (!row.gap) {
    NeutralBadge(T("Belum dinilai"));
    return;
  }
  const std::string label = std::string(T("Kesenjangan")) + " " + (*row.gap > 0 ? "+" : "") + std::to_string(*row.gap) +
                            (row.from_supervisor ? std::string(" (") + T("atasan") + ")" : std::string());
  GapBadge(label.c_str(), *row.gap);
}

void DrawOne(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  const int count = static_cast<int>(a.kompetensi.size());
  state.selected_competency = std::clamp(state.selected_competency, 0, std::max(0, count - 1));
  const bool wide = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 40.0f;
  if (wide) {
    ImGui::BeginChild("##competency_list", ImVec2(ImGui::GetFontSize() * 15.0f, 0),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened);
    for (int i = 0; i < count; ++i) {
      const core::CompetencyEntry& c = a.kompetensi[static_cast<std::size_t>(i)];
      const std::string label = c.kode + "  " + (c.nama.empty() ? std::string("…") : c.nama);
      const core::GapRow row = GapOf(c);
      const std::string level = row.gap ? std::to_string(*row.level) : std::string();
      if (ChoiceRow(("competency.select." + c.kode).c_str(), label, i == state.selected_competency,
                    row.gap ? level.c_str() : nullptr, row.gap ? GapColour(*row.gap) : 0,
                    row.gap ? std::string(row.from_supervisor ? T("Level dari atasan") : T("Level mandiri")) + ": " + level
                            : std::string())) {
        state.selected_competency = i;
      }
    }
    ImGui::EndChild();
    ImGui::SameLine();
  }
  // The next competency opens at its title, not where the previous one was scrolled to. Wide: the
  // detail pane scrolls beside the list; narrow: the whole screen scrolls (one scrollbar either way).
  static int drawn_competency = -1;
  const bool changed = state.selected_competency != drawn_competency;
  drawn_competency = state.selected_competency;
  if (changed && wide) ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
  if (changed && !wide) ImGui::SetScrollY(0.0f);
  // On a phone the detail follows the list and grows with its content; mirrored out of view too (see BeginCard).
  ImGui::BeginChild("##competency_detail", ImVec2(0, 0),
                    ImGuiChildFlags_NavFlattened |
                        (wide ? ImGuiChildFlags_None : ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysAutoResize));
  if (count == 0) {
    Hint(T("Belum dinilai"));
    ImGui::EndChild();
    return;
  }
  core::CompetencyEntry& c = a.kompetensi[static_cast<std::size_t>(state.selected_competency)];
  const core::CompetencyDefinition* def = core::DefaultCompetencyDictionary().Find(c.kode);
  Heading((c.kode + "  " + c.nama).c_str(), 1.3f, true);
  TrackItem("competency.current");
  const core::GapRow gap = GapOf(c);
  DrawGapBadge(gap);
  TrackItem("competency.gap");
  if (gap.gap) Explain(state, intents, "competency.gap", GapExplanation(gap));
  ImGui::Spacing();
  const std::string& definition = def ? def->definisi : c.definisi;
  if (!definition.empty()) {
    TextWrapped("%s", definition.c_str());
  } else if (c.jenis == core::CompetencyKind::Teknis) {
    if (TextArea("competency.teknis.definisi", T("Definisi"), &c.definisi, 2.0f)) intents.draft.edited = true;
  }
  ImGui::Spacing();
  for (int level = core::kMinLevel; level <= core::kMaxLevel; ++level) {
    std::string description;
    std::vector<std::string> indicators;
    LevelTexts(c, level, &description, &indicators);
    if (LevelCard(c, level, c.level_mandiri, "competency", description, indicators, intents)) {
      c.level_mandiri = level;
      intents.draft.edited = true;
    }
  }
  // A reviewed file shows the supervisor's view, read-only.
  if (c.level_atasan > 0 || !c.umpan_balik.empty()) {
    const std::string atasan = std::string(T("Level dari atasan")) + ": " +
                               (c.level_atasan > 0 ? std::to_string(c.level_atasan) : std::string("—"));
    Heading(atasan.c_str());
    if (!c.umpan_balik.empty()) Hint(c.umpan_balik.c_str());
    TrackItem("competency.supervisor");
  }
  ImGui::Spacing();
  if (TextArea("competency.bukti", T("Bukti (contoh perilaku yang menunjukkan level ini)"), &c.bukti, 4.0f)) {
    intents.draft.edited = true;
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(state.selected_competency == 0);
  if (Button("competency.previous", T("Sebelumnya"))) --state.selected_competency;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(state.selected_competency + 1 >= count);
  if (Button("competency.next", T("Berikutnya"), true)) ++state.selected_competency;
  ImGui::EndDisabled();
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 2.0f));  // scroll the buttons clear of the edge
  ImGui::EndChild();
}

void DrawList(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  if (!ImGui::BeginTable("competency_table", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                   ImGuiTableFlags_SizingStretchProp)) {
    return;
  }
  ImGui::TableSetupColumn(T("Kompetensi"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(T("Dipersyaratkan"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(T("Level mandiri"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(T("Kesenjangan"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  TableHeaders();
  for (core::CompetencyEntry& c : a.kompetensi) {
    ImGui::PushID(c.kode.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    TextWrapped("%s  %s", c.kode.c_str(), c.nama.c_str());
    ImGui::TableNextColumn();
    Text("%d", c.level_standar);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    if (SliderInt("##self", &c.level_mandiri, 0, core::kMaxLevel, c.level_mandiri == 0 ? "—" : "%d",
                  std::string(T("Level mandiri")) + " — " + c.kode + " " + c.nama)) {
      intents.draft.edited = true;
    }
    TrackItem(("competency.list." + c.kode).c_str());
    ImGui::TableNextColumn();
    DrawGapBadge(GapOf(c));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void DrawCompetencyScreen(AppState& state, Intents& intents) {
  Heading(T("Kompetensi"), 1.5f);
  TrackItem("competency.title");
  ImGui::SameLine();
  if (Button("competency.toggle_view", state.competency_list_view ? T("Satu per satu") : T("Tampilan daftar"))) {
    state.competency_list_view = !state.competency_list_view;
  }
  if (state.competency_list_view) {
    DrawList(state, intents);
  } else {
    DrawOne(state, intents);
  }
}

}  // namespace asn::ui
