#include "platform/locked_store.hpp"

#include "core/strict_json.hpp"
#include "core/submission_format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace asn::platform {
namespace {

using json = nlohmann::json;

// What the record's check value holds: opening it proves the passphrase.
constexpr const char* kCheckText = "asn-kinerja: kunci draf";

std::string RecordText(const LockRecord& record) {
  json out = json::object();  // member by member: nested initializer lists cost much more code
  out["versi"] = 1;
  out["kdf"] = "PBKDF2-SHA-256";
  out["iterasi"] = record.iterasi;
  out["garam"] = core::Base64Encode(record.garam);
  out["sandi"] = "AES-256-GCM";
  out["periksa"] = record.periksa;
  return out.dump();
}

}  // namespace

LockedStore::LockedStore(KeyValueStore& inner, std::vector<std::string> protected_prefixes, RandomSource random)
    : inner_(inner), prefixes_(std::move(protected_prefixes)), random_(std::move(random)) {}

std::optional<LockRecord> LockedStore::Record() const {
  const std::optional<std::string> text = inner_.Get(kLockRecordKey);
  if (!text) return std::nullopt;
  core::Problem problem;  // the core's parser (one JSON parser in the page's module); any damage is reported below
  const json record = core::ParseStrictJson(*text, problem, core::kMaxNestingDepth).value_or(json());
  if (!record.is_object() || !record.contains("iterasi") || !record["iterasi"].is_number_integer() ||
      !record.contains("garam") || !record["garam"].is_string() || !record.contains("periksa") ||
      !record["periksa"].is_string()) {
    return LockRecord{0, {}, {}};  // damaged: the lock stays on (closed); never written over silently
  }
  LockRecord out;
  out.iterasi = record["iterasi"].get<long>();
  out.garam = core::Base64Decode(record["garam"].get<std::string>()).value_or(core::Bytes{});
  out.periksa = record["periksa"].get<std::string>();
  return out;
}

LockState LockedStore::State() const {
  const std::optional<LockRecord> record = Record();
  if (!record) return LockState::Off;
  // Another tab may have turned the lock off and on again with another passphrase: this key is
  // then no longer the store's, and must not seal anything more.
  if (key_ && Open(*key_, kLockRecordKey, record->periksa)) return LockState::Unlocked;
  return LockState::Locked;
}

bool LockedStore::Unlock(const SealKey& key) {
  const std::optional<LockRecord> record = Record();
  if (!record || Open(key, kLockRecordKey, record->periksa) != std::string(kCheckText)) return false;
  key_ = key;
  opened_.clear();
  return true;
}

void LockedStore::Lock() {
  if (key_) key_->fill(0);
  key_.reset();
  opened_.clear();
}

core::Bytes LockedStore::NewSalt() {
  core::Bytes salt(kLockSaltBytes);
  random_(salt.data(), salt.size());
  return salt;
}

bool LockedStore::Protected(const std::string& key) const {
  return std::any_of(prefixes_.begin(), prefixes_.end(),
                     [&](const std::string& prefix) { return key.compare(0, prefix.size(), prefix) == 0; });
}

std::vector<std::string> LockedStore::ProtectedKeys() const {
  std::vector<std::string> keys;
  for (const std::string& prefix : prefixes_) {
    for (std::string& key : inner_.KeysWithPrefix(prefix)) keys.push_back(std::move(key));
  }
  return keys;
}

std::string LockedStore::SealFor(const std::string& key, const std::string& plain) {
  std::array<std::uint8_t, kSealIvBytes> iv{};
  random_(iv.data(), iv.size());
  return Seal(*key_, key, plain, iv);
}

