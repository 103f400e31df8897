#pragma once
// Internal to the core: the pieces the official documents (documents_html.hpp) and the report
// (report_html.hpp) are built from. Every function that returns HTML escapes the user's text itself;
// the callers add only markup and fixed Indonesian labels.
#include "core/dictionary.hpp"
#include "core/documents_html.hpp"
#include "core/rules_distribution.hpp"  // OrganisationRatingName
#include "core/rules_job_person_match.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core::docparts {

std::string E(std::string_view text);
// Escaped, or "—" when empty (NIP of a non-PNS, an aspek a kualitatif row does not need, …).
std::string OrDash(const std::string& text);
// "3 dokumen": a value with its unit, escaped; the value alone when there is no unit.
std::string WithUnit(const std::string& value, const std::string& satuan);

// "1 Januari 2025 s.d. 31 Desember 2025"; "" when either date is missing.
std::string PeriodRange(const Period& period);
// "Triwulan IV/Akhir 2025, 1 Januari 2025 s.d. 31 Desember 2025" (the name alone without dates).
std::string PeriodText(const Period& period);

// Display names, as the official forms write them.
const char* AspectName(RhkAspect aspect);                        // "Kuantitas", …
const char* PerspectiveName(RhkPerspective perspective);         // "Penerima Layanan", …
std::string RatingText(const std::optional<Rating>& rating);     // "Sesuai Ekspektasi" or "belum dinilai"
std::string PredikatText(const Evaluation& evaluation);          // "Baik" or "belum dapat ditentukan"
// "85.00 % (Cukup Optimal)" or "belum lengkap".
// "86.67 % (Cukup Optimal)" with the assessment's own JPM method, or "belum lengkap".
std::string JpmText(const Assessment& assessment, LevelSource source);

// The start of a document page: title element, heading, subtitle (already HTML, may be empty), the
// CONTOH badge for training data, and the instansi | periode penilaian line.
std::string DocumentStart(const Assessment& a, DocumentKind kind, const std::string& subtitle_html);
// "Pendekatan hasil kerja kuantitatif — bagi pejabat administrasi dan pejabat fungsional" (or JPT).
std::string SkpSubtitle(const Assessment& a);
// Pegawai yang dinilai and pejabat penilai kinerja side by side: No, Nama, NIP, Pangkat/Gol. ruang,
// Jabatan, Unit kerja.
void IdentityPair(std::string& out, const Assessment& a);
// "<tempat>, <tanggal>" (a blank line for what is missing), the signature blocks of the pegawai
// and the pejabat penilai kinerja, and the end of the page.
void SignaturesAndEnd(std::string& out, const Assessment& a);

// Under the supervisor's signature block of a digitally signed review: "Sidik kunci tanda tangan
// digital: XXXX-…" (and "kunci contoh" for the CONTOH key), so the paper and the file can be
// matched; empty when the review carries no signature.
std::string SignatureFingerprintLine(const Assessment& a);

// The feedback of the period on one RHK (rhk_id) or one BerAKHLAK value (perilaku), oldest first
// (entries of the same day keep their order in the file).
std::vector<const FeedbackEntry*> FeedbackOn(const Assessment& a, const std::string& rhk_id, const std::string& perilaku);
// Entries whose RHK or value the assessment no longer has (so that no feedback is left unprinted).
std::vector<const FeedbackEntry*> UnmatchedFeedback(const Assessment& a);
// "<li>16 Desember 2025: text — Tanggapan pegawai: …</li>" in a list; "" when there is none.
std::string FeedbackList(const std::vector<const FeedbackEntry*>& entries);

// The employee's notes on one value; nullptr when the assessment has none for it.
const BehaviourNote* NoteFor(const Assessment& a, const std::string& kode);
// The value's name in bold and its three behaviour guides as a list.
std::string ValueWithGuides(const BerakhlakValue& value);
// The source line printed under a table of the BerAKHLAK values ("<p class=\"muted\">Sumber: …</p>"),
// naming the regulations the data cites (BerakhlakSource()).
std::string BerakhlakSourceLine();

// The four documents.
std::string RenderSkp(const Assessment& a);
std::string RenderEvaluasiPeriodik(const Assessment& a);
std::string RenderDokumenEvaluasi(const Assessment& a);
std::string RenderEvaluasiKompetensi(const Assessment& a);

}  // namespace asn::core::docparts
