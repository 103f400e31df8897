#include "platform/preferences_store.hpp"

#include "core/format_keys.hpp"
#include "core/strict_json.hpp"
#include "core/submission_format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace asn::platform {
namespace {

using json = nlohmann::json;

template <typename T>
void Read(const json& doc, const char* key, T* out) {
  const auto it = doc.find(key);
  if (it == doc.end()) return;
  if constexpr (std::is_same_v<T, bool>) {
    if (it->is_boolean()) *out = it->get<bool>();
  } else {
    if (it->is_number_integer()) *out = it->get<T>();
  }
}

}  // namespace

bool Preferences::operator==(const Preferences& o) const {
  return language == o.language && dark == o.dark && presenter == o.presenter && presenter_zoom == o.presenter_zoom &&
         walkthrough_done == o.walkthrough_done && unit_capaian == o.unit_capaian && own_bounds == o.own_bounds &&
         signing_keys == o.signing_keys && lock_idle_minutes == o.lock_idle_minutes && lock_declined == o.lock_declined;
}

Preferences LoadPreferences(const KeyValueStore& store) {
  Preferences prefs;
  if (!store.Available()) return prefs;
  const std::optional<std::string> text = store.Get(kPreferencesKey);
  if (!text) return prefs;
  core::Problem problem;
  const std::optional<json> parsed = core::ParseStrictJson(*text, problem, core::kMaxNestingDepth);
  if (!parsed || !parsed->is_object()) return prefs;  // a damaged entry gives the defaults
  const json& doc = *parsed;
  if (const auto lang = doc.find("bahasa"); lang != doc.end() && lang->is_string()) prefs.language = *lang == "en" ? core::Language::English : core::Language::Indonesian;
  if (const auto theme = doc.find("tema"); theme != doc.end() && theme->is_string()) prefs.dark = *theme == "gelap";
  Read(doc, "presentasi", &prefs.presenter);
  Read(doc, "skala_presentasi", &prefs.presenter_zoom);
  prefs.presenter_zoom = std::clamp(prefs.presenter_zoom, kMinPresenterZoom, kMaxPresenterZoom);
  Read(doc, "panduan_selesai", &prefs.walkthrough_done);
  Read(doc, "kunci_menit", &prefs.lock_idle_minutes);
  prefs.lock_idle_minutes = std::clamp(prefs.lock_idle_minutes, 1, 240);
  Read(doc, "kunci_ditolak", &prefs.lock_declined);
  if (const auto capaian = doc.find("capaian_unit"); capaian != doc.end() && capaian->is_string()) {
    prefs.unit_capaian = core::OrganisationRatingFromKey(capaian->get<std::string>());
  }
  if (const auto bounds = doc.find("batas_kurva"); bounds != doc.end() && bounds->is_object()) {
    core::Problems ignored;  // unusable bounds give the default ones
    prefs.own_bounds = core::ParseDistributionGuidance(bounds->dump(), ignored);
  }
  if (const auto keys = doc.find("kunci_penandatangan"); keys != doc.end() && keys->is_object()) {
    for (const auto& [nip, list] : keys->items()) {
      if (!list.is_array()) continue;
      for (const json& fingerprint : list) {
        if (fingerprint.is_string()) prefs.signing_keys[nip].push_back(fingerprint.get<std::string>());
      }
    }
  }
  return prefs;
}

bool SavePreferences(KeyValueStore& store, const Preferences& prefs) {
  // Member by member: nested initializer lists cost the page's module several times the code.
  json doc = json::object();
  doc["bahasa"] = prefs.language == core::Language::English ? "en" : "id";
  doc["tema"] = prefs.dark ? "gelap" : "terang";
  doc["presentasi"] = prefs.presenter;
  doc["skala_presentasi"] = prefs.presenter_zoom;
  doc["panduan_selesai"] = prefs.walkthrough_done;
  doc["kunci_menit"] = prefs.lock_idle_minutes;
  doc["kunci_ditolak"] = prefs.lock_declined;
  doc["capaian_unit"] = prefs.unit_capaian ? core::OrganisationRatingKey(*prefs.unit_capaian) : "";
  if (!prefs.signing_keys.empty()) doc["kunci_penandatangan"] = prefs.signing_keys;
  if (prefs.own_bounds) {
    // Kept as the bounds' own file writes them. The core's parser, not the library's: the page's
    // module then carries one JSON parser.
    core::Problem problem;
    std::optional<json> bounds =
        core::ParseStrictJson(core::WriteDistributionGuidance(*prefs.own_bounds), problem, core::kMaxNestingDepth);
    if (bounds) doc["batas_kurva"] = std::move(*bounds);
  }
  return store.Set(kPreferencesKey, doc.dump()) == WriteStatus::Ok;
}

}  // namespace asn::platform
