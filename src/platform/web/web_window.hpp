#pragma once
// The browser window: a WebGL2 canvas driven by GLFW (Emscripten's emulation) and Dear ImGui.
// Handles HiDPI (backing store = CSS size × devicePixelRatio, polled so browser zoom works),
// mouse-wheel normalisation, and idle detection: frames are only drawn while something changes.
#include <vector>

#include "platform/frame_damage.hpp"

struct GLFWwindow;
struct ImDrawData;

namespace asn::platform {

class WebWindow {
 public:
  // Creates the GL context on the canvas and initialises the ImGui backends.
  // Needs an existing ImGui context. Returns false (and logs) on failure.
  bool Init(const char* canvas_selector, const char* title);

  // Starts a frame if anything changed since the last one; returns false when idle.
  bool BeginFrame();
  // Renders and presents the frame begun by BeginFrame.
  void EndFrame(float clear_r, float clear_g, float clear_b);

  // Ask for frames to be drawn for a while even without input (e.g. after a state change).
  void RequestRedraw();
  // Ask for one more frame only (e.g. a progress bar moved), without the settling time.
  void RequestOneFrame() { settle_frames_ = settle_frames_ > 1 ? settle_frames_ : 1; }
  // The next frame is presented even if it looks exactly like the last one (the page was hidden,
  // or anything else may have happened to the canvas while the loop was paused).
  void Invalidate() { canvas_known_ = false; }

  float PixelRatio() const { return pixel_ratio_; }
  // A touch screen (a coarse pointer, or a touch seen): controls are made at least 44 CSS px.
  bool TouchScreen() const;
  long FramesRendered() const { return frames_rendered_; }
  // Frames actually drawn to the canvas (a frame identical to the one on screen is not redrawn).
  long FramesPresented() const { return frames_presented_; }
  // ...of which only the changed part was drawn again, and the pixels drawn in all.
  long FramesPartial() const { return frames_partial_; }
  double PixelsDrawn() const { return pixels_drawn_; }
  // Tests: at the end of the next frame, compare what the canvas holds with a full redraw of that
  // frame (which then stays on the canvas).
  struct RedrawCheck {
    bool done = false;
    long pixels = 0, differing = 0;
    long partial_since_full = 0;  // partial redraws behind what the canvas held
    int first_x = -1, first_y = -1;  // the first differing pixel, rows from the top
  };
  void CheckNextRedraw() {
    redraw_check_ = {};
    check_redraw_ = true;
    RequestRedraw();
  }
  const RedrawCheck& LastRedrawCheck() const { return redraw_check_; }
  // Frames begun after time t (milliseconds, emscripten_get_now / performance.now), counting the
  // recent ones only: tests use it to wait until their input has been seen by a frame.
  int FramesSince(double t_ms) const;
  // How many of the last frames, all begun after time t, were identical to the one on the canvas
  // (not redrawn), counted back from the latest: two or more mean the picture has settled.
  int StillFramesSince(double t_ms) const;
  // Frames begun since, and including, the last one that took events from Dear ImGui's input queue;
  // -1 while events still wait there. Dear ImGui hands a fast burst of input to the app over several
  // frames (a key's press and release never in the same frame), so "n frames after the last event
  // arrived" does not mean the app has seen it: tests wait for this instead.
  long FramesSinceInputConsumed() const;
  // The frame under way began with input from the user (keys, pointer, text).
  bool InputThisFrame() const { return last_input_frame_ == frames_rendered_; }

 private:
  bool SyncCanvasSize();
  void Draw(ImDrawData* data, const PixelRect& damage, float clear_r, float clear_g, float clear_b);
  void CheckRedraw(ImDrawData* data, float clear_r, float clear_g, float clear_b);

  GLFWwindow* window_ = nullptr;
  const char* canvas_selector_ = "#canvas";
  int framebuffer_width_ = 0;
  int framebuffer_height_ = 0;
  float pixel_ratio_ = 1.0f;
  double redraw_until_ = 0.0;
  int settle_frames_ = 0;  // frames still owed after the last input, whatever the time
  long frames_rendered_ = 0;
  long frames_presented_ = 0;
  long last_input_frame_ = -1;  // index of the last frame that began with queued input
  long frames_partial_ = 0;
  long partial_since_full_ = 0;
  double pixels_drawn_ = 0;
  // What is on the canvas: its triangles (see frame_damage.hpp) and clear colour, unless it may hold
  // anything (the first frame, after the page was hidden).
  FrameDamage damage_;
  bool canvas_known_ = false;
  float clear_[3] = {};
  bool check_redraw_ = false;
  RedrawCheck redraw_check_;
  bool text_input_active_ = false;
  unsigned text_field_id_ = 0;  // ImGui ID of the active text field, to re-focus the page's field on a change
  double frame_times_ms_[64] = {};  // ring buffer of recent frame start times
  bool frame_drawn_[64] = {};       // ...and whether each was drawn to the canvas
};

}  // namespace asn::platform
