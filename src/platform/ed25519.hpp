#pragma once
// Ed25519 (RFC 8032) for the command-line tool and the tests, through a maintained library — never
// our own curve code: libsodium natively (ed25519_sodium.cpp), Node's crypto module when the CLI
// runs as WebAssembly under Node (node/ed25519_node.cpp). The browser app signs and verifies with
// WebCrypto instead (web/loader.js).
#include "core/model.hpp"
#include "core/signature.hpp"
#include "core/submission_format.hpp"

#include <string>
#include <string_view>

namespace asn::platform {

// False for a wrong signature, and for a key or signature of the wrong length.
bool Ed25519Verify(const core::Bytes& public_key, std::string_view message, const core::Bytes& signature);

// The key pair of a 32-byte seed (RFC 8032's private key). Only for the CONTOH key and tests:
// a real supervisor's key never leaves their browser.
core::Bytes Ed25519PublicKeyFromSeed(const core::Bytes& seed);
core::Bytes Ed25519SignWithSeed(const core::Bytes& seed, std::string_view message);

// Signs a review with the key of `seed`, dated `now_utc`: sets assessment.tanda_tangan.
void SignAssessmentWithSeed(core::Assessment& assessment, const core::Bytes& seed, const std::string& now_utc);

// The Ed25519 check of an imported file's "tanda_tangan" over ImportResult::signed_message; false
// when the file has no usable signature.
bool VerifyImportedSignature(const core::ImportResult& imported);

}  // namespace asn::platform
