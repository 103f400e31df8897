#pragma once
// Small drawing helpers shared by the screens. Every interactive helper takes a test id, which is
// also its ImGui id and the name window.asnTest.rect() knows it by.
#include <imgui.h>

#include <string>
#include <vector>

namespace asn::ui {

// Text in the bold face, optionally larger (scale relative to the base font size); `wrap` for text
// of the user's that may be longer than the width (it then continues on the next line).
void Heading(const char* text, float scale = 1.0f, bool wrap = false);

// A card: a bordered child region with padding that grows to fit its content.
// width 0 = the full available width.
bool BeginCard(const char* id, float width = 0.0f);
void EndCard();

// Cuts text to at most max_chars characters (on a character boundary).
void ClampText(std::string* text, std::size_t max_chars);

// Label above a single-line text field (at most 200 characters, the format's limit for short
// fields); returns true when the text changed.
bool TextField(const char* id, const char* label, std::string* value, float width = -1.0f, const char* hint = nullptr);
// Label above a date field "TTTT-BB-HH". The value changes only to a calendar date (or "" when
// `allow_empty`): what is typed on the way there (or a mistake) stays in the field, with a message,
// and never reaches the draft (which must stay valid to be saved). True when the value changed.
bool DateField(const char* id, const char* label, std::string* value, float width = 0.0f, bool allow_empty = true);
// Forgets what date fields held that was not a date (on a change of screen or draft).
void ForgetTypedDates();
// Label above a multi-line text field of `lines` visible lines (at most 10,000 characters).
bool TextArea(const char* id, const char* label, std::string* value, float lines = 3.0f);
// A button tracked for tests; `primary` uses the accent colour, otherwise a quiet style.
bool Button(const char* id, const char* label, bool primary = false, ImVec2 size = ImVec2(0, 0));

// Dear ImGui's widgets that do not tell the accessibility mirror what they are, under the same
// names: each also describes itself (a radio button, a level on a scale, a dropdown with its current
// choice). `name`: the accessible name of a dropdown or slider when no text just before it
// says it (a slider in a table row: which row's level it sets).
bool RadioButton(const char* label, bool active);
bool SliderInt(const char* label, int* value, int min, int max, const char* format = "%d", const std::string& name = {});
bool BeginCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0, const char* name = nullptr);
// A table's header row: column names for reading, not stops for the keyboard (no column sorts).
void TableHeaders();

// A row of a list or dropdown, as tall as a button (a fingertip's target on a touch screen).
bool ChoiceItem(const char* label, bool selected);
// A row of a list whose label wraps within the pane (never cut or run under its edge), with a
// figure at its right in `figure_colour`; the mirror reads `figure_meaning` as the row's value.
bool ChoiceRow(const char* id, const std::string& label, bool selected, const char* figure = nullptr,
               ImU32 figure_colour = 0, const std::string& figure_meaning = {});

// Tabs as a row of buttons that wraps onto another line instead of cutting labels short (a phone),
// the chosen one tinted and underlined. The chosen index is kept by Dear ImGui under `id`; returns it.
struct TabLabel {
  const char* id;  // the test id of the tab
  std::string label;
};
int TabRow(const char* id, const std::vector<TabLabel>& tabs);
// A link-like row: accent text with an arrow, as tall as a button; true when chosen.
bool LinkItem(const char* id, const char* label);

// Muted helper text, wrapped.
void Hint(const char* text);
// Inline validation message in the warning colour.
void ErrorText(const std::string& text);
// A small rounded label (level, status, gap).
void Badge(const char* text, ImU32 background, ImU32 foreground);

// Phone-narrow content region (below about 36 font sizes): screens stack what sits side by side
// on a laptop, and tables become lists of cards.
bool Narrow();
// Width of a button with this label.
float ButtonWidth(const char* label);
// Call between two items of a row: the next one (this wide) goes beside the previous one when it
// fits, else onto a new line — rows of buttons or radio buttons wrap instead of running off.
void SameLineOrWrap(float next_width);

// Rows of a name, a share bar and a figure ("190 (76.0 %)"): on a phone the bar takes what the name
// column and the widest figure leave, so the figure is never under the pane's edge or scrollbar.
void ShareRow(const char* name, int count, int total, ImU32 colour);

// Centres the next window (a dialog) on the screen, width_em font sizes wide (at most 95 % of it).
void CenterNextWindow(float width_em);

// Colours that carry meaning, from the current theme's palette (contrast tested).
ImU32 GapColour(int gap);  // as text or a bar on a card
ImU32 AccentColour();
ImU32 WarningColour();
// Badges: below / at / above the required level; the JPM categories (green / amber / red,
// everywhere the same); fictional example data.
void GapBadge(const char* text, int gap);
void JpmCategoryBadge(const char* text, int category);  // core::JpmCategory as int: 0 Kurang, 1 Cukup, 2 Optimal
ImU32 JpmCategoryColour(int category);                   // the same colour for bars and charts
void ContohBadge();
void NeutralBadge(const char* text);

}  // namespace asn::ui
