#include "ui/home_screen.hpp"

#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace asn::ui {

void DrawHomeScreen(const AppState& /*state*/, Intents& /*intents*/) {
  // Readable line length: centre a column of at most ~48 em on wide screens (projectors).
  const float max_width = ImGui::GetFontSize() * 48.0f;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, max_width);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
  Heading(Tr(Text::HomeTitle), 1.6f);
  TrackItem("home.title");
  ImGui::TextDisabled("%s", Tr(Text::AppSubtitle));
  ImGui::Spacing();
  ImGui::TextWrapped("%s", Tr(Text::HomeIntro));
  ImGui::Spacing();

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);
  if (BeginCard("home.drafts", width)) {
    ImGui::TextDisabled("%s", Tr(Text::HomeNoDrafts));
  }
  EndCard();
  TrackItem("home.drafts");
  ImGui::Spacing();

  if (BeginCard("home.steps", width)) {
    Heading(Tr(Text::HomeStepsTitle), 1.15f);
    const Text steps[] = {Text::HomeStep1, Text::HomeStep2, Text::HomeStep3, Text::HomeStep4};
    int number = 1;
    for (Text step : steps) {
      ImGui::Text("%d.", number++);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", Tr(step));
    }
  }
  EndCard();
  ImGui::PopStyleVar();

  ImGui::Spacing();
  ImGui::TextDisabled("%s", Tr(Text::HomePrivacy));
  TrackItem("home.privacy");

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace asn::ui
