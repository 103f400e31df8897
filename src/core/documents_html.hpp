#pragma once
// The official documents of one period (PermenPANRB 6/2022 and the formats instansi publish), as
// printable HTML pages in the app's own typography: the same fields, in the same order, with the
// same signature blocks as the forms a BKD files. Same safety as the report (report_html.hpp): no
// script, every user text escaped, a Content-Security-Policy that loads nothing. Always in Bahasa
// Indonesia: these are official documents, whatever the interface language.
#include "core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace asn::core {

enum class DocumentKind {
  Skp,              // the plan: identity, RHK table (JA/JF or JPT layout), perilaku with ekspektasi, lampiran
  EvaluasiPeriodik, // realisasi and feedback per RHK, perilaku feedback, ratings, predikat
  DokumenEvaluasi,  // Dokumen Evaluasi Kinerja Pegawai: three people, periode, capaian organisasi, predikat, catatan
  Kompetensi,       // Evaluasi kompetensi: standard, self, supervisor level and reason; gaps; development plan
};

// The kinds in the order the app and the CLI list them.
const std::vector<DocumentKind>& DocumentKinds();
// "skp", "evaluasi", "dokumen-evaluasi", "kompetensi" (the CLI's --dokumen values).
const char* DocumentKindKey(DocumentKind kind);
std::optional<DocumentKind> DocumentKindFromKey(const std::string& key);
// The document's title as printed ("Sasaran Kinerja Pegawai", "Evaluasi Kinerja Periodik", …).
const char* DocumentTitle(DocumentKind kind);

std::string RenderDocumentHtml(const Assessment& assessment, DocumentKind kind);

}  // namespace asn::core
