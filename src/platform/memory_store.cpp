#include "platform/key_value_store.hpp"

namespace asn::platform {

std::vector<std::string> MemoryStore::KeysWithPrefix(const std::string& prefix) const {
  std::vector<std::string> keys;
  if (!available_) return keys;
  for (auto it = values_.lower_bound(prefix); it != values_.end() && it->first.rfind(prefix, 0) == 0; ++it) {
    keys.push_back(it->first);
  }
  return keys;
}

std::optional<std::string> MemoryStore::Get(const std::string& key) const {
  if (!available_) return std::nullopt;
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

WriteStatus MemoryStore::Set(const std::string& key, const std::string& value) {
  if (!available_) return WriteStatus::Unavailable;
  if (quota_ != 0) {
    std::size_t after = UsedBytes("") + 2 * (key.size() + value.size());
    const auto it = values_.find(key);
    if (it != values_.end()) after -= 2 * (key.size() + it->second.size());
    if (after > quota_) return WriteStatus::QuotaExceeded;
  }
  values_[key] = value;
  return WriteStatus::Ok;
}

void MemoryStore::Remove(const std::string& key) {
  if (available_) values_.erase(key);
}

std::size_t MemoryStore::UsedBytes(const std::string& prefix) const {
  std::size_t bytes = 0;
  for (const std::string& key : KeysWithPrefix(prefix)) bytes += 2 * (key.size() + values_.at(key).size());
  return bytes;
}

}  // namespace asn::platform
