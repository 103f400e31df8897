#pragma once
// Driving the application layer as the UI does, one frame at a time: the screens hand over the
// intents of a frame (what the user did), or nothing.
#include "application/application.hpp"

#include <functional>

namespace asn::test {

// One frame in which the screens hand over the intents `fill` sets.
inline void Act(application::Application& app, const std::function<void(application::Intents&)>& fill) {
  app.BeforeFrame();
  application::Intents intents;
  fill(intents);
  app.Apply(intents);
}

// One frame with no input.
inline void Frame(application::Application& app) {
  Act(app, [](application::Intents&) {});
}

}  // namespace asn::test
