#pragma once
// Charts drawn with ImGui's draw list, sized in font units so they scale with the UI.
#include <string>
#include <vector>

namespace asn::ui {

struct RadarSeries {
  std::vector<int> values;  // one per axis, 0..5
  unsigned int colour = 0;  // ImU32
  bool filled = false;
  const char* label = "";
};

// A radar (spider) chart over levels 0..5 with one axis per label, `size` wide, its legend under it
// (wrapping, never over the chart).
void RadarChart(const char* id, const std::vector<std::string>& labels, const std::vector<RadarSeries>& series,
                float size);

// Horizontal bars of signed gaps (−4..+4) centred on zero, one row per label; absent = not assessed.
// Labels are "code name" when there is room, else the code; a legend says what the colours mean.
void GapBars(const char* id, const std::vector<std::string>& codes, const std::vector<std::string>& names,
             const std::vector<int>& gaps, const std::vector<bool>& present);

// "M.1 Integritas · M.2 Kerja Sama · …" in muted, wrapped text: the codes a chart shows, named.
void CodeLegend(const std::vector<std::string>& codes, const std::vector<std::string>& names);

}  // namespace asn::ui
