// Rekap Unit: for the HR office (BKD) — load many submission files at once (picker, folder or
// drop), then the predikat distribution checked against the curve of the capaian kinerja organisasi
// (recap_distribution.cpp), JPM indikatif categories, the gap heatmap, the staff list, the files that
// could not be used, and the CSV export.
#include "ui/access_capture.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/recap_parts.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace asn::ui {
namespace {

void Toolbar(const AppState& state, Intents& intents) {
  const RecapState& recap = state.recap;
  ImGui::BeginDisabled(recap.loading);
  if (Button("recap.pick_files", T("Pilih berkas…"), true)) intents.recap.pick_files = true;
  SameLineOrWrap(ButtonWidth(T("Pilih folder…")));
  if (Button("recap.pick_folder", T("Pilih folder…"))) intents.recap.pick_folder = true;
  SameLineOrWrap(ButtonWidth(T("Muat contoh unit (CONTOH)")));
  if (Button("recap.example", T("Muat contoh unit (CONTOH)"))) intents.recap.load_example = true;
  ImGui::EndDisabled();
  SameLineOrWrap(ButtonWidth(T("Ekspor CSV")));
  ImGui::BeginDisabled(recap.loading || recap.data.Rows().empty());
  if (Button("recap.export_csv", T("Ekspor CSV"))) intents.recap.export_csv = true;
  ImGui::EndDisabled();
  SameLineOrWrap(ButtonWidth(T("Kosongkan")));
  ImGui::BeginDisabled(recap.data.FilesSeen() == 0 && !recap.loading);
  if (Button("recap.clear", T("Kosongkan"))) intents.recap.clear = true;
  ImGui::EndDisabled();
  Hint(T("Berkas juga dapat diseret dan dilepas ke halaman ini. Semua berkas dibaca di perangkat ini saja."));
}

void Progress(const AppState& state, Intents& intents) {
  const RecapState& recap = state.recap;
  if (recap.loading) {
    const float fraction = recap.expected > 0 ? static_cast<float>(recap.done) / static_cast<float>(recap.expected) : 0.0f;
    char text[96];
    std::snprintf(text, sizeof text, T("%d dari %d berkas diproses"), static_cast<int>(recap.done), static_cast<int>(recap.expected));
    ImGui::ProgressBar(std::min(fraction, 1.0f), ImVec2(std::min(ImGui::GetFontSize() * 24.0f, ImGui::GetContentRegionAvail().x), 0), text);
    TrackItem("recap.progress");
    SameLineOrWrap(ButtonWidth(T("Hentikan")));
    if (Button("recap.cancel", T("Hentikan"))) intents.recap.cancel = true;
  }
  char counts[160];
  std::snprintf(counts, sizeof counts, T("%d berkas: %d sah, %d tidak sah"), static_cast<int>(recap.data.FilesSeen()),
                static_cast<int>(recap.data.Rows().size()), static_cast<int>(recap.data.Invalid().size()));
  Heading(counts);
  access::Announce();  // progress, said at most once a second (web/mirror.js)
  TrackItem("recap.counts");
  if (recap.example) {
    ImGui::SameLine();
    ContohBadge();
  }
}

void JpmCategories(const AppState& state, Intents& intents) {
  const core::Recap& data = state.recap.data;
  Heading(T("Kategori JPM indikatif"), 1.1f);
  const std::vector<core::JpmMethod>& methods = data.JpmMethods();
  Explain(state, intents, "recap.jpm", JpmMethodExplanation(methods.empty() ? core::JpmMethod{} : methods.front()));
  if (methods.size() == 1) {
    Hint((std::string(T("Metode")) + ": " + core::JpmMethodText(methods.front(), state.language)).c_str());
  } else if (methods.size() > 1) {
    Hint((std::to_string(methods.size()) + " " + T("metode berbeda: setiap berkas dihitung dengan metodenya sendiri.")).c_str());
  }
  TrackItem("recap.jpm_method");
  const int total = static_cast<int>(data.Rows().size()) - data.WithoutJpm();
  for (int i = 2; i >= 0; --i) {
    ShareRow(core::JpmCategoryName(static_cast<core::JpmCategory>(i)), data.JpmCounts()[static_cast<std::size_t>(i)],
             total, JpmCategoryColour(i));
    TrackItem(("recap.jpm." + std::to_string(i)).c_str());
  }
}

void Problems(const AppState& state) {
  const core::Recap& data = state.recap.data;
  if (data.Invalid().empty()) Hint(T("Semua berkas sah."));
  const float height = std::max(ImGui::GetFontSize() * 8.0f, ImGui::GetContentRegionAvail().y * 0.6f);
  if (!data.Invalid().empty() && ImGui::BeginChild("##invalid", ImVec2(0, height), ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened)) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(data.Invalid().size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const core::RecapInvalid& bad = data.Invalid()[static_cast<std::size_t>(i)];
        std::string line = bad.file + " — " + (bad.problems.empty() ? "?" : core::FormatProblem(bad.problems.front()));
        if (bad.problem_count > 1) line += " (+" + std::to_string(bad.problem_count - 1) + " " + T("masalah lain") + ")";
        TextUnformatted(line.c_str());
        if (ImGui::IsItemHovered() && bad.problems.size() > 1) {
          ImGui::BeginTooltip();
          for (const core::Problem& p : bad.problems) ImGui::BulletText("%s", core::FormatProblem(p).c_str());
          ImGui::EndTooltip();
        }
      }
    }
  }
  if (!data.Invalid().empty()) ImGui::EndChild();
  TrackItem("recap.invalid");
  const auto duplicates = data.Duplicates();
  if (!duplicates.empty()) {
    ErrorText(T("NIP dan periode yang sama diserahkan lebih dari sekali:"));
    for (const auto& [key, files] : duplicates) {
      std::string line = key + ":";
      for (const std::string& f : files) line += " " + f;
      ImGui::BulletText("%s", line.c_str());
    }
  }
}

}  // namespace

void DrawRecapScreen(AppState& state, Intents& intents) {
  Heading(T("Rekap Unit"), 1.5f);
  TrackItem("recap.title");
  Toolbar(state, intents);
  ImGui::Spacing();
  Progress(state, intents);
  DrawNotice(state.notice, "recap.notice");
  if (state.recap.data.FilesSeen() == 0) return;
  // The results come once every file is counted (or the loading is stopped): figures that change
  // ten times a second are no use to read, and on a software-rendered page redrawing them took
  // CPU from the files being checked.
  if (state.recap.loading) {
    Hint(T("Hasil ditampilkan setelah semua berkas diproses."));
    TrackItem("recap.results_pending");
    return;
  }
  const std::string problems_label = std::string(T("Berkas bermasalah")) + " (" +
                                     std::to_string(state.recap.data.Invalid().size()) + ")";
  switch (TabRow("recap_tabs", {{"recap.tab.summary", T("Ringkasan")},
                                {"recap.tab.heatmap", T("Peta kesenjangan")},
                                {"recap.tab.staff", T("Daftar pegawai")},
                                {"recap.tab.problems", problems_label}})) {
    case 0:
      DrawRecapDistribution(state, intents);
      ImGui::Spacing();
      JpmCategories(state, intents);
      break;
    case 1: DrawRecapHeatmap(state, intents); break;
    case 2: DrawRecapStaffList(state); break;
    default: Problems(state); break;
  }
}

}  // namespace asn::ui
