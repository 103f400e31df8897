#pragma once
// The pejabat penilai's digital signature ("tanda_tangan"): what is signed, how a key is named
// (its fingerprint), the office's list of registered keys, and how a verified file is classified.
// No cryptography here: the Ed25519 check itself is the platform's (libsodium natively, WebCrypto
// in the browser); this file only prepares its inputs and names its outcome.
#include "core/model.hpp"
#include "core/problem.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core {

using Bytes = std::vector<std::uint8_t>;

inline constexpr const char* kSignatureAlgorithm = "ed25519";
inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;

// Standard base64 (RFC 4648, with padding). Decoding is strict: no whitespace, canonical padding;
// nullopt when the text is not such base64.
std::string Base64Encode(const Bytes& bytes);
std::optional<Bytes> Base64Decode(std::string_view text);

// The sidik kunci of a public key: the first 16 bytes of its SHA-256 in base32 (RFC 4648, no
// padding), in groups of four: "FH7Q-TXHO-UP7X-U6JK-DTCO-YSJF-VI". Short enough to read aloud and
// compare on paper.
std::string KeyFingerprint(const Bytes& public_key);

// A fingerprint as typed or printed, reduced to its letters and digits in upper case, so that
// "fh7q txho…" and "FH7Q-TXHO-…" compare equal.
std::string NormalizeFingerprint(std::string_view text);

// What the supervisor signs: the canonical text of the review (keys sorted, no whitespace — the
// form the integrity digest is computed over) without "tanda_tangan" and "integritas".
std::string SignedMessage(const Assessment& assessment);

// The CONTOH key: a fixed, published key that signs the workshop personas, so that trainers can
// show verification. Anyone can sign with it — it proves nothing — and every report names it
// "kunci contoh".
const Bytes& ExampleKeySeed();
const char* ExampleKeyFingerprint();

// The office's list of registered keys (CSV: a header "nip,sidik_kunci", then one row per key; a
// NIP may have several keys, e.g. after a browser's storage was cleared). Further columns, such as
// the "kunci_publik" of the file the app exports, are allowed.
class KeyRegistry {
 public:
  // Problems carry the line ("$" path, line number) of each bad row.
  static std::optional<KeyRegistry> Parse(std::string_view csv, Problems& problems);
  bool Registered(const std::string& nip, const std::string& fingerprint) const;
  bool Knows(const std::string& nip) const { return keys_.count(nip) > 0; }
  std::size_t size() const;

 private:
  std::map<std::string, std::set<std::string>> keys_;  // NIP → normalised fingerprints
};

// The outcome of checking one file's signature, from the cryptographic check and the key list.
enum class SignatureClass {
  Unsigned,     // no "tanda_tangan"
  Invalid,      // the signature does not match: the file changed after signing
  ExampleKey,   // valid, made with the CONTOH key (training data, not a real signature)
  Registered,   // valid, with a key the office's list holds for the penilai's NIP
  UnknownKey,   // valid, but the key is not in the office's list for that NIP
  NotChecked,   // valid; no list was given to say whose key it is
};

// `verified`: the Ed25519 check's result (ignored when unsigned). `registry` may be null.
SignatureClass ClassifySignature(const Assessment& assessment, bool verified, const KeyRegistry* registry);

// "bertanda tangan sah", "tidak bertanda tangan", … (one line, Indonesian) and a stable key for
// CSV and JSON output ("sah", "tanpa", "tidak_sah", "contoh", "tidak_dikenal", "belum_dicocokkan").
std::string SignatureClassText(SignatureClass value);
const char* SignatureClassKey(SignatureClass value);
// True when a file of this class is accepted as the supervisor's own signature (Registered, or
// NotChecked when no list was given).
bool SignatureAccepted(SignatureClass value);

}  // namespace asn::core
