#pragma once
// The accessibility mirror's tree: what a frame drew, as items a screen reader understands (role,
// accessible name in the current language, value, state, position). Plain data, no ImGui: the
// capture (ui/access_capture.cpp) fills it while the screens draw; the page (web/mirror.js) keeps an
// off-screen DOM with matching ARIA in step with it. The push model of AccessKit: the app publishes a
// tree when what it shows changed; the page answers assistive technology from that tree and sends
// back only actions (focus, activate), which reach the app as input.
#include <cstdint>
#include <string>
#include <vector>

namespace asn::ui::access {

enum class Role : std::uint8_t {
  Text,         // static text
  Heading,      // a title (level 1–3)
  Status,       // a message that is announced when it changes (save state, a result)
  Alert,        // an error message
  Button,
  Link,         // moves to another place (a navigation row)
  TextField,    // one line of text
  TextArea,     // several lines
  Checkbox,
  Radio,
  ComboBox,     // a dropdown showing its current choice
  Slider,       // a level chosen on a scale (value: the level)
  Option,       // an entry of an open dropdown or list
  Tab,
  MenuItem,
  ProgressBar,
  Image,        // a chart: its name says what it shows
};

// States, as bits.
enum State : std::uint32_t {
  kChecked = 1u << 0,
  kSelected = 1u << 1,
  kDisabled = 1u << 2,
  kExpanded = 1u << 3,    // an open dropdown, menu or section
  kCollapsed = 1u << 4,   // one that can be opened
  kInvalid = 1u << 5,     // a field whose content is refused (description: why)
  kFocused = 1u << 6,     // has the keyboard focus in the app
  kRequired = 1u << 7,
  kLive = 1u << 8,        // a figure or state whose change is announced (the predikat, the save state)
  kProtected = 1u << 9,   // a passphrase field: its content is never mirrored
  kNews = 1u << 10,       // a message said when it appears, not only when it changes (an import's result)
};

struct Node {
  std::string key;          // stable between frames: the item's test id, else derived from ImGui's id
  Role role = Role::Text;
  std::string name;         // accessible name (for text: the text)
  std::string value;        // a field's content, a dropdown's choice, a progress percentage
  std::string description;  // an invalid field's message, a hint
  std::uint32_t states = 0;
  int level = 0;            // heading level
  std::uint32_t imgui_id = 0;  // for actions (0: text, no action)
  int group = 0;            // index into Tree::groups
  // A cell of a data table (one with a header row; a table that only lays things out is not one):
  // the table's ImGui id (0: not in a table), the row and the column (counted from 0, header row included).
  std::uint32_t table = 0;
  int row = 0;
  int column = 0;
  bool header = false;      // a column's header
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels in the page

  bool operator==(const Node& other) const;
  bool operator!=(const Node& other) const { return !(*this == other); }
};

enum class GroupKind : std::uint8_t { Main, Menu, Dialog };

// A top-level window of the frame: the screen, the menu bar, a dialog or an open dropdown.
struct Group {
  std::string key;
  GroupKind kind = GroupKind::Main;
  std::string name;
  bool modal = false;

  bool operator==(const Group& other) const;
};

struct Tree {
  std::string language = "id";   // "id" or "en": the page's lang attribute
  std::vector<Group> groups;
  std::vector<Node> nodes;       // in reading order
  std::string focus;             // key of the item with the app's keyboard focus ("" none)
  std::string active_field;      // key of the text field being edited ("" none)
  // Parallel to nodes: the node is new or differs from the node of the same key in the tree
  // published before this one (MarkChanges). Not part of equality: it says how to send the tree.
  std::vector<bool> changed;
  // The same keys in the same order, the same groups and language as the tree before (MarkChanges):
  // the page can update the changed items where they are.
  bool same_layout = false;

  bool operator==(const Tree& other) const;
  bool operator!=(const Tree& other) const { return !(*this == other); }
};

// Marks which of `tree`'s nodes are new or changed against `before` (matched by key) and says
// whether the tree differs from it at all (a node, the order, the groups, the focus, the language).
bool MarkChanges(Tree& tree, const Tree& before);

// The name Dear ImGui shows for a label: the part before "##" (the rest is an id only).
std::string VisibleLabel(const char* label);

const char* RoleName(Role role);

// The tree as the page reads it (web/mirror.js); `version` counts published trees. With `base` 0,
// the whole tree; otherwise only what changed since the tree of version `base` (which must be the
// one published just before): the reading order as keys ("order") and the changed nodes ("items") —
// typing in one field of a long draft sends that field, not every text of the draft. When the
// layout is the same as before (Tree::same_layout), "kept" replaces the order.
std::string ToJson(const Tree& tree, unsigned version, unsigned base = 0);

}  // namespace asn::ui::access
