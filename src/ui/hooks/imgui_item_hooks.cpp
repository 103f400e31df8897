#include "ui/hooks/imgui_item_hooks.hpp"

#include <imgui_internal.h>

namespace {
asn::ui::hooks::ItemReceivers g_receivers;
}  // namespace

namespace asn::ui::hooks {

void SetItemReceivers(const ItemReceivers& receivers) {
  g_receivers = receivers;
  GImGui->TestEngineHookItems = receivers.item_added != nullptr || receivers.item_info != nullptr;
}

}  // namespace asn::ui::hooks

// The hooks Dear ImGui calls (declared in imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  if (g_receivers.item_added) g_receivers.item_added(id, bb);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (g_receivers.item_info) g_receivers.item_info(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
