#pragma once
// Functions the page's window.asnTest (web/loader.js) calls: readiness, frame count, item
// rectangles in CSS pixels, and a small JSON view of the UI state.
namespace asn::platform { class WebWindow; }
namespace asn::ui { class AppController; }

namespace asn::app {
void RegisterTestApi(const platform::WebWindow* window, const ui::AppController* app);
}
