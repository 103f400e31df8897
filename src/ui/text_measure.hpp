#pragma once
// The size of wrapped text, remembered by its content. Every text of a screen is laid out in every
// drawn frame, also out of view (the accessibility mirror holds the whole screen), and measuring a
// few thousand characters of wrapped text (an RHK row's feedback, a long field) costs far more than
// recognising that they did not change.
#include <imgui.h>

#include <cstdint>
#include <string_view>

namespace asn::ui {

// A quick fingerprint of a text (64 bits at a time): whether a text is still the one measured.
std::uint64_t Fingerprint(std::string_view text);

// ImGui::CalcTextSize(begin, end, false, wrap_width) in the current font; the size of a long text
// is looked up when the same text was measured at the same width and font size before.
ImVec2 WrappedTextSize(const char* begin, const char* end, float wrap_width);

}  // namespace asn::ui
