#pragma once
// Records the on-screen rectangle of named UI items during each rendered frame, so the
// end-to-end tests can click and type at real coordinates (see window.asnTest in web/loader.js).
#include <string>

namespace asn::ui {

struct ItemRect {
  float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels
  bool visible = false;               // wholly inside its window's clip rectangle
};

// Call right after the ImGui item it names.
void TrackItem(const char* id);

// Frame bookkeeping: rects from the previous rendered frame stay readable until the next one ends.
void BeginItemFrame();
void EndItemFrame();

bool FindItem(const std::string& id, ItemRect* out);

}  // namespace asn::ui
