#include "ui/widgets.hpp"

#include "ui/theme.hpp"

#include <imgui.h>

namespace asn::ui {

void Heading(const char* text, float scale) {
  ImGui::PushFont(BoldFont(), ImGui::GetStyle().FontSizeBase * scale);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

bool BeginCard(const char* id, float width) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
  const bool open = ImGui::BeginChild(id, ImVec2(width, 0),
                                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                          ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  return open;
}

void EndCard() { ImGui::EndChild(); }

}  // namespace asn::ui
