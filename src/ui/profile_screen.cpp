// Profil & Jabatan: identity (with inline NIP validation), position type and the example job
// standard, period, supervisor, required levels, and the user's own kompetensi teknis.
#include "core/dictionary.hpp"
#include "core/nip.hpp"
#include "core/submission_format.hpp"
#include "core/workflow.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace asn::ui {
namespace {

// The NIP as printed on the card may be typed with spaces ("19850312 201001 1 005"): they go.
void NipField(const char* id, std::string* nip, Language language, Intents& intents) {
  if (TextField(id, T("NIP"), nip, std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().x), "18 digit")) {
    *nip = core::NormalizeNip(*nip);
    intents.draft.edited = true;
  }
  if (nip->empty()) return;
  for (core::NipError error : core::CheckNip(*nip)) ErrorText(core::NipErrorMessage(error, language));
}

void EmployeeCard(core::Assessment& a, Language language, Intents& intents) {
  if (!BeginCard("profile.employee")) return EndCard();
  Heading(T("Pegawai"), 1.15f);
  if (TextField("profile.nama", T("Nama"), &a.pegawai.nama)) intents.draft.edited = true;
  NipField("profile.nip", &a.pegawai.nip, language, intents);
  if (TextField("profile.jabatan", T("Jabatan"), &a.pegawai.jabatan)) intents.draft.edited = true;

  // Choosing the type fills the required levels from its example standard (asking first when the
  // user set levels of their own; see the dialog below).
  ImGui::TextUnformatted(T("Jenis jabatan"));
  ImGui::SetNextItemWidth(Narrow() ? -1.0f : ImGui::GetContentRegionAvail().x * 0.6f);
  const std::string current = a.pegawai.jenis_jabatan.empty() ? "—" : core::JobTypeName(a.pegawai.jenis_jabatan);
  if (ImGui::BeginCombo("##jenis_jabatan", current.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (const std::string& key : core::JobTypeKeys()) {
      if (ChoiceItem(core::JobTypeName(key).c_str(), key == a.pegawai.jenis_jabatan)) {
        intents.draft.choose_job_type = key;
      }
      TrackItem(("profile.jenis_jabatan." + key).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("profile.jenis_jabatan");
  if (TextField("profile.unit_kerja", T("Unit kerja"), &a.pegawai.unit_kerja)) intents.draft.edited = true;
  if (TextField("profile.instansi", T("Instansi"), &a.pegawai.instansi)) intents.draft.edited = true;
  EndCard();
}

void PeriodCard(core::Assessment& a, Intents& intents) {
  if (!BeginCard("profile.period")) return EndCard();
  Heading(T("Periode"), 1.15f);
  ImGui::TextUnformatted(T("Tahun"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f + ImGui::GetFrameHeight() * 2.0f);
  int year = a.periode.tahun;
  if (ImGui::InputInt("##tahun", &year)) {
    a.periode.tahun = std::clamp(year, 2000, 2100);
    intents.draft.edited = true;
  }
  TrackItem("profile.tahun");
  // One choice for the period kind: annual, or one of the four quarters.
  const std::string quarter = std::string(T("Triwulan")) + " ";
  const std::string labels[] = {T("Tahunan"), quarter + "I", quarter + "II", quarter + "III", quarter + "IV"};
  const int current = a.periode.jenis == core::PeriodKind::Tahunan ? 0 : a.periode.triwulan;
  const float period_width = ImGui::GetFontSize() * 10.0f;
  SameLineOrWrap(period_width);
  ImGui::SetNextItemWidth(period_width);
  if (ImGui::BeginCombo("##periode", labels[current].c_str())) {
    for (int i = 0; i < 5; ++i) {
      if (ChoiceItem(labels[i].c_str(), i == current)) {
        a.periode = {a.periode.tahun, i == 0 ? core::PeriodKind::Tahunan : core::PeriodKind::Triwulan, i};
        intents.draft.edited = true;
      }
      TrackItem(("profile.periode." + std::to_string(i)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("profile.periode");
  EndCard();
}

void SupervisorCard(core::Assessment& a, Language language, Intents& intents) {
  if (!BeginCard("profile.supervisor")) return EndCard();
  Heading(T("Pejabat penilai"), 1.15f);
  if (TextField("profile.penilai.nama", T("Nama"), &a.penilai.nama)) intents.draft.edited = true;
  NipField("profile.penilai.nip", &a.penilai.nip, language, intents);
  if (TextField("profile.penilai.jabatan", T("Jabatan"), &a.penilai.jabatan)) intents.draft.edited = true;
  if (TextField("profile.penilai.unit_kerja", T("Unit kerja"), &a.penilai.unit_kerja)) intents.draft.edited = true;
  EndCard();
}

void StandardCard(core::Assessment& a, Intents& intents) {
  if (!BeginCard("profile.standard")) return EndCard();
  Heading(T("Standar kompetensi jabatan"), 1.15f);
  if (!core::JobStandardSet(a)) {
    ErrorText(T("Standar belum ditetapkan: pilih jenis jabatan (standar contohnya mengisi level) atau atur level di bawah."));
    TrackItem("profile.standard_missing");
  }
  // The example is the preset: said here, where it is applied — never in the type's name.
  Hint(T("Standar contoh: preset level per jenis jabatan, hanya CONTOH — sesuaikan dengan Standar Kompetensi Jabatan instansi Anda; setiap level dapat diubah."));
  const bool has_type = !a.pegawai.jenis_jabatan.empty();
  ImGui::BeginDisabled(!has_type);
  if (Button("profile.apply_preset", T("Terapkan standar contoh"), true)) intents.draft.apply_job_standard = a.pegawai.jenis_jabatan;
  ImGui::EndDisabled();
  ImGui::Spacing();

  if (Narrow()) {
    // Phones: one competency after the other, its slider under its name.
    int remove = -1;
    for (std::size_t i = 0; i < a.kompetensi.size(); ++i) {
      core::CompetencyEntry& c = a.kompetensi[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::Separator();
      if (c.jenis == core::CompetencyKind::Teknis) {
        ImGui::TextUnformatted(c.kode.c_str());
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::InputTextWithHint("##nama", T("Nama"), &c.nama)) {
          ClampText(&c.nama, core::kMaxShortTextChars);
          intents.draft.edited = true;
        }
        TrackItem(("profile.teknis." + c.kode + ".nama").c_str());
      } else {
        ImGui::TextWrapped("%s  %s", c.kode.c_str(), c.nama.c_str());
      }
      ImGui::TextDisabled("%s", T("Level yang dipersyaratkan"));
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::SliderInt("##level", &c.level_standar, core::kMinLevel, core::kMaxLevel)) intents.draft.edited = true;
      TrackItem(("profile.required." + c.kode).c_str());
      if (c.jenis == core::CompetencyKind::Teknis &&
          Button(("profile.teknis." + c.kode + ".remove").c_str(), T("Hapus"))) {
        remove = static_cast<int>(i);
      }
      ImGui::PopID();
    }
    if (remove >= 0) intents.draft.remove_competency = remove;
  } else if (ImGui::BeginTable("required_levels", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(T("Kompetensi"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(T("Level yang dipersyaratkan"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    int remove = -1;
    for (std::size_t i = 0; i < a.kompetensi.size(); ++i) {
      core::CompetencyEntry& c = a.kompetensi[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (c.jenis == core::CompetencyKind::Teknis) {
        ImGui::Text("%s", c.kode.c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::InputTextWithHint("##nama", T("Nama"), &c.nama)) {
          ClampText(&c.nama, core::kMaxShortTextChars);
          intents.draft.edited = true;
        }
        TrackItem(("profile.teknis." + c.kode + ".nama").c_str());
      } else {
        ImGui::Text("%s  %s", c.kode.c_str(), c.nama.c_str());
      }
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::SliderInt("##level", &c.level_standar, core::kMinLevel, core::kMaxLevel)) intents.draft.edited = true;
      TrackItem(("profile.required." + c.kode).c_str());
      ImGui::TableNextColumn();
      if (c.jenis == core::CompetencyKind::Teknis) {
        if (Button(("profile.teknis." + c.kode + ".remove").c_str(), T("Hapus"))) remove = static_cast<int>(i);
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
    if (remove >= 0) intents.draft.remove_competency = remove;
  }
  ImGui::BeginDisabled(a.kompetensi.size() >= core::kMaxCompetencies);
  const bool add = Button("profile.add_teknis", T("Tambah kompetensi teknis"));
  ImGui::EndDisabled();
  if (add) {
    int next = 1;
    for (const core::CompetencyEntry& c : a.kompetensi) {
      if (c.jenis == core::CompetencyKind::Teknis) next = std::max(next, std::atoi(c.kode.c_str() + 2) + 1);
    }
    core::CompetencyEntry entry;
    entry.kode = "T." + std::to_string(next);
    entry.jenis = core::CompetencyKind::Teknis;
    entry.level_standar = 2;
    a.kompetensi.push_back(entry);
    intents.draft.edited = true;
  }
  EndCard();
}

// The question when a chosen jabatan type's standard would replace levels the user set.
void DrawJobStandardDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "jobstandard_dialog";
  if (!state.confirm_job_standard.empty() && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(32.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  Heading(T("Ganti level yang dipersyaratkan?"), 1.2f);
  const std::string type = core::JobTypeName(state.confirm_job_standard);
  ImGui::TextWrapped("%s %s?", T("Anda sudah mengubah level yang dipersyaratkan. Ganti semuanya dengan standar contoh untuk"), type.c_str());
  TrackItem("jobstandard.message");
  ImGui::Spacing();
  if (Button("jobstandard.apply", T("Ya, pakai standar contoh"), true)) intents.draft.apply_job_standard = state.confirm_job_standard;
  SameLineOrWrap(ButtonWidth(T("Biarkan level saya")));
  if (Button("jobstandard.keep", T("Biarkan level saya")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    intents.draft.keep_required_levels = true;
  }
  if (intents.draft.apply_job_standard || intents.draft.keep_required_levels) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace

void DrawProfileScreen(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  Heading(T("Profil & Jabatan"), 1.5f);
  TrackItem("profile.title");
  const bool two_columns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 44.0f;
  if (two_columns && ImGui::BeginTable("profile_layout", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    EmployeeCard(a, state.language, intents);
    TrackItem("profile.employee");
    ImGui::TableNextColumn();
    PeriodCard(a, intents);
    TrackItem("profile.period");
    ImGui::Spacing();
    SupervisorCard(a, state.language, intents);
    TrackItem("profile.supervisor");
    ImGui::EndTable();
  } else {
    EmployeeCard(a, state.language, intents);
    TrackItem("profile.employee");
    PeriodCard(a, intents);
    TrackItem("profile.period");
    SupervisorCard(a, state.language, intents);
    TrackItem("profile.supervisor");
  }
  ImGui::Spacing();
  StandardCard(a, intents);
  TrackItem("profile.standard");  // after the card: known even when scrolled out of view
  DrawJobStandardDialog(state, intents);
}

}  // namespace asn::ui
