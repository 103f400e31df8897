// The SKP (the plan) and the Evaluasi Kinerja Periodik: both print the RHK table in the layout of
// the employee's jabatan (rules_skp.hpp), the evaluation with realisasi and feedback added.
#include "core/documents_parts.hpp"

#include "core/rules_skp.hpp"

namespace asn::core::docparts {
namespace {

// The plan's columns of one layout; the evaluation adds two.
std::string PlanHeader(SkpLayout layout) {
  if (layout == SkpLayout::Jpt) {
    return "<th>No</th><th>Rencana hasil kerja</th><th>Indikator kinerja individu</th><th>Target</th><th>Perspektif</th>";
  }
  return "<th>No</th><th>Rencana hasil kerja pimpinan yang diintervensi</th><th>Rencana hasil kerja</th><th>Aspek</th>"
         "<th>Indikator kinerja individu</th><th>Target</th>";
}

std::string PlanCells(SkpLayout layout, int no, const RhkRow& r) {
  const std::string number = "<td class=\"num\">" + std::to_string(no) + "</td>";
  const std::string target = "<td>" + WithUnit(r.target, r.satuan) + "</td>";
  if (layout == SkpLayout::Jpt) {
    return number + "<td class=\"pre\">" + OrDash(r.rhk) + "</td><td class=\"pre\">" + OrDash(r.iki) + "</td>" + target +
           "<td>" + (r.perspektif ? PerspectiveName(*r.perspektif) : "—") + "</td>";
  }
  return number + "<td class=\"pre\">" + OrDash(r.rhk_pimpinan) + "</td><td class=\"pre\">" + OrDash(r.rhk) + "</td><td>" +
         (r.aspek ? AspectName(*r.aspek) : "—") + "</td><td class=\"pre\">" + OrDash(r.iki) + "</td>" + target;
}

std::string RealisasiCell(const RhkRow& r) {
  std::string cell = "<td><span class=\"pre\">" + WithUnit(r.realisasi, r.satuan) + "</span>";
  if (!r.bukti_dukung.empty()) {
    cell += "<br><span class=\"muted\">Bukti dukung:</span> <span class=\"pre\">" + E(r.bukti_dukung) + "</span>";
  }
  return cell + "</td>";
}

std::string FeedbackCell(const std::string& note, const std::vector<const FeedbackEntry*>& entries) {
  if (note.empty() && entries.empty()) return "<td>—</td>";
  std::string cell = "<td>";
  if (!note.empty()) cell += "<span class=\"pre\">" + E(note) + "</span>";
  return cell + FeedbackList(entries) + "</td>";
}

// The RHK table, utama rows then tambahan rows (numbered within each group); with `evaluation`
// the realisasi and the continuous feedback of each row as well.
void RhkTable(std::string& out, const Assessment& a, bool evaluation) {
  const SkpLayout layout = LayoutFor(a.pegawai);
  const int columns = (layout == SkpLayout::Jpt ? 5 : 6) + (evaluation ? 2 : 0);
  out += "<table>\n<thead><tr>" + PlanHeader(layout);
  if (evaluation) {
    out += "<th>Realisasi berdasarkan bukti dukung</th><th>Umpan balik berkelanjutan berdasarkan bukti dukung</th>";
  }
  out += "</tr></thead>\n";
  for (const RhkKind kind : {RhkKind::Utama, RhkKind::Tambahan}) {
    out += "<tr class=\"group\"><td colspan=\"" + std::to_string(columns) + "\">" +
           (kind == RhkKind::Utama ? "Hasil kerja utama" : "Hasil kerja tambahan") + "</td></tr>\n";
    int no = 0;
    for (const RhkRow& r : a.skp.rhk) {
      if (r.jenis != kind) continue;
      out += "<tr>" + PlanCells(layout, ++no, r);
      if (evaluation) out += RealisasiCell(r) + FeedbackCell(r.umpan_balik, FeedbackOn(a, r.id, ""));
      out += "</tr>\n";
    }
    if (no == 0) out += "<tr><td colspan=\"" + std::to_string(columns) + "\" class=\"muted\">—</td></tr>\n";
  }
  out += "</table>\n";
}

// The seven values in canonical order with their guides and the leader's expectation; with
// `evaluation` the supervisor's note and the dated feedback on each value as well.
void BehaviourTable(std::string& out, const Assessment& a, bool evaluation) {
  out += "<table>\n<thead><tr><th>No</th><th>Perilaku kerja</th><th>Ekspektasi khusus pimpinan</th>";
  if (evaluation) out += "<th>Umpan balik berkelanjutan</th>";
  out += "</tr></thead>\n";
  int no = 0;
  for (const BerakhlakValue& v : DefaultBerakhlak()) {
    const BehaviourNote* note = NoteFor(a, v.kode);
    out += "<tr><td class=\"num\">" + std::to_string(++no) + "</td><td>" + ValueWithGuides(v) + "</td><td class=\"pre\">" +
           OrDash(note ? note->ekspektasi_pimpinan : "") + "</td>";
    if (evaluation) out += FeedbackCell(note ? note->catatan_atasan : "", FeedbackOn(a, "", v.kode));
    out += "</tr>\n";
  }
  out += "</table>\n" + BerakhlakSourceLine();
}

void NumberedList(std::string& out, const char* label, const std::vector<std::string>& items) {
  out += "<tr><td>" + std::string(label) + "</td><td>";
  if (items.empty()) {
    out += "—";
  } else {
    out += "<ol class=\"list\">";
    for (const std::string& item : items) out += "<li class=\"pre\">" + E(item) + "</li>";
    out += "</ol>";
  }
  out += "</td></tr>\n";
}

}  // namespace

std::string RenderSkp(const Assessment& a) {
  std::string out = DocumentStart(a, DocumentKind::Skp, E(SkpSubtitle(a)));
  IdentityPair(out, a);
  const bool kualitatif = a.skp.pendekatan == SkpApproach::Kualitatif;
  out += "<p>Pendekatan hasil kerja: <b>" + std::string(kualitatif ? "kualitatif" : "kuantitatif") + "</b>" +
         (kualitatif ? " — indikator berupa ekspektasi yang dideskripsikan; aspek dan angka tidak diperlukan." : ".") +
         "</p>\n";
  out += "<h2>Hasil kerja</h2>\n";
  RhkTable(out, a, false);
  out += "<h2>Perilaku kerja</h2>\n";
  BehaviourTable(out, a, false);
  out += "<h2>Lampiran SKP</h2>\n<table class=\"ident\">\n";
  NumberedList(out, "Dukungan sumber daya", a.skp.lampiran.dukungan_sumber_daya);
  NumberedList(out, "Skema pertanggungjawaban", a.skp.lampiran.skema_pertanggungjawaban);
  NumberedList(out, "Konsekuensi", a.skp.lampiran.konsekuensi);
  out += "</table>\n";
  SignaturesAndEnd(out, a);
  return out;
}

std::string RenderEvaluasiPeriodik(const Assessment& a) {
  std::string out = DocumentStart(a, DocumentKind::EvaluasiPeriodik, E(SkpSubtitle(a)));
  IdentityPair(out, a);
  out += "<h2>Hasil kerja</h2>\n";
  RhkTable(out, a, true);
  out += "<p>Rating hasil kerja: <b>" + E(RatingText(a.evaluasi.rating_hasil_kerja)) + "</b></p>\n";
  out += "<h2>Perilaku kerja</h2>\n";
  BehaviourTable(out, a, true);
  out += "<p>Rating perilaku kerja: <b>" + E(RatingText(a.evaluasi.rating_perilaku)) + "</b></p>\n";
  const std::vector<const FeedbackEntry*> other = UnmatchedFeedback(a);
  if (!other.empty()) out += "<h2>Umpan balik berkelanjutan lainnya</h2>\n" + FeedbackList(other) + "\n";
  out += "<h2>Predikat kinerja</h2>\n<p>Predikat kinerja pegawai: <span class=\"predikat\">" + E(PredikatText(a.evaluasi)) +
         "</span></p>\n";
  SignaturesAndEnd(out, a);
  return out;
}

}  // namespace asn::core::docparts
