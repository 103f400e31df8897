#include "core/report_html.hpp"

#include "core/dictionary.hpp"
#include "core/documents_parts.hpp"
#include "core/format_keys.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/rules_predikat.hpp"

namespace asn::core {
namespace {

// Print-friendly, no external resources; the Content-Security-Policy forbids any script or load.
constexpr const char* kHead = R"(<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>)";

// The one style element of the report and of every official document (documents_html.hpp).
// tools/build-offline.mjs hashes its content for the site's Content-Security-Policy (style-src in
// web/index.html): change it and that hash must change with it.
constexpr const char* kStyle = R"(</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d2733; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; font-size: 11pt; }
  h1 { font-size: 18pt; margin-bottom: 0.2rem; } h2 { font-size: 13pt; margin-top: 1.6rem; border-bottom: 2px solid #1f6feb; padding-bottom: 0.2rem; }
  h1.doc, p.sub { text-align: center; } h1.doc { text-transform: uppercase; font-size: 15pt; } p.sub { margin-top: 0; }
  .meta { display: flex; justify-content: space-between; gap: 1rem; font-weight: bold; }
  .contoh { display: inline-block; background: #ffd666; color: #3c2800; padding: 0.1rem 0.6rem; border-radius: 4px; font-weight: bold; }
  table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; } th, td { border: 1px solid #c3cdd8; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
  th { background: #eef3fa; } td.num { text-align: center; } .neg { color: #c42b1c; font-weight: bold; } .pos { color: #1f6feb; }
  .ident td:first-child { width: 12rem; } .ident td:first-child, td.k { font-weight: bold; background: #f6f8fa; }
  tr.group td { background: #f6f8fa; font-weight: bold; } td ul, td ol, .list { margin: 0.2rem 0; padding-left: 1.2rem; }
  .predikat { font-size: 15pt; font-weight: bold; } .muted { color: #5b6673; }
  .place { text-align: right; margin: 2rem 0 0; } .blank { display: inline-block; min-width: 9rem; border-bottom: 1px solid #1d2733; }
  .signatures { display: flex; gap: 2rem; margin-top: 2.5rem; } .signatures div { flex: 1; } .place + .signatures { margin-top: 0.6rem; }
  .signatures .line { margin-top: 4.5rem; border-top: 1px solid #1d2733; padding-top: 0.3rem; }
  .pre { white-space: pre-wrap; }
  @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { break-after: avoid; } tr, .signatures { break-inside: avoid; }
    table { font-size: 9pt; } th, td { padding: 0.2rem 0.3rem; } thead { display: table-header-group; }
    th, .contoh, tr.group td { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
</style>
</head>
<body>
)";

std::string E(std::string_view text) { return HtmlEscape(text); }

std::string Level(int level) { return level > 0 ? std::to_string(level) : "—"; }

void IdentityRow(std::string& out, const char* label, const std::string& value) {
  out += "<tr><td>" + std::string(label) + "</td><td>" + E(value) + "</td></tr>\n";
}

std::string PeriodText(const Period& p) {
  std::string text = PeriodName(p);
  if (!p.mulai.empty() && !p.selesai.empty()) text += " (" + p.mulai + " s.d. " + p.selesai + ")";
  return text;
}

}  // namespace

std::string HtmlPageStart(std::string_view title_escaped) {
  std::string out = kHead;
  out += title_escaped;
  out += kStyle;
  return out;
}

const char* HtmlPageEnd() { return "</body>\n</html>\n"; }

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string RenderReportHtml(const Assessment& a) {
  std::string out =
      HtmlPageStart("Laporan Penilaian Kinerja — " + E(a.pegawai.nama) + " — " + E(PeriodText(a.periode)));
  out += "<h1>Laporan Penilaian Kinerja dan Kompetensi ASN</h1>\n";
  if (a.contoh) out += "<p><span class=\"contoh\">CONTOH — data fiktif untuk pelatihan</span></p>\n";
  out += "<p class=\"muted\">Periode " + E(PeriodText(a.periode)) + " · status " + StageKey(a.status.tahap) + "</p>\n";

  out += "<h2>Identitas</h2>\n<table class=\"ident\">\n";
  IdentityRow(out, "Nama pegawai", a.pegawai.nama);
  IdentityRow(out, "NIP", a.pegawai.nip);
  IdentityRow(out, "Jabatan", a.pegawai.jabatan);
  IdentityRow(out, "Jenis jabatan", a.pegawai.jenis_jabatan.empty() ? "" : JobTypeName(a.pegawai.jenis_jabatan));
  IdentityRow(out, "Unit kerja", a.pegawai.unit_kerja);
  IdentityRow(out, "Instansi", a.instansi);
  IdentityRow(out, "Pejabat penilai", a.penilai.nama);
  IdentityRow(out, "NIP pejabat penilai", a.penilai.nip);
  IdentityRow(out, "Jabatan pejabat penilai", a.penilai.jabatan);
  out += "</table>\n";

  out += "<h2>Kompetensi</h2>\n<table>\n<tr><th>Kode</th><th>Kompetensi</th><th>Standar</th><th>Mandiri</th>"
         "<th>Atasan</th><th>Kesenjangan</th><th>Bukti</th><th>Umpan balik</th></tr>\n";
  for (const CompetencyEntry& c : a.kompetensi) {
    const std::optional<int> level = AssessedLevel(c);
    std::string gap = "—";
    std::string cls;
    if (level) {
      const int g = CompetencyGap(*level, c.level_standar);
      gap = (g > 0 ? "+" : "") + std::to_string(g);
      cls = g < 0 ? " neg" : (g > 0 ? " pos" : "");
    }
    out += "<tr><td>" + E(c.kode) + "</td><td>" + E(c.nama) + "</td><td class=\"num\">" + Level(c.level_standar) +
           "</td><td class=\"num\">" + Level(c.level_mandiri) + "</td><td class=\"num\">" + Level(c.level_atasan) +
           "</td><td class=\"num" + cls + "\">" + gap + "</td><td class=\"pre\">" + E(c.bukti) +
           "</td><td class=\"pre\">" + E(c.umpan_balik) + "</td></tr>\n";
  }
  out += "</table>\n<p>JPM indikatif — mandiri: " + docparts::JpmText(a, LevelSource::Mandiri) +
         "; atasan: " + docparts::JpmText(a, LevelSource::Atasan) + "</p>\n<p class=\"muted\">Metode: " +
         E(JpmMethodText(a.metode_jpm)) + ". Indikatif: dihitung dari level penilaian, bukan JPM resmi hasil asesmen kompetensi.</p>\n";

  out += "<h2>Hasil kerja (SKP)</h2>\n<table>\n<tr><th>No</th><th>Jenis</th><th>RHK pimpinan</th><th>RHK</th><th>Aspek</th>"
         "<th>IKI</th><th>Target</th><th>Realisasi</th><th>Bukti dukung</th><th>Umpan balik</th></tr>\n";
  for (std::size_t i = 0; i < a.skp.rhk.size(); ++i) {
    const RhkRow& r = a.skp.rhk[i];
    out += "<tr><td class=\"num\">" + std::to_string(i + 1) + "</td><td>" + RhkKindKey(r.jenis) + "</td><td class=\"pre\">" +
           E(r.rhk_pimpinan) + "</td><td class=\"pre\">" + E(r.rhk) + "</td><td>" +
           (r.aspek ? RhkAspectKey(*r.aspek) : r.perspektif ? RhkPerspectiveKey(*r.perspektif) : "") +
           "</td><td class=\"pre\">" + E(r.iki) + "</td><td>" + E(r.target + " " + r.satuan) + "</td><td>" +
           E(r.realisasi + " " + r.satuan) + "</td><td class=\"pre\">" + E(r.bukti_dukung) + "</td><td class=\"pre\">" +
           E(r.umpan_balik) + "</td></tr>\n";
  }
  out += "</table>\n";

  out += "<h2>Perilaku kerja (BerAKHLAK)</h2>\n<table>\n<tr><th>Nilai</th><th>Ekspektasi khusus pimpinan</th>"
         "<th>Refleksi mandiri</th><th>Catatan atasan</th></tr>\n";
  for (const BehaviourNote& b : a.perilaku) {
    std::string name = b.kode;
    for (const BerakhlakValue& v : DefaultBerakhlak()) {
      if (v.kode == b.kode) name = v.nama;
    }
    out += "<tr><td>" + E(name) + "</td><td class=\"pre\">" + E(b.ekspektasi_pimpinan) + "</td><td class=\"pre\">" +
           E(b.refleksi_mandiri) + "</td><td class=\"pre\">" + E(b.catatan_atasan) + "</td></tr>\n";
  }
  out += "</table>\n" + docparts::BerakhlakSourceLine();

  out += "<h2>Penilaian atasan dan predikat</h2>\n<table class=\"ident\">\n";
  IdentityRow(out, "Rating hasil kerja", a.evaluasi.rating_hasil_kerja ? RatingName(*a.evaluasi.rating_hasil_kerja) : "belum dinilai");
  IdentityRow(out, "Rating perilaku kerja", a.evaluasi.rating_perilaku ? RatingName(*a.evaluasi.rating_perilaku) : "belum dinilai");
  out += "</table>\n";
  const std::optional<Predikat> predikat = PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  if (predikat) {
    out += "<p>Predikat kinerja: <span class=\"predikat\">" + E(PredikatName(*predikat)) + "</span></p>\n<p class=\"muted\">" +
           E(PredikatExplanation(*a.evaluasi.rating_hasil_kerja, *a.evaluasi.rating_perilaku)) + "</p>\n";
  } else {
    out += "<p class=\"muted\">Predikat kinerja belum dapat ditentukan: kedua rating belum diisi.</p>\n";
  }
  out += "<h2>Umpan balik</h2>\n<p class=\"pre\">" + E(a.evaluasi.umpan_balik) + "</p>\n";

  out += "<h2>Rencana pengembangan</h2>\n<table>\n<tr><th>Kompetensi</th><th>Kegiatan</th><th>Jenis</th><th>Target</th>"
         "<th>Keterangan</th></tr>\n";
  for (const DevelopmentItem& d : a.rencana_pengembangan) {
    out += "<tr><td>" + E(d.kode_kompetensi) + "</td><td class=\"pre\">" + E(d.kegiatan) + "</td><td>" + E(d.jenis) +
           "</td><td>" + E(d.target_tanggal) + "</td><td class=\"pre\">" + E(d.keterangan) + "</td></tr>\n";
  }
  out += "</table>\n";

  out += "<div class=\"signatures\">\n<div>Pegawai yang dinilai<div class=\"line\">" + E(a.pegawai.nama) + "<br>NIP " +
         E(a.pegawai.nip) + "</div></div>\n<div>Pejabat penilai kinerja" +
         (a.status.dinilai ? ", " + E(a.status.dinilai->substr(0, 10)) : std::string()) + "<div class=\"line\">" +
         E(a.penilai.nama) + "<br>NIP " + E(a.penilai.nip) + docparts::SignatureFingerprintLine(a) + "</div></div>\n</div>\n";
  out += HtmlPageEnd();
  return out;
}

}  // namespace asn::core
