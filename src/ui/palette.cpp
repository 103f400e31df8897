#include "ui/palette.hpp"

#include <cmath>
#include <utility>

namespace asn::ui {
namespace {

// Calm, neutral greys with one blue accent; strong text.
constexpr Palette kLight = {
    0x1D2733, 0x5B6673,                      // text, muted
    0xF4F6F8, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF,  // window, card, popup, menubar
    0xC3CDD8, 0x6B7785,                      // border, control border
    0xF6F8FA, 0xE8F0FB, 0xD7E5F9,            // field
    0x1F6FEB, 0x1A5FCB, 0x154FA9, 0xFFFFFF,  // accent
    0xDCE8FA, 0xCBDDF7, 0xB9D1F4,            // selected
    0x1F6FEB, 0xD9480F, 0xB04000,            // check mark, focus ring (orange on blue and white), warning
    0xC42B1C, 0x1A7F37, 0x1A5FCB,            // gap text (the accent blue is too light as text on grey)
    {0xC42B1C, 0xFFFFFF}, {0x1A7F37, 0xFFFFFF}, {0x1F6FEB, 0xFFFFFF}, {0xEEF1F4, 0x4A5561},
    {0x1A7F37, 0xFFFFFF}, {0xFFD666, 0x3C2800}, {0xC42B1C, 0xFFFFFF},
    {0xFFD666, 0x3C2800},
};

constexpr Palette kDark = {
    0xE6E9ED, 0x9AA4AF,
    0x16191D, 0x1F2329, 0x22272E, 0x1F2329,
    0x3A424C, 0x8A95A1,
    0x2A3038, 0x333B45, 0x3C4552,
    0x2F6FD0, 0x2A62B8, 0x24559F, 0xFFFFFF,
    0x2C3E57, 0x34496A, 0x3D557A,
    0x78AAFF, 0xFF922B, 0xFFAA5A,
    0xFF8778, 0x6ED28C, 0x78AAFF,
    // Badges keep strong backgrounds with white text (light text on a light badge was 1.9:1).
    {0xC42B1C, 0xFFFFFF}, {0x1A7F37, 0xFFFFFF}, {0x2F6FD0, 0xFFFFFF}, {0x2A3038, 0xC5CCD3},
    {0x1A7F37, 0xFFFFFF}, {0xE0A800, 0x241A00}, {0xC42B1C, 0xFFFFFF},
    {0xFFD666, 0x3C2800},
};

// Presenter view: projectors wash out greys — pure background, full-strength text, darker borders.
constexpr Palette kLightHighContrast = {
    0x000000, 0x2B3036,
    0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF,
    0x1D2733, 0x1D2733,
    0xFFFFFF, 0xE8F0FB, 0xD7E5F9,
    0x0B4FC4, 0x0A45AB, 0x083B93, 0xFFFFFF,
    0xC9DCFA, 0xB9D1F4, 0xA8C6F1,
    0x0B4FC4, 0xD9480F, 0x9A3800,
    0xB0220F, 0x126B2C, 0x0B4FC4,
    {0xB0220F, 0xFFFFFF}, {0x126B2C, 0xFFFFFF}, {0x0B4FC4, 0xFFFFFF}, {0xE3E7EB, 0x1D2733},
    {0x126B2C, 0xFFFFFF}, {0xFFD666, 0x2A1C00}, {0xB0220F, 0xFFFFFF},
    {0xFFD666, 0x2A1C00},
};

constexpr Palette kDarkHighContrast = {
    0xFFFFFF, 0xD0D4D9,
    0x000000, 0x0B0D10, 0x101317, 0x0B0D10,
    0xC8CED6, 0xC8CED6,
    0x14181D, 0x1E252E, 0x27303B,
    0x1F5FCC, 0x1A54B5, 0x16489C, 0xFFFFFF,
    0x24446F, 0x2C5282, 0x345E94,
    0x8FBBFF, 0xFF922B, 0xFFB870,
    0xFF9A8C, 0x7FE09C, 0x8FBBFF,
    {0xC42B1C, 0xFFFFFF}, {0x1A7F37, 0xFFFFFF}, {0x1F5FCC, 0xFFFFFF}, {0x1E252E, 0xE6E9ED},
    {0x1A7F37, 0xFFFFFF}, {0xF0B400, 0x000000}, {0xC42B1C, 0xFFFFFF},
    {0xFFD666, 0x000000},
};

double Luminance(Colour c) {
  const auto channel = [](Colour v) {
    const double s = static_cast<double>(v & 0xFF) / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c >> 16) + 0.7152 * channel(c >> 8) + 0.0722 * channel(c);
}

}  // namespace

const Palette& PaletteFor(Theme theme, bool high_contrast) {
  if (theme == Theme::Dark) return high_contrast ? kDarkHighContrast : kDark;
  return high_contrast ? kLightHighContrast : kLight;
}

double ContrastRatio(Colour a, Colour b) {
  double la = Luminance(a), lb = Luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

}  // namespace asn::ui
