#include "app/web_test_api.hpp"

#include "platform/web/web_window.hpp"
#include "application/application.hpp"
#include "ui/notices.hpp"
#include "core/completeness.hpp"
#include "core/format_keys.hpp"
#include "core/recap.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/rules_predikat.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"

#include "core/json_text.hpp"

#include <emscripten.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace asn::app {
namespace {
platform::WebWindow* g_window = nullptr;  // not const: a test may ask for a full redraw
const application::Application* g_app = nullptr;
const DurationRing* g_frame_ms = nullptr;
const DurationRing* g_mirror_ms = nullptr;
std::string g_buffer;  // keeps the returned C string alive until the next call

// The answers are small JSON texts, written here directly: nlohmann/json's object-building code
// would add about 15 KB to the page's module for them.
struct Json {
  std::string text;
};
Json Str(std::string_view s) {
  Json out;
  core::WriteJsonString(s, [&out](const char* bytes, std::size_t size) { out.text.append(bytes, size); });
  return out;
}
Json Num(double v) {
  if (!std::isfinite(v)) return {"null"};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", v);
  return {buffer};
}
Json Int(long long v) { return {std::to_string(v)}; }
Json Bool(bool v) { return {v ? "true" : "false"}; }
Json Null() { return {"null"}; }
// A value by its C++ type: bool, any integer or enum, floating point, or text.
template <typename T>
Json Val(const T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    return Bool(value);
  } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
    return Int(static_cast<long long>(value));
  } else if constexpr (std::is_floating_point_v<T>) {
    return Num(value);
  } else {
    return Str(std::string_view(value));
  }
}
Json Obj(std::initializer_list<std::pair<const char*, Json>> fields) {
  Json out{"{"};
  for (const auto& [key, value] : fields) {
    if (out.text.size() > 1) out.text += ',';
    out.text += Str(key).text;
    out.text += ':';
    out.text += value.text;
  }
  out.text += '}';
  return out;
}
Json Arr(const std::vector<Json>& items) {
  Json out{"["};
  for (const Json& item : items) {
    if (out.text.size() > 1) out.text += ',';
    out.text += item.text;
  }
  out.text += ']';
  return out;
}
const char* Answer(const Json& json) {
  g_buffer = json.text;
  return g_buffer.c_str();
}

// As the summary screen lists them, in the interface language.
Json MissingMessages(const core::Assessment& a, core::Language language) {
  std::vector<Json> out;
  for (const core::MissingItem& m : core::MissingForSubmission(a, language)) out.push_back(Str(m.message));
  return Arr(out);
}
const char* DurationsJson(const DurationRing* ring) {
  std::vector<Json> ms;
  if (ring) {
    for (double d : ring->Recent()) ms.push_back(Num(d));
  }
  return Answer(Obj({{"count", Int(ring ? static_cast<long long>(ring->Count()) : 0)}, {"ms", Arr(ms)}}));
}
// As the recap screen shows them: per group, the capaian and each bound's verdict.
Json BoundVerdicts(const application::AppState& state) {
  std::vector<Json> out;
  for (const core::CapaianGroup& g : state.recap.data.CapaianGroups(state.recap.capaian)) {
    for (const core::BoundCheck& c : core::CheckGroup(g, state.recap.CurveSettings())) {
      out.push_back(Obj({{"capaian", Str(g.capaian ? core::OrganisationRatingKey(*g.capaian) : "")},
                         {"broken", Bool(c.broken)},
                         {"text", Str(core::BoundVerdict(c, state.language))}}));
    }
  }
  return Arr(out);
}
int ContohDrafts(const application::AppState& state) {
  int n = 0;
  for (const auto& d : state.drafts) n += d.contoh ? 1 : 0;
  return n;
}

const char* RedrawsAnswer() {
  if (!g_window) return "null";
  return Answer(Obj({{"partial", Int(g_window->FramesPartial())}, {"pixels", Num(g_window->PixelsDrawn())}}));
}

const char* RedrawCheckAnswer() {
  if (!g_window) return "null";
  const auto& c = g_window->LastRedrawCheck();
  return Answer(Obj({{"done", Bool(c.done)}, {"pixels", Int(c.pixels)}, {"differing", Int(c.differing)},
                     {"x", Int(c.first_x)}, {"y", Int(c.first_y)}, {"partialSinceFull", Int(c.partial_since_full)}}));
}

const char* ItemRectAnswer(const char* id) {
  asn::ui::ItemRect rect;
  if (g_window == nullptr || !asn::ui::FindItem(id, &rect)) return "";
  const float ratio = g_window->PixelRatio();
  return Answer(Obj({{"x", Num(rect.x / ratio)}, {"y", Num(rect.y / ratio)}, {"w", Num(rect.w / ratio)},
                     {"h", Num(rect.h / ratio)}, {"visible", Bool(rect.visible)}, {"settled", Bool(rect.settled)}}));
}

