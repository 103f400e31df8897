#pragma once
// The one-line feedback after an action (AppState::notice), worded in the current language.
#include "ui/view_model.hpp"

#include <string>

namespace asn::ui {

std::string NoticeText(const Notice& notice);

// Draws the notice as wrapped text when there is one, tracked as `id`.
void DrawNotice(const Notice& notice, const char* id);

// A notice about what was just opened (an import, a loaded example, a signature that no longer
// matches) rather than the answer to a button of the screen: it goes at the top of the screen that
// opens, where it is seen without scrolling; an answer goes beside the button that was pressed.
bool IsArrivalNotice(const Notice& notice);

}  // namespace asn::ui
