#include "ui/access_capture.hpp"

#include "ui/hooks/imgui_item_hooks.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace asn::ui::access {
namespace {

struct Pending {
  Role role;
  std::string name, value;
};

// Where an item of the published tree is in ImGui, for actions.
struct Target {
  ImGuiID id = 0;
  ImGuiID window = 0;
  ImRect rect;
  bool text_field = false;
};

struct Capture {
  bool in_frame = false;
  Tree building;
  std::vector<Target> building_targets;  // parallel to building.nodes
  std::unordered_map<ImGuiID, std::size_t> by_id;
  std::unordered_map<ImGuiID, int> group_of_window;  // root window id -> group index (-1: not mirrored)
  int last = -1;                                     // the node of the item just drawn
  ImGuiID last_id = 0;
  std::optional<Pending> next;
  std::unordered_map<int, int> texts_in_group;

  Tree published;
  std::unordered_map<std::string, Target> published_targets;
  unsigned version = 0;
  std::deque<std::pair<bool, std::string>> actions;  // (activate?, key), applied in the next frame
  int settle_frames = 0;  // frames still needed after an action (ImGui activates on the next frame)
  ImGuiID focus_lost = 0;  // the keyboard focus's item, gone from the last frame
  ImGuiID recovered = 0;   // the last such item
  std::string focus_near;  // the control before it, when it is still drawn but disabled
  bool dialog_shown = false;        // a modal dialog was in the last frame
  std::string focus_before_dialog;  // the control the keyboard focus was on when it opened
  std::string restore_focus;        // where the focus goes back to now that it has closed
};

Capture g_capture;

bool Interactive(Role role) {
  return role != Role::Text && role != Role::Heading && role != Role::Status && role != Role::Alert &&
         role != Role::Image;
}

// The group (top-level window) the current window belongs to; -1 for tooltips, which are not mirrored
// (what they say is also said elsewhere: the hint texts).
int CurrentGroup() {
  ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (window == nullptr) return -1;
  ImGuiWindow* root = window->RootWindow ? window->RootWindow : window;
  const auto found = g_capture.group_of_window.find(root->ID);
  if (found != g_capture.group_of_window.end()) return found->second;
  if (root->Flags & ImGuiWindowFlags_Tooltip) return g_capture.group_of_window[root->ID] = -1;
  Group group;
  group.key = "g" + std::to_string(g_capture.building.groups.size());
  if (root->Flags & ImGuiWindowFlags_Modal) {
    group.kind = GroupKind::Dialog;
    group.modal = true;
  } else if ((root->Flags & ImGuiWindowFlags_ChildMenu) ||
             ((root->Flags & ImGuiWindowFlags_Popup) && std::strncmp(root->Name, "##Combo_", 8) == 0)) {
    group.kind = GroupKind::Menu;  // a menu, or a dropdown's list
  } else if (root->Flags & ImGuiWindowFlags_Popup) {
    group.kind = GroupKind::Dialog;  // a popup that asks or tells something
  }
  g_capture.building.groups.push_back(group);
  return g_capture.group_of_window[root->ID] = static_cast<int>(g_capture.building.groups.size()) - 1;
}

// The table cell the item is drawn in, if it is drawn straight into a table's cell (not into a
// window inside one). Whether the table holds data or only lays things out is decided at EndFrame.
void PlaceInTable(Node& node) {
  const ImGuiTable* table = GImGui->CurrentTable;
  if (table == nullptr || !table->IsInsideRow || table->InnerWindow != ImGui::GetCurrentWindowRead()) return;
  node.table = table->ID;
  node.row = table->CurrentRow;
  node.column = table->CurrentColumn;
  node.header = (table->RowFlags & ImGuiTableRowFlags_Headers) != 0;
}

// A new node of the current group at the item's rectangle (framebuffer pixels until EndFrame).
Node MakeNode(Role role, int group, const ImRect& rect) {
  Node node;
  node.role = role;
  node.group = group;
  PlaceInTable(node);
  node.x = rect.Min.x;
  node.y = rect.Min.y;
  node.w = rect.GetWidth();
  node.h = rect.GetHeight();
  return node;
}

Node* NodeFor(ImGuiID id, const ImRect& rect, bool create) {
  const auto found = g_capture.by_id.find(id);
  if (found != g_capture.by_id.end()) {
    g_capture.last = static_cast<int>(found->second);
    g_capture.last_id = id;
    return &g_capture.building.nodes[found->second];
  }
  if (!create) return nullptr;
  const int group = CurrentGroup();
  if (group < 0) return nullptr;
  Node node = MakeNode(Role::Button, group, rect);
  char key[16];
  std::snprintf(key, sizeof key, "w%08x", id);
  node.key = key;
  node.imgui_id = id;
  if (GImGui->LastItemData.ItemFlags & ImGuiItemFlags_Disabled) node.states |= kDisabled;
  g_capture.building.nodes.push_back(std::move(node));
  g_capture.building_targets.push_back(Target{id, ImGui::GetCurrentWindowRead()->ID, rect});
  g_capture.by_id[id] = g_capture.building.nodes.size() - 1;
  g_capture.last = static_cast<int>(g_capture.building.nodes.size()) - 1;
  g_capture.last_id = id;
  return &g_capture.building.nodes.back();
}

void ApplyPending(Node* node) {
  node->role = g_capture.next->role;
  node->name = g_capture.next->name;
  node->value = g_capture.next->value;
  g_capture.next.reset();
}

void OnItemAdded(ImGuiID id, const ImRect& rect) {
  if (!g_capture.in_frame || !g_capture.next) return;
  if (Node* node = NodeFor(id, rect, true)) ApplyPending(node);
}

void OnItemInfo(ImGuiID id, const char* label, int flags) {
  if (!g_capture.in_frame || id == 0) return;
  // A window registers itself too (screens, cards, popups): windows are groups, not items.
  if (ImGui::FindWindowByID(id) != nullptr) return;
  const bool fresh = g_capture.by_id.find(id) == g_capture.by_id.end();
  Node* node = NodeFor(id, GImGui->LastItemData.Rect, true);
  if (node == nullptr) return;
  if (g_capture.next) ApplyPending(node);
  if (node->name.empty()) node->name = VisibleLabel(label);
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const bool in_menu = (window->Flags & ImGuiWindowFlags_ChildMenu) || window->DC.NavLayerCurrent == ImGuiNavLayer_Menu;
  if (in_menu) {
    node->role = Role::MenuItem;  // every menu entry reports itself checkable; only a chosen one is checked
  } else if (fresh || node->role == Role::Button) {
    if (flags & ImGuiItemStatusFlags_Inputable) node->role = Role::TextField;
    else if (flags & ImGuiItemStatusFlags_Checkable) node->role = Role::Checkbox;
    else if (flags & ImGuiItemStatusFlags_Openable) node->role = Role::ComboBox;
  }
  if (flags & ImGuiItemStatusFlags_Checked) node->states |= kChecked;
  if (flags & ImGuiItemStatusFlags_Openable) node->states |= (flags & ImGuiItemStatusFlags_Opened) ? kExpanded : kCollapsed;
  if (GImGui->LastItemData.ItemFlags & ImGuiItemFlags_Disabled) node->states |= kDisabled;
}

// The node of the item just drawn: a widget (by its id), or the text written last.
Node* LastNode() {
  const ImGuiID id = ImGui::GetItemID();
  if (id != 0) return NodeFor(id, GImGui->LastItemData.Rect, true);
  if (g_capture.last >= 0 && g_capture.last_id == 0) return &g_capture.building.nodes[static_cast<std::size_t>(g_capture.last)];
  return nullptr;
}

const Target* PublishedTarget(const std::string& key) {
  const auto found = g_capture.published_targets.find(key);
  return found == g_capture.published_targets.end() ? nullptr : &found->second;
}

// Gives the item the keyboard focus (visible, scrolled into view); `activate`: as Enter or Space.
void FocusTarget(const Target& target, bool activate) {
  ImGuiWindow* window = ImGui::FindWindowByID(target.window);
  if (window == nullptr) return;
  ImGui::FocusWindow(window);
  ImGui::SetFocusID(target.id, window);
  GImGui->NavCursorVisible = true;
  GImGui->NavHighlightItemUnderNav = true;
  ImGui::ScrollToRectEx(window, target.rect, ImGuiScrollFlags_KeepVisibleEdgeY);
  if (activate) {
    ImGui::ActivateItemByID(target.id);
    // A text field starts editing (as a tap on it does), whatever input was used last.
    if (target.text_field) GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
  }
  g_capture.settle_frames = 2;
}

// The keyboard focus was on an item that is gone (Enter on "Draf baru" replaced the screen, a row
// was removed): Dear ImGui keeps the dead id, and Tab, which moves on from it, then goes nowhere —
// a keyboard trap. The focus goes to the first control of the screen now shown, as a web page
// moves it into new content; a text field there starts editing, as Tab onto it does. Without one,
// the next Tab starts from the top.
void RecoverLostFocus() {
  const ImGuiID lost = g_capture.focus_lost;
  g_capture.focus_lost = 0;
  if (GImGui->NavId != lost) return;  // moved meanwhile
  if (const Target* near = g_capture.focus_near.empty() ? nullptr : PublishedTarget(g_capture.focus_near)) {
    FocusTarget(*near, false);
    return;
  }
  for (std::size_t i = 0; i < g_capture.published.nodes.size(); ++i) {
    const Node& n = g_capture.published.nodes[i];
    if (!Interactive(n.role) || (n.states & kDisabled) || n.imgui_id == 0) continue;
    const Target* target = PublishedTarget(n.key);
    const ImGuiWindow* window = target ? ImGui::FindWindowByID(target->window) : nullptr;
    if (window == nullptr || std::strstr(window->Name, "/##screen") == nullptr) continue;
    FocusTarget(*target, target->text_field);
    return;
  }
  GImGui->NavId = 0;
  GImGui->NavCursorVisible = false;
}

// A control drawn without a label of its own (its label is the text written just before it, as a
// sighted user reads it): that text names it.
void NameFromPrecedingText(std::vector<Node>& nodes) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].name.empty() || !Interactive(nodes[i].role)) continue;
    for (std::size_t j = i; j-- > 0;) {
      if (nodes[j].group != nodes[i].group) continue;
      if (Interactive(nodes[j].role)) break;
      if (!nodes[j].name.empty()) {
        nodes[i].name = nodes[j].name;
        break;
      }
    }
  }
}

