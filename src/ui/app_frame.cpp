#include "ui/app_frame.hpp"

#include "ui/access_capture.hpp"
#include "ui/app_shell.hpp"
#include "ui/item_registry.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace asn::ui {

void AppFrame::Init() {
  BindLanguage(&app_.State().language);
  LoadFonts();
  ApplyStyle(app_.State().theme, 1.0f, false, false);
  applied_scale_ = 1.0f;
  applied_theme_ = app_.State().theme;
  access::StartCapture();
}

bool AppFrame::Frame(float pixel_ratio, bool touch) {
  AppState& state = app_.State();
  // Presenter view enlarges everything (fonts are rasterised at the final size, so it stays crisp).
  const float scale = pixel_ratio * (state.presenter ? static_cast<float>(state.presenter_zoom) / 100.0f : 1.0f);
  if (scale != applied_scale_ || state.theme != applied_theme_ || state.presenter != applied_high_contrast_ ||
      touch != applied_touch_) {
    ApplyStyle(state.theme, scale, state.presenter, touch);
    applied_scale_ = scale;
    applied_theme_ = state.theme;
    applied_high_contrast_ = state.presenter;
    applied_touch_ = touch;
  }
  app_.BeforeFrame();
  BeginItemFrame();
  access::BeginFrame(CurrentLanguage() == Language::English ? "en" : "id");
  Intents intents = DrawAppShell(state);
  access::EndFrame(pixel_ratio);
  EndItemFrame();
  app_.Apply(intents);
  return app_.WantsFrames() || access::WantsFrames();
}

bool AppFrame::OnlyProgressToDraw() const { return app_.WantsFramesOnlyForProgress() && !access::WantsFrames(); }

}  // namespace asn::ui
