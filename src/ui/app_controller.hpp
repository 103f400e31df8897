#pragma once
// Owns the UI state, draws one frame and applies the intents it returns.
#include "ui/app_state.hpp"

namespace asn::ui {

class AppController {
 public:
  // Call once after the ImGui context exists.
  void Init();
  // Draws one frame at the given scale (device pixel ratio). Returns true when the state changed
  // in a way that needs another frame drawn.
  bool Frame(float scale);

  const AppState& State() const { return state_; }

 private:
  void Apply(const Intents& intents);

  AppState state_;
  float applied_scale_ = 0.0f;
  Theme applied_theme_ = Theme::Light;
};

}  // namespace asn::ui
