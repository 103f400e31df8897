#pragma once
// The submission format "asn-kinerja" (a public contract; see the README section "Submission format" and
// assets/schema/asn-kinerja-v1.schema.json): export, import with full validation, migration.
#include "core/model.hpp"
#include "core/problem.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace asn::core {

inline constexpr const char* kFormatName = "asn-kinerja";
inline constexpr int kFormatVersion = 2;
inline constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;  // refused before parsing
inline constexpr int kMaxNestingDepth = 32;
inline constexpr std::size_t kMaxTextChars = 10000;
inline constexpr std::size_t kMaxShortTextChars = 200;
inline constexpr std::size_t kMaxCompetencies = 60;
inline constexpr std::size_t kMaxRhkRows = 200;
inline constexpr std::size_t kMaxDevelopmentItems = 100;
inline constexpr std::size_t kMaxFeedbackEntries = 500;
inline constexpr std::size_t kMaxAttachmentItems = 50;
inline constexpr std::size_t kMaxReportedProblems = 100;

// The document without "integritas" as a nlohmann::json: keys sorted, so dump() is the canonical
// form the digest is computed over (a file lays the members out in its own order: submission_layout.hpp).
nlohmann::json CanonicalAssessmentJson(const Assessment& assessment);

// The file to save: UTF-8 JSON with its integrity digest. indent 2 (pretty, ending in a newline)
// for files people open; -1 (compact) for browser storage.
std::string ExportSubmission(const Assessment& assessment, int indent = 2);

// The form kept in browser storage: compact, members sorted, "integritas" first — the canonical
// text serialised once and hashed as it is (the same digest as a file's). `valid` is false when the
// import checks (Draft mode) would refuse it on reading back: such a document must not be stored.
struct StorageForm {
  std::string text;
  bool valid = false;
};
// `expected_size`: the length the text will likely have (the last save's), so it is built without
// growing.
StorageForm SealForStorage(const Assessment& assessment, std::size_t expected_size = 0);

// "<NIP>_<tahun>-<TWn|Sn>.json" ("tanpa-NIP" while the NIP is empty), "CONTOH_" first for
// fictional workshop data.
std::string ExportFileName(const Assessment& assessment);

struct ImportResult {
  std::optional<Assessment> assessment;  // set only when there are no problems
  Problems problems;                     // every problem found, each with its JSON path
  int source_version = 0;                // the file's "versi" (0 when unreadable)
  // With a well-formed "tanda_tangan": the text its signature must be over (the document as
  // written, canonical, without "tanda_tangan" and "integritas"), for the platform's Ed25519 check.
  std::string signed_message;
  bool ok() const { return assessment.has_value(); }
};

// Submission: every rule. Draft: a work in progress kept in browser storage — the same structural
// checks and digest, but a half-typed NIP or a missing rating is allowed whatever the stage.
enum class ImportMode { Submission, Draft };

// Parses, migrates older versions, verifies the digest and validates everything, reporting all
// problems at once. Never throws.
ImportResult ImportSubmission(std::string_view text, ImportMode mode = ImportMode::Submission);

// The checks ImportSubmission applies once a file is parsed and its digest verified, for a document
// this program has just built (CanonicalAssessmentJson): no text to parse, no digest to verify.
ImportResult CheckOwnDocument(nlohmann::json document, ImportMode mode);

}  // namespace asn::core
