#pragma once
// Colours, spacing and fonts. Sizes are designed at 1x and scaled to the device pixel ratio.
#include "ui/palette.hpp"
#include "ui/view_model.hpp"

struct ImFont;

namespace asn::ui {

// Loads the UI fonts (regular + bold) from the embedded font files. Call once after ImGui::CreateContext.
void LoadFonts();

// Rebuilds the whole ImGui style for a theme at a given scale (device pixel ratio × UI zoom).
// high_contrast (presenter view): pure background, full-strength text, heavier borders — legible
// on a washed-out projector.
// touch: every control at least 44 logical pixels high (a fingertip), more room between them.
void ApplyStyle(Theme theme, float scale, bool high_contrast, bool touch);

// Logical pixels of the smallest control on a touch screen.
inline constexpr float kTouchTarget = 44.0f;

// The bold face for headings (nullptr before LoadFonts).
ImFont* BoldFont();

// The palette the current style was built from, and a palette colour for the draw list.
const Palette& ActivePalette();
unsigned int ToImU32(Colour colour);

// Base font size in logical pixels.
inline constexpr float kBaseFontSize = 17.0f;

}  // namespace asn::ui
