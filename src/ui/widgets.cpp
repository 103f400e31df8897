#include "ui/widgets.hpp"

#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

namespace asn::ui {
namespace {
bool DarkTheme() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f; }
}  // namespace

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

void ClampText(std::string* text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((static_cast<unsigned char>((*text)[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (++chars > max_chars) {
      text->resize(i);
      return;
    }
  }
}

bool TextField(const char* id, const char* label, std::string* value, float width, const char* hint) {
  ImGui::TextUnformatted(label);
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(width);
  const bool changed = hint ? ImGui::InputTextWithHint("##field", hint, value) : ImGui::InputText("##field", value);
  if (changed) ClampText(value, core::kMaxShortTextChars);
  ImGui::PopID();
  TrackItem(id);
  return changed;
}

bool TextArea(const char* id, const char* label, std::string* value, float lines) {
  ImGui::TextUnformatted(label);
  ImGui::PushID(id);
  const float height = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2.0f;
  const bool changed = ImGui::InputTextMultiline("##area", value, ImVec2(-1.0f, height));
  if (changed) ClampText(value, core::kMaxTextChars);
  ImGui::PopID();
  TrackItem(id);
  return changed;
}

bool Button(const char* id, const char* label, bool primary) {
  if (!primary) {
    const ImVec4* c = ImGui::GetStyle().Colors;
    ImGui::PushStyleColor(ImGuiCol_Button, c[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, c[ImGuiCol_FrameBgActive]);
    ImGui::PushStyleColor(ImGuiCol_Text, c[ImGuiCol_Text]);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  }
  ImGui::PushID(id);
  const bool pressed = ImGui::Button(label);
  ImGui::PopID();
  TrackItem(id);
  if (!primary) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
  } else {
    ImGui::PopStyleColor();
  }
  return pressed;
}

void Hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void ErrorText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void Badge(const char* text, ImU32 background, ImU32 foreground) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pad(ImGui::GetFontSize() * 0.4f, ImGui::GetFontSize() * 0.1f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2), background,
                      ImGui::GetFontSize() * 0.4f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text);
  ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
}

ImU32 GapColour(int gap) {
  const bool dark = DarkTheme();
  if (gap < 0) return dark ? IM_COL32(255, 135, 120, 255) : IM_COL32(196, 43, 28, 255);
  if (gap == 0) return dark ? IM_COL32(110, 210, 140, 255) : IM_COL32(26, 127, 55, 255);
  return dark ? IM_COL32(120, 170, 255, 255) : IM_COL32(31, 111, 235, 255);
}

ImU32 AccentColour() { return ImGui::GetColorU32(ImGuiCol_Button); }

ImU32 WarningColour() { return DarkTheme() ? IM_COL32(255, 170, 90, 255) : IM_COL32(176, 64, 0, 255); }

void CenterNextWindow(float width_em) {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  const float max_width = ImGui::GetMainViewport()->WorkSize.x * 0.95f;
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetFontSize() * width_em, max_width), 0), ImGuiCond_Always);
}

}  // namespace asn::ui
