#include "platform/web/web_window.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

namespace asn::platform {
namespace {

// The framebuffer as Dear ImGui's OpenGL 3 backend computes it from the draw data.
FrameGeometry GeometryOf(const ImDrawData* data) {
  return {static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x),
          static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y), data->DisplayPos.x, data->DisplayPos.y,
          data->FramebufferScale.x, data->FramebufferScale.y};
}

// After the last input, keep drawing this long so hover effects, tooltips (which appear after a
// delay) and ImGui's own settling frames are shown; then stop until the next event.
constexpr double kSettleSeconds = 0.75;
// ...and at least this many frames, however slow each frame is (software rendering).
constexpr int kSettleFrames = 3;

double NowSeconds() { return emscripten_get_now() / 1000.0; }

// Describes the frame to the damage tracker, triangle by triangle; `redraw_all` when something
// besides the triangles decides the picture: a texture still to be created or updated (its upload
// happens while drawing), a draw callback, another clear colour or a canvas that may hold anything.
void DescribeFrame(const ImDrawData* data, bool redraw_all, FrameDamage& damage) {
  const FrameGeometry geometry = GeometryOf(data);
  if (data->Textures != nullptr) {
    for (const ImTextureData* texture : *data->Textures) redraw_all = redraw_all || texture->Status != ImTextureStatus_OK;
  }
  damage.Begin(geometry, redraw_all);
  static_assert(sizeof(ImDrawVert) == sizeof(DamageVertex), "ImDrawVert is pos, uv, col");
  for (const ImDrawList* list : data->CmdLists) {
    damage.BeginList(list);
    const ImDrawIdx* indices = list->IdxBuffer.Data;
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        damage.Undescribable();
        return;
      }
      const ClipRect clip = {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w};
      // The texture as ImGui knows it (its data, or a backend id): a texture still to be created has
      // no backend id yet, and a new id for the same data comes with a status that redraws all.
      const auto texture = cmd.TexRef._TexData != nullptr
                               ? static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TexRef._TexData))
                               : static_cast<std::uint64_t>(cmd.TexRef._TexID);
      const ImDrawVert* vertices = list->VtxBuffer.Data + cmd.VtxOffset;
      for (unsigned i = cmd.IdxOffset; i + 2 < cmd.IdxOffset + cmd.ElemCount; i += 3) {
        const auto vertex = [&](unsigned k) {
          DamageVertex v;
          std::memcpy(&v, &vertices[indices[k]], sizeof v);
          return v;
        };
        damage.AddTriangle(clip, texture, vertex(i), vertex(i + 1), vertex(i + 2));
      }
    }
  }
}

// Cuts every draw command's clip rectangle down to the damage, so the renderer's scissor boxes
// stay inside it (a command wholly outside gets an empty one and is skipped). Returns the clip
// rectangles as they were.
std::vector<ImVec4> ClipToDamage(ImDrawData* data, const PixelRect& damage) {
  const FrameGeometry geometry = GeometryOf(data);
  std::vector<ImVec4> before;
  for (ImDrawList* list : data->CmdLists) {
    for (ImDrawCmd& cmd : list->CmdBuffer) {
      before.push_back(cmd.ClipRect);
      const PixelRect box = Intersect(ScissorOf({cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w}, geometry),
                                      damage);
      const ClipRect clip = box.Empty() ? ClipRect{0, 0, 0, 0} : ClipFor(box, geometry);
      cmd.ClipRect = ImVec4(clip.x0, clip.y0, clip.x1, clip.y1);
    }
  }
  return before;
}

void RestoreClips(ImDrawData* data, const std::vector<ImVec4>& clips) {
  std::size_t i = 0;
  for (ImDrawList* list : data->CmdLists) {
    for (ImDrawCmd& cmd : list->CmdBuffer) cmd.ClipRect = clips[i++];
  }
}

// GLFW's emulation quantises wheel deltas (ImGui #6096); read the DOM event directly instead,
// with the same step sizes as ImGui's own Emscripten handler.
EM_BOOL OnWheel(int, const EmscriptenWheelEvent* event, void*) {
  float step = 0.0f;
  if (event->deltaMode == DOM_DELTA_PIXEL) step = 1.0f / 100.0f;
  else if (event->deltaMode == DOM_DELTA_LINE) step = 1.0f / 3.0f;
  else if (event->deltaMode == DOM_DELTA_PAGE) step = 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(event->deltaX) * -step,
                                    static_cast<float>(event->deltaY) * -step);
  return EM_TRUE;
}

