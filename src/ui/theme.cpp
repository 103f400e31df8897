#include "ui/theme.hpp"

#include "ui/embedded_fonts.hpp"
#include "ui/palette.hpp"

#include <imgui.h>

namespace asn::ui {
namespace {

ImFont* g_bold = nullptr;
const Palette* g_palette = nullptr;

ImVec4 Rgb(Colour hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

// Dear ImGui's colours from a palette (ui/palette.cpp, where the contrast of each pair is tested).
void Colours(ImGuiStyle& style, const Palette& p, bool dark) {
  if (dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = Rgb(p.text);
  c[ImGuiCol_TextDisabled] = Rgb(p.text_muted);
  c[ImGuiCol_WindowBg] = Rgb(p.window);
  c[ImGuiCol_ChildBg] = Rgb(p.card);
  c[ImGuiCol_PopupBg] = Rgb(p.popup);
  c[ImGuiCol_MenuBarBg] = Rgb(p.menubar);
  // Fields and buttons need a visible edge (≥ 3:1); cards push the quieter card border (BeginCard).
  c[ImGuiCol_Border] = Rgb(p.control_border);
  c[ImGuiCol_FrameBg] = Rgb(p.field);
  c[ImGuiCol_FrameBgHovered] = Rgb(p.field_hover);
  c[ImGuiCol_FrameBgActive] = Rgb(p.field_active);
  c[ImGuiCol_Button] = Rgb(p.accent);
  c[ImGuiCol_ButtonHovered] = Rgb(p.accent_hover);
  c[ImGuiCol_ButtonActive] = Rgb(p.accent_active);
  c[ImGuiCol_Header] = Rgb(p.selected);
  c[ImGuiCol_HeaderHovered] = Rgb(p.selected_hover);
  c[ImGuiCol_HeaderActive] = Rgb(p.selected_active);
  c[ImGuiCol_Tab] = Rgb(p.field);
  c[ImGuiCol_TabHovered] = Rgb(p.selected_hover);
  c[ImGuiCol_TabSelected] = Rgb(p.selected);
  c[ImGuiCol_TabSelectedOverline] = Rgb(p.accent);
  c[ImGuiCol_CheckMark] = Rgb(p.check_mark);
  c[ImGuiCol_SliderGrab] = Rgb(p.check_mark);
  c[ImGuiCol_SliderGrabActive] = Rgb(p.check_mark);
  // A progress bar's text is drawn over its fill: a light fill keeps it readable.
  c[ImGuiCol_PlotHistogram] = Rgb(p.selected_active);
  c[ImGuiCol_NavCursor] = Rgb(p.focus_ring);
  c[ImGuiCol_TableHeaderBg] = Rgb(p.field);
  c[ImGuiCol_TableRowBgAlt] = Rgb(p.field, 0.6f);
}

}  // namespace

void LoadFonts() {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig config;
  config.OversampleH = 1;  // 1.92 rasterises at the exact displayed size: no oversampling needed
  // Symbols Noto Sans lacks (arrows, − ≤ ≥ ✓ ⚠) are merged in from the DejaVu subset; the ranges
  // come from the build (ASN_SYMBOL_GLYPHS in cmake/WebApp.cmake), which made that subset.
  static const ImWchar kSymbols[] = {ASN_SYMBOL_GLYPH_RANGES 0};
  ImFontConfig merge = config;
  merge.MergeMode = true;
  merge.GlyphRanges = kSymbols;
  // The font bytes are the program's own (never freed): the atlas only reads them.
  config.FontDataOwnedByAtlas = false;
  merge.FontDataOwnedByAtlas = false;
  const auto add = [&io](const unsigned char* data, std::size_t size, const ImFontConfig& how) {
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), kBaseFontSize, &how);
  };
  add(fonts::kRegularFont, fonts::kRegularFont_size, config);
  add(fonts::kSymbolFont, fonts::kSymbolFont_size, merge);
  g_bold = add(fonts::kBoldFont, fonts::kBoldFont_size, config);
  add(fonts::kSymbolFont, fonts::kSymbolFont_size, merge);
}

ImFont* BoldFont() { return g_bold; }

const Palette& ActivePalette() { return g_palette != nullptr ? *g_palette : PaletteFor(Theme::Light, false); }

ImU32 ToImU32(Colour colour) {
  return IM_COL32((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF, 255);
}

void ApplyStyle(Theme theme, float scale, bool high_contrast, bool touch) {
  ImGuiStyle style;
  g_palette = &PaletteFor(theme, high_contrast);
  Colours(style, *g_palette, theme == Theme::Dark);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 8.0f;
  style.FrameRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.TabRounding = 6.0f;
  style.FramePadding = ImVec2(10.0f, 6.0f);
  style.ItemSpacing = ImVec2(10.0f, 8.0f);
  style.WindowPadding = ImVec2(20.0f, 16.0f);
  style.ScrollbarSize = 16.0f;
  style.FrameBorderSize = 1.0f;  // fields and radio buttons must stand out on white cards
  style.WindowBorderSize = 0.0f;  // the app window fills the page; cards and popups keep theirs
  if (high_contrast) {
    style.FrameBorderSize = 2.0f;
    style.ChildBorderSize = 2.0f;
  }
  if (touch) {
    // Frame height = font size + 2 × padding: 44 px at 1×.
    style.FramePadding = ImVec2(14.0f, (kTouchTarget - kBaseFontSize) * 0.5f);
    style.ItemSpacing = ImVec2(12.0f, 10.0f);
    style.ScrollbarSize = 20.0f;
    style.GrabMinSize = 28.0f;
  }
  style.FontSizeBase = kBaseFontSize;
  style.ScaleAllSizes(scale);
  style.FontScaleDpi = scale;
  ImGui::GetStyle() = style;
}

}  // namespace asn::ui
