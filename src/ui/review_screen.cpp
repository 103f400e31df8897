// Penilaian Atasan: the supervisor reviews the ASN's file beside the self-assessment — a level and
// feedback per competency (big differences stand out), feedback per RHK, a note per BerAKHLAK
// value, the two ratings with the predikat and why, the evaluation (review_evaluation.cpp), overall
// feedback, the development plan, and the sign-off. The printable documents open from here.
#include "core/completeness.hpp"
#include "core/dictionary.hpp"
#include "core/nip.hpp"
#include "core/rules_predikat.hpp"
#include "core/submission_format.hpp"
#include "core/time_format.hpp"
#include "core/workflow.hpp"
#include "ui/access_capture.hpp"
#include "ui/explain.hpp"
#include "ui/item_registry.hpp"
#include "ui/notices.hpp"
#include "ui/level_card.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace asn::ui {
namespace {

const char* kRatingKeys[] = {"di_bawah", "sesuai", "di_atas"};

void LevelTooltip(const core::CompetencyEntry& c, int level) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) || !ImGui::BeginTooltip()) return;
  ImGui::PushTextWrapPos(std::min(ImGui::GetFontSize() * 28.0f, ImGui::GetMainViewport()->WorkSize.x * 0.85f));
  const core::CompetencyDefinition* def = core::DefaultCompetencyDictionary().Find(c.kode);
  if (def != nullptr && def->levels.size() == 5) {
    const core::LevelDescription& d = def->levels[static_cast<std::size_t>(level - 1)];
    Heading(("Level " + std::to_string(level)).c_str());
    TextWrapped("%s", d.deskripsi.c_str());
    for (const std::string& indicator : d.indikator) {
      ImGui::Bullet();
      TextWrapped("%s", indicator.c_str());
    }
  } else if (c.deskripsi_level.size() == 5) {
    TextWrapped("%s", c.deskripsi_level[static_cast<std::size_t>(level - 1)].c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void CompetencyCard(core::CompetencyEntry& c, Intents& intents) {
  const std::string base = "review.competency." + c.kode;
  ImGui::PushID(c.kode.c_str());
  if (BeginCard(base.c_str())) {
    Heading((c.kode + "  " + c.nama).c_str(), 1.05f, true);
    Text("%s %d · %s %s", T("Standar"), c.level_standar, T("Mandiri"),
                c.level_mandiri > 0 ? std::to_string(c.level_mandiri).c_str() : "—");
    if (!c.bukti.empty()) Hint(c.bukti.c_str());
    ImGui::AlignTextToFramePadding();
    TextUnformatted(T("Level dari atasan"));
    for (int level = core::kMinLevel; level <= core::kMaxLevel; ++level) {
      // The five levels follow the label, wrapping onto the next line on a phone.
      SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("5").x);
      if (RadioButton(std::to_string(level).c_str(), c.level_atasan == level)) {
        c.level_atasan = level;
        intents.draft.edited = true;
      }
      access::Describe(access::Role::Radio, std::string(T("Level dari atasan")) + " " + c.kode + ": " + std::to_string(level));
      TrackItem(("review.level." + c.kode + "." + std::to_string(level)).c_str());
      LevelTooltip(c, level);
    }
    if (c.level_atasan > 0 && c.level_mandiri > 0 && c.level_atasan != c.level_mandiri) {
      const int diff = c.level_atasan - c.level_mandiri;
      const std::string text = std::string(T("Selisih dengan penilaian mandiri")) + ": " + (diff > 0 ? "+" : "") +
                               std::to_string(diff);
      // Two levels or more apart is worth a conversation: make it stand out.
      if (std::abs(diff) >= 2) {
        GapBadge(text.c_str(), -1);  // the strongest badge colour
      } else {
        Hint(text.c_str());
      }
      TrackItem(("review.diff." + c.kode).c_str());
    }
    // The same level cards as in the self-assessment, folded away until wanted.
    ImGui::PushID("cards");
    const bool cards_open = ImGui::TreeNodeEx(T("Kartu level dan indikator"), ImGuiTreeNodeFlags_FramePadding);
    access::Describe(access::Role::Button, std::string(T("Kartu level dan indikator")) + " " + c.kode);
    TrackItem(("review.cards." + c.kode).c_str());
    if (cards_open) {
      for (int level = core::kMinLevel; level <= core::kMaxLevel; ++level) {
        std::string description;
        std::vector<std::string> indicators;
        LevelTexts(c, level, &description, &indicators);
        if (LevelCard(c, level, c.level_atasan, "review.card." + c.kode, description, indicators, intents)) {
          c.level_atasan = level;
          intents.draft.edited = true;
        }
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
    if (TextArea(("review.feedback." + c.kode).c_str(), T("Umpan balik"), &c.umpan_balik, 2.0f)) intents.draft.edited = true;
    access::Describe(access::Role::TextArea, std::string(T("Umpan balik")) + " " + c.kode, c.umpan_balik);
  }
  EndCard();
  TrackItem(base.c_str());
  ImGui::PopID();
}

bool RatingCombo(const char* id, const char* label, std::optional<core::Rating>* rating) {
  bool changed = false;
  TextUnformatted(label);
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  if (BeginCombo("##rating", *rating ? core::RatingName(**rating) : "—")) {
    for (const char* key : kRatingKeys) {
      const core::Rating r = *core::RatingFromKey(key);
      if (ChoiceItem(core::RatingName(r), *rating == r)) {
        *rating = r;
        changed = true;
      }
      TrackItem((std::string(id) + "." + key).c_str());
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  TrackItem(id);
  return changed;
}

void RatingCard(const AppState& state, core::Assessment& a, Intents& intents) {
  if (!BeginCard("review.ratings")) return EndCard();
  Heading(T("Rating dan predikat kinerja"), 1.15f);
  if (RatingCombo("review.rating.hasil", T("Hasil kerja"), &a.evaluasi.rating_hasil_kerja)) intents.draft.edited = true;
  if (RatingCombo("review.rating.perilaku", T("Perilaku kerja"), &a.evaluasi.rating_perilaku)) intents.draft.edited = true;
  const std::optional<core::Predikat> predikat = core::PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  ImGui::Spacing();
  if (predikat) {
    Heading((std::string(T("Predikat")) + ": " + core::PredikatName(*predikat)).c_str(), 1.5f);
    access::Announce();
    TrackItem("review.predikat");
    ExplainPredikat(state, intents, "review.predikat", *a.evaluasi.rating_hasil_kerja, *a.evaluasi.rating_perilaku);
    Hint(core::PredikatExplanation(*a.evaluasi.rating_hasil_kerja, *a.evaluasi.rating_perilaku).c_str());
  } else {
    Hint(T("Predikat muncul setelah kedua rating dipilih (matriks PermenPANRB 6/2022)."));
    TrackItem("review.predikat");
  }
  EndCard();
}

void PlanCard(core::Assessment& a, Intents& intents) {
  if (!BeginCard("review.plan")) return EndCard();
  Heading(T("Umpan balik dan rencana pengembangan"), 1.15f);
  if (TextArea("review.overall", T("Umpan balik keseluruhan"), &a.evaluasi.umpan_balik, 3.0f)) intents.draft.edited = true;
  ImGui::Spacing();
  if (Button("review.plan.generate", T("Susun dari kesenjangan"))) intents.review.generate_plan = true;
  SameLineOrWrap(ButtonWidth(T("Tambah kegiatan")));
  ImGui::BeginDisabled(a.rencana_pengembangan.size() >= core::kMaxDevelopmentItems);
  if (Button("review.plan.add", T("Tambah kegiatan"))) {
    a.rencana_pengembangan.push_back(core::DevelopmentItem{});
    intents.draft.edited = true;
  }
  ImGui::EndDisabled();
  for (std::size_t i = 0; i < a.rencana_pengembangan.size(); ++i) {
    core::DevelopmentItem& d = a.rencana_pengembangan[i];
    const std::string base = "review.plan." + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    // Three fields side by side on a laptop, one under the other on a phone.
    const bool stack = Narrow();
    const float third = stack ? -1.0f : (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    ImGui::BeginGroup();
    if (TextField((base + ".kode").c_str(), T("Kompetensi"), &d.kode_kompetensi, third)) intents.draft.edited = true;
    ImGui::EndGroup();
    if (!stack) ImGui::SameLine();
    ImGui::BeginGroup();
    if (TextField((base + ".jenis").c_str(), T("Jenis pengembangan"), &d.jenis, third)) intents.draft.edited = true;
    ImGui::EndGroup();
    if (!stack) ImGui::SameLine();
    ImGui::BeginGroup();
    if (TextField((base + ".target").c_str(), T("Target tanggal"), &d.target_tanggal, third, "TTTT-BB-HH")) intents.draft.edited = true;
    ImGui::EndGroup();
    if (TextArea((base + ".kegiatan").c_str(), T("Kegiatan"), &d.kegiatan, 1.5f)) intents.draft.edited = true;
    if (Button((base + ".remove").c_str(), T("Hapus"))) intents.draft.remove_plan_item = static_cast<int>(i);  // undoable
    ImGui::PopID();
  }
  EndCard();
}

void SignOffCard(const AppState& state, core::Assessment& a, Intents& intents, bool editable) {
  if (!BeginCard("review.signoff_card")) return EndCard();
  const bool locked = core::IsLocked(a);
  Heading(T("Pengesahan"), 1.15f);
  ImGui::BeginDisabled(!editable);
  if (TextField("review.penilai.nama", T("Nama pejabat penilai"), &a.penilai.nama)) intents.draft.edited = true;
  if (TextField("review.penilai.nip", T("NIP pejabat penilai"), &a.penilai.nip, ImGui::GetFontSize() * 14.0f, "18 digit")) {
    intents.draft.edited = true;
  }
  if (!a.penilai.nip.empty()) {
    for (core::NipError e : core::CheckNip(a.penilai.nip)) ErrorText(core::NipErrorMessage(e, state.language));
  }
  if (TextField("review.penilai.jabatan", T("Jabatan pejabat penilai"), &a.penilai.jabatan)) intents.draft.edited = true;
  ImGui::EndDisabled();
  const std::optional<core::Predikat> predikat = core::PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  if (locked) {
    const std::string when = a.status.dinilai ? core::FormatWib(*a.status.dinilai, state.language) : "";
    TextWrapped("%s %s", T("Ditandatangani"), when.c_str());
    TrackItem("review.signed");
    if (predikat) TextWrapped("%s: %s", T("Predikat"), core::PredikatName(*predikat));
    ImGui::BeginDisabled(!editable && state.draft->origin == core::DraftOrigin::Own);
    if (Button("review.reopen", T("Batalkan tanda tangan untuk mengoreksi"))) intents.review.withdraw = true;
    ImGui::EndDisabled();
  } else if (editable) {
    const std::vector<std::string> missing = core::MissingForReview(a, state.language);
    for (const std::string& m : missing) ErrorText(m);
    TrackItem("review.missing");
    // The predikat the signature will confirm, right above the button.
    if (predikat) {
      Heading((std::string(T("Predikat")) + ": " + core::PredikatName(*predikat)).c_str(), 1.1f);
      TrackItem("review.signoff.predikat");
    }
    ImGui::BeginDisabled(!missing.empty());
    if (Button("review.signoff", T("Tandatangani penilaian…"), true)) intents.review.ask_sign_off = true;
    ImGui::EndDisabled();
  }
  SameLineOrWrap(ButtonWidth(T("Ekspor berkas")));
  if (Button("review.export", T("Ekspor berkas"))) intents.file.export_draft = true;
  SameLineOrWrap(ButtonWidth(T("Laporan siap cetak")));
  if (Button("review.report", T("Laporan siap cetak"))) intents.review.open_report = true;
  EndCard();
}

}  // namespace

void DrawSignOffDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "signoff_dialog";
  if (state.confirm_sign_off && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(34.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  const core::Assessment& a = state.draft->assessment;
  Heading(T("Tandatangani penilaian ini?"), 1.2f);
  const std::optional<core::Predikat> predikat = core::PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  if (predikat) {
    Heading((std::string(T("Predikat kinerja")) + ": " + core::PredikatName(*predikat)).c_str(), 1.1f);
    TrackItem("signoff.predikat");
    Hint((std::string(T("Hasil kerja")) + ": " + core::RatingName(*a.evaluasi.rating_hasil_kerja) + " · " + T("Perilaku kerja") +
          ": " + core::RatingName(*a.evaluasi.rating_perilaku)).c_str());
  }
  TextWrapped("%s", (std::string(T("Pegawai")) + ": " + a.pegawai.nama).c_str());
  ImGui::Spacing();
  TextWrapped("%s", T("Dengan menandatangani, Anda sebagai pejabat penilai menyatakan penilaian ini final: levelnya, umpan baliknya, rating dan predikatnya tidak dapat diubah lagi kecuali tanda tangan dibatalkan. Tanggal penandatanganan tercatat dalam berkas."));
  TrackItem("signoff.message");
  ImGui::Spacing();
  if (Button("signoff.confirm", T("Ya, tandatangani"), true)) intents.review.sign_off = true;
  SameLineOrWrap(ButtonWidth(T("Batal")));
  if (Button("signoff.cancel", T("Batal")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) intents.review.cancel_sign_off = true;
  if (intents.review.sign_off || intents.review.cancel_sign_off) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DrawReviewScreen(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  const bool editable = core::SupervisorPartEditable(a, state.draft->origin);
  Heading(T("Penilaian Atasan"), 1.5f);
  TrackItem("review.title");
  if (IsArrivalNotice(state.notice)) DrawNotice(state.notice, "review.notice");
  Hint((a.pegawai.nama + " · " + a.pegawai.jabatan + " · " + StageName(a.status.tahap)).c_str());
  // Whose part this is, and why it may be read-only here.
  if (state.draft->origin == core::DraftOrigin::Own && !core::IsLocked(a)) {
    TextWrapped("%s", T("Bagian ini diisi oleh pejabat penilai pada berkas yang Anda ajukan. Di draf Anda sendiri bagian ini hanya dapat dibaca; setelah pejabat penilai menandatangani, impor berkas darinya untuk melihat hasilnya."));
    TrackItem("review.own_draft");
  } else if (!core::IsLocked(a)) {
    Hint(T("Diisi oleh pejabat penilai kinerja."));
  }
  ImGui::Spacing();

  ImGui::BeginDisabled(!editable);
  Heading(T("Kompetensi"), 1.15f);
  for (core::CompetencyEntry& c : a.kompetensi) {
    CompetencyCard(c, intents);
    ImGui::Spacing();
  }
  Heading(T("Hasil Kerja (SKP)"), 1.15f);
  for (std::size_t i = 0; i < a.skp.rhk.size(); ++i) {
    core::RhkRow& row = a.skp.rhk[i];
    const std::string base = "review.rhk." + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    if (BeginCard(base.c_str())) {
      TextWrapped("%zu. %s", i + 1, row.rhk.c_str());
      Hint((std::string(T("Target")) + ": " + row.target + " " + row.satuan + " · " + T("Realisasi") + ": " +
            row.realisasi + " " + row.satuan + (row.bukti_dukung.empty() ? "" : " · " + row.bukti_dukung))
               .c_str());
      // The notes of the period about this row, newest first, then the feedback on the realisation.
      for (auto f = a.umpan_balik_berkelanjutan.rbegin(); f != a.umpan_balik_berkelanjutan.rend(); ++f) {
        if (!row.id.empty() && f->rhk_id == row.id) Hint((f->tanggal + ": " + f->umpan_balik).c_str());
      }
      if (TextArea((base + ".feedback").c_str(), T("Umpan balik atas realisasi (berdasarkan bukti dukung)"), &row.umpan_balik, 1.5f)) {
        intents.draft.edited = true;
      }
    }
    EndCard();
    TrackItem(base.c_str());
    ImGui::PopID();
    ImGui::Spacing();
  }
  Heading(T("Perilaku (BerAKHLAK)"), 1.15f);
  for (core::BehaviourNote& note : a.perilaku) {
    const std::string base = "review.behaviour." + note.kode;
    std::string name = note.kode;
    for (const core::BerakhlakValue& v : core::DefaultBerakhlak()) {
      if (v.kode == note.kode) name = v.nama;
    }
    ImGui::PushID(note.kode.c_str());
    if (BeginCard(base.c_str())) {
      Heading(name.c_str());
      if (!note.refleksi_mandiri.empty()) Hint(note.refleksi_mandiri.c_str());
      if (TextArea((base + ".expectation").c_str(), T("Ekspektasi khusus pimpinan"), &note.ekspektasi_pimpinan, 1.5f)) {
        intents.draft.edited = true;
      }
      if (TextArea((base + ".note").c_str(), T("Catatan atasan"), &note.catatan_atasan, 1.5f)) intents.draft.edited = true;
    }
    EndCard();
    TrackItem(base.c_str());
    ImGui::PopID();
    ImGui::Spacing();
  }
  RatingCard(state, a, intents);
  TrackItem("review.ratings");
  ImGui::Spacing();
  DrawEvaluationCard(state, intents, editable);
  TrackItem("review.evaluation");
  ImGui::Spacing();
  PlanCard(a, intents);
  TrackItem("review.plan");
  ImGui::EndDisabled();
  ImGui::Spacing();
  SignOffCard(state, a, intents, editable);
  TrackItem("review.signoff_card");
  ImGui::Spacing();
  DrawSignatureCard(state, intents);
  TrackItem("signature.card");
  if (!state.export_problems.empty()) {
    ErrorText(T("Ekspor ditolak — berkas tidak akan sah:"));
    for (const core::Problem& p : state.export_problems) {
      ImGui::Bullet();
      TextWrapped("%s", core::FormatProblem(p).c_str());
    }
  }
  ImGui::Spacing();
  DrawDocumentsCard(state, intents);
  TrackItem("documents.card");
  if (!IsArrivalNotice(state.notice)) DrawNotice(state.notice, "review.notice");
  DrawSignOffDialog(state, intents);
}

}  // namespace asn::ui
