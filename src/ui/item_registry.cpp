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
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const ImRect clip = window->ClipRect;
  const bool visible = ImGui::IsItemVisible() && clip.Contains(ImRect(min, max));
  const bool can_scroll_sideways = window->ScrollMax.x > 0.0f;
  const bool cut = min.x < clip.Min.x - 0.5f || max.x > clip.Max.x + 0.5f;
  // Controls have an ImGui id; text and drawings have none. Cards (child windows) have one too, but
  // are never small.
  g_building[id] = ItemRect{min.x, min.y, max.x - min.x, max.y - min.y, visible, cut && !can_scroll_sideways,
                            ImGui::GetItemID() != 0};
}

void BeginItemFrame() { g_building.clear(); }

void EndItemFrame() { g_published.swap(g_building); }

const std::unordered_map<std::string, ItemRect>& PublishedItems() { return g_published; }

bool FindItem(const std::string& id, ItemRect* out) {
  const auto it = g_published.find(id);
  if (it == g_published.end()) return false;
  *out = it->second;
  return true;
}

}  // namespace asn::ui
