#include "ui/widgets.hpp"

#include "core/submission_format.hpp"
#include "core/text_checks.hpp"
#include "ui/access_capture.hpp"
#include "ui/strings.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/text.hpp"
#include "ui/text_measure.hpp"

#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace asn::ui {

void Heading(const char* text, float scale, bool wrap) {
  ImGui::PushFont(BoldFont(), ImGui::GetStyle().FontSizeBase * scale);
  if (wrap) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  if (wrap) ImGui::PopTextWrapPos();
  ImGui::PopFont();
  // A screen's or dialog's title (larger) is a level-1 heading; a card's or section's, level 2.
  access::AddText(text, nullptr, access::Role::Heading, scale > 1.15f ? 1 : 2);
}

bool BeginCard(const char* id, float width) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
  // A card's own edge is quieter than a field's; a caller's colour (the required level) stays.
  const bool custom = ImGui::GetStyleColorVec4(ImGuiCol_Border).w < 0.99f ||
                      ImGui::GetColorU32(ImGuiCol_Border) != ToImU32(ActivePalette().control_border);
  if (!custom) ImGui::PushStyleColor(ImGuiCol_Border, ToImU32(ActivePalette().border));
  // AlwaysAutoResize: a card scrolled out of view still lays out its items (without drawing them), so
  // the accessibility mirror lists them — a screen reader reaches the whole screen, not only the part
  // in view. Dear ImGui otherwise skips a hidden child window's items altogether.
  const bool open = ImGui::BeginChild(id, ImVec2(width, 0),
                                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                          ImGuiChildFlags_AlwaysAutoResize | ImGuiChildFlags_AlwaysUseWindowPadding |
                                          ImGuiChildFlags_NavFlattened);
  if (!custom) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  return open;
}

void EndCard() { ImGui::EndChild(); }

