// The accessibility mirror's tree as the page receives it (web/mirror.js reads these members).
#include "ui/access_tree.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace asn::ui::access;

namespace {

Tree SampleTree() {
  Tree tree;
  tree.language = "en";
  tree.groups.push_back(Group{"g0", GroupKind::Main, "", false});
  tree.groups.push_back(Group{"g1", GroupKind::Dialog, "Impor berkas", true});
  Node heading;
  heading.key = "home.title";
  heading.role = Role::Heading;
  heading.name = "Beranda";
  heading.level = 1;
  heading.x = 10.4f;
  heading.y = 20.6f;
  heading.w = 100.0f;
  heading.h = 24.0f;
  Node field;
  field.key = "profile.nama";
  field.role = Role::TextField;
  field.name = "Nama";
  field.value = "Ibu Kartini";
  field.states = kInvalid | kFocused;
  field.description = "Nama wajib diisi";
  field.imgui_id = 42;
  field.group = 1;
  tree.nodes = {heading, field};
  tree.focus = "profile.nama";
  return tree;
}

}  // namespace

TEST_CASE("the visible part of a Dear ImGui label names the item") {
  CHECK(VisibleLabel("Simpan##save") == "Simpan");
  CHECK(VisibleLabel("##field") == "");
  CHECK(VisibleLabel("Ekspor###export") == "Ekspor");
  CHECK(VisibleLabel("Tanpa pengenal") == "Tanpa pengenal");
  CHECK(VisibleLabel(nullptr) == "");
}

TEST_CASE("the tree is published with roles, names, values, states and whole CSS pixels") {
  const nlohmann::json out = nlohmann::json::parse(ToJson(SampleTree(), 7));
  CHECK(out["version"] == 7);
  CHECK(out["lang"] == "en");
  CHECK(out["focus"] == "profile.nama");
  REQUIRE(out["groups"].size() == 2);
  CHECK(out["groups"][1]["kind"] == "dialog");
  CHECK(out["groups"][1]["modal"] == true);
  CHECK(out["groups"][1]["n"] == "Impor berkas");
  REQUIRE(out["items"].size() == 2);
  const nlohmann::json& heading = out["items"][0];
  CHECK(heading["r"] == "heading");
  CHECK(heading["l"] == 1);
  CHECK(heading["x"] == 10);
  CHECK(heading["y"] == 21);
  CHECK_FALSE(heading.contains("v"));
  CHECK_FALSE(heading.contains("s"));
  const nlohmann::json& field = out["items"][1];
  CHECK(field["r"] == "textbox");
  CHECK(field["n"] == "Nama");
  CHECK(field["v"] == "Ibu Kartini");
  CHECK(field["d"] == "Nama wajib diisi");
  CHECK(field["g"] == 1);
  CHECK(field["s"] == nlohmann::json::array({"invalid", "focused"}));
}

TEST_CASE("a message said when it appears carries both the live and the news state") {
  Tree tree = SampleTree();
  tree.nodes[0].states = kLive | kNews;
  const nlohmann::json out = nlohmann::json::parse(ToJson(tree, 1));
  CHECK(out["items"][0]["s"] == nlohmann::json::array({"live", "news"}));
}

TEST_CASE("text that is not UTF-8 never stops the mirror") {
  Tree tree = SampleTree();
  tree.nodes[1].value = std::string("Rp\xC3", 3);  // a character cut in half
  const nlohmann::json out = nlohmann::json::parse(ToJson(tree, 1));
  CHECK(out["items"][1]["v"] == "Rp\xEF\xBF\xBD");
}

TEST_CASE("a tree differs from another in any item's role, name, value, state or position") {
  const Tree a = SampleTree();
  Tree b = a;
  CHECK(a == b);
  b.nodes[1].value += "x";
  CHECK(a != b);
  b = a;
  b.nodes[0].y += 1.0f;
  CHECK(a != b);
  b = a;
  b.nodes[1].states &= ~kFocused;
  CHECK(a != b);
  b = a;
  b.focus.clear();
  CHECK(a != b);
  b = a;
  b.groups[1].name = "Lain";
  CHECK(a != b);
  b = a;
  b.nodes[0].row = 3;
  CHECK(a != b);
}

