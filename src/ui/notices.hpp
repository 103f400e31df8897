#pragma once
// The one-line feedback after an action (AppState::notice), worded in the current language.
#include "ui/view_model.hpp"

#include <string>

namespace asn::ui {

std::string NoticeText(const Notice& notice);

// Draws the notice as wrapped text when there is one, tracked as `id`.
void DrawNotice(const Notice& notice, const char* id);

}  // namespace asn::ui
