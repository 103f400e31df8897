#pragma once
// The "integritas" member: SHA-256 over the canonical form of the document without it
// (keys sorted, no whitespace, UTF-8 — nlohmann::json::dump()). It detects accidental corruption
// and casual edits; it is not a signature (anyone can recompute it).
#include <nlohmann/json.hpp>

#include <string>

namespace asn::core {

inline constexpr const char* kIntegrityAlgorithm = "sha256";

// SHA-256 of document.dump() (the canonical form), computed while serialising: the text is never
// built in memory.
std::string CanonicalDigest(const nlohmann::json& document);

// Digest of `document` ignoring any "integritas" member it has.
std::string IntegrityDigest(const nlohmann::json& document);

// Sets document["integritas"] = {"algoritma": "sha256", "nilai": <digest>}.
void SealDocument(nlohmann::json& document);

}  // namespace asn::core
