// Profil & Jabatan, the people and the period: pegawai yang dinilai, pejabat penilai kinerja and
// atasan pejabat penilai kinerja (each Nama, NIP, Pangkat/Gol. ruang, Jabatan, jenis jabatan, Unit
// kerja, as the official forms list them), and the periode penilaian with its dates.
#include "core/dictionary.hpp"
#include "core/nip.hpp"
#include "core/rules_skp.hpp"
#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/profile_parts.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace asn::ui {
namespace {

// The NIP as printed on the card may be typed with spaces ("19850312 201001 1 005"): they go.
void NipField(const std::string& id, std::string* nip, Language language, Intents& intents, const char* hint = "18 digit") {
  if (TextField(id.c_str(), T("NIP"), nip, std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().x), hint)) {
    *nip = core::NormalizeNip(*nip);
    intents.draft.edited = true;
  }
  if (nip->empty()) return;
  for (core::NipError error : core::CheckNip(*nip)) ErrorText(core::NipErrorMessage(error, language));
}

void Field(const std::string& id, const char* label, std::string* value, Intents& intents, const char* hint = nullptr) {
  if (TextField(id.c_str(), label, value, -1.0f, hint)) intents.draft.edited = true;
}

// The jenis jabatan as a list. `chosen` receives the key picked this frame.
void JobTypeCombo(const std::string& id, const std::string& current_key, bool allow_none, std::optional<std::string>* chosen) {
  TextUnformatted(T("Jenis jabatan"));
  ImGui::SetNextItemWidth(Narrow() ? -1.0f : ImGui::GetContentRegionAvail().x * 0.6f);
  const std::string current = current_key.empty() ? "—" : core::JobTypeName(current_key);
  ImGui::PushID(id.c_str());
  if (BeginCombo("##jenis_jabatan", current.c_str(), ImGuiComboFlags_HeightLargest)) {
    if (allow_none) {
      if (ChoiceItem("—", current_key.empty())) *chosen = std::string();
      TrackItem((id + ".none").c_str());
    }
    for (const std::string& key : core::JobTypeKeys()) {
      if (ChoiceItem(core::JobTypeName(key).c_str(), key == current_key)) *chosen = key;
      TrackItem((id + "." + key).c_str());
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  TrackItem(id.c_str());
}

// Nama, NIP, Pangkat/Gol. ruang, Jabatan, jenis jabatan, Unit kerja — in the forms' order, with ids
// "<prefix>.nama", …; a jenis jabatan picked this frame is handed back in `job_chosen`.
void PersonFields(const std::string& prefix, core::Person& person, Language language, Intents& intents,
                  bool job_type_optional, std::optional<std::string>* job_chosen, const char* nip_hint = "18 digit") {
  Field(prefix + ".nama", T("Nama"), &person.nama, intents);
  NipField(prefix + ".nip", &person.nip, language, intents, nip_hint);
  Field(prefix + ".pangkat", T("Pangkat/Gol. ruang"), &person.pangkat_golongan, intents, "Penata Muda / III a");
  Field(prefix + ".jabatan", T("Jabatan"), &person.jabatan, intents);
  JobTypeCombo(prefix + ".jenis_jabatan", person.jenis_jabatan, job_type_optional, job_chosen);
  Field(prefix + ".unit_kerja", T("Unit kerja"), &person.unit_kerja, intents);
}

void SetJobType(core::Person& person, const std::optional<std::string>& chosen, Intents& intents) {
  if (!chosen) return;
  person.jenis_jabatan = *chosen;
  intents.draft.edited = true;
}

}  // namespace

void EmployeeCard(core::Assessment& a, Language language, Intents& intents) {
  if (!BeginCard("profile.employee")) return EndCard();
  Heading(T("Pegawai yang dinilai"), 1.15f);
  // Choosing the type fills the required levels from its example standard (asking first when the
  // user set levels of their own) and gives the SKP its layout (JPT or JA/JF): the application does it.
  std::optional<std::string> chosen;
  PersonFields("profile", a.pegawai, language, intents, false, &chosen);
  if (chosen) intents.draft.choose_job_type = *chosen;
  Field("profile.instansi", T("Instansi"), &a.instansi, intents);
  EndCard();
}

void SupervisorCard(core::Assessment& a, Language language, Intents& intents) {
  if (!BeginCard("profile.supervisor")) return EndCard();
  Heading(T("Pejabat penilai kinerja"), 1.15f);
  Hint(T("Atasan langsung Anda, paling rendah pejabat pengawas (atau pejabat yang diberi pendelegasian)."));
  std::optional<std::string> chosen;
  PersonFields("profile.penilai", a.penilai, language, intents, true, &chosen);
  SetJobType(a.penilai, chosen, intents);
  if (core::PenilaiBelowPengawas(a.penilai)) {
    // A warning, not a refusal: a delegation is lawful, and the app cannot see it.
    ErrorText(T("Pejabat penilai kinerja sekurang-kurangnya pejabat pengawas. Jenis jabatan ini di bawahnya: pastikan ada pendelegasian tertulis."));
    TrackItem("profile.penilai.warning");
  }
  EndCard();
}

void SupervisorsSuperiorCard(core::Assessment& a, Language language, Intents& intents) {
  if (!BeginCard("profile.atasan")) return EndCard();
  Heading(T("Atasan pejabat penilai kinerja"), 1.15f);
  std::optional<std::string> chosen;
  PersonFields("profile.atasan", a.atasan_penilai, language, intents, true, &chosen, T("kosongkan bila bukan PNS"));
  SetJobType(a.atasan_penilai, chosen, intents);
  EndCard();
}

void PeriodCard(core::Assessment& a, Intents& intents) {
  if (!BeginCard("profile.period")) return EndCard();
  core::Period& p = a.periode;
  Heading(T("Periode penilaian"), 1.15f);
  TextUnformatted(T("Tahun"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f + ImGui::GetFrameHeight() * 2.0f);
  int year = p.tahun;
  if (ImGui::InputInt("##tahun", &year)) {
    core::ChangePeriod(p, std::clamp(year, 2000, 2100), p.jenis, p.ke);
    intents.draft.edited = true;
  }
  TrackItem("profile.tahun");
  // Triwulan I–IV/Akhir (IV/Akhir is also the annual evaluation), or the semesters some instansi use.
  if (RadioButton(T("Triwulan"), p.jenis == core::PeriodKind::Triwulan) && p.jenis != core::PeriodKind::Triwulan) {
    core::ChangePeriod(p, p.tahun, core::PeriodKind::Triwulan, p.ke == 2 ? 4 : p.ke);
    intents.draft.edited = true;
  }
  TrackItem("profile.periode.triwulan");
  SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::CalcTextSize(T("Semester")).x + ImGui::GetStyle().ItemInnerSpacing.x);
  if (RadioButton(T("Semester"), p.jenis == core::PeriodKind::Semester) && p.jenis != core::PeriodKind::Semester) {
    core::ChangePeriod(p, p.tahun, core::PeriodKind::Semester, p.ke >= 3 ? 2 : 1);
    intents.draft.edited = true;
  }
  TrackItem("profile.periode.semester");
  const int last = p.jenis == core::PeriodKind::Triwulan ? 4 : 2;
  const auto name = [&](int ke) {
    core::Period shown = p;
    shown.ke = ke;
    const std::string full = core::PeriodName(shown);
    return full.substr(0, full.rfind(' '));  // "Triwulan IV/Akhir" without the year
  };
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x));
  if (BeginCombo("##periode", name(p.ke).c_str(), 0, T("Periode"))) {
    for (int ke = 1; ke <= last; ++ke) {
      if (ChoiceItem(name(ke).c_str(), ke == p.ke)) {
        core::ChangePeriod(p, p.tahun, p.jenis, ke);
        intents.draft.edited = true;
      }
      TrackItem(("profile.periode." + std::to_string(ke)).c_str());
    }
    ImGui::EndCombo();
  }
  TrackItem("profile.periode");
  if (p.ke == last) Hint(T("Periode akhir: evaluasi ini juga evaluasi kinerja tahunan."));

  // The dates: side by side when they fit.
  const float date_width = ImGui::GetFontSize() * 9.0f;
  ImGui::BeginGroup();
  if (DateField("profile.periode.mulai", T("Mulai"), &p.mulai, date_width)) intents.draft.edited = true;
  ImGui::EndGroup();
  SameLineOrWrap(date_width);
  ImGui::BeginGroup();
  if (DateField("profile.periode.selesai", T("Selesai"), &p.selesai, date_width)) intents.draft.edited = true;
  ImGui::EndGroup();
  if (core::PeriodRangeReversed(p)) {
    ErrorText(T("Tanggal selesai sebelum tanggal mulai: periode penilaian tidak sah."));
    TrackItem("profile.periode.reversed");
  }
  core::Period usual = p;
  core::SetDefaultPeriodDates(usual);
  if (usual.mulai != p.mulai || usual.selesai != p.selesai) {
    if (Button("profile.periode.default", T("Pakai tanggal baku periode ini"))) {
      p.mulai = usual.mulai;
      p.selesai = usual.selesai;
      intents.draft.edited = true;
    }
  }
  EndCard();
}

}  // namespace asn::ui
