#include "platform/sealing.hpp"

#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#include <cstring>

namespace asn::platform {
namespace {

// The GCM context is wiped and freed on every path out.
class Gcm {
 public:
  explicit Gcm(const SealKey& key) {
    mbedtls_gcm_init(&ctx_);
    ok_ = mbedtls_gcm_setkey(&ctx_, MBEDTLS_CIPHER_ID_AES, key.data(), 256) == 0;
  }
  ~Gcm() { mbedtls_gcm_free(&ctx_); }
  Gcm(const Gcm&) = delete;
  Gcm& operator=(const Gcm&) = delete;
  bool ok() const { return ok_; }
  mbedtls_gcm_context* get() { return &ctx_; }

 private:
  mbedtls_gcm_context ctx_;
  bool ok_ = false;
};

const unsigned char* Data(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}  // namespace

bool IsSealed(std::string_view value) { return value.substr(0, std::strlen(kSealedPrefix)) == kSealedPrefix; }

std::string_view SealedIv(std::string_view value) {
  if (!IsSealed(value)) return {};
  value.remove_prefix(std::strlen(kSealedPrefix));
  const std::size_t colon = value.find(':');
  return colon == std::string_view::npos ? std::string_view() : value.substr(0, colon);
}

std::string Seal(const SealKey& key, std::string_view storage_key, std::string_view plain,
                 const std::array<std::uint8_t, kSealIvBytes>& iv) {
  core::Bytes out(plain.size() + kSealTagBytes);
  Gcm gcm(key);
  if (!gcm.ok() ||
      mbedtls_gcm_crypt_and_tag(gcm.get(), MBEDTLS_GCM_ENCRYPT, plain.size(), iv.data(), iv.size(), Data(storage_key),
                                storage_key.size(), Data(plain), out.data(), kSealTagBytes,
                                out.data() + plain.size()) != 0) {
    return {};
  }
  return std::string(kSealedPrefix) + core::Base64Encode(core::Bytes(iv.begin(), iv.end())) + ":" + core::Base64Encode(out);
}

std::optional<std::string> Open(const SealKey& key, std::string_view storage_key, std::string_view sealed) {
  const std::string_view iv_text = SealedIv(sealed);
  if (iv_text.empty()) return std::nullopt;
  const std::optional<core::Bytes> iv = core::Base64Decode(iv_text);
  const std::optional<core::Bytes> body =
      core::Base64Decode(sealed.substr(std::strlen(kSealedPrefix) + iv_text.size() + 1));
  if (!iv || iv->size() != kSealIvBytes || !body || body->size() < kSealTagBytes) return std::nullopt;
  const std::size_t length = body->size() - kSealTagBytes;
  std::string plain(length, '\0');
  Gcm gcm(key);
  if (!gcm.ok() ||
      mbedtls_gcm_auth_decrypt(gcm.get(), length, iv->data(), iv->size(), Data(storage_key), storage_key.size(),
                               body->data() + length, kSealTagBytes, body->data(),
                               reinterpret_cast<unsigned char*>(plain.data())) != 0) {
    return std::nullopt;
  }
  return plain;
}

SealKey DerivePassphraseKey(std::string_view passphrase, const core::Bytes& salt, long iterations) {
  SealKey key{};
  mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA256, Data(passphrase), passphrase.size(), salt.data(), salt.size(),
                                static_cast<unsigned int>(iterations), static_cast<std::uint32_t>(key.size()), key.data());
  return key;
}

}  // namespace asn::platform
