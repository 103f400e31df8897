#pragma once
// The per-frame part of the app: keeps Dear ImGui's style and fonts in step with the settings
// (theme, presenter view, scale), lets the application do its work, draws the shell and hands
// the intents back. Everything the app does lives in the application layer (src/application/).
#include "application/application.hpp"
#include "ui/view_model.hpp"

namespace asn::ui {

class AppFrame {
 public:
  explicit AppFrame(application::Application& app) : app_(app) {}

  // Call once after the ImGui context exists and the application has started.
  void Init();
  // Draws one frame at the given device pixel ratio. Returns true while frames must keep coming
  // without input (a save is due, a recap is loading).
  // `touch`: the screen is a touch screen (larger controls).
  bool Frame(float pixel_ratio, bool touch);
  // After Frame returned true: only a loading recap's progress asks for the next frame.
  bool OnlyProgressToDraw() const;

 private:
  application::Application& app_;
  float applied_scale_ = 0.0f;
  Theme applied_theme_ = Theme::Light;
  bool applied_high_contrast_ = false;
  bool applied_touch_ = false;
};

}  // namespace asn::ui
