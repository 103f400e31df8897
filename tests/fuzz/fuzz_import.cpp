// libFuzzer target for the submission importer, the one place where untrusted bytes (a file a user
// opens, a draft from browser storage) enter the core.
//
// For every input, in both import modes (Submission and Draft):
//   - ImportSubmission must not crash, leak, hit undefined behaviour or throw;
//   - when it succeeds, scoring, the HTML report and both completeness checks run on the result;
//   - round trip: ExportSubmission(a) re-imported succeeds and compares equal, and exporting the
//     re-imported assessment gives the same bytes;
//   - an assessment the Submission import accepts is accepted by the Draft import too, unchanged.
//   - every problem message is valid UTF-8 and points at a path;
//   - a signature member ("tanda_tangan") that is accepted has a 32-byte key, a 64-byte signature,
//     the fingerprint of its key and the message it must be over; the key list parser and base64
//     decoding take the same bytes without crashing, and base64 that decodes is canonical;
//   - strictness: a parsed document with one of its members written a second time, or followed by a NUL
//     byte and more bytes, is refused (duplicate_member, trailing_content) in both modes.
// A property that fails traps, so libFuzzer records the input as a crash.
//
// Mutated files almost never carry a matching SHA-256 digest, which would stop the importer at the
// "integritas" check. So each input that parses as a JSON object is also imported a second time
// after re-sealing it with a correct digest: the fuzzer reaches every validation rule behind it.
#include "core/completeness.hpp"
#include "core/integrity.hpp"
#include "core/report_html.hpp"
#include "core/score_report.hpp"
#include "core/signature.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace {

using asn::core::Assessment;
using asn::core::ImportMode;
using asn::core::ImportSubmission;

[[noreturn]] void PropertyFailed(const char* what) {
  std::fprintf(stderr, "fuzz_import: property failed: %s\n", what);
  __builtin_trap();
}

void Check(bool condition, const char* what) {
  if (!condition) PropertyFailed(what);
}

// Everything the app does with an imported assessment. The results are only sanity-checked: the
// point is that none of it crashes, leaks or hits undefined behaviour on any accepted input.
void Exercise(const Assessment& a) {
  const nlohmann::ordered_json score = asn::core::ScoreReport(a);
  Check(score.is_object(), "ScoreReport returned no object");
  Check(!score.dump().empty(), "ScoreReport dump is empty");
  const std::string html = asn::core::RenderReportHtml(a);
  Check(html.rfind("<!doctype html>", 0) == 0, "RenderReportHtml does not start with <!doctype html>");
  for (const auto& item : asn::core::MissingForSubmission(a)) Check(!item.message.empty(), "empty MissingForSubmission message");
  for (const auto& message : asn::core::MissingForReview(a)) Check(!message.empty(), "empty MissingForReview message");
}

void RoundTrip(const Assessment& a, ImportMode mode, int indent) {
  const std::string exported = asn::core::ExportSubmission(a, indent);
  const asn::core::ImportResult again = ImportSubmission(exported, mode);
  Check(again.ok(), "export of an accepted assessment is not accepted on re-import");
  Check(*again.assessment == a, "re-imported assessment differs from the exported one");
  Check(asn::core::ExportSubmission(*again.assessment, indent) == exported, "second export differs from the first");
}

void CheckMessages(const asn::core::ImportResult& result) {
  for (const asn::core::Problem& p : result.problems) {
    const std::string line = asn::core::FormatProblem(p);
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t n = asn::core::Utf8SequenceLength(line, i);
      Check(n != 0, "a problem message is not valid UTF-8");
      i += n;
    }
    Check(!p.path.empty() && p.path[0] == '$', "a problem without a JSON path");
  }
}

// `text` must be refused in both modes with a problem of kind `code`.
void CheckRefused(std::string_view text, const char* code, const char* what) {
  for (ImportMode mode : {ImportMode::Submission, ImportMode::Draft}) {
    const asn::core::ImportResult r = ImportSubmission(text, mode);
    Check(!r.ok(), what);
    Check(!r.problems.empty() && r.problems[0].code == code, what);
    CheckMessages(r);
  }
}

