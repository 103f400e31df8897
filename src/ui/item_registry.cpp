#include "ui/item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>

namespace asn::ui {
namespace {
// Double-buffered so a query between frames sees a complete frame, and items that are no
// longer drawn disappear.
std::unordered_map<std::string, ItemRect> g_building;
std::unordered_map<std::string, ItemRect> g_published;
}  // namespace

void TrackItem(const char* id) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // "Visible" means wholly inside the window's clip rectangle, so a test never clicks the part of
  // an item hidden under a pane's edge.
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  const bool visible = ImGui::IsItemVisible() && clip.Contains(ImRect(min, max));
  g_building[id] = ItemRect{min.x, min.y, max.x - min.x, max.y - min.y, visible};
}

void BeginItemFrame() { g_building.clear(); }

void EndItemFrame() { g_published.swap(g_building); }

bool FindItem(const std::string& id, ItemRect* out) {
  const auto it = g_published.find(id);
  if (it == g_published.end()) return false;
  *out = it->second;
  return true;
}

}  // namespace asn::ui