void ClampText(std::string* text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((static_cast<unsigned char>((*text)[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (++chars > max_chars) {
      text->resize(i);
      return;
    }
  }
}

bool TextField(const char* id, const char* label, std::string* value, float width, const char* hint) {
  TextUnformatted(label);
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(width);
  const bool changed = hint ? ImGui::InputTextWithHint("##field", hint, value) : ImGui::InputText("##field", value);
  if (changed) ClampText(value, core::kMaxShortTextChars);
  access::Describe(access::Role::TextField, label, *value);
  ImGui::PopID();
  TrackItem(id);
  return changed;
}

namespace {
// Per date field (by test id): text typed that is not (yet) a date, and the value it was typed over
// (when the value changes elsewhere — a default filled in — the typed text is dropped).
struct TypedDate {
  std::string text;
  std::string over;
};
std::unordered_map<std::string, TypedDate>& TypedDates() {
  static std::unordered_map<std::string, TypedDate> typed;
  return typed;
}
}  // namespace

bool DateField(const char* id, const char* label, std::string* value, float width, bool allow_empty) {
  std::unordered_map<std::string, TypedDate>& typed = TypedDates();
  if (const auto held = typed.find(id); held != typed.end() && held->second.over != *value) typed.erase(held);
  const auto held = typed.find(id);
  std::string text = held != typed.end() ? held->second.text : *value;
  if (width <= 0.0f) width = std::min(ImGui::GetFontSize() * 9.0f, ImGui::GetContentRegionAvail().x);
  bool changed = false;
  if (TextField(id, label, &text, width, T("TTTT-BB-HH"))) {
    if ((allow_empty && text.empty()) || core::IsCalendarDate(text)) {
      typed.erase(id);
      changed = text != *value;
      *value = text;
    } else {
      typed[id] = TypedDate{text, *value};
    }
  }
  if (typed.count(id) != 0) {
    const std::string message = std::string(T("Belum tanggal yang sah; tulis TTTT-BB-HH, misalnya")) +
                                " 2026-03-31. " + T("Yang tersimpan") + ": " + (value->empty() ? "—" : *value);
    if (!ImGui::IsItemActive()) ErrorText(message);
    access::MarkInvalid(message);
  }
  return changed;
}

void ForgetTypedDates() { TypedDates().clear(); }

namespace {
// A horizontal bar `width` wide, filled to `fraction` (0–1) in `colour`.
void ShareBar(float fraction, ImU32 colour, float width) {
  const float height = ImGui::GetFontSize() * 0.9f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg));
  draw->AddRectFilled(p, ImVec2(p.x + width * std::clamp(fraction, 0.0f, 1.0f), p.y + height), colour);
  ImGui::Dummy(ImVec2(width, height));  // drawn beside its figure: nothing for the mirror
}
}  // namespace

void ShareRow(const char* name, int count, int total, ImU32 colour) {
  const float share = total > 0 ? static_cast<float>(count) / static_cast<float>(total) : 0.0f;
  const bool narrow = Narrow();
  const float column = ImGui::GetFontSize() * (narrow ? 8.5f : 10.0f);
  const float figure = ImGui::CalcTextSize("10000 (100.0 %)").x + 2.0f * ImGui::GetStyle().ItemSpacing.x;
  const float bar = narrow ? std::max(ImGui::GetFontSize() * 2.0f, ImGui::GetContentRegionAvail().x - column - figure)
                           : ImGui::GetFontSize() * 10.0f;
  TextUnformatted(name);
  ImGui::SameLine(column);
  ShareBar(share, colour, bar);
  ImGui::SameLine();
  Text("%d (%.1f %%)", count, 100.0f * share);
}

bool TextArea(const char* id, const char* label, std::string* value, float lines) {
  TextUnformatted(label);
  ImGui::PushID(id);
  // The field grows with its text, word-wrapped, up to about twelve lines. Dear ImGui 1.92.2 does not
  // wrap inside a multi-line field while it is edited, so when the field is not being edited its
  // own (unwrapped) text is drawn invisibly and the wrapped text is drawn over it: the whole of an
  // entry is readable; while typing, the line being written stays in view.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float wrap = ImGui::GetContentRegionAvail().x - style.FramePadding.x * 2.0f - style.ScrollbarSize;
  const float line = ImGui::GetTextLineHeight();
  const float wrapped = WrappedTextSize(value->data(), value->data() + value->size(), std::max(wrap, line)).y;
  const float content = std::clamp(wrapped, line * lines, line * 12.0f);
  const float height = content + style.FramePadding.y * 2.0f;
  const bool editing = ImGui::GetActiveID() == ImGui::GetID("##area");
  if (!editing) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
  const bool changed = ImGui::InputTextMultiline("##area", value, ImVec2(-1.0f, height));
  if (!editing) ImGui::PopStyleColor();
  // Out of view (a card scrolled away, laid out for the mirror only) nothing is drawn.
  if (!editing && ImGui::IsItemVisible()) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(min, max, true);
    draw->AddText(nullptr, 0.0f, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                  ImGui::GetColorU32(ImGuiCol_Text), value->c_str(), nullptr, std::max(wrap, line));
    draw->PopClipRect();
  }
  if (changed) ClampText(value, core::kMaxTextChars);
  access::Describe(access::Role::TextArea, label, *value);
  ImGui::PopID();
  TrackItem(id);
  return changed;
}

bool Button(const char* id, const char* label, bool primary, ImVec2 size) {
  if (!primary) {
    const ImVec4* c = ImGui::GetStyle().Colors;
    ImGui::PushStyleColor(ImGuiCol_Button, c[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, c[ImGuiCol_FrameBgActive]);
    ImGui::PushStyleColor(ImGuiCol_Text, c[ImGuiCol_Text]);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  }
  ImGui::PushID(id);
  // The id alone names the button to ImGui ("###"), so a label that changes ("Pilih level ini" →
  // "Level dipilih") keeps the keyboard focus on it.
  const bool pressed = ImGui::Button((std::string(label) + "###button").c_str(), size);
  access::Describe(access::Role::Button, access::VisibleLabel(label));  // also when scrolled out of view
  ImGui::PopID();
  TrackItem(id);
  if (!primary) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
  } else {
    ImGui::PopStyleColor();
  }
  return pressed;
}