// A table is read as a table only when it has a header row (a grid of data with named columns);
// a table that only places a label beside its field is read as the items it holds.
void KeepDataTables(std::vector<Node>& nodes) {
  std::unordered_set<std::uint32_t> with_headers;
  for (const Node& n : nodes) {
    if (n.table != 0 && n.header) with_headers.insert(n.table);
  }
  for (Node& n : nodes) {
    if (n.table != 0 && with_headers.count(n.table) == 0) {
      n.table = 0;
      n.row = n.column = 0;
    }
  }
}

}  // namespace

void StartCapture() {
  hooks::ItemReceivers receivers;
  receivers.item_added = OnItemAdded;
  receivers.item_info = OnItemInfo;
  hooks::SetItemReceivers(receivers);
}

void BeginFrame(const char* language) {
  g_capture.in_frame = true;
  g_capture.building = Tree{};
  g_capture.building.language = language;
  g_capture.building_targets.clear();
  g_capture.by_id.clear();
  g_capture.group_of_window.clear();
  g_capture.texts_in_group.clear();
  g_capture.last = -1;
  g_capture.last_id = 0;
  g_capture.next.reset();
  // Actions that arrived since the last frame.
  while (!g_capture.actions.empty()) {
    const auto [activate, key] = g_capture.actions.front();
    g_capture.actions.pop_front();
    if (const Target* target = PublishedTarget(key)) FocusTarget(*target, activate);
  }
  // A dialog closed (Esc, Batal): the focus goes back to the control that opened it, if still there.
  if (!g_capture.restore_focus.empty()) {
    if (const Target* opener = PublishedTarget(g_capture.restore_focus)) FocusTarget(*opener, false);
    g_capture.restore_focus.clear();
  }
  if (g_capture.focus_lost != 0) RecoverLostFocus();
}

