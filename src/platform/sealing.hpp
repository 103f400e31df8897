#pragma once
// Sealing a stored value with AES-256-GCM (Mbed TLS), for drafts locked with a passphrase.
// A sealed value is text, so it fits browser storage:
//   "asn-kinerja:terkunci:1:" + base64(IV, 12 bytes) + ":" + base64(ciphertext + 16-byte tag)
// The storage key is the additional authenticated data: a sealed value opens only under the key it
// was written to, so entries cannot be swapped. A fresh random IV is used for every write.
// The key comes from the passphrase through PBKDF2-SHA-256 (the browser derives it with WebCrypto;
// DerivePassphraseKey is the same function natively, for tests and for checking the browser's).
#include "core/signature.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace asn::platform {

using SealKey = std::array<std::uint8_t, 32>;
inline constexpr std::size_t kSealIvBytes = 12;
inline constexpr std::size_t kSealTagBytes = 16;
inline constexpr std::size_t kLockSaltBytes = 16;
// OWASP's current figure for PBKDF2-HMAC-SHA-256; a lock record keeps the count it was made with.
inline constexpr long kLockIterations = 600000;
inline constexpr const char* kSealedPrefix = "asn-kinerja:terkunci:1:";

bool IsSealed(std::string_view value);
// The IV part of a sealed value as written (text), or "" when the value is not sealed. Enough to
// tell one write from another without opening it (every write has its own IV).
std::string_view SealedIv(std::string_view value);

std::string Seal(const SealKey& key, std::string_view storage_key, std::string_view plain,
                 const std::array<std::uint8_t, kSealIvBytes>& iv);
// The plain text, or nothing when the value is not sealed, was sealed with another key or for
// another storage key, or was changed in any way.
std::optional<std::string> Open(const SealKey& key, std::string_view storage_key, std::string_view sealed);

SealKey DerivePassphraseKey(std::string_view passphrase, const core::Bytes& salt, long iterations);

}  // namespace asn::platform
