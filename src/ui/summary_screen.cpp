// Ringkasan: required vs self levels (radar), gaps (bars), Job Person Match with its category,
// what is still missing before submission, and export.
#include "core/completeness.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/workflow.hpp"
#include "ui/access_capture.hpp"
#include "ui/charts.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

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
  const core::JpmMethod& method = state.draft->assessment.metode_jpm;
  char text[64];
  std::snprintf(text, sizeof text, "%.2f %%", jpm.percent);
  Heading(text, 2.0f);
  access::Announce();
  TrackItem((std::string(id) + ".value").c_str());
  Explain(state, intents, id, JpmExplanation(jpm, supervisor, method));
  JpmCategoryBadge(core::JpmCategoryName(jpm.category), static_cast<int>(jpm.category));
  access::Announce();
  TrackItem((std::string(id) + ".category").c_str());
  Explain(state, intents, (std::string(id) + ".category").c_str(), JpmCategoryExplanation(jpm, method));
}

// The method of the indicative JPM, stored with the draft: cap, bands, teknis.
void JpmMethodChoices(const AppState& state, Intents& intents) {
  const core::JpmMethod& current = state.draft->assessment.metode_jpm;
  core::JpmMethod m = current;
  const auto combo = [](const char* id, const char* label, int current_index, std::initializer_list<const char*> labels,
                        std::initializer_list<const char*> keys) {
    int chosen = -1;
    TextUnformatted(label);
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 16.0f, ImGui::GetContentRegionAvail().x));
    ImGui::PushID(id);
    if (BeginCombo("##combo", labels.begin()[current_index])) {
      for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
        if (ChoiceItem(labels.begin()[i], i == current_index)) chosen = i;
        TrackItem((std::string(id) + "." + keys.begin()[i]).c_str());
      }
      ImGui::EndCombo();
    }
    ImGui::PopID();
    TrackItem(id);
    return chosen;
  };
  const int cap = combo("summary.jpm.cap", T("Batas"), static_cast<int>(current.cap),
                        {T("per kompetensi, sampai level standarnya"), T("total, paling tinggi 100 %"), T("tanpa batas")},
                        {"per_kompetensi", "total", "tanpa_batas"});
  if (cap >= 0) m.cap = static_cast<core::JpmCap>(cap);
  const bool brin = current.optimal_min == 90 && current.cukup_min == 78;
  const bool ms = current.optimal_min == 80 && current.cukup_min == 68;
  const int bands = combo("summary.jpm.bands", T("Kategori"), brin ? 0 : ms ? 1 : 2,
                          {T("90/78 (Peraturan BRIN 3/2023)"), T("80/68"), T("ditetapkan instansi")}, {"brin", "80_68", "instansi"});
  if (bands == 0) { m.optimal_min = 90; m.cukup_min = 78; }
  if (bands == 1) { m.optimal_min = 80; m.cukup_min = 68; }
  if (bands == 2 && (brin || ms)) { m.optimal_min = 85; m.cukup_min = 70; }  // a first own pair, then edited
  if (bands == 2 || (!brin && !ms)) {
    // The instansi's own bands: Optimal from, Cukup Optimal from.
    int optimal = m.optimal_min;
    int cukup = m.cukup_min;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::InputInt(T("Optimal mulai %"), &optimal)) m.optimal_min = std::clamp(optimal, 2, 1000);
    TrackItem("summary.jpm.optimal");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::InputInt(T("Cukup Optimal mulai %"), &cukup)) m.cukup_min = std::clamp(cukup, 1, 999);
    TrackItem("summary.jpm.cukup");
  }
  const int teknis = combo("summary.jpm.teknis", T("Kompetensi teknis"), static_cast<int>(current.teknis),
                           {T("disertakan seperti yang lain"), T("dikecualikan"), T("berbobot terhadap manajerial + sosial kultural")},
                           {"disertakan", "dikecualikan", "berbobot"});
  if (teknis >= 0) m.teknis = static_cast<core::JpmTeknis>(teknis);
  if (m.teknis == core::JpmTeknis::Weighted) {
    int weight = m.teknis_weight;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::InputInt(T("Bobot teknis %"), &weight)) m.teknis_weight = std::clamp(weight, 1, 99);
    TrackItem("summary.jpm.weight");
  }
  if (!core::JpmMethodValid(m)) {
    ErrorText(T("Batas Cukup Optimal harus di bawah batas Optimal."));
  } else if (m != current) {
    intents.draft.set_jpm_method = m;
  }
}

void JpmCard(const AppState& state, Intents& intents, const core::Assessment& a) {
  if (!BeginCard("summary.jpm")) return EndCard();
  Heading(T("JPM indikatif (mandiri)"), 1.15f);
  const std::optional<core::JpmResult> jpm = core::JobPersonMatch(a.kompetensi, core::LevelSource::Mandiri, a.metode_jpm);
  if (jpm) {
    JpmFigure(state, intents, *jpm, false, "summary.jpm");
    if (const auto by_supervisor = core::JobPersonMatch(a.kompetensi, core::LevelSource::Atasan, a.metode_jpm)) {
      ImGui::Spacing();
      Heading(T("JPM indikatif (atasan)"), 1.15f);
      JpmFigure(state, intents, *by_supervisor, true, "summary.jpm_atasan");
    }
  } else {
    Hint(T("Belum lengkap: pilih level untuk semua kompetensi."));
    TrackItem("summary.jpm.value");
  }
  // The method, beside the figures it produced.
  Hint((std::string(T("Metode")) + ": " + core::JpmMethodText(a.metode_jpm, state.language)).c_str());
  TrackItem("summary.jpm.method");
  Hint(T("Indikatif: dihitung dari level penilaian, bukan JPM resmi hasil asesmen kompetensi."));
  ImGui::PushID("method");
  const bool open = ImGui::TreeNodeEx(T("Ubah metode"), ImGuiTreeNodeFlags_FramePadding);
  TrackItem("summary.jpm.method_toggle");
  if (open) {
    ImGui::BeginDisabled(core::IsLocked(a));
    JpmMethodChoices(state, intents);
    ImGui::EndDisabled();
    ImGui::TreePop();
  }
  ImGui::PopID();
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
  if (IsArrivalNotice(state.notice)) DrawNotice(state.notice, "summary.notice");
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
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysAutoResize | ImGuiChildFlags_NavFlattened);
  GapBars("summary.gaps", labels, names, gaps, present);
  ImGui::EndChild();
  TextDisabled("%s", T("Penjelasan kesenjangan"));
  Explain(state, intents, "summary.gaps", GapsExplanation(a));
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::Spacing();

  if (BeginCard("summary.missing")) {
    Heading(T("Yang belum lengkap sebelum diajukan"), 1.15f);
    const std::vector<core::MissingItem> missing = core::MissingForSubmission(a, state.language);
    if (missing.empty()) Hint(T("Semua bagian sudah lengkap."));
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
        TextWrapped("%s", core::FormatProblem(p).c_str());
      }
    }
    if (!IsArrivalNotice(state.notice)) DrawNotice(state.notice, "summary.notice");
  }
  EndCard();
  TrackItem("summary.missing");  // after the card: known even when scrolled out of view
  ImGui::Spacing();
  DrawDocumentsCard(state, intents);
  TrackItem("documents.card");
}

}  // namespace asn::ui
