#include "ui/access_tree.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace asn::ui::access {

bool Node::operator==(const Node& o) const {
  return key == o.key && role == o.role && name == o.name && value == o.value && description == o.description &&
         states == o.states && level == o.level && imgui_id == o.imgui_id && group == o.group && table == o.table &&
         row == o.row && column == o.column && header == o.header && x == o.x && y == o.y && w == o.w && h == o.h;
}

bool Group::operator==(const Group& o) const {
  return key == o.key && kind == o.kind && name == o.name && modal == o.modal;
}

bool Tree::operator==(const Tree& o) const {
  return language == o.language && focus == o.focus && active_field == o.active_field && groups == o.groups &&
         nodes == o.nodes;
}

bool MarkChanges(Tree& tree, const Tree& before) {
  std::unordered_map<std::string_view, const Node*> by_key;
  by_key.reserve(before.nodes.size());
  for (const Node& n : before.nodes) by_key.emplace(n.key, &n);
  bool same_layout = tree.nodes.size() == before.nodes.size() && tree.language == before.language &&
                     tree.groups == before.groups;
  bool any = !same_layout || tree.focus != before.focus || tree.active_field != before.active_field;
  tree.changed.assign(tree.nodes.size(), false);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    const auto found = by_key.find(n.key);
    const bool changed = found == by_key.end() || *found->second != n;
    tree.changed[i] = changed;
    // Same nodes in another order is a change too (the sizes are equal while same_layout holds).
    if (same_layout && before.nodes[i].key != n.key) same_layout = false;
    if (changed) any = true;
  }
  tree.same_layout = same_layout;
  return any || !same_layout;
}

std::string VisibleLabel(const char* label) {
  if (label == nullptr) return {};
  const char* hashes = std::strstr(label, "##");
  return hashes ? std::string(label, hashes) : std::string(label);
}

const char* RoleName(Role role) {
  switch (role) {
    case Role::Text: return "text";
    case Role::Heading: return "heading";
    case Role::Status: return "status";
    case Role::Alert: return "alert";
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::TextField: return "textbox";
    case Role::TextArea: return "textarea";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::ComboBox: return "combobox";
    case Role::Slider: return "slider";
    case Role::Option: return "option";
    case Role::Tab: return "tab";
    case Role::MenuItem: return "menuitem";
    case Role::ProgressBar: return "progressbar";
    case Role::Image: return "img";
  }
  return "text";
}

namespace {

const char* GroupKindName(GroupKind kind) {
  switch (kind) {
    case GroupKind::Main: return "main";
    case GroupKind::Menu: return "menu";
    case GroupKind::Dialog: return "dialog";
  }
  return "main";
}

nlohmann::json StateNames(std::uint32_t states) {
  static const std::pair<State, const char*> kNames[] = {
      {kChecked, "checked"},   {kSelected, "selected"}, {kDisabled, "disabled"}, {kExpanded, "expanded"},
      {kCollapsed, "collapsed"}, {kInvalid, "invalid"}, {kFocused, "focused"},   {kRequired, "required"},
      {kLive, "live"}, {kProtected, "protected"}, {kNews, "news"}};
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [bit, name] : kNames) {
    if (states & bit) out.push_back(name);
  }
  return out;
}

// Whole CSS pixels are enough to place an element; fewer digits, fewer changes.
int Px(float v) { return static_cast<int>(v + (v < 0 ? -0.5f : 0.5f)); }

}  // namespace

std::string ToJson(const Tree& tree, unsigned version, unsigned base) {
  nlohmann::json out;
  out["version"] = version;
  out["base"] = base;
  out["lang"] = tree.language;
  out["focus"] = tree.focus;
  out["editing"] = tree.active_field;
  nlohmann::json groups = nlohmann::json::array();
  for (const Group& g : tree.groups) {
    nlohmann::json& group = groups.emplace_back(nlohmann::json::object());
    group["k"] = g.key;
    group["kind"] = GroupKindName(g.kind);
    group["n"] = g.name;
    group["modal"] = g.modal;
  }
  out["groups"] = std::move(groups);
  nlohmann::json nodes = nlohmann::json::array();
  nlohmann::json order = nlohmann::json::array();
  const bool delta = base != 0 && tree.changed.size() == tree.nodes.size();
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    if (delta) {
      if (!tree.same_layout) order.push_back(n.key);
      if (!tree.changed[i]) continue;
    }
    // Member by member: nested initializer lists cost the page's module several times the code.
    nlohmann::json node = nlohmann::json::object();
    node["k"] = n.key;
    node["r"] = RoleName(n.role);
    node["n"] = n.name;
    node["g"] = n.group;
    node["x"] = Px(n.x);
    node["y"] = Px(n.y);
    node["w"] = Px(n.w);
    node["h"] = Px(n.h);
    if (!n.value.empty()) node["v"] = n.value;
    if (!n.description.empty()) node["d"] = n.description;
    if (n.states) node["s"] = StateNames(n.states);
    if (n.level) node["l"] = n.level;
    if (n.table) {
      char table[16];
      std::snprintf(table, sizeof table, "%08x", n.table);
      node["t"] = table;
      node["tr"] = n.row;
      node["tc"] = n.column;
      if (n.header) node["th"] = true;
    }
    nodes.push_back(std::move(node));
  }
  out["items"] = std::move(nodes);
  if (delta && tree.same_layout) out["kept"] = true;
  else if (delta) out["order"] = std::move(order);
  else out["base"] = 0;  // the whole tree
  // Text from the user may hold anything; never let a bad byte stop the mirror.
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace asn::ui::access
