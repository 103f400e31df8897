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
  p.curve.percent = {0, 5, 15, 60, 20};
  REQUIRE(SavePreferences(store, p));
  CHECK(LoadPreferences(store) == p);
}

TEST_CASE("corrupt or hostile preferences give defaults, field by field") {
  MemoryStore store;
  for (const char* text : {"", "{", "[]", "null", "\"x\"", "{\"bahasa\": 5, \"presentasi\": \"ya\"}"}) {
    CAPTURE(text);
    store.Set(kPreferencesKey, text);
    CHECK(LoadPreferences(store) == Preferences{});
  }
  store.Set(kPreferencesKey, R"({"skala_presentasi": 9000, "panduan_selesai": true, "kurva_distribusi": [1, 2, "x", 4, 5]})");
  const Preferences p = LoadPreferences(store);
  CHECK(p.presenter_zoom == kMaxPresenterZoom);
  CHECK(p.walkthrough_done);
  CHECK(p.curve.percent == Preferences{}.curve.percent);
}

TEST_CASE("preferences with storage disabled or full: defaults, write reported as failed") {
  MemoryStore store;
  store.SetAvailable(false);
  CHECK(LoadPreferences(store) == Preferences{});
  MemoryStore full(10);
  CHECK_FALSE(SavePreferences(full, Preferences{}));
}