const char* ItemsAnswer() {
  std::vector<Json> out;
  const float ratio = g_window ? g_window->PixelRatio() : 1.0f;
  for (const auto& [id, rect] : asn::ui::PublishedItems()) {
    out.push_back(Obj({{"id", Str(id)}, {"x", Num(rect.x / ratio)}, {"y", Num(rect.y / ratio)}, {"w", Num(rect.w / ratio)},
                       {"h", Num(rect.h / ratio)}, {"visible", Bool(rect.visible)},
                       {"clippedSideways", Bool(rect.clipped_sideways)}, {"interactive", Bool(rect.interactive)}}));
  }
  return Answer(Arr(out));
}

const char* StateAnswer() {
  if (g_app == nullptr) return "{}";
  const asn::application::AppState& state = g_app->State();
  static const char* kSaveStates[] = {"saved", "pending", "quota", "unavailable", "conflict"};
  const auto& recap = state.recap;
  std::vector<Json> predikat_counts;
  for (int count : recap.data.PredikatCounts()) predikat_counts.push_back(Val(count));
  Json draft = Null();
  if (state.draft) {
    const asn::application::OpenDraft& d = *state.draft;
    const auto jpm = asn::core::JobPersonMatch(d.assessment.kompetensi, asn::core::LevelSource::Mandiri, d.assessment.metode_jpm);
    const auto predikat = asn::core::PredikatKinerja(d.assessment.evaluasi.rating_hasil_kerja, d.assessment.evaluasi.rating_perilaku);
    draft = Obj({{"id", Val(d.id)},
                 {"dirty", Val(d.dirty)},
                 {"saveState", Val(kSaveStates[static_cast<int>(d.save_state)])},
                 {"savedClock", Val(d.saved_clock)},
                 {"nama", Val(d.assessment.pegawai.nama)},
                 {"selectedCompetency", Val(state.selected_competency)},
                 {"jpmMandiri", jpm ? Num(jpm->percent) : Null()},
                 {"missing", Val(asn::core::MissingForSubmission(d.assessment).size())},
                 {"missingItems", MissingMessages(d.assessment, state.language)},
                 {"stage", Val(static_cast<int>(d.assessment.status.tahap))},
                 {"predikat", predikat ? Str(asn::core::PredikatName(*predikat)) : Null()},
                 {"reviewMissing", Val(asn::core::MissingForReview(d.assessment).size())},
                 // The signature card's status line, as drawn; the fingerprint the file holds.
                 {"signature", Obj({{"text", Val(asn::ui::SignatureStatusText(state))},
                                    {"fingerprint", Val(d.assessment.tanda_tangan ? d.assessment.tanda_tangan->fingerprint
                                                                                  : std::string())}})}});
  }
  std::vector<Json> explain_open;
  for (const std::string& key : state.explain_open) explain_open.push_back(Str(key));
  const ImGuiContext* imgui = GImGui;
  return Answer(Obj({
      {"theme", Val(state.theme == asn::application::Theme::Dark ? "dark" : "light")},
      {"language", Val(state.language == asn::core::Language::English ? "en" : "id")},
      {"screen", Val(asn::ui::ScreenKey(state.screen))},
      {"pixelRatio", Num(g_window ? g_window->PixelRatio() : 1.0f)},
      {"storageAvailable", Val(state.storage_available)},
      {"drafts", Val(state.drafts.size())},
      {"setAside", Val(state.set_aside.size())},
      {"importOpen", Val(state.import.open)},
      {"importProblems", Val(state.import.problems.size())},
      {"exportProblems", Val(state.export_problems.size())},
      {"notice", Val(asn::ui::NoticeText(state.notice))},
      // Input the browser delivered that ImGui has not processed yet (it trickles over frames).
      {"inputPending", Val(imgui != nullptr && imgui->InputEventsQueue.Size > 0)},
      // Where Dear ImGui's keyboard navigation stands (a keyboard test that loses its way says where).
      {"nav", Obj({{"window", Val(imgui != nullptr && imgui->NavWindow != nullptr ? imgui->NavWindow->Name : "")},
                   {"id", Val(imgui != nullptr ? imgui->NavId : 0u)},
                   {"visible", Val(imgui != nullptr && imgui->NavCursorVisible)}})},
      {"draft", draft},
      {"presenter", Val(state.presenter)},
      {"presenterZoom", Val(state.presenter_zoom)},
      {"walkthrough", Obj({{"open", Val(state.walkthrough.open)}, {"step", Val(state.walkthrough.step)}})},
      {"explainOpen", Arr(explain_open)},
      {"recap", Obj({{"loading", Val(recap.loading)},
                     {"done", Val(recap.done)},
                     {"expected", Val(recap.expected)},
                     {"files", Val(recap.data.FilesSeen())},
                     {"valid", Val(recap.data.Rows().size())},
                     {"invalid", Val(recap.data.Invalid().size())},
                     {"example", Val(recap.example)},
                     {"shown", Val(recap.view.size())},
                     {"predikat", Arr(predikat_counts)},
                     {"capaian", Val(recap.capaian ? asn::core::OrganisationRatingKey(*recap.capaian) : "")},
                     {"ownBounds", Val(recap.own_bounds.has_value())},
                     {"bounds", BoundVerdicts(state)}})},
      {"contohDrafts", Val(ContohDrafts(state))},
      {"lock", Obj({{"state", Val(state.lock.state == asn::platform::LockState::Off      ? "off"
                                  : state.lock.state == asn::platform::LockState::Locked ? "locked"
                                                                                         : "unlocked")},
                    {"offered", Val(state.lock.setup_offered)},
                    {"deriving", Val(state.lock.deriving)},
                    {"message", Val(static_cast<int>(state.lock.message))},
                    {"idleMinutes", Val(state.lock.idle_minutes)}})},
  }));
}

}  // namespace