void EndFrame(float pixel_ratio) {
  g_capture.in_frame = false;
  if (g_capture.settle_frames > 0) --g_capture.settle_frames;
  Tree& tree = g_capture.building;
  NameFromPrecedingText(tree.nodes);
  KeepDataTables(tree.nodes);
  // Groups are named by their first heading (a dialog's title).
  for (std::size_t gi = 0; gi < tree.groups.size(); ++gi) {
    for (const Node& n : tree.nodes) {
      if (n.group == static_cast<int>(gi) && n.role == Role::Heading) {
        tree.groups[gi].name = n.name;
        break;
      }
    }
  }
  const ImGuiContext& c = *GImGui;
  const ImGuiID editing = (c.InputTextState.ID != 0 && c.ActiveId == c.InputTextState.ID) ? c.ActiveId : 0;
  const float scale = pixel_ratio > 0.0f ? 1.0f / pixel_ratio : 1.0f;
  std::unordered_set<std::string> keys;
  std::unordered_map<std::string, Target> targets;
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    Node& n = tree.nodes[i];
    // Keys are unique (a test id drawn twice keeps the first; the second gets a suffix).
    if (!keys.insert(n.key).second) {
      for (int k = 2;; ++k) {
        const std::string candidate = n.key + "#" + std::to_string(k);
        if (keys.insert(candidate).second) {
          n.key = candidate;
          break;
        }
      }
    }
    n.x *= scale;
    n.y *= scale;
    n.w *= scale;
    n.h *= scale;
    if (n.imgui_id != 0) {
      if (c.NavCursorVisible && n.imgui_id == c.NavId) {
        n.states |= kFocused;
        tree.focus = n.key;
      }
      if (n.imgui_id == editing) tree.active_field = n.key;
      targets[n.key] = g_capture.building_targets[i];
      targets[n.key].text_field = n.role == Role::TextField || n.role == Role::TextArea;
    }
  }
  // An item that became disabled under the focus ("Ajukan & ekspor" once submitted) is a trap too:
  // Dear ImGui's Tab does not move on from it. The focus then goes to the control before it.
  g_capture.focus_near.clear();
  bool disabled = false;
  for (std::size_t i = 0; i < tree.nodes.size() && c.NavId != 0; ++i) {
    if (tree.nodes[i].imgui_id != c.NavId || !(tree.nodes[i].states & kDisabled)) continue;
    disabled = true;
    for (std::size_t j = i; j-- > 0;) {
      const Node& n = tree.nodes[j];
      if (n.group == tree.nodes[i].group && Interactive(n.role) && !(n.states & kDisabled) && n.imgui_id != 0) {
        g_capture.focus_near = n.key;
        break;
      }
    }
    break;
  }
  // The keyboard focus is on an item this frame did not draw, or on a disabled one (see
  // RecoverLostFocus); popups restore their opener's focus themselves.
  const bool gone = c.NavId != 0 && (!c.NavIdIsAlive || disabled) && c.NavCursorVisible && c.ActiveId == 0 &&
                    !c.NavAnyRequest && c.NavWindow != nullptr &&
                    !(c.NavWindow->RootWindow->Flags & ImGuiWindowFlags_Popup);
  const bool dialog = std::any_of(tree.groups.begin(), tree.groups.end(), [](const Group& group) { return group.modal; });
  if (dialog && !g_capture.dialog_shown) g_capture.focus_before_dialog = g_capture.published.focus;  // the frame before it opened
  if (!dialog && g_capture.dialog_shown) g_capture.restore_focus = g_capture.focus_before_dialog;
  g_capture.dialog_shown = dialog;
  g_capture.focus_lost = gone && c.NavId != g_capture.recovered ? c.NavId : 0;
  g_capture.recovered = gone ? c.NavId : 0;  // once per lost item: an item never drawn again must not keep frames coming
  if (MarkChanges(tree, g_capture.published)) {
    g_capture.published = std::move(tree);
    g_capture.published_targets = std::move(targets);
    ++g_capture.version;
  }
}

