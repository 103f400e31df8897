#pragma once
// The "integritas" member: SHA-256 over the canonical form of the document without it
// (keys sorted, no whitespace, UTF-8 — nlohmann::json::dump()). It detects accidental corruption
// and casual edits; it is not a signature (anyone can recompute it).
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace asn::core {

inline constexpr const char* kIntegrityAlgorithm = "sha256";

// document.dump() (the canonical form), without the top-level member `skip_member` when one is
// named — as dump() of a copy without it, but without copying the document.
std::string CanonicalText(const nlohmann::json& document, std::string_view skip_member = {});
// The same, appended to `out`.
void AppendCanonicalText(const nlohmann::json& document, std::string& out, std::string_view skip_member = {});

// The canonical text written once for two uses: its digest, and the text without one top-level
// member (an imported file's digest covers "tanda_tangan", the text signed does not).
// Without() == CanonicalText(document, member); a member not present cuts nothing.
struct CanonicalTextParts {
  std::string text;  // CanonicalText(document)
  std::size_t cut_begin = 0;
  std::size_t cut_end = 0;
  std::string Without() const;
};
// `expected_size`: room reserved at once (an imported file's own size is about right).
CanonicalTextParts CanonicalTextMarking(const nlohmann::json& document, std::string_view member,
                                        std::size_t expected_size = 0);

// SHA-256 of CanonicalText(document, skip_member), computed while serialising: the text is never
// built in memory.
std::string CanonicalDigest(const nlohmann::json& document, std::string_view skip_member = {});

// Digest of `document` ignoring any "integritas" member it has.
std::string IntegrityDigest(const nlohmann::json& document);

// Sets document["integritas"] = {"algoritma": "sha256", "nilai": <digest>}.
void SealDocument(nlohmann::json& document);

}  // namespace asn::core