TEST_CASE("a cell of a data table says its table, row, column and whether it heads its column") {
  Tree tree = SampleTree();
  tree.nodes[0].table = 0xab12;
  tree.nodes[0].row = 0;
  tree.nodes[0].column = 2;
  tree.nodes[0].header = true;
  tree.nodes[1].table = 0xab12;
  tree.nodes[1].row = 4;
  tree.nodes[1].column = 1;
  const nlohmann::json out = nlohmann::json::parse(ToJson(tree, 1));
  CHECK(out["items"][0]["t"] == "0000ab12");
  CHECK(out["items"][0]["tr"] == 0);
  CHECK(out["items"][0]["tc"] == 2);
  CHECK(out["items"][0]["th"] == true);
  CHECK(out["items"][1]["tr"] == 4);
  CHECK_FALSE(out["items"][1].contains("th"));
  tree.nodes[0].table = 0;  // not in a table: nothing about tables is said
  CHECK_FALSE(nlohmann::json::parse(ToJson(tree, 1))["items"][0].contains("t"));
}

TEST_CASE("a change set sends only the nodes that changed, and the reading order when it changed") {
  const Tree before = SampleTree();
  Tree after = before;
  CHECK_FALSE(MarkChanges(after, before));  // nothing differs: nothing to publish
  after.nodes[1].value = "Ibu Kartini Sari";
  REQUIRE(MarkChanges(after, before));
  CHECK(after.changed == std::vector<bool>{false, true});
  CHECK(after.same_layout);
  const nlohmann::json kept = nlohmann::json::parse(ToJson(after, 8, 7));
  CHECK(kept["base"] == 7);
  CHECK(kept["kept"] == true);  // the same keys in the same order: no order sent
  CHECK_FALSE(kept.contains("order"));
  REQUIRE(kept["items"].size() == 1);
  CHECK(kept["items"][0]["k"] == "profile.nama");
  // A node more: the order is sent with the changed nodes.
  after.nodes.push_back(before.nodes[0]);
  after.nodes.back().key = "home.subtitle";
  REQUIRE(MarkChanges(after, before));
  CHECK_FALSE(after.same_layout);
  const nlohmann::json delta = nlohmann::json::parse(ToJson(after, 8, 7));
  CHECK(delta["base"] == 7);
  CHECK_FALSE(delta.contains("kept"));
  CHECK(delta["order"] == nlohmann::json::array({"home.title", "profile.nama", "home.subtitle"}));
  REQUIRE(delta["items"].size() == 2);
  CHECK(delta["items"][0]["k"] == "profile.nama");
  CHECK(delta["items"][0]["v"] == "Ibu Kartini Sari");
  // The whole tree when asked for it (the page holds no tree, or another one).
  const nlohmann::json full = nlohmann::json::parse(ToJson(after, 8));
  CHECK(full["base"] == 0);
  CHECK(full["items"].size() == 3);
  CHECK_FALSE(full.contains("order"));
  CHECK_FALSE(full.contains("kept"));
}

TEST_CASE("a new node, a node gone, another order or another focus is a change") {
  const Tree before = SampleTree();
  Tree swapped = before;
  std::swap(swapped.nodes[0], swapped.nodes[1]);
  CHECK(MarkChanges(swapped, before));
  CHECK(swapped.changed == std::vector<bool>{false, false});  // the same nodes, in another order
  CHECK_FALSE(swapped.same_layout);
  Tree shorter = before;
  shorter.nodes.pop_back();
  CHECK(MarkChanges(shorter, before));
  Tree longer = before;
  longer.nodes.push_back(before.nodes[0]);
  longer.nodes.back().key = "home.subtitle";
  CHECK(MarkChanges(longer, before));
  CHECK(longer.changed == std::vector<bool>{false, false, true});
  Tree refocused = before;
  refocused.focus = "home.title";
  CHECK(MarkChanges(refocused, before));
  CHECK(refocused.same_layout);  // only the focus moved
  Tree other_language = before;
  other_language.language = before.language == "en" ? "id" : "en";
  CHECK(MarkChanges(other_language, before));
  CHECK_FALSE(other_language.same_layout);
}