// Clipboard bridge. Emscripten 3.1.6's GLFW clipboard functions are empty stubs, so ImGui's
// copy/paste would do nothing. Copy goes to navigator.clipboard; paste reads the text of the
// DOM paste event, which the browser fires right after the Ctrl+V keydown ImGui reacts to.

EM_JS(void, JsWriteClipboard, (const char* text), {
  const value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

EM_JS(void, JsSetTextInput, (int active), { window.asnPage && window.asnPage.setTextInput(!!active); });

EM_JS(int, JsCoarsePointer, (), {
  return (window.matchMedia && (matchMedia("(pointer: coarse)").matches || matchMedia("(any-pointer: coarse)").matches)) ? 1 : 0;
});

// Sizes the canvas backing store and tells GLFW. Not glfwSetWindowSize: Emscripten 3.1.6's GLFW
// requests fullscreen whenever the size equals the screen size (a maximised projector window).
EM_JS(void, SetCanvasBackingStore, (int width, int height), { Browser.setCanvasSize(width, height); });

// Touch input. Emscripten 3.1.6's GLFW maps touches to mouse buttons but never moves the mouse
// to the finger (it looks for a non-standard event.touch), so a tap would click wherever the
// pointer last was. Its touch listeners are removed and touches are fed to ImGui here: a tap is
// a click at the finger, and a one-finger vertical drag past a small threshold scrolls like the
// wheel (ImGui itself does not scroll on drags).
EM_JS(void, JsDetachGlfwTouch, (), {
  const canvas = Module["canvas"];
  canvas.removeEventListener("touchmove", GLFW.onMousemove, true);
  canvas.removeEventListener("touchstart", GLFW.onMouseButtonDown, true);
  canvas.removeEventListener("touchcancel", GLFW.onMouseButtonUp, true);
  canvas.removeEventListener("touchend", GLFW.onMouseButtonUp, true);
});

// Gamepads. Emscripten's GLFW listens for gamepads being connected; while a page listens for
// them, Chromium polls the gamepads 60 times a second in its browser process (1.5–2 % of a core,
// measured with the app idle: bench/run.mjs, idle CPU of the whole browser), and adding the first
// such listener sets up the browser's gamepad service (2–11 ms of the start-up here). The app
// takes no gamepad input: glfwInit runs with the window's addEventListener passing those two
// events over (skip 1), and the window's own method back afterwards (skip 0).
EM_JS(void, JsSkipGamepadListeners, (int skip), {
  if (skip) {
    const add = window.addEventListener;
    window.addEventListener = function(type, listener, options) {
      if (type === "gamepadconnected" || type === "gamepaddisconnected") return;
      return add.call(this, type, listener, options);
    };
  } else {
    delete window.addEventListener;  // the own property set above; EventTarget's method shows again
  }
});

struct TouchState {
  bool down = false;
  bool scrolling = false;
  double start_y = 0.0;
  double last_y = 0.0;
};

// The state the DOM callbacks share, in one place (as Dear ImGui's backends keep theirs).
struct WindowData {
  std::string clipboard;  // the text ImGui pastes; set from the page's paste event
  TouchState touch;
  bool touch_seen = false;
};
WindowData g_window;

EM_BOOL OnTouch(int event_type, const EmscriptenTouchEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const EmscriptenTouchPoint* touch = event->numTouches > 0 ? &event->touches[0] : nullptr;
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  g_window.touch_seen = true;
  if (event_type == EMSCRIPTEN_EVENT_TOUCHSTART && touch != nullptr && event->numTouches == 1) {
    const double y = static_cast<double>(touch->targetY);
    g_window.touch = TouchState{true, false, y, y};
    io.AddMousePosEvent(static_cast<float>(touch->targetX) * ratio, static_cast<float>(y) * ratio);
    io.AddMouseButtonEvent(0, true);
  } else if (event_type == EMSCRIPTEN_EVENT_TOUCHMOVE && g_window.touch.down && touch != nullptr) {
    const double y = static_cast<double>(touch->targetY);
    if (!g_window.touch.scrolling && std::abs(y - g_window.touch.start_y) > 8.0) g_window.touch.scrolling = true;
    if (g_window.touch.scrolling) {
      const double step = 2.0 * static_cast<double>(ImGui::GetFontSize()) / ratio;  // CSS px per wheel step
      io.AddMouseWheelEvent(0.0f, static_cast<float>((y - g_window.touch.last_y) / step));
    } else {
      io.AddMousePosEvent(static_cast<float>(touch->targetX) * ratio, static_cast<float>(y) * ratio);
    }
    g_window.touch.last_y = y;
  } else if (event_type == EMSCRIPTEN_EVENT_TOUCHEND || event_type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
    if (g_window.touch.down) {
      // After a scroll the finger's release must not click what slid under it.
      if (g_window.touch.scrolling) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      io.AddMouseButtonEvent(0, false);
    }
    g_window.touch = TouchState{};
  }
  return EM_TRUE;  // no emulated mouse events, no browser panning of the page
}

}  // namespace

bool WebWindow::Init(const char* canvas_selector, const char* title) {
  canvas_selector_ = canvas_selector;
  JsSkipGamepadListeners(1);
  const bool glfw_ready = glfwInit() == GLFW_TRUE;
  JsSkipGamepadListeners(0);
  if (!glfw_ready) {
    std::fprintf(stderr, "glfwInit failed\n");
    return false;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  SyncCanvasSize();
  window_ = glfwCreateWindow(framebuffer_width_ > 0 ? framebuffer_width_ : 1280,
                             framebuffer_height_ > 0 ? framebuffer_height_ : 720, title, nullptr, nullptr);
  if (window_ == nullptr) {
    std::fprintf(stderr, "glfwCreateWindow failed (WebGL2 unavailable?)\n");
    return false;
  }
  glfwMakeContextCurrent(window_);
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // Not ImGui_ImplGlfw_InstallEmscriptenCallbacks: it resizes the canvas to CSS pixels, which
  // would undo the HiDPI backing store. Only its wheel fix is needed.
  emscripten_set_wheel_callback(canvas_selector_, nullptr, EM_FALSE, OnWheel);
  JsDetachGlfwTouch();
  emscripten_set_touchstart_callback(canvas_selector_, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchmove_callback(canvas_selector_, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchend_callback(canvas_selector_, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchcancel_callback(canvas_selector_, nullptr, EM_FALSE, OnTouch);
  ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
  platform_io.Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) {
    g_window.clipboard = text != nullptr ? text : "";
    JsWriteClipboard(g_window.clipboard.c_str());
  };
  platform_io.Platform_GetClipboardTextFn = [](ImGuiContext*) { return g_window.clipboard.c_str(); };
  framebuffer_width_ = framebuffer_height_ = 0;  // force the first SyncCanvasSize to apply
  SyncCanvasSize();
  RequestRedraw();
  return true;
}

bool WebWindow::SyncCanvasSize() {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(canvas_selector_, &css_width, &css_height);
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int width = static_cast<int>(std::lround(css_width * ratio));
  const int height = static_cast<int>(std::lround(css_height * ratio));
  if (width == framebuffer_width_ && height == framebuffer_height_ && ratio == pixel_ratio_) return false;
  framebuffer_width_ = width;
  framebuffer_height_ = height;
  pixel_ratio_ = ratio;
  if (window_ != nullptr && width > 0 && height > 0) SetCanvasBackingStore(width, height);
  return true;
}

void WebWindow::RequestRedraw() {
  redraw_until_ = NowSeconds() + kSettleSeconds;
  settle_frames_ = kSettleFrames;
}

bool WebWindow::TouchScreen() const { return g_window.touch_seen || JsCoarsePointer() != 0; }

int WebWindow::FramesSince(double t_ms) const {
  int count = 0;
  for (double t : frame_times_ms_) count += t > t_ms ? 1 : 0;
  return count;
}

int WebWindow::StillFramesSince(double t_ms) const {
  int count = 0;
  for (long frame = frames_rendered_ - 1; frame >= 0 && frame >= frames_rendered_ - 64; --frame) {
    const int slot = static_cast<int>(frame % 64);
    if (frame_times_ms_[slot] <= t_ms || frame_drawn_[slot]) break;
    ++count;
  }
  return count;
}

long WebWindow::FramesSinceInputConsumed() const {
  if (GImGui != nullptr && GImGui->InputEventsQueue.Size > 0) return -1;
  return frames_rendered_ - last_input_frame_;
}

bool WebWindow::BeginFrame() {
  const bool resized = SyncCanvasSize();
  const double now = NowSeconds();
  const bool has_input = GImGui != nullptr && GImGui->InputEventsQueue.Size > 0;
  if (resized || has_input) RequestRedraw();
  if (resized) Invalidate();
  if (now > redraw_until_ && settle_frames_ <= 0) return false;
  if (settle_frames_ > 0) --settle_frames_;
  frame_times_ms_[frames_rendered_ % 64] = emscripten_get_now();
  if (has_input) last_input_frame_ = frames_rendered_;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  return true;
}

void WebWindow::EndFrame(float clear_r, float clear_g, float clear_b) {
  ImGui::Render();
  // Text reaches the app through a focused DOM input (web/loader.js), which is also what opens a
  // mobile virtual keyboard: follow ImGui's text focus, and focus again when another field becomes
  // active (something may have taken the DOM focus in between).
  const bool wants_text = ImGui::GetIO().WantTextInput;
  const unsigned field = wants_text ? ImGui::GetActiveID() : 0;
  if (wants_text != text_input_active_ || field != text_field_id_) {
    text_input_active_ = wants_text;
    text_field_id_ = field;
    JsSetTextInput(wants_text ? 1 : 0);
  }
  const int slot = static_cast<int>(frames_rendered_ % 64);
  ++frames_rendered_;
  // The canvas keeps what was drawn to it (preserveDrawingBuffer, web/loader.js): only the part
  // this frame changes is drawn again (see frame_damage.hpp).
  ImDrawData* data = ImGui::GetDrawData();
  const bool new_clear = clear_r != clear_[0] || clear_g != clear_[1] || clear_b != clear_[2];
  DescribeFrame(data, !canvas_known_ || new_clear, damage_);
  const PixelRect damage = damage_.Finish();
  frame_drawn_[slot] = !damage.Empty();
  if (frame_drawn_[slot]) {
    Draw(data, damage, clear_r, clear_g, clear_b);
    damage_.Commit();
    canvas_known_ = true;
    clear_[0] = clear_r;
    clear_[1] = clear_g;
    clear_[2] = clear_b;
    pixels_drawn_ += damage.Area();
    ++frames_presented_;
  }
  if (check_redraw_) CheckRedraw(data, clear_r, clear_g, clear_b);
}

void WebWindow::Draw(ImDrawData* data, const PixelRect& damage, float clear_r, float clear_g, float clear_b) {
  const FrameGeometry geometry = GeometryOf(data);
  const bool partial = !(damage == PixelRect{0, 0, geometry.width, geometry.height});
  glViewport(0, 0, framebuffer_width_, framebuffer_height_);
  glClearColor(clear_r, clear_g, clear_b, 1.0f);
  std::vector<ImVec4> clips;
  if (partial) {
    clips = ClipToDamage(data, damage);
    glEnable(GL_SCISSOR_TEST);
    glScissor(damage.x0, geometry.height - damage.y1, damage.x1 - damage.x0, damage.y1 - damage.y0);
    ++frames_partial_;
    ++partial_since_full_;
  } else {
    partial_since_full_ = 0;
  }
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(data);
  glDisable(GL_SCISSOR_TEST);
  if (partial) RestoreClips(data, clips);
}

void WebWindow::CheckRedraw(ImDrawData* data, float clear_r, float clear_g, float clear_b) {
  check_redraw_ = false;
  // What the canvas holds now came from this many partial redraws after the last full one (none:
  // the check compares a full redraw with itself, which the test must not take for a pass).
  const long partial_since_full = partial_since_full_;
  const FrameGeometry geometry = GeometryOf(data);
  const std::size_t size = static_cast<std::size_t>(geometry.width) * static_cast<std::size_t>(geometry.height) * 4;
  std::vector<unsigned char> kept(size), full(size);
  glReadPixels(0, 0, geometry.width, geometry.height, GL_RGBA, GL_UNSIGNED_BYTE, kept.data());
  Draw(data, {0, 0, geometry.width, geometry.height}, clear_r, clear_g, clear_b);
  glReadPixels(0, 0, geometry.width, geometry.height, GL_RGBA, GL_UNSIGNED_BYTE, full.data());
  redraw_check_ = {};
  redraw_check_.done = true;
  redraw_check_.partial_since_full = partial_since_full;
  redraw_check_.pixels = static_cast<long>(size / 4);
  for (std::size_t i = 0; i < size; i += 4) {
    if (std::memcmp(&kept[i], &full[i], 3) == 0) continue;
    if (redraw_check_.differing++ == 0) {
      const long pixel = static_cast<long>(i / 4);
      redraw_check_.first_x = static_cast<int>(pixel % geometry.width);
      redraw_check_.first_y = geometry.height - 1 - static_cast<int>(pixel / geometry.width);  // rows from the top
    }
  }
}

}  // namespace asn::platform

extern "C" {
// The page's paste listener hands over the pasted text before ImGui handles Ctrl+V.
// The text was malloc'ed by the page and is freed here.
EMSCRIPTEN_KEEPALIVE void asn_page_clipboard(char* text) {
  asn::platform::g_window.clipboard = text != nullptr ? text : "";
  std::free(text);
}
// Text from a virtual keyboard or input method (see web/loader.js).
EMSCRIPTEN_KEEPALIVE void asn_page_text(const char* text) { ImGui::GetIO().AddInputCharactersUTF8(text); }
}
