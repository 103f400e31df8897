#include "ui/item_registry.hpp"

#include "ui/access_capture.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>

namespace asn::ui {
namespace {
// Double-buffered so a query between frames sees a complete frame, and items that are no
// longer drawn disappear.
std::unordered_map<std::string, ItemRect> g_building;
std::unordered_map<std::string, ItemRect> g_published;

// Where each top-level window (screen, popup, menu) was, this frame and the last. A popup takes its
// place over its first frames (hidden while it measures itself, then placed by that size): an item
// of a window that moved since the last frame is not yet where it will be clicked.
std::unordered_map<ImGuiID, ImRect> g_windows_building;
std::unordered_map<ImGuiID, ImRect> g_windows_published;

bool WindowSettled(const ImGuiWindow* window) {
  const ImGuiWindow* root = window->RootWindow;
  const ImRect now(root->Pos, ImVec2(root->Pos.x + root->Size.x, root->Pos.y + root->Size.y));
  g_windows_building[root->ID] = now;
  if (window->Hidden || root->Hidden || root->Appearing) return false;
  const auto before = g_windows_published.find(root->ID);
  return before != g_windows_published.end() && before->second.Min.x == now.Min.x &&
         before->second.Min.y == now.Min.y && before->second.Max.x == now.Max.x && before->second.Max.y == now.Max.y;
}
}  // namespace

void TrackItem(const char* id) {
  access::SetKey(id);  // the mirror knows the item by the same name as the tests
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // "Visible" means wholly inside the window's clip rectangle, so a test never clicks the part of
  // an item hidden under a pane's edge.
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const ImRect clip = window->ClipRect;
  const bool visible = ImGui::IsItemVisible() && clip.Contains(ImRect(min, max));
  // Only a pane with a horizontal scroll bar can show what sticks out sideways: one without keeps
  // it out of reach (under its edge or its vertical scroll bar), however wide its content is.
  const bool can_scroll_sideways = window->ScrollbarX;
  // A card scrolled out of view is laid out but not drawn (for the mirror): nothing of it is cut.
  const bool cut = !window->Hidden && (min.x < clip.Min.x - 0.5f || max.x > clip.Max.x + 0.5f);
  // Controls have an ImGui id; text and drawings have none. Cards (child windows) have one too, but
  // are never small.
  g_building[id] = ItemRect{min.x, min.y, max.x - min.x, max.y - min.y, visible, cut && !can_scroll_sideways,
                            ImGui::GetItemID() != 0, WindowSettled(window)};
}

void BeginItemFrame() {
  g_building.clear();
  g_windows_building.clear();
}

void EndItemFrame() {
  g_published.swap(g_building);
  g_windows_published.swap(g_windows_building);
}

const std::unordered_map<std::string, ItemRect>& PublishedItems() { return g_published; }

bool FindItem(const std::string& id, ItemRect* out) {
  const auto it = g_published.find(id);
  if (it == g_published.end()) return false;
  *out = it->second;
  return true;
}

}  // namespace asn::ui
