#pragma once
// Complete, valid, clearly fictional example assessments ("contoh": true) for demonstrations,
// tests and the CLI's `sample` command.
#include "core/model.hpp"

#include <string>
#include <vector>

namespace asn::core {

// Names of the built-in personas; the first is the default.
std::vector<std::string> SamplePersonaNames();

// The persona's assessment, or false when the name is unknown.
bool MakeSampleAssessment(const std::string& persona, Assessment* out);

}  // namespace asn::core
