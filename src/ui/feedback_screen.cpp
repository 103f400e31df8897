// Umpan balik berkelanjutan: the feedback given during the period, each note dated and tied to one
// RHK or one BerAKHLAK value. A quick-add line at the top (the subject stays chosen, the date is
// today unless typed), then the log, newest first, for one subject or all of them; each entry keeps
// the employee's response beside the supervisor's note.
#include "core/dictionary.hpp"
#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/screens.hpp"
#include "ui/skp_names.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

namespace asn::ui {
namespace {

std::string Shortened(const std::string& text, std::size_t max_bytes = 48) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a whole character
  return text.substr(0, cut) + "…";
}

struct Subject {
  std::string key;    // "rhk:<id>" or "nilai:<kode>"
  std::string label;  // "RHK 2 — Tersusunnya …", "Nilai: Akuntabel"
};

std::vector<Subject> Subjects(const core::Assessment& a) {
  std::vector<Subject> out;
  for (std::size_t i = 0; i < a.skp.rhk.size(); ++i) {
    const core::RhkRow& row = a.skp.rhk[i];
    out.push_back({"rhk:" + row.id, "RHK " + std::to_string(i + 1) + (row.rhk.empty() ? "" : " — " + Shortened(row.rhk))});
  }
  for (const std::string& kode : core::BerakhlakCodes()) out.push_back({"nilai:" + kode, std::string(T("Nilai")) + ": " + ValueName(kode)});
  return out;
}

std::string SubjectOf(const core::FeedbackEntry& f) { return f.rhk_id.empty() ? "nilai:" + f.perilaku : "rhk:" + f.rhk_id; }

std::string LabelOf(const std::vector<Subject>& subjects, const std::string& key) {
  for (const Subject& s : subjects) {
    if (s.key == key) return s.label;
  }
  return key;
}

// A list of subjects; `all` adds "Semua" (the empty key) first.
void SubjectCombo(const char* id, const char* label, const std::vector<Subject>& subjects, std::string* key, bool all) {
  TextUnformatted(label);
  ImGui::SetNextItemWidth(Narrow() ? -1.0f : std::min(ImGui::GetFontSize() * 24.0f, ImGui::GetContentRegionAvail().x));
  const std::string shown = key->empty() ? (all ? T("Semua") : T("Pilih RHK atau nilai…")) : LabelOf(subjects, *key);
  ImGui::PushID(id);
  if (BeginCombo("##subject", shown.c_str(), ImGuiComboFlags_HeightLargest)) {
    if (all) {
      if (ChoiceItem(T("Semua"), key->empty())) key->clear();
      TrackItem((std::string(id) + ".semua").c_str());
    }
    for (const Subject& s : subjects) {
      if (ChoiceItem(s.label.c_str(), *key == s.key)) *key = s.key;
      TrackItem((std::string(id) + "." + s.key.substr(s.key.find(':') + 1)).c_str());
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  TrackItem(id);
}

void QuickAdd(AppState& state, const std::vector<Subject>& subjects, Intents& intents) {
  application::FeedbackForm& form = state.feedback_form;
  const core::Assessment& a = state.draft->assessment;
  if (!BeginCard("feedback.add_card")) return EndCard();
  Heading(T("Catat umpan balik"), 1.15f);
  SubjectCombo("feedback.subject", T("Tentang"), subjects, &form.subject, false);
  DateField("feedback.tanggal", T("Tanggal (kosong = hari ini)"), &form.tanggal);
  TextArea("feedback.text", T("Umpan balik"), &form.text, 2.0f);  // the form, not the draft: nothing to save yet
  // Ctrl+Enter ends editing a multi-line field (Dear ImGui): the field is active or was just left.
  const bool ctrl_enter = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && ImGui::GetIO().KeyCtrl &&
                          ImGui::IsKeyPressed(ImGuiKey_Enter, false);
  const bool ready = !form.subject.empty() && form.text.find_first_not_of(" \t\r\n") != std::string::npos &&
                     a.umpan_balik_berkelanjutan.size() < core::kMaxFeedbackEntries;
  ImGui::BeginDisabled(!ready);
  if (Button("feedback.add", T("Catat"), true) || (ready && ctrl_enter)) intents.draft.add_feedback = true;
  ImGui::EndDisabled();
  SameLineOrWrap(ImGui::CalcTextSize(T("Ctrl+Enter juga mencatat.")).x);
  ImGui::AlignTextToFramePadding();
  TextDisabled("%s", T("Ctrl+Enter juga mencatat."));
  EndCard();
}

}  // namespace

void DrawFeedbackScreen(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  Heading(T("Umpan Balik Berkelanjutan"), 1.5f);
  TrackItem("feedback.title");
  Hint(T("Umpan balik diberikan sepanjang periode — dalam dialog kinerja, saat pekerjaan diperiksa — bukan sekali setahun. Catat setiap umpan balik di sini, terkait satu RHK atau satu nilai BerAKHLAK, beserta tanggapan pegawai."));
  const std::vector<Subject> subjects = Subjects(a);
  QuickAdd(state, subjects, intents);
  TrackItem("feedback.add_card");
  DrawNotice(state.notice, "feedback.notice");
  ImGui::Spacing();

  SubjectCombo("feedback.filter", T("Tampilkan"), subjects, &state.feedback_form.filter, true);
  // Newest first; entries of the same day in the order they were written, the last on top.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < a.umpan_balik_berkelanjutan.size(); ++i) {
    const std::string& filter = state.feedback_form.filter;
    if (filter.empty() || SubjectOf(a.umpan_balik_berkelanjutan[i]) == filter) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const std::string& dx = a.umpan_balik_berkelanjutan[x].tanggal;
    const std::string& dy = a.umpan_balik_berkelanjutan[y].tanggal;
    return dx != dy ? dx > dy : x > y;
  });
  TextDisabled("%zu %s", order.size(), T("catatan"));
  TrackItem("feedback.count");
  if (order.empty()) Hint(T("Belum ada umpan balik untuk pilihan ini."));
  for (std::size_t position = 0; position < order.size(); ++position) {
    const std::size_t i = order[position];
    core::FeedbackEntry& f = a.umpan_balik_berkelanjutan[i];
    // Ids by position in the list as shown: the first card is always the newest.
    const std::string base = "feedback.entry." + std::to_string(position);
    ImGui::PushID(static_cast<int>(i));
    if (BeginCard(base.c_str())) {
      Heading((f.tanggal + " · " + LabelOf(subjects, SubjectOf(f))).c_str(), 1.05f, true);
      TrackItem((base + ".heading").c_str());
      if (TextArea((base + ".text").c_str(), T("Umpan balik"), &f.umpan_balik, 1.5f)) intents.draft.edited = true;
      if (TextArea((base + ".response").c_str(), T("Tanggapan pegawai"), &f.tanggapan_pegawai, 1.0f)) intents.draft.edited = true;
      if (DateField((base + ".tanggal").c_str(), T("Tanggal"), &f.tanggal, 0.0f, false)) intents.draft.edited = true;
      if (Button((base + ".remove").c_str(), T("Hapus"))) intents.draft.remove_feedback = static_cast<int>(i);  // undoable
    }
    EndCard();
    TrackItem(base.c_str());
    ImGui::PopID();
    ImGui::Spacing();
  }
}

}  // namespace asn::ui
