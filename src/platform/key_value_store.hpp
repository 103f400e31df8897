#pragma once
// Persistent string storage as the platform offers it: the browser's localStorage, or memory
// (native tests). Every Set replaces one key's value as a whole, so a value is never half-written.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace asn::platform {

enum class WriteStatus { Ok, QuotaExceeded, Unavailable };

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual bool Available() const = 0;
  virtual std::vector<std::string> KeysWithPrefix(const std::string& prefix) const = 0;
  virtual std::optional<std::string> Get(const std::string& key) const = 0;
  // The first `head` and the last `tail` characters of a value, joined (the whole value when it is
  // not longer than that): reads a small header of a large value without copying all of it.
  virtual std::optional<std::string> GetEnds(const std::string& key, std::size_t head, std::size_t tail) const {
    std::optional<std::string> value = Get(key);
    if (value && value->size() > head + tail) *value = value->substr(0, head) + value->substr(value->size() - tail);
    return value;
  }
  virtual WriteStatus Set(const std::string& key, const std::string& value) = 0;
  virtual void Remove(const std::string& key) = 0;
  // Bytes used by this app's keys and values (as the browser counts them: UTF-16).
  virtual std::size_t UsedBytes(const std::string& prefix) const = 0;
};

// In memory, with an optional byte quota to exercise the "storage full" path natively.
class MemoryStore final : public KeyValueStore {
 public:
  explicit MemoryStore(std::size_t quota_bytes = 0) : quota_(quota_bytes) {}
  bool Available() const override { return available_; }
  std::vector<std::string> KeysWithPrefix(const std::string& prefix) const override;
  std::optional<std::string> Get(const std::string& key) const override;
  WriteStatus Set(const std::string& key, const std::string& value) override;
  void Remove(const std::string& key) override;
  std::size_t UsedBytes(const std::string& prefix) const override;

  void SetAvailable(bool available) { available_ = available; }
  void SetQuota(std::size_t bytes) { quota_ = bytes; }

 private:
  std::map<std::string, std::string> values_;
  std::size_t quota_ = 0;  // 0 = unlimited
  bool available_ = true;
};

}  // namespace asn::platform
