#include "app/web_test_api.hpp"

#include "platform/web/web_window.hpp"
#include "ui/app_controller.hpp"
#include "ui/item_registry.hpp"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <string>

namespace asn::app {
namespace {
const platform::WebWindow* g_window = nullptr;
const ui::AppController* g_app = nullptr;
std::string g_buffer;  // keeps the returned C string alive until the next call
}  // namespace

void RegisterTestApi(const platform::WebWindow* window, const ui::AppController* app) {
  g_window = window;
  g_app = app;
}

}  // namespace asn::app

extern "C" {

EMSCRIPTEN_KEEPALIVE int asn_test_ready() {
  return asn::app::g_window != nullptr && asn::app::g_window->FramesRendered() > 0 ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double asn_test_frame_count() {
  return asn::app::g_window ? static_cast<double>(asn::app::g_window->FramesRendered()) : 0.0;
}

// Returns {"x","y","w","h","visible"} in CSS pixels, or "" when the item was not drawn last frame.
EMSCRIPTEN_KEEPALIVE const char* asn_test_item_rect(const char* id) {
  asn::ui::ItemRect rect;
  if (asn::app::g_window == nullptr || !asn::ui::FindItem(id, &rect)) return "";
  const float ratio = asn::app::g_window->PixelRatio();
  const nlohmann::json out = {{"x", rect.x / ratio}, {"y", rect.y / ratio}, {"w", rect.w / ratio},
                              {"h", rect.h / ratio}, {"visible", rect.visible}};
  asn::app::g_buffer = out.dump();
  return asn::app::g_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* asn_test_state() {
  if (asn::app::g_app == nullptr) return "{}";
  const asn::ui::AppState& state = asn::app::g_app->State();
  const nlohmann::json out = {
      {"theme", state.theme == asn::ui::Theme::Dark ? "dark" : "light"},
      {"language", state.language == asn::ui::Language::English ? "en" : "id"},
      {"screen", "home"},
      {"pixelRatio", asn::app::g_window ? asn::app::g_window->PixelRatio() : 1.0f},
  };
  asn::app::g_buffer = out.dump();
  return asn::app::g_buffer.c_str();
}

}  // extern "C"
