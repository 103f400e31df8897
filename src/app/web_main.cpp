// Browser entry point: wires the WebGL window, the UI controller and the test API together.
#include "app/web_test_api.hpp"
#include "platform/web/web_window.hpp"
#include "ui/app_controller.hpp"

#include <emscripten.h>
#include <imgui.h>

namespace {

asn::platform::WebWindow g_window;
asn::ui::AppController g_app;

void RunFrame() {
  if (!g_window.BeginFrame()) return;
  if (g_app.Frame(g_window.PixelRatio())) g_window.RequestRedraw();
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  g_window.EndFrame(bg.x, bg.y, bg.z);
}

}  // namespace

int main() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing to persist
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would need redraws while idle
  if (!g_window.Init("#canvas", "Penilaian Kinerja ASN")) return 1;
  g_app.Init();
  asn::app::RegisterTestApi(&g_window, &g_app);
  emscripten_set_main_loop(RunFrame, 0, false);
  return 0;
}
