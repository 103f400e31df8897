#pragma once
// Complete, valid, clearly fictional example assessments ("contoh": true) for workshops
// (sosialisasi), demonstrations, tests and the CLI's `sample` command. Each persona was designed
// for one predikat and one JPM category (from the supervisor's levels), so a trainer can show
// every outcome of the rules; PersonaInfo records that design and the tests hold the rules to it.
#include "core/model.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/rules_predikat.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace asn::core {

struct PersonaInfo {
  std::string key;         // "guru", "perawat", ... (CLI: --persona KEY)
  std::string title;       // short description for the persona picker (Indonesian)
  std::string gap_profile; // one line: what the persona's gaps show a workshop (Indonesian)
  Predikat predikat;       // what the persona was designed to score
  JpmCategory jpm_category;  // designed JPM category (supervisor's levels)
  std::string title_en;      // the same two lines in English
  std::string gap_profile_en;
};

// The built-in personas, the default ("analis") first.
const std::vector<PersonaInfo>& Personas();

// Names of the built-in personas (Personas()[i].key).
std::vector<std::string> SamplePersonaNames();

// The persona's assessment, or false when the name is unknown.
bool MakeSampleAssessment(const std::string& persona, Assessment* out);

// A fictional unit of `count` assessments for demonstrating the recap: variations of the personas
// (names, NIP, levels, ratings) from a seeded generator — the same seed gives the same files on
// every platform. Every assessment is "contoh" and valid for submission, and states the unit's
// capaian kinerja organisasi (Baik).
std::vector<Assessment> MakeExampleUnit(int count, std::uint64_t seed);

}  // namespace asn::core
