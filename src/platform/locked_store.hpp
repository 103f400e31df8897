#pragma once
// Drafts locked with a passphrase: a KeyValueStore in front of the browser's storage that seals
// (platform/sealing.hpp) every value written under a protected prefix while the lock is on, and
// opens it again on reading. The lock itself is one plain record beside the drafts:
//   "asn-kinerja.kunci": {"versi":1,"kdf":"PBKDF2-SHA-256","iterasi":600000,"garam":<base64>,
//                         "sandi":"AES-256-GCM","periksa":<a known text, sealed>}
// Its salt is drawn once per store; the check value tells a right passphrase from a wrong one
// without touching any draft. The key is held in memory only while unlocked; neither it nor the
// passphrase is ever stored.
//
// While the lock is on but not open, protected values are neither read nor written (the store
// answers "unavailable"): nothing is ever written in plain text, and nothing sealed is mistaken for
// a damaged entry. Opened values are kept in memory by the IV they were written with, so reading
// a large draft's revision before each save does not open it again.
#include "platform/key_value_store.hpp"
#include "platform/sealing.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace asn::platform {

inline constexpr const char* kLockRecordKey = "asn-kinerja.kunci";

enum class LockState { Off, Locked, Unlocked };

struct LockRecord {
  long iterasi = kLockIterations;
  core::Bytes garam;
  std::string periksa;
};

// Fills a buffer with cryptographically random bytes (crypto.getRandomValues in the browser).
using RandomSource = std::function<void(std::uint8_t*, std::size_t)>;

class LockedStore final : public KeyValueStore {
 public:
  LockedStore(KeyValueStore& inner, std::vector<std::string> protected_prefixes, RandomSource random);

  LockState State() const;
  // The record as stored (nothing when the lock is off or the record is unreadable).
  std::optional<LockRecord> Record() const;

  // Opens the lock with a key derived from the passphrase and the record's salt; false (and
  // nothing changed or written) when it is not the right key.
  bool Unlock(const SealKey& key);
  // Forgets the key and everything opened with it.
  void Lock();
  // A new salt for TurnOn (random, kLockSaltBytes).
  core::Bytes NewSalt();
  // Turns the lock on: writes the record, then seals every plain protected value, one write each.
  // With the key of a new passphrase derived over `salt`. Ok when every value is sealed.
  WriteStatus TurnOn(const SealKey& key, const core::Bytes& salt, long iterations);
  // Turns the lock off (it must be open): every sealed value is written back plain, one write each,
  // and the record goes last, so an interrupted run leaves the lock on and nothing unreadable.
  WriteStatus TurnOff();
  // Seals the plain protected values still there (an interrupted TurnOn, drafts an older version
  // wrote). Returns how many were sealed.
  int SealPlainValues();

  bool Available() const override;
  std::vector<std::string> KeysWithPrefix(const std::string& prefix) const override;
  // A protected value: opened when sealed (the sealed text itself when it cannot be opened with
  // this key: damaged); nothing while the lock is closed.
  std::optional<std::string> Get(const std::string& key) const override;
  std::optional<std::string> GetEnds(const std::string& key, std::size_t head, std::size_t tail) const override;
  WriteStatus Set(const std::string& key, const std::string& value) override;
  void Remove(const std::string& key) override;
  std::size_t UsedBytes(const std::string& prefix) const override { return inner_.UsedBytes(prefix); }

 private:
  bool Protected(const std::string& key) const;
  std::string SealFor(const std::string& key, const std::string& plain);
  std::vector<std::string> ProtectedKeys() const;

  struct Opened {
    std::string iv;
    std::string plain;
  };
  KeyValueStore& inner_;
  std::vector<std::string> prefixes_;
  RandomSource random_;
  std::optional<SealKey> key_;
  mutable std::map<std::string, Opened> opened_;
};

}  // namespace asn::platform