void CheckSignature(const asn::core::ImportResult& result) {
  if (!result.ok() || !result.assessment->tanda_tangan) return;
  const asn::core::SupervisorSignature& s = *result.assessment->tanda_tangan;
  const std::optional<asn::core::Bytes> key = asn::core::Base64Decode(s.kunci_publik);
  const std::optional<asn::core::Bytes> value = asn::core::Base64Decode(s.nilai);
  Check(key && key->size() == asn::core::kPublicKeyBytes, "accepted a public key that is not 32 bytes");
  Check(value && value->size() == asn::core::kSignatureBytes, "accepted a signature that is not 64 bytes");
  Check(s.fingerprint == asn::core::KeyFingerprint(*key), "accepted a fingerprint of another key");
  Check(!result.signed_message.empty(), "a signed file without the message to verify");
  Check(result.signed_message.find("\"tanda_tangan\"") == std::string::npos, "the signed message holds the signature");
}

void ImportAndCheck(std::string_view text) {
  const asn::core::ImportResult submission = ImportSubmission(text, ImportMode::Submission);
  const asn::core::ImportResult draft = ImportSubmission(text, ImportMode::Draft);
  CheckMessages(submission);
  CheckMessages(draft);
  CheckSignature(submission);
  CheckSignature(draft);
  Check(submission.ok() || !submission.problems.empty(), "Submission import failed without a problem");
  Check(draft.ok() || !draft.problems.empty(), "Draft import failed without a problem");
  if (submission.ok()) {
    Check(draft.ok(), "accepted as a submission but refused as a draft");
    Check(*draft.assessment == *submission.assessment, "Submission and Draft imports differ");
    Exercise(*submission.assessment);
    RoundTrip(*submission.assessment, ImportMode::Submission, 2);
  }
  if (draft.ok()) {
    Exercise(*draft.assessment);
    RoundTrip(*draft.assessment, ImportMode::Draft, 2);
    RoundTrip(*draft.assessment, ImportMode::Draft, -1);  // the compact form kept in browser storage
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ImportAndCheck(text);

  // The office's key list and base64 take any bytes.
  asn::core::Problems key_list_problems;
  const std::optional<asn::core::KeyRegistry> keys = asn::core::KeyRegistry::Parse(text, key_list_problems);
  Check(keys.has_value() == key_list_problems.empty(), "a key list refused without a problem, or accepted with one");
  if (const std::optional<asn::core::Bytes> decoded = asn::core::Base64Decode(text.substr(0, 200))) {
    Check(asn::core::Base64Encode(*decoded) == text.substr(0, 200), "base64 that decodes is not canonical");
  }

  // The same document with a correct digest (only for what the importer's own size limit admits).
  if (size > asn::core::kMaxFileBytes) return 0;
  asn::core::Problem problem;
  std::optional<nlohmann::json> parsed = asn::core::ParseStrictJson(text, problem, asn::core::kMaxNestingDepth);
  if (!parsed || !parsed->is_object()) return 0;
  nlohmann::json& doc = *parsed;
  std::string resealed;
  try {
    asn::core::SealDocument(doc);
    resealed = doc.dump(2);
  } catch (const nlohmann::json::exception&) {
    return 0;  // the harness's own re-serialisation failed; nothing of the core was involved
  }
  ImportAndCheck(resealed);

  // Strictness on the sealed document: a member written twice, content after the end.
  std::string doubled = resealed;
  const std::string first_key = nlohmann::json(doc.begin().key()).dump();
  doubled.insert(doubled.find('{') + 1, first_key + ":null,");
  if (doubled.size() <= asn::core::kMaxFileBytes) {
    CheckRefused(doubled, "duplicate_member", "a member written twice was accepted");
  }
  std::string tail = resealed;
  tail.push_back('\0');
  tail.append(text.substr(0, 64));
  if (tail.size() <= asn::core::kMaxFileBytes) CheckRefused(tail, "trailing_content", "content after the document was accepted");
  return 0;
}
