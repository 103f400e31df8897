#pragma once
// Builds the accessibility mirror's tree (ui/access_tree.hpp) while the screens draw. Most of it is
// automatic: every Dear ImGui widget reports its id, rectangle, label and status through ImGui's
// item hooks (ui/hooks/imgui_item_hooks.hpp), and the text helpers of ui/text.hpp add what is
// written. The screens add what a label alone cannot say: a role (a radio button, a link), the name
// of a field whose label is drawn above it, a field's content, a refused value's message.
#include "ui/access_tree.hpp"

#include <string>

namespace asn::ui::access {

// Frame bookkeeping (ui/app_frame.cpp): between BeginFrame and EndFrame the tree is built; EndFrame
// publishes it when it differs from the last one published. `pixel_ratio`: framebuffer pixels per
// CSS pixel.
void StartCapture();  // once, after the ImGui context exists
void BeginFrame(const char* language);
void EndFrame(float pixel_ratio);
// An action from the page is waiting or still taking effect: keep drawing frames.
bool WantsFrames();

// The tree last published, and a counter that changes each time a different tree is published.
const Tree& Published();
unsigned PublishedVersion();

// --- About the item just drawn ---
// Role, and (when not empty) name and value; states are added.
void Describe(Role role, const std::string& name = {}, const std::string& value = {}, std::uint32_t states = 0);
// The item's stable key (its test id: ui/item_registry.hpp calls this).
void SetKey(const char* key);
// States for the item with this ImGui id (drawn earlier in this frame).
void AddStates(unsigned int imgui_id, std::uint32_t states);
// The field just drawn refuses its content: `message` says why (it is also written below it).
void MarkInvalid(const std::string& message);

// --- About the next item with an id (for widgets that report no label, such as a dropdown) ---
void DescribeNext(Role role, const std::string& name, const std::string& value = {});

// --- Text ---
// A node for text just written (the last item, which has no id); `key`: its stable key, if any.
void AddText(const char* begin, const char* end, Role role = Role::Text, int level = 0, const char* key = nullptr);
// The item just drawn (a figure, a state) is announced to screen-reader users when it changes;
// `on_appearance`: also when it appears (a message such as an import's result).
void Announce(bool on_appearance = false);

// --- Actions from the page (assistive technology), applied between frames ---
// Activates the item as Enter or Space would (a button is pressed, a field starts editing).
bool Activate(const std::string& key);
// Gives the item the keyboard focus (and scrolls it into view).
bool Focus(const std::string& key);

}  // namespace asn::ui::access
