// Hasil Kerja (SKP): the RHK rows — add, edit, reorder, delete — with target, realisasi and
// bukti dukung, one card per row so long texts stay readable on any width.
#include "core/format_keys.hpp"
#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>
#include <utility>

namespace asn::ui {
namespace {

const char* AspectName(core::RhkAspect aspect) {
  switch (aspect) {
    case core::RhkAspect::Kuantitas: return T("Kuantitas");
    case core::RhkAspect::Kualitas: return T("Kualitas");
    case core::RhkAspect::Waktu: return T("Waktu");
    case core::RhkAspect::Biaya: return T("Biaya");
  }
  return "";
}

enum class RowAction { None, Up, Down, Remove };

RowAction DrawRow(core::RhkRow& row, std::size_t index, std::size_t count, Intents& intents) {
  RowAction action = RowAction::None;
  const std::string base = "results.row." + std::to_string(index);
  ImGui::PushID(static_cast<int>(index));
  if (BeginCard(base.c_str())) {
    Heading(("RHK " + std::to_string(index + 1)).c_str(), 1.1f);
    SameLineOrWrap(ImGui::GetFrameHeight() * 2.0f + ImGui::CalcTextSize(T("Utama")).x + ImGui::CalcTextSize(T("Tambahan")).x);
    if (ImGui::RadioButton(T("Utama"), row.jenis == core::RhkKind::Utama)) { row.jenis = core::RhkKind::Utama; intents.draft.edited = true; }
    TrackItem((base + ".utama").c_str());
    ImGui::SameLine();
    if (ImGui::RadioButton(T("Tambahan"), row.jenis == core::RhkKind::Tambahan)) { row.jenis = core::RhkKind::Tambahan; intents.draft.edited = true; }
    TrackItem((base + ".tambahan").c_str());

    if (TextArea((base + ".rhk_pimpinan").c_str(), T("RHK pimpinan yang diintervensi"), &row.rhk_pimpinan, 1.5f)) intents.draft.edited = true;
    if (TextArea((base + ".rhk").c_str(), T("Rencana Hasil Kerja (RHK)"), &row.rhk, 2.0f)) intents.draft.edited = true;
    ImGui::TextUnformatted(T("Aspek"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::BeginCombo("##aspek", AspectName(row.aspek))) {
      for (core::RhkAspect a : {core::RhkAspect::Kuantitas, core::RhkAspect::Kualitas, core::RhkAspect::Waktu, core::RhkAspect::Biaya}) {
        if (ChoiceItem(AspectName(a), a == row.aspek)) { row.aspek = a; intents.draft.edited = true; }
      }
      ImGui::EndCombo();
    }
    TrackItem((base + ".aspek").c_str());
    if (TextArea((base + ".iki").c_str(), T("Indikator Kinerja Individu (IKI)"), &row.iki, 1.5f)) intents.draft.edited = true;

    // Three fields side by side on a laptop, one under the other on a phone.
    const bool stack = Narrow();
    const float third = stack ? -1.0f : (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    ImGui::BeginGroup();
    if (TextField((base + ".target").c_str(), T("Target"), &row.target, third)) intents.draft.edited = true;
    ImGui::EndGroup();
    if (!stack) ImGui::SameLine();
    ImGui::BeginGroup();
    if (TextField((base + ".realisasi").c_str(), T("Realisasi"), &row.realisasi, third)) intents.draft.edited = true;
    ImGui::EndGroup();
    if (!stack) ImGui::SameLine();
    ImGui::BeginGroup();
    if (TextField((base + ".satuan").c_str(), T("Satuan"), &row.satuan, third)) intents.draft.edited = true;
    ImGui::EndGroup();
    if (TextArea((base + ".bukti_dukung").c_str(), T("Bukti dukung"), &row.bukti_dukung, 1.5f)) intents.draft.edited = true;
    if (!row.umpan_balik.empty()) {
      Hint(row.umpan_balik.c_str());
    }

    ImGui::BeginDisabled(index == 0);
    if (Button((base + ".up").c_str(), T("Naik"))) action = RowAction::Up;
    ImGui::EndDisabled();
    SameLineOrWrap(ButtonWidth(T("Turun")));
    ImGui::BeginDisabled(index + 1 >= count);
    if (Button((base + ".down").c_str(), T("Turun"))) action = RowAction::Down;
    ImGui::EndDisabled();
    SameLineOrWrap(ButtonWidth(T("Hapus")));
    if (Button((base + ".remove").c_str(), T("Hapus"))) action = RowAction::Remove;
  }
  EndCard();
  TrackItem(base.c_str());
  ImGui::PopID();
  return action;
}

}  // namespace

void DrawResultsScreen(AppState& state, Intents& intents) {
  std::vector<core::RhkRow>& rows = state.draft->assessment.hasil_kerja;
  Heading(T("Hasil Kerja (SKP)"), 1.5f);
  TrackItem("results.title");
  if (rows.empty()) Hint(T("Belum ada RHK. Tambahkan rencana hasil kerja Anda."));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const RowAction action = DrawRow(rows[i], i, rows.size(), intents);
    if (action == RowAction::Up && i > 0) std::swap(rows[i], rows[i - 1]);
    if (action == RowAction::Down && i + 1 < rows.size()) std::swap(rows[i], rows[i + 1]);
    if (action == RowAction::Remove) intents.draft.remove_rhk = static_cast<int>(i);  // undoable
    if (action == RowAction::Up || action == RowAction::Down) intents.draft.edited = true;
    if (action != RowAction::None) break;  // the rows change: draw them afresh next frame
    ImGui::Spacing();
  }
  ImGui::BeginDisabled(rows.size() >= core::kMaxRhkRows);
  if (Button("results.add", T("Tambah RHK"), true)) {
    rows.push_back(core::RhkRow{});
    intents.draft.edited = true;
  }
  ImGui::EndDisabled();
}

}  // namespace asn::ui
