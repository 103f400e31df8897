#pragma once
// One file's part of a recap, made apart from the Recap that counts it. In the browser, Web Workers
// (src/app/recap_worker_main.cpp, web/recap-worker.js) check the files a BKD officer chose while
// the page keeps drawing, and hand each file's entry to the page as text; the page only adds it up.
// The text is an internal format between a page and a worker of the same build: it carries
// kRecapEntryVersion, and a page meeting a worker of another version checks the files itself.
#include "core/recap.hpp"
#include "core/submission_format.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace asn::core {

inline constexpr int kRecapEntryVersion = 1;

struct RecapEntry {
  std::optional<RecapRow> row;  // a valid submission, reduced to what the recap shows …
  JpmMethod method;             // … with the JPM method its row.jpm was computed with
  RecapInvalid invalid;         // otherwise: the file and its problems (at most kMaxProblemsPerInvalidFile)
};

// Imports one file's text with full validation (core::ImportSubmission) and reduces it to an entry.
// `method`: the JPM method for every file (absent: the file's own).
RecapEntry CheckRecapFile(const std::string& path_or_name, std::string_view text,
                          const std::optional<JpmMethod>& method);
// The entry of an imported file: its row when valid, else its problems.
RecapEntry RecapEntryOfImport(const std::string& path_or_name, const ImportResult& result,
                              const std::optional<JpmMethod>& method);
// The entry of a valid assessment (its row: predikat, JPM, competency gaps).
RecapEntry RecapEntryOf(const std::string& path_or_name, const Assessment& assessment,
                        const std::optional<JpmMethod>& method);
// A file the host could not read or refused (too large): invalid with this reason.
RecapEntry RefusedRecapEntry(const std::string& path_or_name, const std::string& reason);
// In place of an entry whose text could not be decoded (it should not happen: one build writes and
// reads it): listed as a file not counted, so the recap's totals say something is missing.
RecapEntry UnreadableRecapEntry();

// The entry as one line of JSON, and back. Decoding is strict (the strict parser; types, enum
// ranges, the version): anything else gives nothing.
std::string EncodeRecapEntry(const RecapEntry& entry);
std::optional<RecapEntry> DecodeRecapEntry(std::string_view text);

}  // namespace asn::core
