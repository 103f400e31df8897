// WCAG 2.1 AA contrast of every text/background pair each theme draws (light, dark and both
// presenter palettes): 4.5:1 for text, 3:1 for the edges of controls, the slider and radio marks and
// the focus ring. The palettes are data (src/ui/palette.cpp): what is tested is what is drawn.
#include "ui/palette.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace asn::ui;

namespace {

struct Pair {
  std::string what;
  Colour foreground, background;
  double minimum;
};

std::vector<Pair> PairsOf(const Palette& p) {
  constexpr double kText = 4.5, kGraphic = 3.0;
  std::vector<Pair> pairs;
  for (auto [name, bg] : {std::pair{"window", p.window}, {"card", p.card}, {"popup", p.popup}, {"menubar", p.menubar},
                          {"field", p.field}, {"field hover", p.field_hover}, {"field active", p.field_active},
                          {"selected", p.selected}, {"selected hover", p.selected_hover},
                          {"selected active (also the progress fill)", p.selected_active}}) {
    pairs.push_back({std::string("text on ") + name, p.text, bg, kText});
  }
  for (auto [name, bg] : {std::pair{"window", p.window}, {"card", p.card}, {"popup", p.popup}, {"field", p.field}}) {
    const std::string on = std::string(" on ") + name;
    pairs.push_back({"muted text" + on, p.text_muted, bg, kText});
    pairs.push_back({"warning text" + on, p.warning, bg, kText});
    pairs.push_back({"gap below (text)" + on, p.gap_below, bg, kText});
    pairs.push_back({"gap at (text)" + on, p.gap_at, bg, kText});
    pairs.push_back({"gap above (text)" + on, p.gap_above, bg, kText});
    pairs.push_back({"focus ring" + on, p.focus_ring, bg, kGraphic});
    pairs.push_back({"field and button edge" + on, p.control_border, bg, kGraphic});
  }
  for (Colour bg : {p.accent, p.accent_hover, p.accent_active}) pairs.push_back({"primary button text", p.on_accent, bg, kText});
  pairs.push_back({"radio and slider mark on a field", p.check_mark, p.field, kGraphic});
  for (const BadgeColours& b : {p.badge_below, p.badge_at, p.badge_above, p.badge_neutral, p.jpm_optimal, p.jpm_cukup,
                                p.jpm_kurang, p.contoh}) {
    pairs.push_back({"badge text", b.text, b.background, kText});
  }
  return pairs;
}

}  // namespace

TEST_CASE("every theme's text and controls meet WCAG 2.1 AA contrast") {
  CHECK(ContrastRatio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
  CHECK(ContrastRatio(0x777777, 0x777777) == doctest::Approx(1.0));
  CHECK(ContrastRatio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));  // the classic AA grey
  for (Theme theme : {Theme::Light, Theme::Dark}) {
    for (bool presenter : {false, true}) {
      for (const Pair& pair : PairsOf(PaletteFor(theme, presenter))) {
        const double ratio = ContrastRatio(pair.foreground, pair.background);
        char colours[48];
        std::snprintf(colours, sizeof colours, "#%06X on #%06X", pair.foreground, pair.background);
        INFO((theme == Theme::Dark ? "dark" : "light") << (presenter ? " presenter" : "") << ": " << pair.what << " "
             << colours << " = " << ratio);
        CHECK(ratio >= pair.minimum);
      }
    }
  }
}

TEST_CASE("the three JPM categories have three different colours in every theme") {
  for (Theme theme : {Theme::Light, Theme::Dark}) {
    for (bool presenter : {false, true}) {
      const Palette& p = PaletteFor(theme, presenter);
      CHECK(p.jpm_optimal.background != p.jpm_cukup.background);
      CHECK(p.jpm_cukup.background != p.jpm_kurang.background);
      CHECK(p.jpm_optimal.background != p.jpm_kurang.background);
    }
  }
}
