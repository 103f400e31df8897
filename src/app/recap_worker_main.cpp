// The module of the browser's recap workers (web/recap-worker.js): the scoring core alone, with no
// ImGui and no page, built for speed rather than size (it is downloaded the first time a recap
// runs, not on a first visit). Each worker checks the files the page gives it and returns one entry
// per file (core/recap_entry.hpp); the page only adds the entries up, so it keeps drawing.
#include "core/recap_entry.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

extern "C" {

EMSCRIPTEN_KEEPALIVE int asn_recap_entry_version() { return asn::core::kRecapEntryVersion; }

// One file: its name, its bytes (`length` of them, malloc'ed by the worker's script and freed
// here) or the worker's refusal (e.g. too large; then there are no bytes). Returns the entry as
// text, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* asn_recap_check(const char* name, char* content, int length, const char* refusal) {
  static std::string entry;
  const std::string file_name = name != nullptr ? name : "";
  if (refusal != nullptr && *refusal != '\0') {
    entry = asn::core::EncodeRecapEntry(asn::core::RefusedRecapEntry(file_name, refusal));
  } else {
    const std::string_view text(content, content != nullptr && length > 0 ? static_cast<std::size_t>(length) : 0);
    entry = asn::core::EncodeRecapEntry(asn::core::CheckRecapFile(file_name, text, std::nullopt));
  }
  std::free(content);
  return entry.c_str();
}

}  // extern "C"
