#pragma once
// Records the on-screen rectangle of named UI items during each rendered frame, so the
// end-to-end tests can click and type at real coordinates (see window.asnTest in web/loader.js).
#include <string>
#include <unordered_map>

namespace asn::ui {

struct ItemRect {
  float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels
  bool visible = false;               // wholly inside its window's clip rectangle
  // Cut at the left or right edge of its pane although that pane cannot scroll sideways: on a
  // narrow screen, content the user can never see (the phone-layout test refuses any).
  bool clipped_sideways = false;
  bool interactive = false;  // a control (button, field, choice): on a touch screen at least 44 px each way
  // Its window is shown and stands where it stood last frame: a popup measures itself while hidden
  // on its first frame and is placed by that size on the next, so its items move before they settle.
  bool settled = false;
};

// Call right after the ImGui item it names.
void TrackItem(const char* id);

// Frame bookkeeping: rects from the previous rendered frame stay readable until the next one ends.
void BeginItemFrame();
void EndItemFrame();

bool FindItem(const std::string& id, ItemRect* out);

// Every item of the last rendered frame, by id.
const std::unordered_map<std::string, ItemRect>& PublishedItems();

}  // namespace asn::ui
