#pragma once
// The user's settings, kept in browser storage beside the drafts (one key, JSON): language, theme,
// presenter view, whether the first-visit walkthrough was dismissed, and for the recap the unit's
// capaian kinerja organisasi and the instansi's own distribution bounds (when edited). Settings are a convenience: an unreadable or corrupt
// entry gives the defaults (and is overwritten on the next change), a failed write is ignored.
#include "core/language.hpp"
#include "core/rules_distribution.hpp"
#include "platform/key_value_store.hpp"

#include <map>
#include <string>
#include <vector>

namespace asn::platform {

inline constexpr const char* kPreferencesKey = "asn-kinerja.v1.pengaturan";
inline constexpr int kMinPresenterZoom = 150;
inline constexpr int kMaxPresenterZoom = 250;

struct Preferences {
  core::Language language = core::Language::Indonesian;
  bool dark = false;
  bool presenter = false;
  int presenter_zoom = 200;  // percent, kMinPresenterZoom..kMaxPresenterZoom
  bool walkthrough_done = false;
  std::optional<core::OrganisationRating> unit_capaian;
  std::optional<core::DistributionGuidance> own_bounds;  // absent: the guidance's default bounds
  // The fingerprints of the signing keys this browser has made, per NIP ("kunci_penandatangan"), so
  // that a new key for the same NIP (after the site's data was cleared) can be explained.
  std::map<std::string, std::vector<std::string>> signing_keys;
  // The draft lock: after how many idle minutes it closes again ("kunci_menit"), and whether the
  // user chose to go on without it where it is on by default ("kunci_ditolak", the one-file edition).
  int lock_idle_minutes = 15;
  bool lock_declined = false;

  bool operator==(const Preferences& o) const;
  bool operator!=(const Preferences& o) const { return !(*this == o); }
};

Preferences LoadPreferences(const KeyValueStore& store);
// True when written.
bool SavePreferences(KeyValueStore& store, const Preferences& preferences);

}  // namespace asn::platform
