// Browser entry point: wires the WebGL window, the browser platform, the application layer, the
// per-frame UI and the test API together, and saves when the page is hidden or closed.
#include "app/web_test_api.hpp"
#include "platform/web/browser_platform.hpp"
#include "platform/web/web_window.hpp"
#include "application/application.hpp"
#include "ui/access_capture.hpp"
#include "ui/app_frame.hpp"

#include <emscripten.h>
#include <imgui.h>

extern "C" void asn_page_wake();

namespace {

asn::platform::WebWindow g_window;
asn::platform::BrowserPlatform g_platform;
asn::application::Application g_app(g_platform);
asn::ui::AppFrame g_frame(g_app);
bool g_paused = false;
int g_idle_ticks = 0;
// While a recap loads and nothing else moves, its progress is drawn ten times a second rather than
// at the display's rate: each frame drawn is CPU taken from the recap workers (or from the page's
// own checking), and on a software-rendered canvas a frame costs tens of milliseconds. Input is
// still answered in the next frame.
constexpr double kProgressFrameMs = 100.0;
double g_progress_frame_at = 0.0;  // when a progress frame is due (0: none)
// CPU time of each drawn frame (milliseconds), for the benchmark (bench/run.mjs): two clock reads
// per drawn frame, no effect on what is drawn.
asn::application::DurationRing g_frame_ms;
// The accessibility mirror: the version of the tree the page has, and the CPU time of each publication
// (serialising the tree and the page's DOM update), for the benchmark.
unsigned g_mirror_version = 0;
asn::application::DurationRing g_mirror_ms;

unsigned g_page_mirror_version = 0;  // the tree the page holds (0: none, or unknown)
// The mirror is first handed to the page once the first frame is on screen (asn_page_first_frame):
// building its DOM took the first frame several milliseconds before the browser could show it,
// and assistive technology reads the page a moment later either way.
bool g_first_frame_shown = false;

// 1 when the page took the tree (a change set is refused unless the page holds the tree it changes).
EM_JS(int, JsPublishMirror, (const char* json), {
  return window.asnMirror && window.asnMirror.update(UTF8ToString(json)) ? 1 : 0;
});

// Hands the page the mirror's tree when it changed (web/mirror.js): what changed since the tree the
// page holds, or the whole tree when the page holds no tree or another one.
void PublishMirror() {
  namespace access = asn::ui::access;
  const unsigned version = access::PublishedVersion();
  if (version == g_mirror_version) return;
  const double start_ms = emscripten_get_now();
  g_mirror_version = version;
  const bool delta = g_page_mirror_version != 0 && g_page_mirror_version + 1 == version;
  bool taken = JsPublishMirror(access::ToJson(access::Published(), version, delta ? version - 1 : 0).c_str()) != 0;
  if (!taken && delta) taken = JsPublishMirror(access::ToJson(access::Published(), version, 0).c_str()) != 0;
  g_page_mirror_version = taken ? version : 0;
  g_mirror_ms.Add(emscripten_get_now() - start_ms);
}

// The autosave runs in a task of its own once a frame is drawn (Application::SetAutosaveBetweenFrames):
// saving a large draft takes several milliseconds (its text, its digest, the storage write), and
// inside the frame it would hold back the frame that shows what was just typed. Then the save
// state is drawn in the next frame.
bool g_save_queued = false;

void AutosaveTask(void*) {
  g_save_queued = false;
  if (!g_app.AutosaveIfDue()) return;
  g_window.RequestRedraw();
  asn_page_wake();
}

// Idle costs nothing: after a few animation-frame ticks with nothing to draw the main loop is
// paused altogether; any page event (web/loader.js) or pending work resumes it.
void RunFrame() {
  const double start_ms = emscripten_get_now();
  if (g_progress_frame_at > 0.0 && start_ms >= g_progress_frame_at) {
    g_progress_frame_at = 0.0;
    g_window.RequestOneFrame();
  }
  if (!g_window.BeginFrame()) {
    if (g_progress_frame_at == 0.0 && ++g_idle_ticks >= 3) {
      g_paused = true;
      emscripten_pause_main_loop();
    }
    return;
  }
  g_idle_ticks = 0;
  if (g_window.InputThisFrame()) g_app.NoteActivity();
  if (g_frame.Frame(g_window.PixelRatio(), g_window.TouchScreen())) {
    if (g_frame.OnlyProgressToDraw()) {
      g_progress_frame_at = start_ms + kProgressFrameMs;
    } else {
      g_window.RequestRedraw();
    }
  }
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  g_window.EndFrame(bg.x, bg.y, bg.z);
  if (g_first_frame_shown) PublishMirror();
  g_frame_ms.Add(emscripten_get_now() - start_ms);
  if (!g_save_queued && g_app.AutosaveDue()) {
    g_save_queued = true;
    emscripten_async_call(AutosaveTask, nullptr, 0);
  }
}

}  // namespace

