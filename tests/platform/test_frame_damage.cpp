// Which part of the canvas a frame changes: the comparison of triangle sequences, and the clip
// rectangles that make an OpenGL renderer's scissor boxes land exactly on the damage. (The browser
// tests check the pictures themselves: partial redraws against a full redraw, pixel for pixel.)
#include "platform/frame_damage.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace asn::platform;

namespace {

struct Tri {
  float x, y, size;
  std::uint32_t colour;
};

// A draw list's identity: in the app its address, here a number.
const void* Id(int n) { return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(n)); }

const ClipRect kWholeScreen = {0, 0, 1280, 800};

// Describes one frame of triangles (each a small right triangle at x, y) in the given lists.
PixelRect Frame(FrameDamage& damage, const FrameGeometry& g, const std::vector<std::vector<Tri>>& lists,
                const std::vector<int>& ids, ClipRect clip = kWholeScreen, bool redraw_all = false) {
  damage.Begin(g, redraw_all);
  for (std::size_t l = 0; l < lists.size(); ++l) {
    damage.BeginList(Id(ids[l]));
    for (const Tri& t : lists[l]) {
      damage.AddTriangle(clip, 1, {t.x, t.y, 0, 0, t.colour}, {t.x + t.size, t.y, 0, 0, t.colour},
                         {t.x, t.y + t.size, 0, 0, t.colour});
    }
  }
  return damage.Finish();
}

std::string Show(const PixelRect& r) {
  return std::to_string(r.x0) + "," + std::to_string(r.y0) + " – " + std::to_string(r.x1) + "," + std::to_string(r.y1);
}

}  // namespace

namespace doctest {
template <> struct StringMaker<PixelRect> {
  static String convert(const PixelRect& r) { return Show(r).c_str(); }
};
}  // namespace doctest

TEST_CASE("the clip rectangle made for a box gives back exactly that scissor box, at any scale") {
  for (const float scale : {1.0f, 1.25f, 1.5f, 2.0f, 2.625f, 2.75f, 3.0f}) {
    const FrameGeometry g = {static_cast<int>(1280 * scale), static_cast<int>(800 * scale), 0, 0, scale, scale};
    for (int x0 = 0; x0 < g.width; x0 += 97) {
      for (int y0 = 0; y0 < g.height; y0 += 89) {
        for (const int w : {1, 2, 7, 333}) {
          const PixelRect box = Intersect({x0, y0, x0 + w, y0 + w + 3}, {0, 0, g.width, g.height});
          const PixelRect back = ScissorOf(ClipFor(box, g), g);
          CAPTURE(scale);
          CAPTURE(Show(box));
          CHECK(back == box);
        }
      }
    }
  }
}

TEST_CASE("...also when the drawing does not start at the framebuffer's corner") {
  for (const float origin : {-40.0f, 7.5f, 1000.0f}) {
    const FrameGeometry g = {1280, 800, origin, origin / 2, 1.5f, 1.5f};
    for (int x0 = 0; x0 < g.width; x0 += 131) {
      const PixelRect box = {x0, x0 / 2, std::min(g.width, x0 + 50), std::min(g.height, x0 / 2 + 40)};
      CAPTURE(origin);
      CAPTURE(Show(box));
      CHECK(ScissorOf(ClipFor(box, g), g) == box);
    }
  }
}

TEST_CASE("the scissor box is the one Dear ImGui's OpenGL backend sets (rows from the top, cut to the framebuffer)") {
  const FrameGeometry g = {1280, 800, 0, 0, 1, 1};
  CHECK(ScissorOf({10, 20, 110, 70}, g) == PixelRect{10, 20, 110, 70});
  // Fractions are truncated as the backend truncates them: the bottom from the framebuffer's bottom
  // edge (800 − 70.2 → 729), the height on its own (49.7 → 49), so the box is rows 22 to 71.
  CHECK(ScissorOf({10.5f, 20.5f, 110.9f, 70.2f}, g) == PixelRect{10, 22, 110, 71});
  CHECK(ScissorOf({-5, -5, 2000, 2000}, g) == PixelRect{0, 0, 1280, 800});
  CHECK(ScissorOf({10, 10, 10, 50}, g).Empty());
  const FrameGeometry hidpi = {2560, 1600, 0, 0, 2, 2};
  CHECK(ScissorOf({10, 20, 110, 70}, hidpi) == PixelRect{20, 40, 220, 140});
}

