#include "ui/text.hpp"

#include "ui/access_capture.hpp"

#include <imgui_internal.h>

#include <cstdarg>

namespace asn::ui {
namespace {

// Formats into ImGui's temporary buffer (as ImGui::Text does), returns [begin, end).
void Format(const char* fmt, va_list args, const char** begin, const char** end) {
  ImFormatStringToTempBufferV(begin, end, fmt, args);
}

void Written(const char* begin, const char* end) { access::AddText(begin, end); }

void Wrapped(const char* begin, const char* end) {
  // As ImGui::TextWrapped: wrap at the window's edge unless a wrap position is already set.
  const bool wrap_here = ImGui::GetCurrentWindowRead()->DC.TextWrapPos < 0.0f;
  if (wrap_here) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(begin, end);
  if (wrap_here) ImGui::PopTextWrapPos();
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
