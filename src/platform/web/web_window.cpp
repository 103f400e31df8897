#include "platform/web/web_window.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace asn::platform {
namespace {

// After the last input, keep drawing this long so hover effects, tooltips (which appear after a
// delay) and ImGui's own settling frames are shown; then stop until the next event.
constexpr double kSettleSeconds = 0.75;
// ...and at least this many frames, however slow each frame is (software rendering).
constexpr int kSettleFrames = 3;

double NowSeconds() { return emscripten_get_now() / 1000.0; }

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
std::string g_clipboard;

EM_JS(void, JsWriteClipboard, (const char* text), {
  const value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

// Sizes the canvas backing store and tells GLFW. Not glfwSetWindowSize: Emscripten 3.1.6's GLFW
// requests fullscreen whenever the size equals the screen size (a maximised projector window).
EM_JS(void, SetCanvasBackingStore, (int width, int height), { Browser.setCanvasSize(width, height); });

}  // namespace

bool WebWindow::Init(const char* canvas_selector, const char* title) {
  canvas_selector_ = canvas_selector;
  if (!glfwInit()) {
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
  ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
  platform_io.Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) {
    g_clipboard = text != nullptr ? text : "";
    JsWriteClipboard(g_clipboard.c_str());
  };
  platform_io.Platform_GetClipboardTextFn = [](ImGuiContext*) { return g_clipboard.c_str(); };
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

int WebWindow::FramesSince(double t_ms) const {
  int count = 0;
  for (double t : frame_times_ms_) count += t > t_ms ? 1 : 0;
  return count;
}

bool WebWindow::BeginFrame() {
  const bool resized = SyncCanvasSize();
  const double now = NowSeconds();
  const bool has_input = GImGui != nullptr && GImGui->InputEventsQueue.Size > 0;
  if (resized || has_input) RequestRedraw();
  if (now > redraw_until_ && settle_frames_ <= 0) return false;
  if (settle_frames_ > 0) --settle_frames_;
  frame_times_ms_[frames_rendered_ % 64] = emscripten_get_now();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  return true;
}

void WebWindow::EndFrame(float clear_r, float clear_g, float clear_b) {
  ImGui::Render();
  glViewport(0, 0, framebuffer_width_, framebuffer_height_);
  glClearColor(clear_r, clear_g, clear_b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++frames_rendered_;
}

}  // namespace asn::platform

extern "C" {
// The page's paste listener hands over the pasted text before ImGui handles Ctrl+V.
EMSCRIPTEN_KEEPALIVE void asn_page_clipboard(const char* text) { asn::platform::g_clipboard = text; }
}