bool RadioButton(const char* label, bool active) {
  const bool pressed = ImGui::RadioButton(label, active);
  // Described with its label: a radio button scrolled out of view reports none itself.
  access::Describe(access::Role::Radio, access::VisibleLabel(label));
  return pressed;
}

bool SliderInt(const char* label, int* value, int min, int max, const char* format, const std::string& name) {
  const bool changed = ImGui::SliderInt(label, value, min, max, format);
  access::Describe(access::Role::Slider, name, std::to_string(*value));
  return changed;
}

bool BeginCombo(const char* label, const char* preview, ImGuiComboFlags flags, const char* name) {
  // A dropdown reports no label to the mirror: described before it is drawn, its state after.
  const ImGuiID id = ImGui::GetID(label);
  access::DescribeNext(access::Role::ComboBox, name ? name : access::VisibleLabel(label), preview ? preview : "");
  const bool open = ImGui::BeginCombo(label, preview, flags);
  access::AddStates(id, open ? access::kExpanded : access::kCollapsed);
  return open;
}

void TableHeaders() {
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* name = ImGui::TableGetColumnName(column);
    ImGui::TableHeader(name);
    access::Describe(access::Role::Text, access::VisibleLabel(name));
  }
  ImGui::PopItemFlag();
}

bool ChoiceItem(const char* label, bool selected) {
  const bool chosen = ImGui::Selectable(label, selected, 0, ImVec2(0, ImGui::GetFrameHeight()));
  access::Describe(access::Role::Option, {}, {}, selected ? access::kSelected : 0);
  return chosen;
}

bool ChoiceRow(const char* id, const std::string& label, bool selected, const char* figure, ImU32 figure_colour,
               const std::string& figure_meaning) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float figure_width = figure ? ImGui::CalcTextSize(figure).x : 0.0f;
  const float wrap = std::max(ImGui::GetFontSize() * 3.0f,
                              ImGui::GetContentRegionAvail().x - figure_width - style.ItemSpacing.x * (figure ? 2.0f : 1.0f));
  const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
  const float height = std::max(ImGui::GetFrameHeight(), text.y + style.FramePadding.y);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  const bool chosen = ImGui::Selectable("##row", selected, 0, ImVec2(0, height));
  access::Describe(access::Role::Option, label, figure_meaning, selected ? access::kSelected : 0);
  ImGui::PopID();
  TrackItem(id);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(nullptr, 0.0f, ImVec2(at.x, at.y + (height - text.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                label.c_str(), nullptr, wrap);
  if (figure) {
    const float right = ImGui::GetItemRectMax().x - style.ItemSpacing.x * 0.5f;
    draw->AddText(ImVec2(right - figure_width, at.y + (height - ImGui::GetFontSize()) * 0.5f), figure_colour, figure);
  }
  return chosen;
}

int TabRow(const char* id, const std::vector<TabLabel>& tabs) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(id);
  int chosen = std::clamp(storage->GetInt(key, 0), 0, static_cast<int>(tabs.size()) - 1);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec4* c = style.Colors;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < tabs.size(); ++i) {
    const bool selected = static_cast<int>(i) == chosen;
    const float width = ImGui::CalcTextSize(tabs[i].label.c_str(), nullptr, true).x + style.FramePadding.x * 2.0f;
    if (i > 0) SameLineOrWrap(width);
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? c[ImGuiCol_Header] : c[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? c[ImGuiCol_HeaderHovered] : c[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, c[ImGuiCol_HeaderActive]);
    ImGui::PushID(tabs[i].id);
    if (ImGui::Button((tabs[i].label + "###tab").c_str())) {
      chosen = static_cast<int>(i);
      storage->SetInt(key, chosen);
    }
    // Described as drawn: the tab chosen when the row began (a click shows in the next frame, in
    // the picture and the mirror alike; the content below follows the click at once).
    access::Describe(access::Role::Tab, access::VisibleLabel(tabs[i].label.c_str()), {},
                     selected ? access::kSelected : 0);
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    TrackItem(tabs[i].id);
    if (selected) {  // not told by colour alone
      const ImVec2 min = ImGui::GetItemRectMin();
      const ImVec2 max = ImGui::GetItemRectMax();
      draw->AddRectFilled(ImVec2(min.x, max.y - std::max(2.0f, ImGui::GetFontSize() * 0.15f)), max, AccentColour());
    }
  }
  ImGui::Separator();
  return chosen;
}