bool WantsFrames() {
  return g_capture.settle_frames > 0 || !g_capture.actions.empty() || g_capture.focus_lost != 0 || !g_capture.restore_focus.empty();
}

const Tree& Published() { return g_capture.published; }
unsigned PublishedVersion() { return g_capture.version; }

void Describe(Role role, const std::string& name, const std::string& value, std::uint32_t states) {
  if (!g_capture.in_frame) return;
  Node* node = LastNode();
  if (node == nullptr) return;
  node->role = role;
  if (!name.empty()) node->name = name;
  if (!value.empty() || role == Role::TextField || role == Role::TextArea) node->value = value;
  node->states |= states;
}

void SetKey(const char* key) {
  if (!g_capture.in_frame) return;
  // Only an item already in the mirror gets the key (a card, a child window, is not an item).
  const ImGuiID id = ImGui::GetItemID();
  if (id != 0) {
    if (const auto found = g_capture.by_id.find(id); found != g_capture.by_id.end()) g_capture.building.nodes[found->second].key = key;
  } else if (g_capture.last >= 0 && g_capture.last_id == 0) {
    g_capture.building.nodes[static_cast<std::size_t>(g_capture.last)].key = key;
  }
}

void AddStates(ImGuiID id, std::uint32_t states) {
  if (const auto found = g_capture.by_id.find(id); g_capture.in_frame && found != g_capture.by_id.end()) {
    g_capture.building.nodes[found->second].states |= states;
  }
}

