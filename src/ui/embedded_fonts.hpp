#pragma once
// The UI's font subsets (made by the build from Debian's Noto Sans and DejaVu Sans, cmake/WebApp.cmake),
// compiled into the program: the page needs no file system for them, so the Emscripten runtime is
// built without one.
#include <cstddef>

namespace asn::ui::fonts {

extern const unsigned char kRegularFont[];
extern const std::size_t kRegularFont_size;
extern const unsigned char kBoldFont[];
extern const std::size_t kBoldFont_size;
extern const unsigned char kSymbolFont[];
extern const std::size_t kSymbolFont_size;

}  // namespace asn::ui::fonts
