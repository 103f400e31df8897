#pragma once
// Reads members of a parsed JSON document with type, range and length checks, recording a
// Problem (JSON path + Indonesian message) for each violation instead of throwing. Shared by the
// submission importer and the dictionary loaders.
#include "core/problem.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core {

std::string MemberPath(const std::string& path, std::string_view key);
std::string IndexPath(const std::string& path, std::size_t index);
// 'text' in quotes, shortened to a readable length and made safe for a one-line message.
std::string Quoted(const std::string& text);
// "teks", "bilangan", … for messages.
const char* JsonTypeName(const nlohmann::json& value);

// Parses a reference-data file (dictionary, values, presets, distribution bounds) and checks its
// header: "format" must be `format` and "versi" 1. Problems are added; nullopt when unreadable.
std::optional<nlohmann::json> ParseReferenceData(std::string_view text, const char* format, Problems& problems);

class JsonReader {
 public:
  explicit JsonReader(Problems& problems) : problems_(problems) {}

  void Add(const char* code, const std::string& path, std::string message);

  // `value` must be an object with every required member and no others than required + optional.
  bool Object(const nlohmann::json& value, const std::string& path, std::initializer_list<std::string_view> required,
              std::initializer_list<std::string_view> optional = {});

  // Members of `object` (absent members yield the fallback; problems are recorded).
  std::string Text(const nlohmann::json& object, const std::string& path, std::string_view key, std::size_t max_chars);
  int Integer(const nlohmann::json& object, const std::string& path, std::string_view key, int min, int max, int fallback);
  const nlohmann::json* Array(const nlohmann::json& object, const std::string& path, std::string_view key,
                              std::size_t max_items);
  std::optional<std::string> Timestamp(const nlohmann::json& object, const std::string& path, std::string_view key,
                                       bool nullable);
  // "" or a calendar date "YYYY-MM-DD".
  std::string Date(const nlohmann::json& object, const std::string& path, std::string_view key);
  // An array of strings (each at most max_chars characters).
  std::vector<std::string> TextList(const nlohmann::json& object, const std::string& path, std::string_view key,
                                    std::size_t max_items, std::size_t max_chars);

  // A string member that must be one of a fixed set of words.
  // The same where null is allowed (absent or null: nullopt, no problem).
  template <typename Enum>
  std::optional<Enum> NullableKeyword(const nlohmann::json& object, const std::string& path, std::string_view key,
                                      std::optional<Enum> (*from_key)(const std::string&), const char* allowed) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    return Keyword<Enum>(object, path, key, from_key, allowed);
  }

  template <typename Enum>
  std::optional<Enum> Keyword(const nlohmann::json& object, const std::string& path, std::string_view key,
                              std::optional<Enum> (*from_key)(const std::string&), const char* allowed) {
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    if (!it->is_string()) {
      Add("wrong_type", MemberPath(path, key), std::string("harus berupa teks, bukan ") + JsonTypeName(*it));
      return std::nullopt;
    }
    const std::optional<Enum> value = from_key(it->template get_ref<const std::string&>());
    if (!value) {
      Add("unknown_value", MemberPath(path, key),
          "nilai tidak dikenal " + Quoted(it->template get<std::string>()) + "; yang diizinkan: " + allowed);
    }
    return value;
  }

 private:
  Problems& problems_;
};

}  // namespace asn::core
