// The card of one competency level: description, behavioural indicators, the required level
// marked, and a button that chooses it. Shared by the self-assessment and the supervisor review.
#include "ui/level_card.hpp"

#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

namespace asn::ui {

// One level card; its button chooses the level. For a kompetensi teknis (defined by the user)
// the description is editable in place.
bool LevelCard(core::CompetencyEntry& c, int level, int chosen_level, const std::string& id_prefix,
               const std::string& description, const std::vector<std::string>& indicators, Intents& intents) {
  const bool chosen = chosen_level == level;
  const bool required = c.level_standar == level;
  ImGui::PushID(level);
  if (chosen) ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_Header]);
  if (required) ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyle().Colors[ImGuiCol_CheckMark]);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, required ? 2.5f : 1.0f);
  bool pick = false;
  const std::string card_id = id_prefix + ".level." + std::to_string(level);
  if (BeginCard(card_id.c_str())) {
    std::string title = "Level " + std::to_string(level);
    Heading(title.c_str(), 1.05f);
    if (required) {
      ImGui::SameLine();
      Badge(T("Dipersyaratkan"), AccentColour(), IM_COL32(255, 255, 255, 255));
    }
    if (c.jenis == core::CompetencyKind::Teknis) {
      const std::size_t index = static_cast<std::size_t>(level - 1);
      std::string text = c.deskripsi_level.size() == 5 ? c.deskripsi_level[index] : std::string();
      const std::string field = "competency.teknis.level." + std::to_string(level);
      if (TextArea(field.c_str(), T("Deskripsi level"), &text, 1.5f)) {
        c.deskripsi_level.resize(5);  // the format holds none or all five
        c.deskripsi_level[index] = text;
        intents.draft.edited = true;
      }
    } else {
      TextWrapped("%s", description.c_str());
    }
    for (const std::string& indicator : indicators) {
      ImGui::Bullet();
      TextWrapped("%s", indicator.c_str());
    }
    const std::string button = id_prefix + ".choose." + std::to_string(level);
    const char* label = chosen ? T("Level dipilih") : T("Pilih level ini");
    if (Button(button.c_str(), label, !chosen)) pick = true;
    // Five buttons say the same: for a screen reader each names its level.
    access::Describe(access::Role::Button, title + ": " + label);
  }
  EndCard();
  TrackItem(card_id.c_str());
  ImGui::PopStyleVar();
  if (required) ImGui::PopStyleColor();
  if (chosen) ImGui::PopStyleColor();
  ImGui::PopID();
  return pick;
}


void LevelTexts(const core::CompetencyEntry& c, int level, std::string* description, std::vector<std::string>* indicators) {
  const core::CompetencyDefinition* def = core::DefaultCompetencyDictionary().Find(c.kode);
  if (def != nullptr && def->levels.size() == 5) {
    *description = def->levels[static_cast<std::size_t>(level - 1)].deskripsi;
    *indicators = def->levels[static_cast<std::size_t>(level - 1)].indikator;
  } else if (c.deskripsi_level.size() == 5) {
    *description = c.deskripsi_level[static_cast<std::size_t>(level - 1)];
  }
}

}  // namespace asn::ui
