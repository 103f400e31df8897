// Profil & Jabatan: the three people and the period (profile_people.cpp), the required levels from
// the example job standard, and the user's own kompetensi teknis.
#include "core/dictionary.hpp"
#include "core/submission_format.hpp"
#include "core/workflow.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/profile_parts.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace asn::ui {
namespace {

// A required-level slider's accessible name: which competency's level it sets.
std::string RequiredLevelName(const core::CompetencyEntry& c) {
  return std::string(T("Level yang dipersyaratkan")) + " — " + c.kode + " " + c.nama;
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
        TextUnformatted(c.kode.c_str());
        ImGui::SetNextItemWidth(-1.0f);
        const bool renamed = ImGui::InputTextWithHint("##nama", T("Nama"), &c.nama);
        access::Describe(access::Role::TextField, c.kode + " " + T("Nama"), c.nama);
        if (renamed) {
          ClampText(&c.nama, core::kMaxShortTextChars);
          intents.draft.edited = true;
        }
        TrackItem(("profile.teknis." + c.kode + ".nama").c_str());
      } else {
        TextWrapped("%s  %s", c.kode.c_str(), c.nama.c_str());
      }
      TextDisabled("%s", T("Level yang dipersyaratkan"));
      ImGui::SetNextItemWidth(-1.0f);
      if (SliderInt("##level", &c.level_standar, core::kMinLevel, core::kMaxLevel, "%d", RequiredLevelName(c))) {
        intents.draft.edited = true;
      }
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
    TableHeaders();
    int remove = -1;
    for (std::size_t i = 0; i < a.kompetensi.size(); ++i) {
      core::CompetencyEntry& c = a.kompetensi[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (c.jenis == core::CompetencyKind::Teknis) {
        Text("%s", c.kode.c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1.0f);
        const bool renamed = ImGui::InputTextWithHint("##nama", T("Nama"), &c.nama);
        access::Describe(access::Role::TextField, c.kode + " " + T("Nama"), c.nama);
        if (renamed) {
          ClampText(&c.nama, core::kMaxShortTextChars);
          intents.draft.edited = true;
        }
        TrackItem(("profile.teknis." + c.kode + ".nama").c_str());
      } else {
        Text("%s  %s", c.kode.c_str(), c.nama.c_str());
      }
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1.0f);
      if (SliderInt("##level", &c.level_standar, core::kMinLevel, core::kMaxLevel, "%d", RequiredLevelName(c))) {
        intents.draft.edited = true;
      }
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
  TextWrapped("%s %s?", T("Anda sudah mengubah level yang dipersyaratkan. Ganti semuanya dengan standar contoh untuk"), type.c_str());
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
  // A draft opens here: what opening it found (e.g. a signature that no longer matches) shows first.
  DrawNotice(state.notice, "profile.notice");
  const bool two_columns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 44.0f;
  if (two_columns && ImGui::BeginTable("profile_layout", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    EmployeeCard(a, state.language, intents);
    TrackItem("profile.employee");
    ImGui::Spacing();
    PeriodCard(a, intents);
    TrackItem("profile.period");
    ImGui::TableNextColumn();
    SupervisorCard(a, state.language, intents);
    TrackItem("profile.supervisor");
    ImGui::Spacing();
    SupervisorsSuperiorCard(a, state.language, intents);
    TrackItem("profile.atasan");
    ImGui::EndTable();
  } else {
    EmployeeCard(a, state.language, intents);
    TrackItem("profile.employee");
    PeriodCard(a, intents);
    TrackItem("profile.period");
    SupervisorCard(a, state.language, intents);
    TrackItem("profile.supervisor");
    SupervisorsSuperiorCard(a, state.language, intents);
    TrackItem("profile.atasan");
  }
  ImGui::Spacing();
  StandardCard(a, intents);
  TrackItem("profile.standard");  // after the card: known even when scrolled out of view
  DrawJobStandardDialog(state, intents);
}

}  // namespace asn::ui
