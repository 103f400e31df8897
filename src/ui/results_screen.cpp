// Sasaran Kinerja Pegawai (SKP): the approach (kuantitatif or kualitatif), the RHK rows in the layout
// the employee's jabatan calls for (JA/JF: RHK pimpinan and aspek; JPT: perspektif, no aspek) — add,
// edit, reorder, delete — with target, realisasi and bukti dukung, the feedback about each row, and
// the Lampiran SKP (results_attachment.cpp). One card per row so long texts stay readable.
#include "core/format_keys.hpp"
#include "core/rules_skp.hpp"
#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/skp_names.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>

namespace asn::ui {

namespace {

enum class RowAction { None, Up, Down, Remove, Feedback };

template <typename Enum>
void OptionalChoice(const std::string& id, const char* label, std::optional<Enum>* value, std::initializer_list<Enum> options,
                    const char* (*name)(Enum), const char* (*key)(Enum), Intents& intents) {
  TextUnformatted(label);
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x));
  ImGui::PushID(id.c_str());
  if (BeginCombo("##choice", *value ? name(**value) : "—")) {
    if (ChoiceItem("—", !*value)) { value->reset(); intents.draft.edited = true; }
    TrackItem((id + ".none").c_str());
    for (Enum option : options) {
      if (ChoiceItem(name(option), *value == option)) { *value = option; intents.draft.edited = true; }
      TrackItem((id + "." + key(option)).c_str());
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  TrackItem(id.c_str());
}

// The feedback log's entries about this row: how many, and the latest.
void RowFeedback(const core::Assessment& a, const core::RhkRow& row, const std::string& base, RowAction* action) {
  const core::FeedbackEntry* latest = nullptr;
  int count = 0;
  for (const core::FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
    if (f.rhk_id != row.id || row.id.empty()) continue;
    ++count;
    if (latest == nullptr || f.tanggal >= latest->tanggal) latest = &f;
  }
  if (latest != nullptr) {
    Hint((std::to_string(count) + " " + T("umpan balik") + " · " + T("terakhir") + " " + latest->tanggal + ": " +
          latest->umpan_balik).c_str());
    TrackItem((base + ".feedback_latest").c_str());
  }
  if (!row.umpan_balik.empty()) Hint((std::string(T("Umpan balik atas realisasi")) + ": " + row.umpan_balik).c_str());
  if (Button((base + ".feedback").c_str(), T("Catat umpan balik"))) *action = RowAction::Feedback;
}

RowAction DrawRow(core::Assessment& a, std::size_t index, Intents& intents) {
  core::RhkRow& row = a.skp.rhk[index];
  const std::size_t count = a.skp.rhk.size();
  const bool jpt = core::LayoutFor(a.pegawai) == core::SkpLayout::Jpt;
  const bool qualitative = a.skp.pendekatan == core::SkpApproach::Kualitatif;
  RowAction action = RowAction::None;
  const std::string base = "results.row." + std::to_string(index);
  ImGui::PushID(static_cast<int>(index));
  if (BeginCard(base.c_str())) {
    Heading(("RHK " + std::to_string(index + 1)).c_str(), 1.1f);
    SameLineOrWrap(ImGui::GetFrameHeight() * 2.0f + ImGui::CalcTextSize(T("Utama")).x + ImGui::CalcTextSize(T("Tambahan")).x);
    if (RadioButton(T("Utama"), row.jenis == core::RhkKind::Utama)) { row.jenis = core::RhkKind::Utama; intents.draft.edited = true; }
    TrackItem((base + ".utama").c_str());
    ImGui::SameLine();
    if (RadioButton(T("Tambahan"), row.jenis == core::RhkKind::Tambahan)) { row.jenis = core::RhkKind::Tambahan; intents.draft.edited = true; }
    TrackItem((base + ".tambahan").c_str());

    if (!jpt && TextArea((base + ".rhk_pimpinan").c_str(), T("RHK pimpinan yang diintervensi"), &row.rhk_pimpinan, 1.5f)) {
      intents.draft.edited = true;
    }
    if (TextArea((base + ".rhk").c_str(), T("Rencana Hasil Kerja (RHK)"), &row.rhk, 2.0f)) intents.draft.edited = true;
    if (jpt) {
      OptionalChoice<core::RhkPerspective>(base + ".perspektif", T("Perspektif"), &row.perspektif,
                                           {core::RhkPerspective::PenerimaLayanan, core::RhkPerspective::ProsesBisnis,
                                            core::RhkPerspective::PenguatanInternal, core::RhkPerspective::Anggaran},
                                           PerspectiveName, core::RhkPerspectiveKey, intents);
    } else {
      OptionalChoice<core::RhkAspect>(base + ".aspek", qualitative ? T("Aspek (tidak wajib pada pendekatan kualitatif)") : T("Aspek"),
                                      &row.aspek,
                                      {core::RhkAspect::Kuantitas, core::RhkAspect::Kualitas, core::RhkAspect::Waktu, core::RhkAspect::Biaya},
                                      AspectName, core::RhkAspectKey, intents);
    }
    if (TextArea((base + ".iki").c_str(), T("Indikator Kinerja Individu (IKI)"), &row.iki, 1.5f)) intents.draft.edited = true;

    // Three fields side by side on a laptop, one under the other on a phone.
    const bool stack = Narrow();
    const float third = stack ? -1.0f : (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    ImGui::BeginGroup();
    if (TextField((base + ".target").c_str(), T("Target"), &row.target, third, qualitative ? T("uraian ekspektasi") : nullptr)) {
      intents.draft.edited = true;
    }
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

    // What would make the file unfit to hand over, said where it can be fixed.
    const core::RhkRowIssues issues = core::CheckRhkRow(core::LayoutFor(a.pegawai), a.skp.pendekatan, row);
    if (issues.numeric_qualitative_target) {
      ErrorText(T("Pendekatan kualitatif: tulis target sebagai uraian ekspektasi, bukan angka saja."));
      TrackItem((base + ".issue").c_str());
    }
    if (issues.aspek_not_used || issues.perspektif_not_used) {
      ErrorText(T("Kolom ini tidak dipakai pada format SKP jabatan ini; kosongkan."));
      TrackItem((base + ".issue").c_str());
    }
    RowFeedback(a, row, base, &action);

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

void ApproachCard(core::Assessment& a, Intents& intents) {
  if (!BeginCard("results.approach")) return EndCard();
  const bool jpt = core::LayoutFor(a.pegawai) == core::SkpLayout::Jpt;
  TextWrapped("%s: %s", T("Format SKP"),
                     jpt ? T("pejabat pimpinan tinggi (JPT) — RHK, IKI, target, perspektif")
                         : T("jabatan administrasi / fungsional (JA/JF) — RHK pimpinan, RHK, aspek, IKI, target"));
  TrackItem("results.layout");
  if (a.pegawai.jenis_jabatan.empty()) Hint(T("Pilih jenis jabatan di Profil: format SKP mengikutinya."));
  if (jpt) Hint(T("Pilihan perspektif mengikuti format SKP JPT yang lazim dipakai instansi (contoh); sesuaikan dengan format instansi Anda."));
  ImGui::AlignTextToFramePadding();
  TextUnformatted(T("Pendekatan"));
  SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::CalcTextSize(T("Kuantitatif")).x + ImGui::GetStyle().ItemInnerSpacing.x);
  if (RadioButton(T("Kuantitatif"), a.skp.pendekatan == core::SkpApproach::Kuantitatif)) {
    a.skp.pendekatan = core::SkpApproach::Kuantitatif;
    intents.draft.edited = true;
  }
  TrackItem("results.pendekatan.kuantitatif");
  SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::CalcTextSize(T("Kualitatif")).x + ImGui::GetStyle().ItemInnerSpacing.x);
  if (RadioButton(T("Kualitatif"), a.skp.pendekatan == core::SkpApproach::Kualitatif)) {
    a.skp.pendekatan = core::SkpApproach::Kualitatif;
    intents.draft.edited = true;
  }
  TrackItem("results.pendekatan.kualitatif");
  Hint(a.skp.pendekatan == core::SkpApproach::Kualitatif
           ? T("Kualitatif: indikator dan target berupa uraian ekspektasi; aspek dan angka tidak diperlukan.")
           : T("Kuantitatif: setiap indikator punya aspek (kuantitas, kualitas, waktu atau biaya) dan target terukur."));
  EndCard();
}

}  // namespace

void DrawResultsScreen(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  std::vector<core::RhkRow>& rows = a.skp.rhk;
  Heading(T("Hasil Kerja (SKP)"), 1.5f);
  TrackItem("results.title");
  ApproachCard(a, intents);
  TrackItem("results.approach");
  ImGui::Spacing();
  if (rows.empty()) Hint(T("Belum ada RHK. Tambahkan rencana hasil kerja Anda."));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const RowAction action = DrawRow(a, i, intents);
    if (action == RowAction::Up && i > 0) std::swap(rows[i], rows[i - 1]);
    if (action == RowAction::Down && i + 1 < rows.size()) std::swap(rows[i], rows[i + 1]);
    if (action == RowAction::Remove) intents.draft.remove_rhk = static_cast<int>(i);  // undoable
    if (action == RowAction::Up || action == RowAction::Down) intents.draft.edited = true;
    if (action == RowAction::Feedback) {
      // Straight to the log, this row chosen: a note takes a few seconds.
      state.feedback_form.subject = state.feedback_form.filter = "rhk:" + rows[i].id;
      intents.nav.go_to = Screen::Feedback;
    }
    if (action != RowAction::None) break;  // the rows change: draw them afresh next frame
    ImGui::Spacing();
  }
  ImGui::BeginDisabled(rows.size() >= core::kMaxRhkRows);
  if (Button("results.add", T("Tambah RHK"), true)) {
    core::RhkRow row;
    row.id = core::NewRhkId(a.skp);
    rows.push_back(std::move(row));
    intents.draft.edited = true;
  }
  ImGui::EndDisabled();
  ImGui::Spacing();
  DrawSkpAttachment(a.skp, intents);
  TrackItem("results.lampiran");
}

}  // namespace asn::ui
