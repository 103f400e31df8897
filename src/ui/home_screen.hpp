#pragma once
#include "ui/app_state.hpp"

namespace asn::ui {

// Beranda: welcome, how the process works, the drafts in this browser.
void DrawHomeScreen(const AppState& state, Intents& intents);

}  // namespace asn::ui
