#pragma once
#include "ui/app_state.hpp"

namespace asn::ui {

// Draws the full-window application frame: menu bar, the current screen, dialogs.
Intents DrawAppShell(const AppState& state);

}  // namespace asn::ui
