// Lampiran SKP (part of the SKP screen): dukungan sumber daya, skema pertanggungjawaban and
// konsekuensi, each a list of short texts — add a line, edit it, remove it (undoable).
#include "core/submission_format.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace asn::ui {

void DrawSkpAttachment(core::Skp& skp, Intents& intents) {
  if (!BeginCard("results.lampiran")) return EndCard();
  Heading(T("Lampiran SKP"), 1.15f);
  struct List {
    const char* key;
    const char* title;
    const char* hint;
    std::vector<std::string>* items;
  };
  const List lists[] = {
      {"dukungan_sumber_daya", T("Dukungan sumber daya"), T("Apa yang Anda perlukan dari organisasi: anggaran, alat, pelatihan, data…"),
       &skp.lampiran.dukungan_sumber_daya},
      {"skema_pertanggungjawaban", T("Skema pertanggungjawaban"), T("Bagaimana hasil kerja dilaporkan dan kepada siapa."),
       &skp.lampiran.skema_pertanggungjawaban},
      {"konsekuensi", T("Konsekuensi"), T("Akibat bila ekspektasi tercapai atau tidak tercapai."), &skp.lampiran.konsekuensi},
  };
  for (int l = 0; l < 3; ++l) {
    const List& list = lists[l];
    const std::string base = std::string("results.lampiran.") + list.key;
    ImGui::PushID(list.key);
    ImGui::Spacing();
    Heading(list.title);
    Hint(list.hint);
    for (std::size_t i = 0; i < list.items->size(); ++i) {
      const std::string id = base + "." + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      if (TextArea(id.c_str(), (std::to_string(i + 1) + ".").c_str(), &(*list.items)[i], 1.0f)) intents.draft.edited = true;
      if (Button((id + ".remove").c_str(), T("Hapus"))) {
        intents.draft.remove_attachment_item = DraftIntents::AttachmentItem{l, static_cast<int>(i)};  // undoable
      }
      ImGui::PopID();
    }
    ImGui::BeginDisabled(list.items->size() >= core::kMaxAttachmentItems);
    if (Button((base + ".add").c_str(), T("Tambah butir"))) {
      list.items->emplace_back();
      intents.draft.edited = true;
    }
    ImGui::EndDisabled();
    ImGui::PopID();
  }
  EndCard();
}

}  // namespace asn::ui
