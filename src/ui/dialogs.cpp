// The import dialog (file picker, dropped files, pasted JSON) and the delete confirmation.
#include "core/problem.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

namespace asn::ui {

void DrawImportDialog(AppState& state, Intents& intents) {
  const char* popup_id = "import_dialog";
  if (state.import.open && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(44.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  if (!state.import.open) {  // closed by the controller (e.g. a successful import)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  Heading(T("Impor penilaian"), 1.2f);
  Hint(T("Pilih berkas JSON, jatuhkan berkas ke halaman ini, atau tempel isi JSON di bawah. Berkas yang sah menjadi draf baru; tidak ada draf yang ditimpa."));
  ImGui::Spacing();
  if (Button("import.pick", T("Pilih berkas…"), true)) intents.file.pick_file = true;
  ImGui::Spacing();
  ImGui::PushID("import.text");
  const float height = ImGui::GetTextLineHeight() * 8.0f;
  ImGui::InputTextMultiline("##paste", &state.import.pasted, ImVec2(-1.0f, height));
  access::Describe(access::Role::TextArea, T("Isi JSON untuk ditempel"), state.import.pasted);
  ImGui::PopID();
  TrackItem("import.text");
  if (Button("import.paste", T("Impor teks"))) intents.file.import_pasted = true;
  ImGui::SameLine();
  if (Button("import.close", T("Tutup")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) intents.file.close_import = true;

  if (state.import.blocked_by_unsaved) {
    ImGui::Separator();
    ErrorText(T("Berkas ini sah, tetapi draf yang terbuka punya perubahan yang belum tersimpan. Ekspor berkasnya atau simpan sebagai draf baru lebih dulu, lalu impor lagi."));
    TrackItem("import.problems");
  }
  if (!state.import.problems.empty()) {
    ImGui::Separator();
    ErrorText(std::string(T("Impor gagal — tidak ada yang berubah. Masalah yang ditemukan:")) +
              " (" + (state.import.source.empty() ? std::string(T("teks tempel")) : state.import.source) + ")");
    TrackItem("import.problems");
    ImGui::BeginChild("##problems", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8.0f),
                      ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened);
    for (const core::Problem& p : state.import.problems) {
      ImGui::Bullet();
      TextWrapped("%s", core::FormatProblem(p).c_str());
    }
    ImGui::EndChild();
  }
  if (intents.file.close_import) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DrawDeleteDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "delete_dialog";
  if (!state.confirm_delete_id.empty() && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  CenterNextWindow(30.0f);
  if (!ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  Heading(T("Hapus draf ini?"), 1.2f);
  for (const platform::DraftSummary& d : state.drafts) {
    if (d.id == state.confirm_delete_id) TextWrapped("%s — %s", d.nama.c_str(), d.periode.c_str());
  }
  Hint(T("Draf yang dihapus tidak dapat dikembalikan. Ekspor dulu bila masih diperlukan."));
  ImGui::Spacing();
  if (Button("delete.confirm", T("Ya, hapus"), true)) intents.draft.confirm_delete = true;
  ImGui::SameLine();
  if (Button("delete.cancel", T("Batal")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) intents.draft.cancel_delete = true;
  if (intents.draft.confirm_delete || intents.draft.cancel_delete) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace asn::ui
