#include "ui/app_controller.hpp"

#include "ui/app_shell.hpp"
#include "ui/item_registry.hpp"

#include <imgui.h>

namespace asn::ui {

void AppController::Init() {
  LoadFonts();
  ApplyStyle(state_.theme, 1.0f);
  applied_scale_ = 1.0f;
  applied_theme_ = state_.theme;
  SetLanguage(state_.language);
}

bool AppController::Frame(float scale) {
  if (scale != applied_scale_ || state_.theme != applied_theme_) {
    ApplyStyle(state_.theme, scale);
    applied_scale_ = scale;
    applied_theme_ = state_.theme;
  }
  BeginItemFrame();
  const Intents intents = DrawAppShell(state_);
  EndItemFrame();
  const AppState before = state_;
  Apply(intents);
  return before.theme != state_.theme || before.language != state_.language || before.about_open != state_.about_open;
}

void AppController::Apply(const Intents& intents) {
  if (intents.set_theme) state_.theme = *intents.set_theme;
  if (intents.set_language) {
    state_.language = *intents.set_language;
    SetLanguage(state_.language);
  }
  if (intents.open_about) state_.about_open = true;
  if (intents.close_about) state_.about_open = false;
}

}  // namespace asn::ui