extern "C" {
// Called synchronously by the page on pagehide / visibilitychange(hidden): save now, so closing
// the tab loses nothing that was typed.
EMSCRIPTEN_KEEPALIVE void asn_page_flush() { g_app.Flush(); }
// The first frame is on screen (web/loader.js): from now on each frame that changes the mirror
// publishes it; the tree of the frames so far is published now.
EMSCRIPTEN_KEEPALIVE void asn_page_first_frame() {
  g_first_frame_shown = true;
  PublishMirror();
}
// Input arrived or a file was chosen or dropped: make sure the loop runs to handle it. (The canvas
// kept its picture while the loop was paused: its drawing buffer is preserved.)
EMSCRIPTEN_KEEPALIVE void asn_page_wake() {
  if (g_paused) {
    g_paused = false;
    g_idle_ticks = 0;
    emscripten_resume_main_loop();
  }
}
// The page is shown again after being hidden: a browser may have let go of a hidden page's canvas,
// so the next frame is drawn in full.
EMSCRIPTEN_KEEPALIVE void asn_page_shown() {
  g_window.Invalidate();
  g_window.RequestRedraw();
  asn_page_wake();
}
// The page asks now and then (even while the loop is paused) whether the draft lock's idle time
// has passed; when it has, the lock closes and the lock screen is drawn.
EMSCRIPTEN_KEEPALIVE void asn_page_idle_check() {
  if (g_app.CheckIdleLock()) {
    g_window.RequestRedraw();
    asn_page_wake();
  }
}
// Tests (window.asnTest.setIdleLockSeconds): the idle time in seconds instead of the setting's
// minutes (0: the setting again), to see the idle lock engage without a quarter of an hour's wait.
EMSCRIPTEN_KEEPALIVE void asn_test_set_idle_lock_seconds(double seconds) { g_app.SetIdleLockSecondsForTest(seconds); }
// Recap files received but not processed yet: the page reads ahead only while this is small.
EMSCRIPTEN_KEEPALIVE int asn_page_recap_backlog() { return static_cast<int>(g_app.RecapBacklog()); }
// After handing over a batch of recap files: process them now for up to `ms` milliseconds.
EMSCRIPTEN_KEEPALIVE void asn_page_recap_process(double ms) { g_app.ProcessRecapNow(ms / 1000.0); }
// Dropped files go to the recap while its screen is shown, else to the draft import.
EMSCRIPTEN_KEEPALIVE int asn_page_accepts_recap() { return g_app.State().screen == asn::application::Screen::Recap ? 1 : 0; }
// Assistive technology focused (activate 0) or activated (1) an element of the accessibility
// mirror: the app acts on the item as keyboard navigation would. 0 when no such item is shown.
EMSCRIPTEN_KEEPALIVE int asn_mirror_action(int activate, const char* key) {
  const bool known = activate ? asn::ui::access::Activate(key) : asn::ui::access::Focus(key);
  if (known) {
    g_window.RequestRedraw();
    asn_page_wake();
  }
  return known ? 1 : 0;
}
// Work that must be drawn even without input (an incoming file).
EMSCRIPTEN_KEEPALIVE void asn_page_redraw() {
  g_window.RequestRedraw();
  asn_page_wake();
}
}

int main() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing to persist
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would need redraws while idle
  if (!g_window.Init("#canvas", "Penilaian Kinerja ASN")) return 1;
  g_app.Start();
  g_app.SetAutosaveBetweenFrames(true);
  g_frame.Init();
  asn::app::RegisterTestApi(&g_window, &g_app, &g_frame_ms, &g_mirror_ms);
  emscripten_set_main_loop(RunFrame, 0, false);
  return 0;
}
