#include "platform/frame_damage.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace asn::platform {
namespace {

PixelRect Union(const PixelRect& a, const PixelRect& b) {
  if (a.Empty()) return b;
  if (b.Empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::uint64_t Mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 33);
}

std::uint64_t Bits(float f) {
  std::uint32_t u = 0;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

std::uint64_t HashVertex(std::uint64_t h, const DamageVertex& v) {
  h = Mix(h, Bits(v.x) << 32 | Bits(v.y));
  h = Mix(h, Bits(v.u) << 32 | Bits(v.v));
  return Mix(h, v.colour);
}

// The pixels a triangle can touch: its bounding box, widened by a pixel for the rasteriser's
// rounding and the position's float conversion to framebuffer pixels.
PixelRect PixelsOf(const DamageVertex& a, const DamageVertex& b, const DamageVertex& c, const FrameGeometry& g) {
  const float min_x = std::min({a.x, b.x, c.x}), max_x = std::max({a.x, b.x, c.x});
  const float min_y = std::min({a.y, b.y, c.y}), max_y = std::max({a.y, b.y, c.y});
  const auto px = [&](float x) { return (x - g.origin_x) * g.scale_x; };
  const auto py = [&](float y) { return (y - g.origin_y) * g.scale_y; };
  return {static_cast<int>(std::floor(px(min_x))) - 1, static_cast<int>(std::floor(py(min_y))) - 1,
          static_cast<int>(std::ceil(px(max_x))) + 1, static_cast<int>(std::ceil(py(max_y))) + 1};
}

}  // namespace

PixelRect Intersect(const PixelRect& a, const PixelRect& b) {
  return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

PixelRect ScissorOf(const ClipRect& clip, const FrameGeometry& g) {
  const float min_x = (clip.x0 - g.origin_x) * g.scale_x, min_y = (clip.y0 - g.origin_y) * g.scale_y;
  const float max_x = (clip.x1 - g.origin_x) * g.scale_x, max_y = (clip.y1 - g.origin_y) * g.scale_y;
  if (max_x <= min_x || max_y <= min_y) return {};
  // glScissor(x, y from the bottom, w, h), each truncated to int as the backend does.
  const int x = static_cast<int>(min_x);
  const int y_gl = static_cast<int>(static_cast<float>(g.height) - max_y);
  const int w = static_cast<int>(max_x - min_x), h = static_cast<int>(max_y - min_y);
  const PixelRect box = {x, g.height - y_gl - h, x + w, g.height - y_gl};
  return Intersect(box, {0, 0, g.width, g.height});
}

ClipRect ClipFor(const PixelRect& box, const FrameGeometry& g) {
  // Quarter-pixel offsets keep each truncation above on the intended side whatever the float
  // error of dividing by the scale and multiplying back (far below a quarter pixel).
  return {g.origin_x + (static_cast<float>(box.x0) + 0.25f) / g.scale_x,
          g.origin_y + (static_cast<float>(box.y0) - 0.5f) / g.scale_y,
          g.origin_x + (static_cast<float>(box.x1) + 0.75f) / g.scale_x,
          g.origin_y + (static_cast<float>(box.y1) - 0.25f) / g.scale_y};
}

void FrameDamage::Begin(const FrameGeometry& geometry, bool redraw_all) {
  current_.geometry = geometry;
  current_.lists.clear();
  current_.triangles.clear();
  redraw_all_ = redraw_all;
  describable_ = true;
  last_clip_ = {0, 0, -1, -1};
}

void FrameDamage::BeginList(const void* id) { current_.lists.push_back({id, current_.triangles.size(), 0}); }

void FrameDamage::AddTriangle(const ClipRect& clip, std::uint64_t texture, const DamageVertex& a,
                              const DamageVertex& b, const DamageVertex& c) {
  if (std::memcmp(&clip, &last_clip_, sizeof clip) != 0) {
    last_clip_ = clip;
    last_scissor_ = ScissorOf(clip, current_.geometry);
  }
  std::uint64_t key = Mix(Mix(Bits(clip.x0) << 32 | Bits(clip.y0), Bits(clip.x1) << 32 | Bits(clip.y1)), texture);
  key = HashVertex(HashVertex(HashVertex(key, a), b), c);
  current_.triangles.push_back({key, Intersect(PixelsOf(a, b, c, current_.geometry), last_scissor_)});
  ++current_.lists.back().count;
}

PixelRect FrameDamage::Finish() {
  const PixelRect all = {0, 0, current_.geometry.width, current_.geometry.height};
  if (redraw_all_ || !committed_valid_ || !(current_.geometry == committed_.geometry)) return all;
  // A window that appears or goes (a popup, a tooltip) damages all it covers; the windows in both
  // frames must keep their order, or everything may look different.
  const auto has = [](const std::vector<List>& lists, const void* id) {
    return std::any_of(lists.begin(), lists.end(), [id](const List& l) { return l.id == id; });
  };
  PixelRect damage;
  const auto damage_all_of = [&](const Frame& frame, const List& list) {
    for (std::size_t i = 0; i < list.count; ++i) damage = Union(damage, frame.triangles[list.first + i].box);
  };
  std::vector<const List*> kept_before, kept_now;
  for (const List& list : committed_.lists) {
    if (has(current_.lists, list.id)) kept_before.push_back(&list);
    else damage_all_of(committed_, list);
  }
  for (const List& list : current_.lists) {
    if (has(committed_.lists, list.id)) kept_now.push_back(&list);
    else damage_all_of(current_, list);
  }
  if (kept_before.size() != kept_now.size()) return all;  // the same window twice in one frame
  for (std::size_t l = 0; l < kept_now.size(); ++l) {
    const List& now = *kept_now[l];
    const List& before = *kept_before[l];
    if (now.id != before.id) return all;
    const Triangle* a = committed_.triangles.data() + before.first;
    const Triangle* b = current_.triangles.data() + now.first;
    const std::size_t shorter = std::min(before.count, now.count);
    std::size_t head = 0;
    while (head < shorter && a[head].key == b[head].key) ++head;
    std::size_t tail = 0;
    while (tail < shorter - head && a[before.count - 1 - tail].key == b[now.count - 1 - tail].key) ++tail;
    for (std::size_t i = head; i + tail < before.count; ++i) damage = Union(damage, a[i].box);
    for (std::size_t i = head; i + tail < now.count; ++i) damage = Union(damage, b[i].box);
  }
  return Intersect(damage, all);
}

void FrameDamage::Commit() {
  std::swap(current_, committed_);
  committed_valid_ = describable_;
}

}  // namespace asn::platform
