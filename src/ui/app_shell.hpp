#pragma once
#include "ui/view_model.hpp"

namespace asn::ui {

// Draws the full-window application frame: menu bar, navigation, banners, the current screen and
// dialogs. Screens may edit the open draft's working copy (reported as intents.draft.edited).
Intents DrawAppShell(AppState& state);

}  // namespace asn::ui
