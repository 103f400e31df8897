#pragma once
// The parts of the Rekap Unit screen (recap_screen.cpp draws the page and the summary tab;
// recap_distribution.cpp the distribution curve; recap_tables.cpp the heatmap and the staff list).
#include "ui/view_model.hpp"

namespace asn::ui {

void DrawRecapDistribution(AppState& state, Intents& intents);
void DrawRecapHeatmap(const AppState& state, Intents& intents);
void DrawRecapStaffList(AppState& state);

}  // namespace asn::ui
