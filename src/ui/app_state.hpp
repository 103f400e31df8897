#pragma once
// What the UI draws, and what the user asked for in a frame. Screens read AppState and fill
// Intents; the controller applies intents between frames.
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <optional>

namespace asn::ui {

enum class Screen { Home };

struct AppState {
  Theme theme = Theme::Light;
  Language language = Language::Indonesian;
  Screen screen = Screen::Home;
  bool about_open = false;
};

struct Intents {
  std::optional<Theme> set_theme;
  std::optional<Language> set_language;
  bool open_about = false;
  bool close_about = false;
};

}  // namespace asn::ui
