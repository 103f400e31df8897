#pragma once
// Small drawing helpers shared by the screens.

namespace asn::ui {

// Text in the bold face, optionally larger (scale relative to the base font size).
void Heading(const char* text, float scale = 1.0f);

// A card: a bordered child region with padding that grows to fit its content.
// width 0 = the full available width.
bool BeginCard(const char* id, float width = 0.0f);
void EndCard();

}  // namespace asn::ui
