// Settings survive a reload, and a damaged entry never stops the app: defaults come back.
#include "platform/preferences_store.hpp"

#include <doctest/doctest.h>

using namespace asn::platform;

TEST_CASE("preferences round trip through storage") {
  MemoryStore store;
  CHECK(LoadPreferences(store) == Preferences{});
  Preferences p;
  p.language = asn::core::Language::English;
  p.dark = true;
  p.presenter = true;
  p.presenter_zoom = 225;
  p.walkthrough_done = true;
  p.unit_capaian = asn::core::OrganisationRating::ButuhPerbaikan;
  asn::core::DistributionGuidance own = asn::core::DefaultDistributionGuidance();
  own.bounds[1][0].value = 75;  // an instansi applying 75 % for Baik
  p.own_bounds = own;
  p.signing_keys["197506102000032002"] = {"KO57-UVSM-PKSH-33H3-6GGS-FSTW-NU", "EH7D-DX5B-KSRG-CYTL-7BKA-I36S-E4"};
  REQUIRE(SavePreferences(store, p));
  CHECK(LoadPreferences(store) == p);
}

TEST_CASE("corrupt or hostile preferences give defaults, field by field") {
  MemoryStore store;
  for (const char* text : {"", "{", "[]", "null", "\"x\"", "{\"bahasa\": 5, \"presentasi\": \"ya\"}",
                           "{\"kunci_penandatangan\": [1]}", "{\"kunci_penandatangan\": {\"1\": 5}}"}) {
    CAPTURE(text);
    store.Set(kPreferencesKey, text);
    CHECK(LoadPreferences(store) == Preferences{});
  }
  store.Set(kPreferencesKey, R"({"skala_presentasi": 9000, "panduan_selesai": true, "capaian_unit": "luar_biasa",
                                 "batas_kurva": {"format": "asn-kinerja-kurva", "versi": 1, "kurva": "x"}})");
  const Preferences p = LoadPreferences(store);
  CHECK(p.presenter_zoom == kMaxPresenterZoom);
  CHECK(p.walkthrough_done);
  CHECK_FALSE(p.unit_capaian);
  CHECK_FALSE(p.own_bounds);  // unusable bounds: the guidance's
}

TEST_CASE("preferences with storage disabled or full: defaults, write reported as failed") {
  MemoryStore store;
  store.SetAvailable(false);
  CHECK(LoadPreferences(store) == Preferences{});
  MemoryStore full(10);
  CHECK_FALSE(SavePreferences(full, Preferences{}));
}
