#include "ui/text.hpp"

#include "ui/access_capture.hpp"
#include "ui/text_measure.hpp"

#include <imgui_internal.h>

#include <cstdarg>

namespace asn::ui {
namespace {

// Formats into ImGui's temporary buffer (as ImGui::Text does), returns [begin, end).
void Format(const char* fmt, va_list args, const char** begin, const char** end) {
  ImFormatStringToTempBufferV(begin, end, fmt, args);
}

void Written(const char* begin, const char* end) { access::AddText(begin, end); }

// As ImGui::TextWrapped (ImGui::TextEx with wrapping): wrap at the window's edge unless a wrap
// position is already set. The one difference: a long text's size is looked up, not measured again
// in every frame (ui/text_measure.hpp).
void Wrapped(const char* begin, const char* end) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (!window->SkipItems) {
    if (begin == end) begin = end = "";
    const float wrap_pos_x = window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos;
    const float wrap_width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos_x);
    const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
    const ImVec2 size = WrappedTextSize(begin, end, wrap_width);
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    if (ImGui::ItemAdd(bb, 0)) ImGui::RenderTextWrapped(bb.Min, begin, end, wrap_width);
  }
  Written(begin, end);
}

}  // namespace

void TextUnformatted(const char* text, const char* text_end) {
  ImGui::TextUnformatted(text, text_end);
  Written(text, text_end);
}

void Text(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const char *begin, *end;
  Format(fmt, args, &begin, &end);
  va_end(args);
  ImGui::TextUnformatted(begin, end);
  Written(begin, end);
}

void TextWrapped(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const char *begin, *end;
  Format(fmt, args, &begin, &end);
  va_end(args);
  Wrapped(begin, end);
}

void TextDisabled(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const char *begin, *end;
  Format(fmt, args, &begin, &end);
  va_end(args);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextUnformatted(begin, end);
  ImGui::PopStyleColor();
  Written(begin, end);
}

void TextColored(const ImVec4& colour, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const char *begin, *end;
  Format(fmt, args, &begin, &end);
  va_end(args);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(begin, end);
  ImGui::PopStyleColor();
  Written(begin, end);
}

}  // namespace asn::ui
