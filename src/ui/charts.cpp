#include "ui/charts.hpp"

#include "ui/item_registry.hpp"
#include "ui/strings.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace asn::ui {

void RadarChart(const char* id, const std::vector<std::string>& labels, const std::vector<RadarSeries>& series,
                float size) {
  const std::size_t n = labels.size();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  // The legend's rows under the square, wrapped to its width.
  const float swatch = ImGui::GetFontSize() * 0.8f;
  int legend_rows = 1;
  float x_run = 0.0f;
  for (const RadarSeries& s : series) {
    const float w = ImGui::GetFontSize() * 1.5f + ImGui::CalcTextSize(s.label).x;
    if (x_run > 0.0f && x_run + w > size) {
      ++legend_rows;
      x_run = 0.0f;
    }
    x_run += w;
  }
  const float legend_height = static_cast<float>(legend_rows) * ImGui::GetTextLineHeightWithSpacing();
  ImGui::Dummy(ImVec2(size, size + legend_height));
  TrackItem(id);
  if (n < 3) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(origin.x + size * 0.5f, origin.y + size * 0.5f);
  const float radius = size * 0.36f;
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const auto point = [&](std::size_t axis, float level) {
    const float angle = -1.5707963f + 6.2831853f * static_cast<float>(axis) / static_cast<float>(n);
    const float r = radius * level / 5.0f;
    return ImVec2(centre.x + std::cos(angle) * r, centre.y + std::sin(angle) * r);
  };
  for (int ring = 1; ring <= 5; ++ring) {
    for (std::size_t i = 0; i < n; ++i) draw->AddLine(point(i, static_cast<float>(ring)), point((i + 1) % n, static_cast<float>(ring)), grid);
  }
  for (std::size_t i = 0; i < n; ++i) {
    draw->AddLine(centre, point(i, 5.0f), grid);
    const ImVec2 tip = point(i, 5.9f);
    const ImVec2 label_size = ImGui::CalcTextSize(labels[i].c_str());
    draw->AddText(ImVec2(tip.x - label_size.x * 0.5f, tip.y - label_size.y * 0.5f), text, labels[i].c_str());
  }
  const float thickness = std::max(1.5f, ImGui::GetFontSize() * 0.12f);
  for (const RadarSeries& s : series) {
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < n && i < s.values.size(); ++i) pts.push_back(point(i, static_cast<float>(s.values[i])));
    if (pts.size() != n) continue;
    if (s.filled) {
      const ImU32 fill = (s.colour & 0x00FFFFFF) | 0x50000000;
      for (std::size_t i = 0; i < n; ++i) draw->AddTriangleFilled(centre, pts[i], pts[(i + 1) % n], fill);
    }
    draw->AddPolyline(pts.data(), static_cast<int>(n), s.colour, ImDrawFlags_Closed, thickness);
  }
  // Legend under the chart.
  float x = origin.x;
  float y = origin.y + size;
  for (const RadarSeries& s : series) {
    const float w = ImGui::GetFontSize() * 1.5f + ImGui::CalcTextSize(s.label).x;
    if (x > origin.x && x - origin.x + w > size) {
      x = origin.x;
      y += ImGui::GetTextLineHeightWithSpacing();
    }
    draw->AddRectFilled(ImVec2(x, y + 3), ImVec2(x + swatch, y + swatch + 3), s.colour);
    draw->AddText(ImVec2(x + ImGui::GetFontSize(), y), text, s.label);
    x += w;
  }
}

void CodeLegend(const std::vector<std::string>& codes, const std::vector<std::string>& names) {
  std::string line;
  for (std::size_t i = 0; i < codes.size() && i < names.size(); ++i) {
    line += (i ? " · " : "") + codes[i] + " " + (names[i].empty() ? "…" : names[i]);
  }
  Hint(line.c_str());
}

void GapBars(const char* id, const std::vector<std::string>& codes, const std::vector<std::string>& names,
             const std::vector<int>& gaps, const std::vector<bool>& present) {
  const float row = ImGui::GetFontSize() * 1.6f;
  const float width = ImGui::GetContentRegionAvail().x;
  // Names beside the bars when the longest fits in 45 % of the width; else codes (named in a legend).
  std::vector<std::string> labels;
  float longest = 0.0f;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    labels.push_back(codes[i] + (i < names.size() && !names[i].empty() ? "  " + names[i] : ""));
    longest = std::max(longest, ImGui::CalcTextSize(labels.back().c_str()).x);
  }
  const bool named = longest + ImGui::GetFontSize() <= width * 0.45f;
  if (!named) labels = codes;
  const float label_width = named ? longest + ImGui::GetFontSize() : ImGui::GetFontSize() * 3.5f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, row * static_cast<float>(labels.size())));
  TrackItem(id);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float bars_left = origin.x + label_width;
  const float bars_width = width - label_width - ImGui::GetFontSize() * 2.5f;
  const float zero = bars_left + bars_width * 0.5f;
  const float unit = bars_width * 0.5f / 4.0f;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  draw->AddLine(ImVec2(zero, origin.y), ImVec2(zero, origin.y + row * static_cast<float>(labels.size())),
                ImGui::GetColorU32(ImGuiCol_Border), 2.0f);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const float y = origin.y + row * static_cast<float>(i);
    draw->AddText(ImVec2(origin.x, y + row * 0.2f), text, labels[i].c_str());
    if (!present[i]) {
      draw->AddText(ImVec2(zero + 6, y + row * 0.2f), ImGui::GetColorU32(ImGuiCol_TextDisabled), "—");
      continue;
    }
    const int gap = std::max(-4, std::min(4, gaps[i]));
    const float end = zero + unit * static_cast<float>(gap);
    const float thin = gap == 0 ? 3.0f : 0.0f;
    draw->AddRectFilled(ImVec2(std::min(zero, end) - thin, y + row * 0.2f), ImVec2(std::max(zero, end) + thin, y + row * 0.8f),
                        GapColour(gap), 3.0f);
    const std::string value = (gaps[i] > 0 ? "+" : "") + std::to_string(gaps[i]);
    draw->AddText(ImVec2(bars_left + bars_width + ImGui::GetFontSize() * 0.5f, y + row * 0.2f), text, value.c_str());
  }
  // What the colours mean.
  const auto key = [&](int gap, const char* meaning) {
    const float size = ImGui::GetFontSize() * 0.8f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(ImVec2(p.x, p.y + 3), ImVec2(p.x + size, p.y + size + 3), GapColour(gap), 2.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    TextDisabled("%s", meaning);
  };
  key(-1, T("merah: di bawah level yang dipersyaratkan"));
  key(0, T("hijau: sesuai level yang dipersyaratkan"));
  key(1, T("biru: di atas level yang dipersyaratkan"));
  TrackItem((std::string(id) + ".legend").c_str());
  if (!named) CodeLegend(codes, names);
}

}  // namespace asn::ui
