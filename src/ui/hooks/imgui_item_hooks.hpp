#pragma once
// Dear ImGui is compiled with IMGUI_ENABLE_TEST_ENGINE: every widget then reports where it is and
// its label and semantic status (checkable, checked, openable, open, text input) through the hook
// functions of imgui_item_hooks.cpp, which is part of the imgui library so that every program
// linking it (the app, the benchmark's bare baseline page) has them. They forward to the receivers
// set here — the accessibility mirror (ui/access_capture.cpp) — and do nothing without them.
#include <imgui.h>

struct ImRect;

namespace asn::ui::hooks {

struct ItemReceivers {
  void (*item_added)(ImGuiID id, const ImRect& rect) = nullptr;               // every item with an id
  void (*item_info)(ImGuiID id, const char* label, int status_flags) = nullptr;  // widgets, when not clipped
};

// Starts (or, with empty receivers, stops) the reports for the current ImGui context.
void SetItemReceivers(const ItemReceivers& receivers);

}  // namespace asn::ui::hooks