void MarkInvalid(const std::string& message) {
  if (!g_capture.in_frame) return;
  // The field is the last interactive node before the message.
  for (std::size_t i = g_capture.building.nodes.size(); i-- > 0;) {
    Node& n = g_capture.building.nodes[i];
    if (Interactive(n.role)) {
      n.states |= kInvalid;
      n.description = message;
      return;
    }
  }
}

void DescribeNext(Role role, const std::string& name, const std::string& value) {
  if (g_capture.in_frame) g_capture.next = Pending{role, name, value};
}

void Announce(bool on_appearance) {
  if (!g_capture.in_frame) return;
  if (Node* node = LastNode()) node->states |= kLive | (on_appearance ? kNews : 0u);
}

void AddText(const char* begin, const char* end, Role role, int level, const char* key) {
  if (!g_capture.in_frame || begin == nullptr) return;
  if (end == nullptr) end = begin + std::strlen(begin);
  if (begin == end) {
    g_capture.last = -1;  // nothing to read; what follows must not describe the text before it
    g_capture.last_id = 0;
    return;
  }
  const int group = CurrentGroup();
  if (group < 0) return;
  Node node = MakeNode(role, group, GImGui->LastItemData.Rect);
  node.key = key ? std::string(key) : "t" + std::to_string(group) + "." + std::to_string(g_capture.texts_in_group[group]++);
  node.name.assign(begin, end);
  node.level = level;
  g_capture.building.nodes.push_back(std::move(node));
  g_capture.building_targets.push_back(Target{});
  g_capture.last = static_cast<int>(g_capture.building.nodes.size()) - 1;
  g_capture.last_id = 0;
}

bool Activate(const std::string& key) {
  if (PublishedTarget(key) == nullptr) return false;
  g_capture.actions.emplace_back(true, key);
  return true;
}

bool Focus(const std::string& key) {
  if (PublishedTarget(key) == nullptr) return false;
  g_capture.actions.emplace_back(false, key);
  return true;
}

}  // namespace asn::ui::access
