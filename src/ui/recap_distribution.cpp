// Rekap Unit, the distribution curve: the unit's capaian kinerja organisasi (remembered), the files
// grouped by the capaian they are checked against, per group the predikat counts and every bound
// of its curve — broken ones flagged with their numbers, the others shown as fine — and the bounds
// an instansi applies when they differ from the guidance (editable, remembered).
#include "core/format_keys.hpp"
#include "core/recap.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/recap_parts.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace asn::ui {
namespace {

constexpr core::OrganisationRating kCapaian[] = {core::OrganisationRating::Istimewa, core::OrganisationRating::Baik,
                                                 core::OrganisationRating::ButuhPerbaikan, core::OrganisationRating::Kurang,
                                                 core::OrganisationRating::SangatKurang};

void CapaianChooser(const RecapState& recap, Intents& intents) {
  TextUnformatted(T("Capaian kinerja organisasi unit"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().x));
  const char* shown = recap.capaian ? core::OrganisationRatingName(*recap.capaian) : T("— belum dipilih");
  if (BeginCombo("##capaian", shown)) {
    if (ChoiceItem(T("— belum dipilih"), !recap.capaian)) intents.recap.choose_capaian = std::optional<core::OrganisationRating>();
    TrackItem("recap.capaian.none");
    for (core::OrganisationRating c : kCapaian) {
      if (ChoiceItem(core::OrganisationRatingName(c), recap.capaian == c)) intents.recap.choose_capaian = std::optional(c);
      TrackItem((std::string("recap.capaian.") + core::OrganisationRatingKey(c)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("recap.capaian");
  Hint(T("Berkas yang memuat capaian kinerja organisasinya sendiri diperiksa dengan capaian itu; berkas lain dengan capaian unit ini."));
}

void Counts(const core::CapaianGroup& group, const std::string& base) {
  int total = 0;
  for (int c : group.counts) total += c;
  for (int i = core::kPredikatCount - 1; i >= 0; --i) {
    ShareRow(core::PredikatName(static_cast<core::Predikat>(i)), group.counts[static_cast<std::size_t>(i)], total,
             AccentColour());
    TrackItem((base + ".predikat." + std::to_string(i)).c_str());
  }
}

void Verdicts(const AppState& state, const core::CapaianGroup& group, const std::string& base) {
  if (!group.capaian) {
    ErrorText(T("Batas belum diperiksa: pilih capaian kinerja organisasi unit di atas."));
    TrackItem((base + ".unchecked").c_str());
    return;
  }
  const std::vector<core::BoundCheck> checks = core::CheckGroup(group, state.recap.CurveSettings());
  if (checks.empty()) Hint(T("Belum ada pegawai berpredikat: batas belum dapat diperiksa."));
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const core::BoundCheck& c = checks[i];
    // Only a broken bound is flagged; a count inside the bounds is fine and shown as fine.
    if (c.broken) {
      GapBadge(T("DILANGGAR"), -1);
    } else {
      GapBadge(T("sesuai"), 1);
    }
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    TextUnformatted(core::BoundVerdict(c, state.language).c_str());
    ImGui::PopTextWrapPos();
    TrackItem((base + ".bound." + std::to_string(i)).c_str());
  }
}

// The bounds an instansi applies, for each capaian: edited here they replace the guidance's in this
// browser until put back.
void BoundsEditor(AppState& state, Intents& intents) {
  RecapState& recap = state.recap;
  ImGui::PushID("bounds");
  const bool open = ImGui::TreeNodeEx(recap.own_bounds ? T("Batas yang dipakai (diubah instansi)") : T("Batas yang dipakai (pedoman)"),
                                      ImGuiTreeNodeFlags_FramePadding);
  TrackItem("recap.bounds");
  if (open) {
    Hint((std::string(T("Sumber")) + ": " + recap.Guidance().sumber).c_str());
    Hint(recap.Guidance().keterangan.c_str());
    for (core::OrganisationRating c : kCapaian) {
      ImGui::PushID(static_cast<int>(c));
      Heading(core::OrganisationRatingName(c));
      const std::vector<core::DistributionBound>& bounds = recap.Guidance().For(c);
      for (std::size_t i = 0; i < bounds.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        int value = bounds[i].value;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
        if (ImGui::InputInt("##value", &value, 1, 5)) {
          if (!recap.own_bounds) recap.own_bounds = core::DefaultDistributionGuidance();
          const bool people = bounds[i].kind == core::BoundKind::AtLeastPeople;
          recap.own_bounds->bounds[static_cast<std::size_t>(c)][i].value = std::clamp(value, 0, people ? 100000 : 100);
          intents.recap.bounds_edited = true;
        }
        TrackItem((std::string("recap.bound_value.") + core::OrganisationRatingKey(c) + "." + std::to_string(i)).c_str());
        ImGui::SameLine();
        TextWrapped("%s", core::BoundText(bounds[i], state.language).c_str());
        ImGui::PopID();
      }
      ImGui::PopID();
    }
    if (recap.own_bounds && Button("recap.bounds_reset", T("Kembalikan batas pedoman"))) intents.recap.reset_bounds = true;
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace

void DrawRecapDistribution(AppState& state, Intents& intents) {
  Heading(T("Kurva distribusi predikat"), 1.1f);
  Explain(state, intents, "recap.curve", DistributionExplanation());
  CapaianChooser(state.recap, intents);
  const std::vector<core::CapaianGroup> groups = state.recap.data.CapaianGroups(state.recap.capaian);
  if (groups.size() > 1) {
    ErrorText(T("Berkas memuat capaian kinerja organisasi yang berbeda: tiap kelompok diperiksa dengan kurvanya sendiri."));
    TrackItem("recap.mixed");
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const core::CapaianGroup& group = groups[g];
    const std::string base = "recap.group." + std::to_string(g);
    ImGui::PushID(static_cast<int>(g));
    ImGui::Separator();
    std::string title = std::string(T("Capaian")) + ": " +
                        (group.capaian ? core::OrganisationRatingName(*group.capaian) : T("belum diketahui")) + " — " +
                        std::to_string(group.files) + " " + T("berkas");
    Heading(title.c_str(), 1.0f, true);
    TrackItem(base.c_str());
    Counts(group, base);
    Verdicts(state, group, base);
    ImGui::PopID();
  }
  if (state.recap.data.WithoutPredikat() > 0) {
    Hint((std::to_string(state.recap.data.WithoutPredikat()) + " " + T("pegawai belum memiliki predikat (rating belum lengkap).")).c_str());
  }
  ImGui::Spacing();
  BoundsEditor(state, intents);
}

}  // namespace asn::ui
