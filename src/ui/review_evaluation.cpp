// The evaluation at the end of the period (part of Penilaian Atasan), as the Dokumen Evaluasi
// Kinerja Pegawai records it: the capaian kinerja organisasi the organisation's own evaluation
// stated, the catatan/rekomendasi, and where and when it is signed.
#include "core/format_keys.hpp"
#include "core/rules_distribution.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/skp_names.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace asn::ui {

void DrawEvaluationCard(AppState& state, Intents& intents, bool editable) {
  core::Evaluation& e = state.draft->assessment.evaluasi;
  if (!BeginCard("review.evaluation")) return EndCard();
  Heading(T("Evaluasi kinerja periode ini"), 1.15f);
  ImGui::BeginDisabled(!editable);
  TextUnformatted(T("Capaian kinerja organisasi"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().x));
  if (BeginCombo("##capaian", e.capaian_kinerja_organisasi ? core::OrganisationRatingName(*e.capaian_kinerja_organisasi) : "—")) {
    if (ChoiceItem("—", !e.capaian_kinerja_organisasi)) {
      e.capaian_kinerja_organisasi.reset();
      intents.draft.edited = true;
    }
    TrackItem("review.capaian.none");
    for (core::OrganisationRating r : {core::OrganisationRating::Istimewa, core::OrganisationRating::Baik,
                                       core::OrganisationRating::ButuhPerbaikan, core::OrganisationRating::Kurang,
                                       core::OrganisationRating::SangatKurang}) {
      if (ChoiceItem(core::OrganisationRatingName(r), e.capaian_kinerja_organisasi == r)) {
        e.capaian_kinerja_organisasi = r;
        intents.draft.edited = true;
      }
      TrackItem((std::string("review.capaian.") + core::OrganisationRatingKey(r)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("review.capaian");
  Hint(T("Seperti dinyatakan hasil evaluasi kinerja organisasi (unit kerja atau instansi) untuk periode ini."));
  if (TextArea("review.catatan", T("Catatan / rekomendasi"), &e.catatan_rekomendasi, 2.0f)) intents.draft.edited = true;
  const float half = Narrow() ? -1.0f : std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().x * 0.5f);
  ImGui::BeginGroup();
  if (TextField("review.tempat", T("Tempat"), &e.tempat, half)) intents.draft.edited = true;
  ImGui::EndGroup();
  SameLineOrWrap(ImGui::GetFontSize() * 9.0f);
  ImGui::BeginGroup();
  if (DateField("review.tanggal", T("Tanggal"), &e.tanggal)) intents.draft.edited = true;
  ImGui::EndGroup();
  Hint(T("Tanggal kosong diisi dengan tanggal penandatanganan."));
  ImGui::EndDisabled();
  EndCard();
}

}  // namespace asn::ui
