// The official documents of the period, each opening in a new tab to print or save as PDF: SKP,
// Evaluasi Kinerja Periodik, Dokumen Evaluasi Kinerja Pegawai, Evaluasi Kompetensi — and the
// short report. Shown on the summary and on the review.
#include "core/documents_html.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace asn::ui {

void DrawDocumentsCard(const AppState& state, Intents& intents) {
  if (!BeginCard("documents.card")) return EndCard();
  Heading(T("Dokumen siap cetak"), 1.15f);
  Hint(T("Setiap dokumen terbuka di tab baru: cetak atau simpan sebagai PDF. Isinya mengikuti formulir resmi PermenPANRB 6/2022."));
  if (state.draft && state.draft->assessment.contoh) Hint(T("Data CONTOH: dokumen ditandai sebagai contoh."));
  bool first = true;
  for (core::DocumentKind kind : core::DocumentKinds()) {
    const char* title = core::DocumentTitle(kind);
    if (!first) SameLineOrWrap(ButtonWidth(title));
    first = false;
    if (Button((std::string("documents.") + core::DocumentKindKey(kind)).c_str(), title)) intents.review.open_document = kind;
  }
  SameLineOrWrap(ButtonWidth(T("Laporan ringkas")));
  if (Button("documents.report", T("Laporan ringkas"))) intents.review.open_report = true;
  EndCard();
}

}  // namespace asn::ui
