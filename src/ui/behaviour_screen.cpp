// Perilaku (BerAKHLAK): the seven core values with their behaviour guides, the leader's specific
// expectations (read-only here) and the employee's self-reflection for each.
#include "core/dictionary.hpp"
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>

#include <string>

namespace asn::ui {

void DrawBehaviourScreen(AppState& state, Intents& intents) {
  core::Assessment& a = state.draft->assessment;
  Heading(T("Perilaku (BerAKHLAK)"), 1.5f);
  TrackItem("behaviour.title");
  Hint((std::string(T("Sumber nilai dasar dan panduan perilaku:")) + " " + core::BerakhlakSource()).c_str());
  TrackItem("behaviour.source");
  const auto& values = core::DefaultBerakhlak();
  for (core::BehaviourNote& note : a.perilaku) {
    const core::BerakhlakValue* value = nullptr;
    for (const core::BerakhlakValue& v : values) {
      if (v.kode == note.kode) value = &v;
    }
    const std::string base = "behaviour." + note.kode;
    ImGui::PushID(note.kode.c_str());
    if (BeginCard(base.c_str())) {
      Heading(value ? (value->huruf + " — " + value->nama).c_str() : note.kode.c_str(), 1.15f);
      if (value != nullptr) {
        Hint(value->definisi.c_str());
        TextUnformatted(T("Panduan perilaku"));
        for (const std::string& guide : value->panduan) {
          ImGui::Bullet();
          TextWrapped("%s", guide.c_str());
        }
      }
      if (!note.ekspektasi_pimpinan.empty()) {
        TextUnformatted(T("Ekspektasi khusus pimpinan"));
        Hint(note.ekspektasi_pimpinan.c_str());
      }
      if (TextArea((base + ".refleksi").c_str(), T("Refleksi mandiri"), &note.refleksi_mandiri, 3.0f)) {
        intents.draft.edited = true;
      }
      // Seven fields with one label: for a screen reader each names its value.
      if (value != nullptr) {
        access::Describe(access::Role::TextArea, std::string(T("Refleksi mandiri")) + " — " + value->nama,
                         note.refleksi_mandiri);
      }
      if (!note.catatan_atasan.empty()) Hint(note.catatan_atasan.c_str());
    }
    EndCard();
    TrackItem(base.c_str());
    ImGui::PopID();
    ImGui::Spacing();
  }
}

}  // namespace asn::ui
