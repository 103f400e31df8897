// The official documents: their keys and titles, the Dokumen Evaluasi Kinerja Pegawai and the
// Evaluasi Kompetensi (the SKP and the periodic evaluation are in documents_skp.cpp).
#include "core/documents_html.hpp"

#include "core/documents_parts.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/time_format.hpp"

#include <utility>

namespace asn::core {
namespace docparts {
namespace {

void PersonGroup(std::string& out, int no, const char* role, const Person& p) {
  out += "<tr class=\"group\"><td class=\"num\">" + std::to_string(no) + "</td><td colspan=\"2\">" + role + "</td></tr>\n";
  const std::pair<const char*, const std::string*> rows[] = {
      {"Nama", &p.nama}, {"NIP", &p.nip}, {"Pangkat/Gol. ruang", &p.pangkat_golongan}, {"Jabatan", &p.jabatan},
      {"Unit kerja", &p.unit_kerja}};
  for (const auto& [label, value] : rows) {
    out += "<tr><td></td><td class=\"k\">" + std::string(label) + "</td><td>" + OrDash(*value) + "</td></tr>\n";
  }
}

const char* KindName(CompetencyKind kind) {
  switch (kind) {
    case CompetencyKind::Manajerial: return "Kompetensi manajerial";
    case CompetencyKind::SosialKultural: return "Kompetensi sosial kultural";
    case CompetencyKind::Teknis: return "Kompetensi teknis";
  }
  return "";
}

std::string Level(int level) { return level > 0 ? std::to_string(level) : "—"; }

std::string GapCell(const CompetencyEntry& c) {
  const std::optional<int> level = AssessedLevel(c);
  if (!level) return "<td class=\"num\">—</td>";
  const int gap = CompetencyGap(*level, c.level_standar);
  const char* cls = gap < 0 ? " neg" : (gap > 0 ? " pos" : "");
  return "<td class=\"num" + std::string(cls) + "\">" + (gap > 0 ? "+" : "") + std::to_string(gap) + "</td>";
}

std::string ReasonCell(const CompetencyEntry& c) {
  return "<td><span class=\"muted\">Bukti (pegawai):</span> <span class=\"pre\">" + OrDash(c.bukti) +
         "</span><br><span class=\"muted\">Umpan balik (atasan):</span> <span class=\"pre\">" + OrDash(c.umpan_balik) +
         "</span></td>";
}

std::string CompetencyName(const Assessment& a, const std::string& kode) {
  for (const CompetencyEntry& c : a.kompetensi) {
    if (c.kode == kode) return E(kode + " " + c.nama);
  }
  return OrDash(kode);
}

}  // namespace

std::string RenderDokumenEvaluasi(const Assessment& a) {
  std::string out = DocumentStart(a, DocumentKind::DokumenEvaluasi, "Periode " + E(PeriodName(a.periode)));
  out += "<table>\n<thead><tr><th>No</th><th colspan=\"2\">Uraian</th></tr></thead>\n";
  PersonGroup(out, 1, "Pegawai yang dinilai", a.pegawai);
  PersonGroup(out, 2, "Pejabat penilai kinerja", a.penilai);
  PersonGroup(out, 3, "Atasan pejabat penilai kinerja", a.atasan_penilai);
  const Evaluation& e = a.evaluasi;
  out += "<tr class=\"group\"><td class=\"num\">4</td><td colspan=\"2\">Evaluasi kinerja</td></tr>\n";
  out += "<tr><td></td><td class=\"k\">Capaian kinerja organisasi</td><td><b>" +
         std::string(e.capaian_kinerja_organisasi ? OrganisationRatingName(*e.capaian_kinerja_organisasi) : "belum diisi") +
         "</b></td></tr>\n";
  out += "<tr><td></td><td class=\"k\">Predikat kinerja pegawai</td><td><span class=\"predikat\">" + E(PredikatText(e)) +
         "</span></td></tr>\n";
  out += "<tr class=\"group\"><td class=\"num\">5</td><td colspan=\"2\">Catatan/rekomendasi</td></tr>\n";
  out += "<tr><td></td><td colspan=\"2\" class=\"pre\">" + OrDash(e.catatan_rekomendasi) + "</td></tr>\n</table>\n";
  SignaturesAndEnd(out, a);
  return out;
}

std::string RenderEvaluasiKompetensi(const Assessment& a) {
  std::string out = DocumentStart(a, DocumentKind::Kompetensi,
                                  "Kompetensi manajerial, sosial kultural dan teknis — level 1–5 (PermenPANRB 38/2017)");
  IdentityPair(out, a);
  out += "<h2>Penilaian kompetensi</h2>\n<table>\n<thead><tr><th>No</th><th>Kode</th><th>Kompetensi</th>"
         "<th>Level standar</th><th>Level mandiri</th><th>Level atasan</th><th>Kesenjangan</th>"
         "<th>Alasan / umpan balik</th></tr></thead>\n";
  int no = 0;
  for (const CompetencyKind kind : {CompetencyKind::Manajerial, CompetencyKind::SosialKultural, CompetencyKind::Teknis}) {
    bool header = false;
    for (const CompetencyEntry& c : a.kompetensi) {
      if (c.jenis != kind) continue;
      if (!header) out += "<tr class=\"group\"><td colspan=\"8\">" + std::string(KindName(kind)) + "</td></tr>\n";
      header = true;
      out += "<tr><td class=\"num\">" + std::to_string(++no) + "</td><td>" + E(c.kode) + "</td><td>" + E(c.nama) +
             "</td><td class=\"num\">" + Level(c.level_standar) + "</td><td class=\"num\">" + Level(c.level_mandiri) +
             "</td><td class=\"num\">" + Level(c.level_atasan) + "</td>" + GapCell(c) + ReasonCell(c) + "</tr>\n";
    }
  }
  if (no == 0) out += "<tr><td colspan=\"8\" class=\"muted\">—</td></tr>\n";
  out += "</table>\n<p class=\"muted\">Kesenjangan = level yang dinilai − level standar; level atasan dipakai bila ada, "
         "selain itu level mandiri.</p>\n";
  out += "<p>JPM indikatif — mandiri: " + E(JpmText(a, LevelSource::Mandiri)) + "; atasan: " +
         E(JpmText(a, LevelSource::Atasan)) + "</p>\n<p class=\"muted\">Metode: " + E(JpmMethodText(a.metode_jpm)) +
         ". JPM ini indikatif, dihitung dari level di atas; JPM resmi berasal dari asesmen kompetensi.</p>\n";
  out += "<h2>Rencana pengembangan kompetensi</h2>\n<table>\n<thead><tr><th>No</th><th>Kompetensi</th><th>Kegiatan</th>"
         "<th>Jenis</th><th>Target waktu</th><th>Keterangan</th></tr></thead>\n";
  no = 0;
  for (const DevelopmentItem& d : a.rencana_pengembangan) {
    out += "<tr><td class=\"num\">" + std::to_string(++no) + "</td><td>" + CompetencyName(a, d.kode_kompetensi) +
           "</td><td class=\"pre\">" + OrDash(d.kegiatan) + "</td><td>" + OrDash(d.jenis) + "</td><td>" +
           OrDash(FormatTanggal(d.target_tanggal)) + "</td><td class=\"pre\">" + OrDash(d.keterangan) + "</td></tr>\n";
  }
  if (no == 0) out += "<tr><td colspan=\"6\" class=\"muted\">Belum ada rencana pengembangan.</td></tr>\n";
  out += "</table>\n";
  SignaturesAndEnd(out, a);
  return out;
}

}  // namespace docparts

const std::vector<DocumentKind>& DocumentKinds() {
  static const std::vector<DocumentKind> kinds = {DocumentKind::Skp, DocumentKind::EvaluasiPeriodik,
                                                  DocumentKind::DokumenEvaluasi, DocumentKind::Kompetensi};
  return kinds;
}

const char* DocumentKindKey(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Skp: return "skp";
    case DocumentKind::EvaluasiPeriodik: return "evaluasi";
    case DocumentKind::DokumenEvaluasi: return "dokumen-evaluasi";
    case DocumentKind::Kompetensi: return "kompetensi";
  }
  return "";
}

std::optional<DocumentKind> DocumentKindFromKey(const std::string& key) {
  for (const DocumentKind kind : DocumentKinds()) {
    if (key == DocumentKindKey(kind)) return kind;
  }
  return std::nullopt;
}

const char* DocumentTitle(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Skp: return "Sasaran Kinerja Pegawai";
    case DocumentKind::EvaluasiPeriodik: return "Evaluasi Kinerja Periodik";
    case DocumentKind::DokumenEvaluasi: return "Dokumen Evaluasi Kinerja Pegawai";
    case DocumentKind::Kompetensi: return "Evaluasi Kompetensi";
  }
  return "";
}

std::string RenderDocumentHtml(const Assessment& assessment, DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Skp: return docparts::RenderSkp(assessment);
    case DocumentKind::EvaluasiPeriodik: return docparts::RenderEvaluasiPeriodik(assessment);
    case DocumentKind::DokumenEvaluasi: return docparts::RenderDokumenEvaluasi(assessment);
    case DocumentKind::Kompetensi: return docparts::RenderEvaluasiKompetensi(assessment);
  }
  return "";
}

}  // namespace asn::core
