#pragma once
// "Penjelasan" panels: beside every computed figure (gap, JPM, category, predikat, distribution)
// a "?" button opens a short explanation of the rule, with this assessment's numbers, and the
// regulation it comes from — so a trainer can answer "why?" in front of the room.
#include "core/rules_competency_gap.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/rules_predikat.hpp"
#include "ui/view_model.hpp"

#include <string>

namespace asn::ui {

// Draws the "?" toggle on the current line; when the panel is open, the text below it.
void Explain(const AppState& state, Intents& intents, const char* id, const std::string& text);
// The same, with the predikat matrix drawn and the assessment's cell highlighted.
void ExplainPredikat(const AppState& state, Intents& intents, const char* id, core::Rating hasil_kerja,
                     core::Rating perilaku);

std::string JpmExplanation(const core::JpmResult& jpm, bool supervisor_levels, const core::JpmMethod& method);
std::string JpmCategoryExplanation(const core::JpmResult& jpm, const core::JpmMethod& method);
// What the indicative JPM is, and the method's choices (for the recap, where files may differ).
std::string JpmMethodExplanation(const core::JpmMethod& method);
std::string GapExplanation(const core::GapRow& row);
std::string DistributionExplanation();
std::string HeatmapExplanation();

}  // namespace asn::ui