WriteStatus LockedStore::TurnOn(const SealKey& key, const core::Bytes& salt, long iterations) {
  if (State() != LockState::Off) return WriteStatus::Unavailable;
  key_ = key;
  opened_.clear();
  LockRecord record;
  record.iterasi = iterations;
  record.garam = salt;
  record.periksa = SealFor(kLockRecordKey, kCheckText);
  if (const WriteStatus status = inner_.Set(kLockRecordKey, RecordText(record)); status != WriteStatus::Ok) {
    Lock();
    return status;
  }
  SealPlainValues();
  for (const std::string& k : ProtectedKeys()) {
    const std::optional<std::string> value = inner_.Get(k);
    if (value && !IsSealed(*value)) return WriteStatus::QuotaExceeded;  // sealed later, at the next unlock
  }
  return WriteStatus::Ok;
}

int LockedStore::SealPlainValues() {
  if (State() != LockState::Unlocked) return 0;
  int sealed = 0;
  for (const std::string& key : ProtectedKeys()) {
    const std::optional<std::string> value = inner_.Get(key);
    if (!value || IsSealed(*value)) continue;
    if (inner_.Set(key, SealFor(key, *value)) == WriteStatus::Ok) ++sealed;
  }
  return sealed;
}

WriteStatus LockedStore::TurnOff() {
  if (State() != LockState::Unlocked) return WriteStatus::Unavailable;
  for (const std::string& key : ProtectedKeys()) {
    const std::optional<std::string> value = inner_.Get(key);
    if (!value || !IsSealed(*value)) continue;
    const std::optional<std::string> plain = Open(*key_, key, *value);
    if (!plain) continue;  // damaged: left as it is (read later as a damaged entry and set aside)
    if (const WriteStatus status = inner_.Set(key, *plain); status != WriteStatus::Ok) return status;
  }
  inner_.Remove(kLockRecordKey);
  Lock();
  return WriteStatus::Ok;
}

bool LockedStore::Available() const { return inner_.Available() && State() != LockState::Locked; }

std::vector<std::string> LockedStore::KeysWithPrefix(const std::string& prefix) const {
  return inner_.KeysWithPrefix(prefix);
}

std::optional<std::string> LockedStore::Get(const std::string& key) const {
  std::optional<std::string> value = inner_.Get(key);
  if (!value || !Protected(key) || !IsSealed(*value)) return value;
  if (State() != LockState::Unlocked) return std::nullopt;
  const std::string iv(SealedIv(*value));
  if (const auto known = opened_.find(key); known != opened_.end() && known->second.iv == iv) return known->second.plain;
  std::optional<std::string> plain = Open(*key_, key, *value);
  if (!plain) return value;  // damaged (or not ours): the caller sees it cannot be read
  opened_[key] = Opened{iv, *plain};
  return plain;
}

std::optional<std::string> LockedStore::GetEnds(const std::string& key, std::size_t head, std::size_t tail) const {
  if (!Protected(key)) return inner_.GetEnds(key, head, tail);
  // The IV sits near the start of a sealed value: a value opened before is known by it.
  const std::optional<std::string> start = inner_.GetEnds(key, 64, 0);
  if (!start || !IsSealed(*start)) return inner_.GetEnds(key, head, tail);
  const auto known = opened_.find(key);
  std::optional<std::string> value;
  if (known != opened_.end() && known->second.iv == SealedIv(*start) && State() == LockState::Unlocked) {
    value = known->second.plain;
  } else {
    value = Get(key);
  }
  if (value && value->size() > head + tail) *value = value->substr(0, head) + value->substr(value->size() - tail);
  return value;
}

WriteStatus LockedStore::Set(const std::string& key, const std::string& value) {
  if (!Protected(key) || IsSealed(value)) return inner_.Set(key, value);
  switch (State()) {
    case LockState::Off: return inner_.Set(key, value);
    case LockState::Locked: return WriteStatus::Unavailable;
    case LockState::Unlocked: break;
  }
  const std::string sealed = SealFor(key, value);
  const WriteStatus status = inner_.Set(key, sealed);
  if (status == WriteStatus::Ok) opened_[key] = Opened{std::string(SealedIv(sealed)), value};
  return status;
}

void LockedStore::Remove(const std::string& key) {
  opened_.erase(key);
  inner_.Remove(key);
}

}  // namespace asn::platform
