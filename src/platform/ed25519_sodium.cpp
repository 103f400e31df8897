// Ed25519 through libsodium (Debian's libsodium-dev).
#include "platform/ed25519.hpp"

#include <sodium.h>

#include <stdexcept>

namespace asn::platform {
namespace {

void InitSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium tidak dapat dimulai");
}

const unsigned char* Data(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}  // namespace

bool Ed25519Verify(const core::Bytes& public_key, std::string_view message, const core::Bytes& signature) {
  InitSodium();
  if (public_key.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) return false;
  return crypto_sign_verify_detached(signature.data(), Data(message), message.size(), public_key.data()) == 0;
}

core::Bytes Ed25519PublicKeyFromSeed(const core::Bytes& seed) {
  InitSodium();
  if (seed.size() != crypto_sign_SEEDBYTES) throw std::invalid_argument("seed Ed25519 harus 32 byte");
  core::Bytes public_key(crypto_sign_PUBLICKEYBYTES);
  core::Bytes secret_key(crypto_sign_SECRETKEYBYTES);
  crypto_sign_seed_keypair(public_key.data(), secret_key.data(), seed.data());
  sodium_memzero(secret_key.data(), secret_key.size());
  return public_key;
}

core::Bytes Ed25519SignWithSeed(const core::Bytes& seed, std::string_view message) {
  InitSodium();
  if (seed.size() != crypto_sign_SEEDBYTES) throw std::invalid_argument("seed Ed25519 harus 32 byte");
  core::Bytes public_key(crypto_sign_PUBLICKEYBYTES);
  core::Bytes secret_key(crypto_sign_SECRETKEYBYTES);
  crypto_sign_seed_keypair(public_key.data(), secret_key.data(), seed.data());
  core::Bytes signature(crypto_sign_BYTES);
  crypto_sign_detached(signature.data(), nullptr, Data(message), message.size(), secret_key.data());
  sodium_memzero(secret_key.data(), secret_key.size());
  return signature;
}

}  // namespace asn::platform
