#pragma once
#include "core/dictionary.hpp"
#include "core/model.hpp"
#include "ui/view_model.hpp"

#include <string>
#include <vector>

namespace asn::ui {

// Draws the card for `level`; returns true when its button was pressed. `chosen_level` is the
// level currently chosen by whoever is assessing; ids are "<id_prefix>.level.N" and
// "<id_prefix>.choose.N". For a kompetensi teknis the description is editable in place.
bool LevelCard(core::CompetencyEntry& c, int level, int chosen_level, const std::string& id_prefix,
               const std::string& description, const std::vector<std::string>& indicators, Intents& intents);

// The dictionary's description and indicators of a level (or the user's own for teknis).
void LevelTexts(const core::CompetencyEntry& c, int level, std::string* description, std::vector<std::string>* indicators);

}  // namespace asn::ui