TEST_CASE("a frame is compared with the one on the canvas, triangle by triangle, in drawing order") {
  const FrameGeometry g = {1280, 800, 0, 0, 1, 1};
  const std::vector<int> ids = {1, 2};
  const std::vector<Tri> window = {{0, 0, 1280, 0xff}, {100, 100, 20, 0xaa}, {300, 300, 20, 0xbb}, {600, 500, 20, 0xcc}};
  const std::vector<Tri> popup = {{900, 50, 30, 0x11}};
  FrameDamage damage;

  // The first frame is drawn in full, the same frame again not at all.
  CHECK(Frame(damage, g, {window, popup}, ids) == PixelRect{0, 0, 1280, 800});
  damage.Commit();
  CHECK(Frame(damage, g, {window, popup}, ids).Empty());

  SUBCASE("one triangle of another colour: its pixels, a pixel wider each way") {
    std::vector<Tri> changed = window;
    changed[2].colour = 0xbc;
    CHECK(Frame(damage, g, {changed, popup}, ids) == PixelRect{299, 299, 321, 321});
  }
  SUBCASE("a triangle added in the middle: only its pixels") {
    std::vector<Tri> more = window;
    more.insert(more.begin() + 2, {200, 200, 10, 0x77});
    CHECK(Frame(damage, g, {more, popup}, ids) == PixelRect{199, 199, 211, 211});
  }
  SUBCASE("a triangle moved: where it was and where it is") {
    std::vector<Tri> moved = window;
    moved[1].x = 140;
    CHECK(Frame(damage, g, {moved, popup}, ids) == PixelRect{99, 99, 161, 121});
  }
  SUBCASE("changes in two lists: one rectangle holding both") {
    std::vector<Tri> changed = window;
    changed[3].colour = 1;
    std::vector<Tri> popup2 = popup;
    popup2[0].colour = 2;
    CHECK(Frame(damage, g, {changed, popup2}, ids) == PixelRect{599, 49, 931, 521});
  }
  SUBCASE("everything between two changes in one list is drawn again, to keep the drawing order") {
    std::vector<Tri> changed = window;
    changed[1].colour = 1;
    changed[3].colour = 2;
    CHECK(Frame(damage, g, {changed, popup}, ids) == PixelRect{99, 99, 621, 521});
  }
  SUBCASE("a change outside the triangle's clip rectangle draws nothing, so damages nothing") {
    const ClipRect corner = {0, 0, 50, 50};
    CHECK(Frame(damage, g, {window, popup}, ids, corner) == PixelRect{0, 0, 1280, 800});  // new clip rectangles
    damage.Commit();
    std::vector<Tri> changed = window;
    changed[3].colour = 3;  // at 600, 500: outside the corner
    CHECK(Frame(damage, g, {changed, popup}, ids, corner).Empty());
    changed[0].colour = 4;  // covers the corner: only the corner
    CHECK(Frame(damage, g, {changed, popup}, ids, corner) == PixelRect{0, 0, 50, 50});
  }
  SUBCASE("a window that goes or comes (a popup, a tooltip): the pixels it covers") {
    CHECK(Frame(damage, g, {window}, {1}) == PixelRect{899, 49, 931, 81});
    damage.Commit();
    const std::vector<Tri> tooltip = {{400, 600, 10, 0x22}};
    CHECK(Frame(damage, g, {window, tooltip}, {1, 3}) == PixelRect{399, 599, 411, 611});
    CHECK(Frame(damage, g, {tooltip, window}, {3, 1}) == PixelRect{399, 599, 411, 611});  // under it, the same
  }
  SUBCASE("another window order, another size, a redraw asked for: the whole frame") {
    const std::vector<int> swapped = {2, 1};
    CHECK(Frame(damage, g, {window, popup}, swapped) == PixelRect{0, 0, 1280, 800});
    CHECK(Frame(damage, {1280, 700, 0, 0, 1, 1}, {window, popup}, ids) == PixelRect{0, 0, 1280, 700});
    CHECK(Frame(damage, g, {window, popup}, ids, kWholeScreen, true) == PixelRect{0, 0, 1280, 800});
    CHECK(Frame(damage, g, {window, popup}, ids).Empty());  // ...and each of those left the canvas as it was
  }
  SUBCASE("a frame that changes nothing is not kept: the next is compared with what is on the canvas") {
    std::vector<Tri> changed = window;
    changed[1].colour = 9;
    CHECK(Frame(damage, g, {changed, popup}, ids) == PixelRect{99, 99, 121, 121});  // not drawn, not committed
    CHECK(Frame(damage, g, {window, popup}, ids).Empty());
    CHECK(Frame(damage, g, {changed, popup}, ids) == PixelRect{99, 99, 121, 121});
  }
  SUBCASE("a frame that cannot be described is drawn in full, and so is the next") {
    damage.Begin(g, false);
    damage.BeginList(Id(ids[0]));
    damage.Undescribable();
    CHECK(damage.Finish() == PixelRect{0, 0, 1280, 800});
    damage.Commit();
    CHECK(Frame(damage, g, {window, popup}, ids) == PixelRect{0, 0, 1280, 800});
  }
}
