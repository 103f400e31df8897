#include "ui/theme.hpp"

#include <imgui.h>

namespace asn::ui {
namespace {

ImFont* g_bold = nullptr;

ImVec4 Rgb(int hex, float alpha = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}

// A calm light palette: neutral greys, one blue accent, high contrast text.
void LightColors(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = Rgb(0x1D2733);
  c[ImGuiCol_TextDisabled] = Rgb(0x5B6673);
  c[ImGuiCol_WindowBg] = Rgb(0xF4F6F8);
  c[ImGuiCol_ChildBg] = Rgb(0xFFFFFF);
  c[ImGuiCol_PopupBg] = Rgb(0xFFFFFF);
  c[ImGuiCol_MenuBarBg] = Rgb(0xFFFFFF);
  c[ImGuiCol_Border] = Rgb(0xC3CDD8);
  c[ImGuiCol_FrameBg] = Rgb(0xF6F8FA);
  c[ImGuiCol_FrameBgHovered] = Rgb(0xE8F0FB);
  c[ImGuiCol_FrameBgActive] = Rgb(0xD7E5F9);
  c[ImGuiCol_Button] = Rgb(0x1F6FEB);
  c[ImGuiCol_ButtonHovered] = Rgb(0x1A5FCB);
  c[ImGuiCol_ButtonActive] = Rgb(0x154FA9);
  c[ImGuiCol_Header] = Rgb(0xDCE8FA);
  c[ImGuiCol_HeaderHovered] = Rgb(0xCBDDF7);
  c[ImGuiCol_HeaderActive] = Rgb(0xB9D1F4);
  c[ImGuiCol_CheckMark] = Rgb(0x1F6FEB);
  c[ImGuiCol_NavCursor] = Rgb(0xD9480F);  // focus ring: orange stands out on blue and white
}

void DarkColors(ImGuiStyle& style) {
  ImGui::StyleColorsDark(&style);
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = Rgb(0xE6E9ED);
  c[ImGuiCol_TextDisabled] = Rgb(0x9AA4AF);
  c[ImGuiCol_WindowBg] = Rgb(0x16191D);
  c[ImGuiCol_ChildBg] = Rgb(0x1F2329);
  c[ImGuiCol_PopupBg] = Rgb(0x22272E);
  c[ImGuiCol_MenuBarBg] = Rgb(0x1F2329);
  c[ImGuiCol_Border] = Rgb(0x3A424C);
  c[ImGuiCol_FrameBg] = Rgb(0x2A3038);
  c[ImGuiCol_FrameBgHovered] = Rgb(0x333B45);
  c[ImGuiCol_FrameBgActive] = Rgb(0x3C4552);
  c[ImGuiCol_Button] = Rgb(0x2F6FD0);
  c[ImGuiCol_ButtonHovered] = Rgb(0x3B7DE0);
  c[ImGuiCol_ButtonActive] = Rgb(0x2A62B8);
  c[ImGuiCol_Header] = Rgb(0x2C3E57);
  c[ImGuiCol_HeaderHovered] = Rgb(0x34496A);
  c[ImGuiCol_HeaderActive] = Rgb(0x3D557A);
  c[ImGuiCol_NavCursor] = Rgb(0xFF922B);
}

// Projectors wash out greys: maximum text contrast, darker borders and stronger accents.
void HighContrast(ImGuiStyle& style, bool dark) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = dark ? Rgb(0xFFFFFF) : Rgb(0x000000);
  c[ImGuiCol_TextDisabled] = dark ? Rgb(0xD0D4D9) : Rgb(0x2B3036);
  c[ImGuiCol_WindowBg] = dark ? Rgb(0x000000) : Rgb(0xFFFFFF);
  c[ImGuiCol_ChildBg] = dark ? Rgb(0x0B0D10) : Rgb(0xFFFFFF);
  c[ImGuiCol_Border] = dark ? Rgb(0xC8CED6) : Rgb(0x1D2733);
  c[ImGuiCol_FrameBg] = dark ? Rgb(0x14181D) : Rgb(0xFFFFFF);
  c[ImGuiCol_Button] = dark ? Rgb(0x4C8DF6) : Rgb(0x0B4FC4);
  c[ImGuiCol_Header] = dark ? Rgb(0x24446F) : Rgb(0xC9DCFA);
  style.FrameBorderSize = 2.0f;
  style.ChildBorderSize = 2.0f;
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
  io.Fonts->AddFontFromFileTTF("/fonts/ui-regular.ttf", kBaseFontSize, &config);
  io.Fonts->AddFontFromFileTTF("/fonts/ui-symbols.ttf", kBaseFontSize, &merge);
  g_bold = io.Fonts->AddFontFromFileTTF("/fonts/ui-bold.ttf", kBaseFontSize, &config);
  io.Fonts->AddFontFromFileTTF("/fonts/ui-symbols.ttf", kBaseFontSize, &merge);
}

ImFont* BoldFont() { return g_bold; }

void ApplyStyle(Theme theme, float scale, bool high_contrast) {
  ImGuiStyle style;
  if (theme == Theme::Dark) {
    DarkColors(style);
  } else {
    LightColors(style);
  }
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
  if (high_contrast) HighContrast(style, theme == Theme::Dark);
  style.FontSizeBase = kBaseFontSize;
  style.ScaleAllSizes(scale);
  style.FontScaleDpi = scale;
  ImGui::GetStyle() = style;
}

}  // namespace asn::ui
