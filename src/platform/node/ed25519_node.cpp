// Ed25519 for the WebAssembly build of the CLI and the tests, which run under Node: Node's crypto
// module (OpenSSL) does the work. Raw keys are wrapped in their standard DER envelopes (SPKI for a
// public key, PKCS #8 for a seed), the only raw form Node accepts. Not linked into the browser app.
#include "platform/ed25519.hpp"

#include <emscripten.h>

#include <stdexcept>

// clang-format off
EM_JS(int, asn_node_ed25519_verify, (const unsigned char* key, const unsigned char* message, int message_length,
                                     const unsigned char* signature), {
  const crypto = require('crypto');
  // A recap checks thousands of files signed with a few keys: making Node's key object took as
  // long as the check itself, so each key's object is kept (a bounded number of them).
  const cache = asn_node_ed25519_verify.keys || (asn_node_ed25519_verify.keys = new Map());
  const raw = HEAPU8.subarray(key, key + 32);
  const id = Buffer.from(raw).toString('hex');
  let publicKey = cache.get(id);
  if (!publicKey) {
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw)]);
    publicKey = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
    if (cache.size >= 4096) cache.clear();
    cache.set(id, publicKey);
  }
  // Views of the module's memory, not copies: the check reads them before returning.
  return crypto.verify(null, HEAPU8.subarray(message, message + message_length), publicKey,
                       HEAPU8.subarray(signature, signature + 64)) ? 1 : 0;
});

// out: 32 bytes of public key, then (when message is not null) 64 bytes of signature.
EM_JS(void, asn_node_ed25519_sign, (const unsigned char* seed, const unsigned char* message, int message_length,
                                    unsigned char* out), {
  const crypto = require('crypto');
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(HEAPU8.slice(seed, seed + 32))]);
  const privateKey = crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  HEAPU8.set(spki.subarray(spki.length - 32), out);
  if (message) {
    HEAPU8.set(crypto.sign(null, Buffer.from(HEAPU8.slice(message, message + message_length)), privateKey), out + 32);
  }
});
// clang-format on

namespace asn::platform {
namespace {

const unsigned char* Data(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

core::Bytes Run(const core::Bytes& seed, const std::string_view* message) {
  if (seed.size() != 32) throw std::invalid_argument("seed Ed25519 harus 32 byte");
  core::Bytes out(32 + 64);
  asn_node_ed25519_sign(seed.data(), message ? Data(*message) : nullptr,
                        message ? static_cast<int>(message->size()) : 0, out.data());
  return out;
}

}  // namespace

bool Ed25519Verify(const core::Bytes& public_key, std::string_view message, const core::Bytes& signature) {
  if (public_key.size() != 32 || signature.size() != 64) return false;
  return asn_node_ed25519_verify(public_key.data(), Data(message), static_cast<int>(message.size()), signature.data()) == 1;
}

core::Bytes Ed25519PublicKeyFromSeed(const core::Bytes& seed) {
  core::Bytes out = Run(seed, nullptr);
  out.resize(32);
  return out;
}

core::Bytes Ed25519SignWithSeed(const core::Bytes& seed, std::string_view message) {
  const core::Bytes out = Run(seed, &message);
  return core::Bytes(out.begin() + 32, out.end());
}

}  // namespace asn::platform