void RegisterTestApi(platform::WebWindow* window, const application::Application* app, const DurationRing* frame_ms,
                     const DurationRing* mirror_ms) {
  g_window = window;
  g_app = app;
  g_frame_ms = frame_ms;
  g_mirror_ms = mirror_ms;
}

}  // namespace asn::app

extern "C" {

EMSCRIPTEN_KEEPALIVE int asn_test_ready() {
  return asn::app::g_window != nullptr && asn::app::g_window->FramesRendered() > 0 ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double asn_test_frame_count() {
  return asn::app::g_window ? static_cast<double>(asn::app::g_window->FramesRendered()) : 0.0;
}

// Frames drawn to the canvas (one identical to what is on screen is begun but not redrawn).
EMSCRIPTEN_KEEPALIVE double asn_test_frames_presented() {
  return asn::app::g_window ? static_cast<double>(asn::app::g_window->FramesPresented()) : 0.0;
}

// Frames of which only the changed part of the canvas was redrawn, and the pixels drawn in all.
EMSCRIPTEN_KEEPALIVE const char* asn_test_redraws() { return asn::app::RedrawsAnswer(); }

// At the end of the next frame, what the partial redraws left on the canvas is compared with a full
// redraw of that frame (see WebWindow::CheckNextRedraw); the result: {done, pixels, differing, x, y}.
EMSCRIPTEN_KEEPALIVE void asn_test_check_redraw() {
  if (asn::app::g_window) asn::app::g_window->CheckNextRedraw();
}

EMSCRIPTEN_KEEPALIVE const char* asn_test_redraw_check() { return asn::app::RedrawCheckAnswer(); }

// Frames at the end, all begun after time t, that were identical to the picture on the canvas.
EMSCRIPTEN_KEEPALIVE int asn_test_still_frames_since(double t_ms) {
  return asn::app::g_window ? asn::app::g_window->StillFramesSince(t_ms) : 0;
}

// Frames begun after time t (performance.now() milliseconds).
EMSCRIPTEN_KEEPALIVE int asn_test_frames_since(double t_ms) {
  return asn::app::g_window ? asn::app::g_window->FramesSince(t_ms) : 0;
}

// Frames begun since the last one that took queued input (-1 while input still waits for a frame).
EMSCRIPTEN_KEEPALIVE int asn_test_frames_since_input() {
  return asn::app::g_window ? static_cast<int>(asn::app::g_window->FramesSinceInputConsumed()) : -1;
}

// CPU time of the most recent drawn frames and autosaves: {"count": total so far, "ms": [oldest … newest]}.
EMSCRIPTEN_KEEPALIVE const char* asn_test_frame_times() { return asn::app::DurationsJson(asn::app::g_frame_ms); }
// The accessibility mirror's publications (tree to JSON, the page's DOM update), part of those frames.
EMSCRIPTEN_KEEPALIVE const char* asn_test_mirror_times() { return asn::app::DurationsJson(asn::app::g_mirror_ms); }
EMSCRIPTEN_KEEPALIVE const char* asn_test_save_times() {
  return asn::app::DurationsJson(asn::app::g_app ? &asn::app::g_app->SaveDurations() : nullptr);
}

// Returns {"x","y","w","h","visible","settled"} in CSS pixels, or "" when the item was not drawn last frame.
EMSCRIPTEN_KEEPALIVE const char* asn_test_item_rect(const char* id) { return asn::app::ItemRectAnswer(id); }

// Every item of the last frame: [{"id","x","y","w","h","visible","clippedSideways"}] in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* asn_test_items() { return asn::app::ItemsAnswer(); }

EMSCRIPTEN_KEEPALIVE const char* asn_test_state() { return asn::app::StateAnswer(); }

}  // extern "C"
