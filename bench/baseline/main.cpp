// Benchmark baseline (bench/run.mjs): a minimal Dear ImGui page — one window, one button — on
// GLFW + WebGL2, drawing every frame like the Dear ImGui examples. It records the CPU time of each
// frame the same way the app does (src/app/web_main.cpp), so the two can be compared.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string>

namespace {

GLFWwindow* g_window = nullptr;
int g_clicks = 0;
double g_frames = 0.0;
constexpr std::size_t kRing = 512;
double g_frame_ms[kRing] = {};
std::size_t g_frame_count = 0;
std::string g_buffer;

void Frame() {
  const double start_ms = emscripten_get_now();
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const int w = static_cast<int>(std::lround(css_w));
  const int h = static_cast<int>(std::lround(css_h));
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(g_window, &fb_w, &fb_h);
  if (w > 0 && h > 0 && (w != fb_w || h != fb_h)) glfwSetWindowSize(g_window, w, h);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  // A size from the start, as the app's windows have: a window that fits itself to its contents is
  // hidden on its first frame, and the page's first frame would be the clear colour alone.
  ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(240, 110), ImGuiCond_FirstUseEver);
  ImGui::Begin("Hello");
  ImGui::Text("Hello, Dear ImGui");
  if (ImGui::Button("Button")) ++g_clicks;
  ImGui::Text("Clicks: %d", g_clicks);
  ImGui::End();
  ImGui::Render();
  glfwGetFramebufferSize(g_window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_frames += 1.0;
  g_frame_ms[g_frame_count % kRing] = emscripten_get_now() - start_ms;
  ++g_frame_count;
}

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE double baseline_frame_count() { return g_frames; }
// {"count": frames so far, "ms": [CPU time of the most recent frames, oldest first]}
EMSCRIPTEN_KEEPALIVE const char* baseline_frame_times() {
  const std::size_t n = g_frame_count < kRing ? g_frame_count : kRing;
  g_buffer = "{\"count\":" + std::to_string(g_frame_count) + ",\"ms\":[";
  for (std::size_t i = g_frame_count - n; i < g_frame_count; ++i) {
    char number[32];
    std::snprintf(number, sizeof number, "%s%.4f", i == g_frame_count - n ? "" : ",", g_frame_ms[i % kRing]);
    g_buffer += number;
  }
  g_buffer += "]}";
  return g_buffer.c_str();
}
}

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 720, "Baseline", nullptr, nullptr);
  if (g_window == nullptr) return 1;
  glfwMakeContextCurrent(g_window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.Fonts->AddFontFromFileTTF("/fonts/ui-regular.ttf", 16.0f);
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(Frame, 0, false);
  return 0;
}
