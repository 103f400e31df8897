#pragma once
// A Platform for native tests of the application layer: storage in memory (with a quota and an
// "unavailable" switch), a clock the test sets (optionally advancing on every read, to exercise
// time budgets), and a record of what the app handed to the host (downloads, report pages,
// picker requests). Files "chosen" by the user are queued with Deliver(). Signatures are real
// Ed25519 (libsodium, platform/ed25519.hpp) with one key per NIP, made on first use like the
// browser's; ForgetKeys() is the user clearing the site's data. Answers wait for the next
// TakeCryptoResults() (frames later, as in the browser) and can be held back.
#include "core/sha256.hpp"
#include "core/signature.hpp"
#include "platform/ed25519.hpp"
#include "platform/platform.hpp"
#include "platform/sealing.hpp"

#include <map>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace asn::test {

class FakePlatform final : public platform::Platform {
 public:
  platform::MemoryStore store;
  double now = 1000.0;      // seconds
  double tick = 0.0;        // added to `now` on every NowSeconds() read
  bool refuse_downloads = false;
  bool refuse_pages = false;
  std::vector<std::pair<std::string, std::string>> downloads;  // file name, content
  std::vector<std::string> pages;
  int file_pickers = 0;
  int recap_pickers = 0;
  bool recap_reading = false;
  bool recap_cancelled = false;
  bool flush_requested = false;
  bool hold_crypto = false;        // keep answers back (a slow host)
  std::string signing_error;       // non-empty: signing fails with this reason
  int signature_requests = 0;
  int verification_requests = 0;
  int derivation_requests = 0;
  bool local_file = false;         // the one-file edition opened from disk

  platform::KeyValueStore& Storage() override { return store; }
  // A UTC timestamp that follows `now` (whole seconds after a fixed day).
  std::string NowUtc() const override {
    const long s = static_cast<long>(now);
    char text[32];
    std::snprintf(text, sizeof text, "2026-11-29T%02ld:%02ld:%02ldZ", (s / 3600) % 24, (s / 60) % 60, s % 60);
    return text;
  }
  std::string LocalClock() const override { return NowUtc().substr(11, 8); }
  double NowSeconds() const override {
    const double t = now;
    const_cast<FakePlatform*>(this)->now += tick;
    return t;
  }
  std::string NewId() override { return "id" + std::to_string(++ids_); }
  bool OfferDownload(const std::string& name, const std::string& content) override {
    if (refuse_downloads) return false;
    downloads.emplace_back(name, content);
    return true;
  }
  bool OpenHtmlPage(const std::string& html) override {
    if (refuse_pages) return false;
    pages.push_back(html);
    return true;
  }
  void RequestFileOpen() override { ++file_pickers; }
  std::vector<platform::IncomingFile> TakeIncomingFiles() override {
    std::vector<platform::IncomingFile> out;
    out.swap(incoming_);
    return out;
  }
  void RequestRecapFiles(bool) override { ++recap_pickers; }
  std::optional<platform::RecapReading> TakeRecapAnnouncement() override {
    std::optional<platform::RecapReading> out;
    out.swap(announcement_);
    return out;
  }
  bool RecapReadingInProgress() const override { return recap_reading; }
  void CancelRecapReading() override { recap_cancelled = true; }
  std::size_t PendingFiles() const override { return incoming_.size(); }
  bool TakeFlushRequest() override { return std::exchange(flush_requested, false); }

  void RequestSignature(const std::string& id, const std::string& nip, const std::string& message) override {
    ++signature_requests;
    platform::CryptoResult r;
    r.request_id = id;
    if (!signing_error.empty()) {
      r.error = signing_error;
    } else {
      r.new_key = keys_.count(nip) == 0;
      if (r.new_key) keys_[nip] = SeedFor(nip);
      r.public_key = core::Base64Encode(platform::Ed25519PublicKeyFromSeed(keys_[nip]));
      r.signature = core::Base64Encode(platform::Ed25519SignWithSeed(keys_[nip], message));
      r.ok = true;
    }
    crypto_.push_back(std::move(r));
  }
  void RequestVerification(const std::string& id, const std::string& public_key, const std::string& message,
                           const std::string& signature) override {
    ++verification_requests;
    platform::CryptoResult r;
    r.request_id = id;
    const auto key = core::Base64Decode(public_key);
    const auto value = core::Base64Decode(signature);
    r.ok = key && value && platform::Ed25519Verify(*key, message, *value);
    crypto_.push_back(std::move(r));
  }
  std::vector<platform::CryptoResult> TakeCryptoResults() override {
    std::vector<platform::CryptoResult> out;
    if (!hold_crypto) out.swap(crypto_);
    return out;
  }
  // PBKDF2 natively (Mbed TLS), the same function the browser asks WebCrypto for.
  void RequestKeyDerivation(const std::string& id, const std::string& passphrase, const std::vector<unsigned char>& salt,
                            long iterations) override {
    ++derivation_requests;
    platform::CryptoResult r;
    r.request_id = id;
    const platform::SealKey key = platform::DerivePassphraseKey(passphrase, core::Bytes(salt.begin(), salt.end()), iterations);
    r.derived_key.assign(key.begin(), key.end());
    r.ok = true;
    crypto_.push_back(std::move(r));
  }
  // Not random, but never the same twice: enough to see a fresh IV per write.
  void RandomBytes(unsigned char* out, std::size_t count) override {
    for (std::size_t i = 0; i < count; ++i) out[i] = static_cast<unsigned char>(core::Sha256Hex(std::to_string(++random_calls_))[i % 64]);
  }
  bool RunsFromLocalFile() const override { return local_file; }

  // The site's data cleared: the next signature for any NIP makes a new key.
  void ForgetKeys() {
    keys_.clear();
    ++generation_;
  }
  const std::vector<platform::CryptoResult>& PendingCrypto() const { return crypto_; }

  void Deliver(platform::IncomingFile file) { incoming_.push_back(std::move(file)); }
  void AnnounceRecap(std::size_t files) { announcement_ = platform::RecapReading{files, true}; }

 private:
  core::Bytes SeedFor(const std::string& nip) const {
    const std::string hex = core::Sha256Hex("fake key " + nip + " " + std::to_string(generation_));
    core::Bytes seed;
    for (std::size_t i = 0; i < 64; i += 2) seed.push_back(static_cast<std::uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return seed;
  }

  int ids_ = 0;
  long random_calls_ = 0;
  int generation_ = 0;
  std::map<std::string, core::Bytes> keys_;
  std::vector<platform::CryptoResult> crypto_;
  std::vector<platform::IncomingFile> incoming_;
  std::optional<platform::RecapReading> announcement_;
};

}  // namespace asn::test
