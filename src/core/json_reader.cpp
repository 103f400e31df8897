#include "core/json_reader.hpp"

#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "core/text_checks.hpp"

namespace asn::core {
namespace {
using json = nlohmann::json;  // in the unnamed namespace, as in the other core files (one unity batch)
}  // namespace

std::optional<json> ParseReferenceData(std::string_view text, const char* format, Problems& problems) {
  Problem problem;
  std::optional<json> parsed = ParseStrictJson(text, problem, kMaxNestingDepth);
  if (!parsed) {
    problems.push_back(std::move(problem));
    return std::nullopt;
  }
  json& doc = *parsed;
  if (!doc.is_object() || !doc.contains("format") || doc["format"] != format) {
    problems.push_back({"wrong_format", "$.format", std::string("\"format\" harus \"") + format + "\"", 0});
    return std::nullopt;
  }
  if (!doc.contains("versi") || doc["versi"] != 1) {
    problems.push_back({"bad_version", "$.versi", "\"versi\" harus 1", 0});
    return std::nullopt;
  }
  return parsed;
}

std::string MemberPath(const std::string& path, std::string_view key) {
  std::string out;
  out.reserve(path.size() + 1 + key.size());
  return out.append(path).append(1, '.').append(key);
}

std::string IndexPath(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

std::string Quoted(const std::string& text) { return "'" + EscapeForMessage(text, 40) + "'"; }

const char* JsonTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "boolean";
    case json::value_t::string: return "teks";
    case json::value_t::array: return "larik";
    case json::value_t::object: return "objek";
    case json::value_t::number_float: return "bilangan pecahan";
    default: return "bilangan";
  }
}

void JsonReader::Add(const char* code, const std::string& path, std::string message) {
  problems_.push_back(Problem{code, path, std::move(message), 0});
}

bool JsonReader::Object(const json& value, const std::string& path, std::initializer_list<std::string_view> required,
                        std::initializer_list<std::string_view> optional) {
  if (!value.is_object()) {
    Add("wrong_type", path, std::string("harus berupa objek, bukan ") + JsonTypeName(value));
    return false;
  }
  std::size_t known_present = 0;
  for (const std::string_view key : required) {
    if (value.contains(key)) ++known_present;
    else Add("missing_member", MemberPath(path, key), "wajib ada tetapi tidak ditemukan");
  }
  for (const std::string_view key : optional) known_present += value.contains(key) ? 1 : 0;
  // Every member is a known one when as many known names are present as there are members (a
  // lookup per known name); only otherwise is each member compared with every name, to name it.
  if (known_present == value.size()) return true;
  for (const auto& item : value.items()) {
    bool known = false;
    for (const std::string_view key : required) known = known || item.key() == key;
    for (const std::string_view key : optional) known = known || item.key() == key;
    if (!known) {
      std::string expected;
      for (const std::string_view key : required) expected += (expected.empty() ? "" : ", ") + std::string(key);
      Add("unknown_member", path + "." + EscapeForMessage(item.key()),
          "anggota tidak dikenal " + Quoted(item.key()) + " (salah ketik?); yang dikenal: " + expected);
    }
  }
  return true;
}

std::string JsonReader::Text(const json& object, const std::string& path, std::string_view key, std::size_t max_chars) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  // The member's path is written only for a problem: most members have none, and a recap reads
  // thousands of files.
  if (!it->is_string()) {
    Add("wrong_type", MemberPath(path, key), std::string("harus berupa teks, bukan ") + JsonTypeName(*it));
    return {};
  }
  const std::string& text = it->get_ref<const std::string&>();
  // No text has more characters than bytes: only one longer in bytes than the limit is counted.
  const std::size_t chars = text.size() > max_chars ? Utf8Length(text) : text.size();
  if (chars > max_chars) {
    Add("text_too_long", MemberPath(path, key),
        "teks terlalu panjang (" + std::to_string(chars) + " karakter; maksimum " + std::to_string(max_chars) + ")");
    return {};
  }
  return text;
}

int JsonReader::Integer(const json& object, const std::string& path, std::string_view key, int min, int max, int fallback) {
  const auto it = object.find(key);
  if (it == object.end()) return fallback;
  const auto here = [&] { return MemberPath(path, key); };
  if (!it->is_number_integer()) {
    Add("wrong_type", here(), std::string("harus berupa bilangan bulat, bukan ") + JsonTypeName(*it));
    return fallback;
  }
  // Unsigned values above LLONG_MAX would wrap: treat them as out of range directly.
  if (it->is_number_unsigned() && it->get<unsigned long long>() > static_cast<unsigned long long>(max)) {
    Add("out_of_range", here(), "harus antara " + std::to_string(min) + " dan " + std::to_string(max) + " (tertulis " + it->dump() + ")");
    return fallback;
  }
  const long long v = it->get<long long>();
  if (v < min || v > max) {
    Add("out_of_range", here(),
        "harus antara " + std::to_string(min) + " dan " + std::to_string(max) + " (tertulis " + std::to_string(v) + ")");
    return fallback;
  }
  return static_cast<int>(v);
}

const json* JsonReader::Array(const json& object, const std::string& path, std::string_view key, std::size_t max_items) {
  const auto it = object.find(key);
  if (it == object.end()) return nullptr;
  const auto here = [&] { return MemberPath(path, key); };
  if (!it->is_array()) {
    Add("wrong_type", here(), std::string("harus berupa larik (array), bukan ") + JsonTypeName(*it));
    return nullptr;
  }
  if (it->size() > max_items) {
    Add("too_many_items", here(),
        "terlalu banyak butir (" + std::to_string(it->size()) + "; maksimum " + std::to_string(max_items) + ")");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonReader::Timestamp(const json& object, const std::string& path, std::string_view key,
                                                 bool nullable) {
  const auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (nullable && it->is_null()) return std::nullopt;
  const std::string text = Text(object, path, key, 64);
  if (it->is_string() && !IsUtcTimestamp(text)) {
    Add("bad_timestamp", MemberPath(path, key),
        "waktu harus berformat UTC TTTT-BB-HHTjj:mm:ddZ (tertulis " + Quoted(text) + ")");
  }
  return text;
}

}  // namespace asn::core

namespace asn::core {

std::string JsonReader::Date(const json& object, const std::string& path, std::string_view key) {
  const std::string text = Text(object, path, key, 64);
  if (!text.empty() && !IsCalendarDate(text)) {
    Add("bad_date", MemberPath(path, key), "tanggal harus berformat TTTT-BB-HH (tertulis " + Quoted(text) + ")");
    return {};
  }
  return text;
}

std::vector<std::string> JsonReader::TextList(const json& object, const std::string& path, std::string_view key,
                                              std::size_t max_items, std::size_t max_chars) {
  std::vector<std::string> out;
  const json* list = Array(object, path, key, max_items);
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    if (!item.is_string()) {
      Add("wrong_type", IndexPath(MemberPath(path, key), i), std::string("harus berupa teks, bukan ") + JsonTypeName(item));
    } else if (const std::string& text = item.get_ref<const std::string&>();
               text.size() > max_chars && Utf8Length(text) > max_chars) {
      Add("text_too_long", IndexPath(MemberPath(path, key), i), "teks terlalu panjang (maksimum " + std::to_string(max_chars) + " karakter)");
    } else {
      out.push_back(item.get<std::string>());
    }
  }
  return out;
}

}  // namespace asn::core
