#pragma once
// Which part of the canvas a new frame changes, so only that part is drawn again.
//
// A software renderer (SwiftShader on a machine without a GPU, many cheap phones' fallbacks) spends
// its time shading pixels: redrawing a whole 1280×800 canvas for a moved focus ring costs as much
// as any frame. The frame is described here triangle by triangle (as the GPU would draw it: its
// clip rectangle, texture and three vertices); each draw list's triangles are compared in order
// with those on the canvas, and what lies between the common beginning and the common end of the
// two sequences is the damage, as are all the triangles of a window that appears or goes (a popup,
// a tooltip). Drawing the new frame with every clip rectangle cut down to the damage then gives,
// pixel for pixel, what a full redraw would give: outside the damage the same triangles cover each
// pixel in the same order, and inside it everything is drawn. Windows in another order, another
// framebuffer size or scale: a full redraw.
//
// Plain C++ (no ImGui, no GL): the browser window feeds it ImGui's draw data (web_window.cpp), and
// the native tests feed it triangles of their own.
#include <cstdint>
#include <vector>

namespace asn::platform {

// A rectangle of framebuffer pixels, rows counted from the top; x1 and y1 exclusive.
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool Empty() const { return x1 <= x0 || y1 <= y0; }
  long Area() const { return Empty() ? 0 : static_cast<long>(x1 - x0) * (y1 - y0); }
  bool operator==(const PixelRect& o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};

// How draw coordinates map to the framebuffer (Dear ImGui: DisplayPos, FramebufferScale).
struct FrameGeometry {
  int width = 0, height = 0;  // framebuffer pixels
  float origin_x = 0, origin_y = 0;
  float scale_x = 1, scale_y = 1;
  bool operator==(const FrameGeometry& o) const {
    return width == o.width && height == o.height && origin_x == o.origin_x && origin_y == o.origin_y &&
           scale_x == o.scale_x && scale_y == o.scale_y;
  }
};

// One vertex as drawn: position, texture coordinate, colour (Dear ImGui's ImDrawVert layout).
struct DamageVertex {
  float x, y, u, v;
  std::uint32_t colour;
};

// A clip rectangle in draw coordinates (x0, y0, x1, y1), as a draw command carries it.
struct ClipRect {
  float x0, y0, x1, y1;
};

// The scissor box (top-down rows) an OpenGL renderer derives from a clip rectangle, with the same
// float arithmetic as Dear ImGui's OpenGL 3 backend; empty when the command is skipped.
PixelRect ScissorOf(const ClipRect& clip, const FrameGeometry& g);
// A clip rectangle whose scissor box (as above) is exactly `box` (which must not be empty).
ClipRect ClipFor(const PixelRect& box, const FrameGeometry& g);
PixelRect Intersect(const PixelRect& a, const PixelRect& b);

class FrameDamage {
 public:
  // Starts describing a frame. `redraw_all`: something outside the triangles changed (the clear
  // colour, a texture upload, a lost canvas), so the whole frame is damaged.
  void Begin(const FrameGeometry& geometry, bool redraw_all);
  // Each draw list in drawing order, identified by something stable across frames (its address).
  void BeginList(const void* id);
  void AddTriangle(const ClipRect& clip, std::uint64_t texture, const DamageVertex& a, const DamageVertex& b,
                   const DamageVertex& c);
  // The part of the framebuffer this frame changes against the one last committed: empty when the
  // frame looks exactly the same, the whole framebuffer when it cannot be told.
  PixelRect Finish();
  // The frame described is now what the canvas shows.
  void Commit();
  // The frame under way cannot be described (a draw callback): it is drawn in full, and the one
  // after it is compared with nothing.
  void Undescribable() {
    redraw_all_ = true;
    describable_ = false;
  }

 private:
  struct Triangle {
    std::uint64_t key;
    PixelRect box;  // the pixels it may touch, within its scissor box
  };
  struct List {
    const void* id;
    std::size_t first;  // index of its first triangle in the frame's triangle array
    std::size_t count;
  };
  struct Frame {
    FrameGeometry geometry;
    std::vector<List> lists;
    std::vector<Triangle> triangles;
  };
  Frame current_, committed_;
  bool committed_valid_ = false;
  bool redraw_all_ = true;
  bool describable_ = true;
  // The scissor box of the clip rectangle seen last (consecutive triangles mostly share one).
  ClipRect last_clip_ = {0, 0, -1, -1};
  PixelRect last_scissor_;
};

}  // namespace asn::platform
