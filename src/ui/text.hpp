#pragma once
// Text for the screens: Dear ImGui's text functions under the same names, each also adding what it
// wrote to the accessibility mirror (ui/access_capture.hpp), so a screen reader reads what the
// screen shows. Inside namespace asn::ui these are the ones called (unqualified).
#include <imgui.h>

namespace asn::ui {

void TextUnformatted(const char* text, const char* text_end = nullptr);
void Text(const char* fmt, ...) IM_FMTARGS(1);
void TextWrapped(const char* fmt, ...) IM_FMTARGS(1);
void TextDisabled(const char* fmt, ...) IM_FMTARGS(1);
void TextColored(const ImVec4& colour, const char* fmt, ...) IM_FMTARGS(2);

}  // namespace asn::ui