bool LinkItem(const char* id, const char* label) {
  // Accent-coloured, with an arrow, and underlined when it fits on one line: it reads as something
  // to tap, not as plain text. Long labels wrap inside the row.
  const ImU32 colour = ToImU32(ActivePalette().gap_above);
  const std::string text = std::string("→ ") + label;
  const float wrap = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
  const float height = std::max(ImGui::GetFrameHeight(), size.y + ImGui::GetStyle().FramePadding.y);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  const bool chosen = ImGui::Selectable("##link", false, 0, ImVec2(0, height));
  access::Describe(access::Role::Link, label);
  ImGui::PopID();
  TrackItem(id);
  const float top = at.y + (height - size.y) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(nullptr, 0.0f, ImVec2(at.x, top), colour, text.c_str(), nullptr, wrap);
  if (size.y < ImGui::GetFontSize() * 1.5f) {
    const float y = top + ImGui::GetFontSize() + 1.0f;
    draw->AddLine(ImVec2(at.x, y), ImVec2(at.x + size.x, y), colour, 1.0f);
  }
  return chosen;
}

void Hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void ErrorText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, WarningColour());
  TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  access::Describe(access::Role::Alert);
}

void Badge(const char* text, ImU32 background, ImU32 foreground) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pad(ImGui::GetFontSize() * 0.4f, ImGui::GetFontSize() * 0.1f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2), background,
                      ImGui::GetFontSize() * 0.4f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text);
  ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
  access::AddText(text, nullptr);
}

ImU32 GapColour(int gap) {
  const Palette& p = ActivePalette();
  return ToImU32(gap < 0 ? p.gap_below : gap == 0 ? p.gap_at : p.gap_above);
}

ImU32 AccentColour() { return ImGui::GetColorU32(ImGuiCol_Button); }

ImU32 WarningColour() { return ToImU32(ActivePalette().warning); }

namespace {
void PaletteBadge(const char* text, const BadgeColours& colours) {
  Badge(text, ToImU32(colours.background), ToImU32(colours.text));
}
const BadgeColours& JpmColours(int category) {
  const Palette& p = ActivePalette();
  return category >= 2 ? p.jpm_optimal : category == 1 ? p.jpm_cukup : p.jpm_kurang;
}
}  // namespace

void GapBadge(const char* text, int gap) {
  const Palette& p = ActivePalette();
  PaletteBadge(text, gap < 0 ? p.badge_below : gap == 0 ? p.badge_at : p.badge_above);
}

void JpmCategoryBadge(const char* text, int category) { PaletteBadge(text, JpmColours(category)); }

ImU32 JpmCategoryColour(int category) { return ToImU32(JpmColours(category).background); }

void ContohBadge() { PaletteBadge(T("CONTOH"), ActivePalette().contoh); }

void NeutralBadge(const char* text) { PaletteBadge(text, ActivePalette().badge_neutral); }

bool Narrow() { return ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 36.0f; }

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void SameLineOrWrap(float next_width) {
  const float previous_end = ImGui::GetItemRectMax().x;
  // The cursor is at the start of the next line now: its x plus the room left is the right edge.
  const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  if (previous_end + ImGui::GetStyle().ItemSpacing.x + next_width <= right_edge) ImGui::SameLine();
}

void CenterNextWindow(float width_em) {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  const float max_width = ImGui::GetMainViewport()->WorkSize.x * 0.95f;
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetFontSize() * width_em, max_width), 0), ImGuiCond_Always);
}

}  // namespace asn::ui
