// Ringkasan: required vs self levels (radar), gaps (bars), Job Person Match with its category,
// what is still missing before submission, and export.
#include "core/completeness.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/rules_job_person_match.hpp"
#include "ui/charts.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace asn::ui {
namespace {

Screen ScreenFor(core::Section section) {
  switch (section) {
    case core::Section::Profil: return Screen::Profile;
    case core::Section::Kompetensi: return Screen::Competencies;
    case core::Section::HasilKerja: return Screen::Results;
    case core::Section::Perilaku: return Screen::Behaviour;
  }
  return Screen::Profile;
}

void JpmFigure(const AppState& state, Intents& intents, const core::JpmResult& jpm, bool supervisor, const char* id) {
  char text[64];
  std::snprintf(text, sizeof text, "%.2f %%", jpm.percent);
  Heading(text, 2.0f);
  TrackItem((std::string(id) + ".value").c_str());
  Explain(state, intents, id, JpmExplanation(jpm, supervisor));
  JpmCategoryBadge(core::JpmCategoryName(jpm.category), static_cast<int>(jpm.category));
  TrackItem((std::string(id) + ".category").c_str());
  Explain(state, intents, (std::string(id) + ".category").c_str(), JpmCategoryExplanation(jpm));
}

void JpmCard(const AppState& state, Intents& intents, const core::Assessment& a) {
  if (!BeginCard("summary.jpm")) return EndCard();
  Heading(T("Job Person Match (mandiri)"), 1.15f);
  const std::optional<core::JpmResult> jpm = core::JobPersonMatch(a.kompetensi, core::LevelSource::Mandiri);
  if (jpm) {
    JpmFigure(state, intents, *jpm, false, "summary.jpm");
    if (const auto by_supervisor = core::JobPersonMatch(a.kompetensi, core::LevelSource::Atasan)) {
      ImGui::Spacing();
      Heading(T("Job Person Match (atasan)"), 1.15f);
      JpmFigure(state, intents, *by_supervisor, true, "summary.jpm_atasan");
    }
  } else {
    Hint(T("Belum lengkap: pilih level untuk semua kompetensi."));
    TrackItem("summary.jpm.value");
  }
  EndCard();
}

// The rule once, then each competency's own figures, as the core computes them (the supervisor's
// level first, else the employee's).
std::string GapsExplanation(const core::Assessment& a) {
  std::string text;
  for (const core::GapRow& row : core::CompetencyGaps(a.kompetensi)) {
    if (!row.gap) continue;
    if (text.empty()) {
      text = GapExplanation(row) + "\n";
    } else {
      char line[96];
      std::snprintf(line, sizeof line, "\n%s: %d − %d = %+d", row.kode.c_str(), *row.level, row.level_standar, *row.gap);
      text += line;
    }
  }
  return text.empty() ? T("Kesenjangan dihitung setelah level kompetensi dipilih.") : text;
}

}  // namespace

void DrawSummaryScreen(const AppState& state, Intents& intents) {
  const core::Assessment& a = state.draft->assessment;
  Heading(T("Ringkasan"), 1.5f);
  TrackItem("summary.title");
  JpmCard(state, intents, a);
  ImGui::Spacing();

  std::vector<std::string> labels, names;
  std::vector<int> required, self, supervisor, gaps;
  bool any_supervisor = false;
  std::vector<bool> present;
  const std::vector<core::GapRow> gap_rows = core::CompetencyGaps(a.kompetensi);
  for (std::size_t i = 0; i < a.kompetensi.size(); ++i) {
    const core::CompetencyEntry& c = a.kompetensi[i];
    labels.push_back(c.kode);
    names.push_back(c.nama);
    required.push_back(c.level_standar);
    self.push_back(c.level_mandiri);
    supervisor.push_back(c.level_atasan);
    any_supervisor = any_supervisor || c.level_atasan > 0;
    gaps.push_back(gap_rows[i].gap.value_or(0));
    present.push_back(gap_rows[i].gap.has_value());
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = avail > ImGui::GetFontSize() * 44.0f;
  const float chart = std::min(side_by_side ? avail * 0.45f : avail, ImGui::GetFontSize() * 24.0f);
  ImGui::BeginGroup();
  Heading(T("Standar vs mandiri"));
  std::vector<RadarSeries> series = {{required, ImGui::GetColorU32(ImGuiCol_TextDisabled), false, T("Standar")},
                                     {self, AccentColour(), true, T("Mandiri")}};
  if (any_supervisor) series.push_back({supervisor, WarningColour(), false, T("Atasan")});
  RadarChart("summary.radar", labels, series, chart);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + chart);
  CodeLegend(labels, names);
  ImGui::PopTextWrapPos();
  TrackItem("summary.radar.names");
  ImGui::EndGroup();
  if (side_by_side) ImGui::SameLine();
  ImGui::BeginGroup();
  Heading(T("Kesenjangan per kompetensi"));
  ImGui::PushItemWidth(side_by_side ? avail - chart - ImGui::GetStyle().ItemSpacing.x : avail);
  ImGui::BeginChild("##gaps", ImVec2(side_by_side ? avail - chart - ImGui::GetStyle().ItemSpacing.x : avail, 0),
                    ImGuiChildFlags_AutoResizeY);
  GapBars("summary.gaps", labels, names, gaps, present);
  ImGui::EndChild();
  ImGui::TextDisabled("%s", T("Penjelasan kesenjangan"));
  Explain(state, intents, "summary.gaps", GapsExplanation(a));
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::Spacing();

  if (BeginCard("summary.missing")) {
    Heading(T("Yang belum lengkap sebelum diajukan"), 1.15f);
    const std::vector<core::MissingItem> missing = core::MissingForSubmission(a, state.language);
    if (missing.empty()) Hint(T("Semua bagian sudah lengkap."));
    TrackItem("summary.missing");
    // Each item is a link to where it is completed (the competency itself, for a competency).
    for (std::size_t i = 0; i < missing.size(); ++i) {
      const core::MissingItem& m = missing[i];
      if (LinkItem(("summary.missing." + std::to_string(i)).c_str(), m.message.c_str())) {
        intents.nav.go_to = ScreenFor(m.section);
        if (m.competency >= 0) intents.nav.competency = m.competency;
      }
    }
    ImGui::Spacing();
    if (Button("summary.export", T("Ekspor berkas"))) intents.file.export_draft = true;
    SameLineOrWrap(ButtonWidth(T("Ajukan & ekspor")));
    ImGui::BeginDisabled(!missing.empty() || a.status.tahap != core::Stage::Draf);
    if (Button("summary.submit", T("Ajukan & ekspor"), true)) intents.file.submit = true;
    ImGui::EndDisabled();
    if (!state.export_problems.empty()) {
      ErrorText(T("Ekspor ditolak — berkas tidak akan sah:"));
      TrackItem("summary.export_problems");
      for (const core::Problem& p : state.export_problems) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", core::FormatProblem(p).c_str());
      }
    }
    DrawNotice(state.notice, "summary.notice");
  }
  EndCard();
  ImGui::Spacing();
  DrawDocumentsCard(state, intents);
  TrackItem("documents.card");
}

}  // namespace asn::ui
