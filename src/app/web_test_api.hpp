#pragma once
// Functions the page's window.asnTest (web/loader.js) calls: readiness, frame count, item
// rectangles in CSS pixels, a small JSON view of the UI state, and the frame and autosave
// durations the benchmark reads.
namespace asn::platform { class WebWindow; }
namespace asn::application { class Application; }

#include "application/duration_ring.hpp"

namespace asn::app {
using application::DurationRing;
void RegisterTestApi(platform::WebWindow* window, const application::Application* app, const DurationRing* frame_ms,
                     const DurationRing* mirror_ms);
}
