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

#include <emscripten.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace asn::app {
namespace {
platform::WebWindow* g_window = nullptr;  // not const: a test may ask for a full redraw
const application::Application* g_app = nullptr;
const DurationRing* g_frame_ms = nullptr;
const DurationRing* g_mirror_ms = nullptr;
std::string g_buffer;  // keeps the returned C string alive until the next call

// As the summary screen lists them, in the interface language.
nlohmann::json MissingMessages(const core::Assessment& a, core::Language language) {
  nlohmann::json out = nlohmann::json::array();
  for (const core::MissingItem& m : core::MissingForSubmission(a, language)) out.push_back(m.message);
  return out;
}
const char* DurationsJson(const DurationRing* ring) {
  nlohmann::json out = {{"count", ring ? ring->Count() : 0}, {"ms", ring ? ring->Recent() : std::vector<double>{}}};
  g_buffer = out.dump();
  return g_buffer.c_str();
}
// As the recap screen shows them: per group, the capaian and each bound's verdict.
nlohmann::json BoundVerdicts(const application::AppState& state) {
  nlohmann::json out = nlohmann::json::array();
  for (const core::CapaianGroup& g : state.recap.data.CapaianGroups(state.recap.capaian)) {
    for (const core::BoundCheck& c : core::CheckGroup(g, state.recap.CurveSettings())) {
      out.push_back({{"capaian", g.capaian ? core::OrganisationRatingKey(*g.capaian) : ""},
                     {"broken", c.broken},
                     {"text", core::BoundVerdict(c, state.language)}});
    }
  }
  return out;
}
int ContohDrafts(const application::AppState& state) {
  int n = 0;
  for (const auto& d : state.drafts) n += d.contoh ? 1 : 0;
  return n;
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
EMSCRIPTEN_KEEPALIVE const char* asn_test_redraws() {
  if (!asn::app::g_window) return "null";
  asn::app::g_buffer = nlohmann::json{{"partial", asn::app::g_window->FramesPartial()},
                                      {"pixels", asn::app::g_window->PixelsDrawn()}}.dump();
  return asn::app::g_buffer.c_str();
}

// At the end of the next frame, what the partial redraws left on the canvas is compared with a full
// redraw of that frame (see WebWindow::CheckNextRedraw); the result: {done, pixels, differing, x, y}.
EMSCRIPTEN_KEEPALIVE void asn_test_check_redraw() {
  if (asn::app::g_window) asn::app::g_window->CheckNextRedraw();
}

EMSCRIPTEN_KEEPALIVE const char* asn_test_redraw_check() {
  if (!asn::app::g_window) return "null";
  const auto& c = asn::app::g_window->LastRedrawCheck();
  asn::app::g_buffer = nlohmann::json{{"done", c.done}, {"pixels", c.pixels}, {"differing", c.differing},
                                      {"x", c.first_x}, {"y", c.first_y},
                                      {"partialSinceFull", c.partial_since_full}}.dump();
  return asn::app::g_buffer.c_str();
}

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
EMSCRIPTEN_KEEPALIVE const char* asn_test_item_rect(const char* id) {
  asn::ui::ItemRect rect;
  if (asn::app::g_window == nullptr || !asn::ui::FindItem(id, &rect)) return "";
  const float ratio = asn::app::g_window->PixelRatio();
  const nlohmann::json out = {{"x", rect.x / ratio}, {"y", rect.y / ratio}, {"w", rect.w / ratio},
                              {"h", rect.h / ratio}, {"visible", rect.visible},
                              {"settled", rect.settled}};
  asn::app::g_buffer = out.dump();
  return asn::app::g_buffer.c_str();
}

// Every item of the last frame: [{"id","x","y","w","h","visible","clippedSideways"}] in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* asn_test_items() {
  nlohmann::json out = nlohmann::json::array();
  const float ratio = asn::app::g_window ? asn::app::g_window->PixelRatio() : 1.0f;
  for (const auto& [id, rect] : asn::ui::PublishedItems()) {
    out.push_back({{"id", id}, {"x", rect.x / ratio}, {"y", rect.y / ratio}, {"w", rect.w / ratio}, {"h", rect.h / ratio},
                   {"visible", rect.visible}, {"clippedSideways", rect.clipped_sideways},
                   {"interactive", rect.interactive}});
  }
  asn::app::g_buffer = out.dump();
  return asn::app::g_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* asn_test_state() {
  if (asn::app::g_app == nullptr) return "{}";
  const asn::application::AppState& state = asn::app::g_app->State();
  static const char* kSaveStates[] = {"saved", "pending", "quota", "unavailable", "conflict"};
  nlohmann::json out = {
      {"theme", state.theme == asn::application::Theme::Dark ? "dark" : "light"},
      {"language", state.language == asn::core::Language::English ? "en" : "id"},
      {"screen", asn::ui::ScreenKey(state.screen)},
      {"pixelRatio", asn::app::g_window ? asn::app::g_window->PixelRatio() : 1.0f},
      {"storageAvailable", state.storage_available},
      {"drafts", state.drafts.size()},
      {"setAside", state.set_aside.size()},
      {"importOpen", state.import.open},
      {"importProblems", state.import.problems.size()},
      {"exportProblems", state.export_problems.size()},
      {"notice", asn::ui::NoticeText(state.notice)},
      // Input the browser delivered that ImGui has not processed yet (it trickles over frames).
      {"inputPending", GImGui != nullptr && GImGui->InputEventsQueue.Size > 0},
      // Where Dear ImGui's keyboard navigation stands (a keyboard test that loses its way says where).
      {"nav", {{"window", GImGui != nullptr && GImGui->NavWindow != nullptr ? GImGui->NavWindow->Name : ""},
               {"id", GImGui != nullptr ? GImGui->NavId : 0u},
               {"visible", GImGui != nullptr && GImGui->NavCursorVisible}}},
      {"draft", nullptr},
      {"presenter", state.presenter},
      {"presenterZoom", state.presenter_zoom},
      {"walkthrough", {{"open", state.walkthrough.open}, {"step", state.walkthrough.step}}},
      {"explainOpen", state.explain_open},
      {"recap", {{"loading", state.recap.loading},
                 {"done", state.recap.done},
                 {"expected", state.recap.expected},
                 {"files", state.recap.data.FilesSeen()},
                 {"valid", state.recap.data.Rows().size()},
                 {"invalid", state.recap.data.Invalid().size()},
                 {"example", state.recap.example},
                 {"shown", state.recap.view.size()},
                 {"predikat", state.recap.data.PredikatCounts()},
                 {"capaian", state.recap.capaian ? asn::core::OrganisationRatingKey(*state.recap.capaian) : ""},
                 {"ownBounds", state.recap.own_bounds.has_value()},
                 {"bounds", asn::app::BoundVerdicts(state)}}},
      {"contohDrafts", asn::app::ContohDrafts(state)},
      {"lock", {{"state", state.lock.state == asn::platform::LockState::Off      ? "off"
                          : state.lock.state == asn::platform::LockState::Locked ? "locked"
                                                                                 : "unlocked"},
                {"offered", state.lock.setup_offered},
                {"deriving", state.lock.deriving},
                {"message", static_cast<int>(state.lock.message)},
                {"idleMinutes", state.lock.idle_minutes}}},
  };
  if (state.draft) {
    const asn::application::OpenDraft& d = *state.draft;
    const auto jpm = asn::core::JobPersonMatch(d.assessment.kompetensi, asn::core::LevelSource::Mandiri, d.assessment.metode_jpm);
    const auto predikat = asn::core::PredikatKinerja(d.assessment.evaluasi.rating_hasil_kerja, d.assessment.evaluasi.rating_perilaku);
    out["draft"] = {{"id", d.id},
                    {"dirty", d.dirty},
                    {"saveState", kSaveStates[static_cast<int>(d.save_state)]},
                    {"savedClock", d.saved_clock},
                    {"nama", d.assessment.pegawai.nama},
                    {"selectedCompetency", state.selected_competency},
                    {"jpmMandiri", jpm ? nlohmann::json(jpm->percent) : nlohmann::json(nullptr)},
                    {"missing", asn::core::MissingForSubmission(d.assessment).size()},
                    {"missingItems", asn::app::MissingMessages(d.assessment, state.language)},
                    {"stage", static_cast<int>(d.assessment.status.tahap)},
                    {"predikat", predikat ? nlohmann::json(asn::core::PredikatName(*predikat)) : nlohmann::json(nullptr)},
                    {"reviewMissing", asn::core::MissingForReview(d.assessment).size()},
                    // The signature card's status line, as drawn; the fingerprint the file holds.
                    {"signature", {{"text", asn::ui::SignatureStatusText(state)},
                                   {"fingerprint", d.assessment.tanda_tangan ? d.assessment.tanda_tangan->fingerprint : ""}}}};
  }
  asn::app::g_buffer = out.dump();
  return asn::app::g_buffer.c_str();
}

}  // extern "C"
