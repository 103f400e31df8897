#pragma once
// The colours of every theme as plain data (no ImGui), so the contrast of each pair of text and
// background that is drawn can be computed in a unit test (tests/ui/test_contrast.cpp): WCAG 2.1 AA,
// 4.5:1 for text, 3:1 for the boundaries of controls and the focus ring. theme.cpp turns a palette
// into Dear ImGui's style; widgets draw badges and meaning colours from it.
#include "ui/view_model.hpp"

#include <cstdint>

namespace asn::ui {

using Colour = std::uint32_t;  // 0xRRGGBB

struct BadgeColours {
  Colour background;
  Colour text;
};

struct Palette {
  // Surfaces and the text on them.
  Colour text, text_muted;
  Colour window, card, popup, menubar;
  Colour border, control_border;       // cards; fields and buttons (≥ 3:1 on a card)
  Colour field, field_hover, field_active;
  Colour accent, accent_hover, accent_active, on_accent;  // primary buttons and their text
  Colour selected, selected_hover, selected_active;       // selected rows, tabs, nav items
  Colour check_mark, focus_ring, warning;
  // Meaning as text on a card: below / at / above the required level.
  Colour gap_below, gap_at, gap_above;
  // Badges.
  BadgeColours badge_below, badge_at, badge_above, badge_neutral;
  BadgeColours jpm_optimal, jpm_cukup, jpm_kurang;  // green / amber / red everywhere
  BadgeColours contoh;                               // fictional workshop data
};

// The palette of a theme; high_contrast is presenter view (projectors).
const Palette& PaletteFor(Theme theme, bool high_contrast);

// WCAG 2.1 contrast ratio of two colours (1 to 21).
double ContrastRatio(Colour a, Colour b);

}  // namespace asn::ui
