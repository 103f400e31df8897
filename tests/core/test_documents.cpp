// The official documents (SKP, Evaluasi Kinerja Periodik, Dokumen Evaluasi Kinerja Pegawai,
// Evaluasi Kompetensi): the fields of each form with the persona's own values, the layout of the
// employee's jabatan, continuous feedback under what it is about and in date order, escaping,
// deterministic output, and the one style element shared with the report.
#include "core/dictionary.hpp"
#include "core/documents_html.hpp"
#include "core/report_html.hpp"
#include "core/rules_predikat.hpp"
#include "core/sample.hpp"
#include "core/sha256.hpp"
#include "test_support.hpp"

#include "persona.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace asn::core;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

using asn::test::Persona;

std::string StyleElement(const std::string& html) {
  const std::size_t start = html.find("<style>");
  const std::size_t end = html.find("</style>");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  return html.substr(start, end + 8 - start);
}

// The persona's periode penilaian and signing date, written out by hand (not by the code under test).
const std::map<std::string, std::pair<std::string, std::string>> kDates = {
    {"analis", {"1 Januari 2025 s.d. 31 Desember 2025", "Jakarta, 15 Desember 2025"}},
    {"guru", {"1 Juli 2025 s.d. 31 Desember 2025", "Jakarta, 16 Desember 2025"}},
    {"perawat", {"1 Januari 2025 s.d. 31 Desember 2025", "Jakarta, 16 Desember 2025"}},
    {"pelayanan", {"1 Januari 2025 s.d. 31 Desember 2025", "Jakarta, 16 Desember 2025"}},
    {"kadis", {"1 Januari 2025 s.d. 31 Desember 2025", "Jakarta, 16 Desember 2025"}},
};

const std::map<std::string, std::string> kCapaianOrganisasi = {
    {"analis", "Baik"}, {"guru", "Istimewa"}, {"perawat", "Baik"}, {"pelayanan", "Butuh Perbaikan"}, {"kadis", "Kurang"}};

void CheckPerson(const std::string& html, const Person& p) {
  CHECK(Contains(html, HtmlEscape(p.nama)));
  CHECK(Contains(html, HtmlEscape(p.nip)));
  CHECK(Contains(html, HtmlEscape(p.pangkat_golongan)));
  CHECK(Contains(html, HtmlEscape(p.jabatan)));
  CHECK(Contains(html, HtmlEscape(p.unit_kerja)));
}

void CheckLabels(const std::string& html, std::vector<std::string> labels) {
  for (const std::string& label : labels) {
    INFO("label: " << label);
    CHECK(Contains(html, label));
  }
}

}  // namespace

TEST_CASE("document keys and titles") {
  REQUIRE(DocumentKinds().size() == 4);
  CHECK(std::string(DocumentKindKey(DocumentKind::DokumenEvaluasi)) == "dokumen-evaluasi");
  for (const DocumentKind kind : DocumentKinds()) CHECK(DocumentKindFromKey(DocumentKindKey(kind)) == kind);
  CHECK_FALSE(DocumentKindFromKey("laporan"));
  CHECK_FALSE(DocumentKindFromKey(""));
  CHECK(std::string(DocumentTitle(DocumentKind::Skp)) == "Sasaran Kinerja Pegawai");
  CHECK(std::string(DocumentTitle(DocumentKind::Kompetensi)) == "Evaluasi Kompetensi");
}

TEST_CASE("every persona, every document: a safe page with the form's fields and the persona's values") {
  for (const PersonaInfo& info : Personas()) {
    const Assessment a = Persona(info.key);
    for (const DocumentKind kind : DocumentKinds()) {
      const std::string html = RenderDocumentHtml(a, kind);
      INFO(info.key << " / " << DocumentKindKey(kind));
      CHECK(html.rfind("<!doctype html>\n<html lang=\"id\">", 0) == 0);
      CHECK(Contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
      CHECK_FALSE(Contains(html, "<script"));
      CHECK(Contains(html, "<h1 class=\"doc\">" + std::string(DocumentTitle(kind)) + "</h1>"));
      CHECK(Contains(html, "<title>" + std::string(DocumentTitle(kind))));
      CHECK(Contains(html, "CONTOH — data fiktif untuk pelatihan"));
      CHECK(Contains(html, kDates.at(info.key).first));
      CHECK(Contains(html, PeriodName(a.periode)));
      CHECK(Contains(html, HtmlEscape(a.instansi)));
      CHECK(Contains(html, kDates.at(info.key).second));
      CHECK(html.size() > 2000);
      CHECK(html.substr(html.size() - 16) == "</body>\n</html>\n");
      CHECK(html == RenderDocumentHtml(a, kind));  // deterministic: no clock, no randomness
      CheckPerson(html, a.pegawai);
      CHECK(Contains(html, HtmlEscape(a.penilai.nama)));
      CHECK(Contains(html, a.penilai.nip));
      CheckLabels(html, {"Pegawai yang dinilai", "Pejabat penilai kinerja", "Nama", "NIP", "Pangkat/Gol. ruang", "Jabatan",
                         "Unit kerja", "Periode penilaian"});
      // Two signature blocks, the pegawai's then the pejabat penilai's.
      const std::size_t signatures = html.find("<div class=\"signatures\">");
      REQUIRE(signatures != std::string::npos);
      const std::string blocks = html.substr(signatures);
      CHECK(Count(blocks, "<div class=\"line\">") == 2);
      CHECK(blocks.find(HtmlEscape(a.pegawai.nama)) < blocks.find(HtmlEscape(a.penilai.nama)));
      CHECK(Contains(blocks, "NIP " + a.pegawai.nip));
      CHECK(Contains(blocks, "NIP " + a.penilai.nip));
      // Where the BerAKHLAK values are listed (SKP, Evaluasi Kinerja Periodik), their source
      // follows the table, once, as the data names it.
      const std::string source_line = "<p class=\"muted\">Sumber: " + HtmlEscape(BerakhlakSource()) + ".</p>";
      const bool lists_values = kind == DocumentKind::Skp || kind == DocumentKind::EvaluasiPeriodik;
      CHECK(Count(html, source_line) == (lists_values ? 1u : 0u));
      if (lists_values) {
        const std::size_t values_at = html.find("<h2>Perilaku kerja</h2>");
        REQUIRE(values_at != std::string::npos);
        CHECK(html.find(source_line) > html.find("</table>", values_at));
        CheckLabels(html, {"UU 20/2023", "SE MenPANRB 20/2021"});
      }

      switch (kind) {
        case DocumentKind::Skp:
          CheckPerson(html, a.penilai);
          CheckLabels(html, {"Rencana hasil kerja", "Indikator kinerja individu", "Target", "Hasil kerja utama",
                             "Hasil kerja tambahan", "Perilaku kerja", "Ekspektasi khusus pimpinan", "Lampiran SKP",
                             "Dukungan sumber daya", "Skema pertanggungjawaban", "Konsekuensi", "Pendekatan hasil kerja"});
          for (const RhkRow& r : a.skp.rhk) {
            CHECK(Contains(html, HtmlEscape(r.rhk)));
            CHECK(Contains(html, HtmlEscape(r.iki)));
            CHECK(Contains(html, HtmlEscape(r.satuan.empty() ? r.target : r.target + " " + r.satuan)));
            // Utama rows above the tambahan heading, tambahan rows below it.
            const bool above = html.find(HtmlEscape(r.rhk)) < html.find("Hasil kerja tambahan");
            CHECK(above == (r.jenis == RhkKind::Utama));
          }
          for (const auto* list : {&a.skp.lampiran.dukungan_sumber_daya, &a.skp.lampiran.skema_pertanggungjawaban,
                                   &a.skp.lampiran.konsekuensi}) {
            for (const std::string& item : *list) CHECK(Contains(html, HtmlEscape(item)));
          }
          for (const BerakhlakValue& v : DefaultBerakhlak()) {
            CHECK(Contains(html, "<b>" + HtmlEscape(v.nama) + "</b>"));
            for (const std::string& guide : v.panduan) CHECK(Contains(html, HtmlEscape(guide)));
          }
          for (const BehaviourNote& n : a.perilaku) {
            if (!n.ekspektasi_pimpinan.empty()) CHECK(Contains(html, HtmlEscape(n.ekspektasi_pimpinan)));
          }
          CHECK_FALSE(Contains(html, "Realisasi"));  // the plan has no results yet
          break;
        case DocumentKind::EvaluasiPeriodik:
          CheckLabels(html, {"Realisasi berdasarkan bukti dukung", "Umpan balik berkelanjutan berdasarkan bukti dukung",
                             "Rating hasil kerja: <b>", "Rating perilaku kerja: <b>", "Perilaku kerja", "Predikat kinerja pegawai"});
          for (const RhkRow& r : a.skp.rhk) {
            CHECK(Contains(html, HtmlEscape(r.rhk)));
            CHECK(Contains(html, HtmlEscape(r.realisasi)));
            CHECK(Contains(html, HtmlEscape(r.bukti_dukung)));
            if (!r.umpan_balik.empty()) CHECK(Contains(html, HtmlEscape(r.umpan_balik)));
          }
          for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
            CHECK(Contains(html, HtmlEscape(f.umpan_balik)));
            if (!f.tanggapan_pegawai.empty()) CHECK(Contains(html, "Tanggapan pegawai: " + HtmlEscape(f.tanggapan_pegawai)));
          }
          for (const BehaviourNote& n : a.perilaku) {
            if (!n.catatan_atasan.empty()) CHECK(Contains(html, HtmlEscape(n.catatan_atasan)));
          }
          CHECK(Contains(html, "Rating hasil kerja: <b>" + std::string(RatingName(*a.evaluasi.rating_hasil_kerja))));
          CHECK(Contains(html, "Rating perilaku kerja: <b>" + std::string(RatingName(*a.evaluasi.rating_perilaku))));
          CHECK(Contains(html, "<span class=\"predikat\">" + std::string(PredikatName(info.predikat)) + "</span>"));
          break;
        case DocumentKind::DokumenEvaluasi:
          CheckPerson(html, a.penilai);
          CHECK(Contains(html, HtmlEscape(a.atasan_penilai.nama)));
          CHECK(Contains(html, HtmlEscape(a.atasan_penilai.jabatan)));
          CheckLabels(html, {"Atasan pejabat penilai kinerja", "Capaian kinerja organisasi", "Predikat kinerja pegawai",
                             "Catatan/rekomendasi"});
          CHECK(Contains(html, "Capaian kinerja organisasi</td><td><b>" + kCapaianOrganisasi.at(info.key) + "</b>"));
          CHECK(Contains(html, "<span class=\"predikat\">" + std::string(PredikatName(info.predikat)) + "</span>"));
          CHECK(Contains(html, HtmlEscape(a.evaluasi.catatan_rekomendasi)));
          // The three people in the form's order.
          CHECK(html.find("Pegawai yang dinilai") < html.find("Pejabat penilai kinerja"));
          CHECK(html.find("Pejabat penilai kinerja") < html.find("Atasan pejabat penilai kinerja"));
          break;
        case DocumentKind::Kompetensi:
          CheckLabels(html, {"Kode", "Level standar", "Level mandiri", "Level atasan", "Kesenjangan", "Alasan / umpan balik",
                             "JPM indikatif", "Metode: batas per kompetensi", "Rencana pengembangan kompetensi", "Kompetensi manajerial",
                             "Kompetensi sosial kultural", "Kompetensi teknis"});
          for (const CompetencyEntry& c : a.kompetensi) {
            CHECK(Contains(html, "<td>" + HtmlEscape(c.kode) + "</td><td>" + HtmlEscape(c.nama) + "</td>"));
            CHECK(Contains(html, HtmlEscape(c.bukti)));
            if (!c.umpan_balik.empty()) CHECK(Contains(html, HtmlEscape(c.umpan_balik)));
          }
          REQUIRE_FALSE(a.rencana_pengembangan.empty());
          for (const DevelopmentItem& d : a.rencana_pengembangan) CHECK(Contains(html, HtmlEscape(d.kegiatan)));
          break;
      }
    }
  }
}

TEST_CASE("JPT layout: perspektif, no aspek, no RHK pimpinan; JA/JF layout: the reverse") {
  const Assessment kadis = Persona("kadis");
  const Assessment analis = Persona("analis");
  for (const DocumentKind kind : {DocumentKind::Skp, DocumentKind::EvaluasiPeriodik}) {
    const std::string jpt = RenderDocumentHtml(kadis, kind);
    CHECK(Contains(jpt, "<th>Perspektif</th>"));
    CHECK_FALSE(Contains(jpt, "<th>Aspek</th>"));
    CHECK_FALSE(Contains(jpt, "pimpinan yang diintervensi"));
    CHECK(Contains(jpt, "<td>Penerima Layanan</td>"));
    CHECK(Contains(jpt, "<td>Anggaran</td>"));
    CHECK(Contains(jpt, "bagi pejabat pimpinan tinggi"));

    const std::string jajf = RenderDocumentHtml(analis, kind);
    CHECK(Contains(jajf, "<th>Aspek</th>"));
    CHECK_FALSE(Contains(jajf, "<th>Perspektif</th>"));
    CHECK(Contains(jajf, "<th>Rencana hasil kerja pimpinan yang diintervensi</th>"));
    CHECK(Contains(jajf, HtmlEscape(analis.skp.rhk[0].rhk_pimpinan)));
    CHECK(Contains(jajf, "<td>Kuantitas</td>"));
    CHECK(Contains(jajf, "<td>Waktu</td>"));
    CHECK(Contains(jajf, "bagi pejabat administrasi dan pejabat fungsional"));
  }
  // In the plan, the JPT row is No | RHK | IKI | Target | Perspektif.
  CHECK(Contains(RenderDocumentHtml(kadis, DocumentKind::Skp),
                 "<td class=\"pre\">Meningkatnya ketersediaan ruang terbuka hijau publik</td><td class=\"pre\">Luas ruang "
                 "terbuka hijau publik baru</td><td>12 hektare</td><td>Penerima Layanan</td>"));
}

TEST_CASE("kualitatif SKP (guru): says so, and rows without aspek print a dash") {
  const Assessment guru = Persona("guru");
  const std::string skp = RenderDocumentHtml(guru, DocumentKind::Skp);
  CHECK(Contains(skp, "Pendekatan hasil kerja: <b>kualitatif</b>"));
  CHECK(Contains(skp, "Pendekatan hasil kerja kualitatif"));
  CHECK_FALSE(Contains(skp, "kuantitatif"));
  CHECK(Contains(skp, "<td>—</td><td class=\"pre\">" + HtmlEscape(guru.skp.rhk[0].iki) + "</td>"));
  CHECK(Contains(skp, "Semester II/Akhir 2025"));
  // Without a unit, the target is the described expectation alone.
  CHECK(Contains(skp, "<td>" + HtmlEscape(guru.skp.rhk[0].target) + "</td>"));
  CHECK(Contains(RenderDocumentHtml(Persona("analis"), DocumentKind::Skp), "Pendekatan hasil kerja: <b>kuantitatif</b>"));
}

TEST_CASE("Evaluasi Kinerja Periodik: each feedback entry under its RHK or value, oldest first") {
  Assessment a = Persona("analis");
  REQUIRE(a.umpan_balik_berkelanjutan.size() >= 6);
  // Shuffled in the file: the document must still print them by date.
  std::reverse(a.umpan_balik_berkelanjutan.begin(), a.umpan_balik_berkelanjutan.end());
  const std::string html = RenderDocumentHtml(a, DocumentKind::EvaluasiPeriodik);
  CHECK(Contains(html, "14 Februari 2025: Kerangka kajian pertama sudah jelas"));
  CHECK(Contains(html, "5 Agustus 2025: Permintaan data dari Dinas Sosial"));

  // The section of the page that belongs to each RHK row: from its text to the next row (or table end).
  std::vector<std::pair<std::size_t, std::string>> rows;
  for (const RhkRow& r : a.skp.rhk) rows.emplace_back(html.find(HtmlEscape(r.rhk)), r.id);
  std::sort(rows.begin(), rows.end());
  const std::size_t table_end = html.find("</table>", rows.back().first);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::size_t begin = rows[i].first;
    const std::size_t end = i + 1 < rows.size() ? rows[i + 1].first : table_end;
    REQUIRE(begin != std::string::npos);
    std::string last_date;
    std::size_t last_at = begin;
    std::vector<const FeedbackEntry*> mine;
    for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
      if (f.rhk_id == rows[i].second) mine.push_back(&f);
    }
    std::sort(mine.begin(), mine.end(), [](const FeedbackEntry* x, const FeedbackEntry* y) { return x->tanggal < y->tanggal; });
    for (const FeedbackEntry* f : mine) {
      const std::size_t at = html.find(HtmlEscape(f->umpan_balik));
      INFO(rows[i].second << ": " << f->umpan_balik);
      CHECK(at > last_at);  // after the row's start and after the previous (older) entry
      CHECK(at < end);      // before the next row
      last_at = at;
    }
  }
  CHECK(html.find("20 Juni 2025: ") < html.find("18 November 2025: "));  // the two entries on rhk-2

  // Values: between the value's name and the next value's name.
  const std::vector<BerakhlakValue>& values = DefaultBerakhlak();
  const std::size_t perilaku = html.find("<h2>Perilaku kerja</h2>");
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::size_t begin = html.find("<b>" + values[i].nama + "</b>", perilaku);
    const std::size_t end = i + 1 < values.size() ? html.find("<b>" + values[i + 1].nama + "</b>", perilaku)
                                                  : html.find("</table>", begin);
    for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
      if (f.perilaku != values[i].kode) continue;
      const std::size_t at = html.find(HtmlEscape(f.umpan_balik));
      INFO(values[i].kode << ": " << f.umpan_balik);
      CHECK(at > begin);
      CHECK(at < end);
    }
  }
  CHECK_FALSE(Contains(html, "Umpan balik berkelanjutan lainnya"));
}

TEST_CASE("feedback about an RHK the plan no longer has is still printed") {
  Assessment a = Persona("analis");
  a.skp.rhk.pop_back();  // rhk-3 and its feedback entry stay
  const std::string html = RenderDocumentHtml(a, DocumentKind::EvaluasiPeriodik);
  CHECK(Contains(html, "Umpan balik berkelanjutan lainnya"));
  CHECK(html.find("1 Oktober 2025: Materi sosialisasi SKP") > html.find("Umpan balik berkelanjutan lainnya"));
}

TEST_CASE("Dokumen Evaluasi: capaian organisasi, the atasan penilai, place and date; gaps shown as such") {
  const Assessment analis = Persona("analis");
  const std::string html = RenderDocumentHtml(analis, DocumentKind::DokumenEvaluasi);
  CHECK(Contains(html, "<p class=\"place\">Jakarta, 15 Desember 2025</p>"));
  CHECK(Contains(html, "Ir. Lukman Hakim (CONTOH)"));
  CHECK(Contains(html, "196911051995031002"));
  CHECK(Contains(html, "Pembina Utama Muda / IV c"));
  CHECK(Contains(html, "Capaian kinerja organisasi</td><td><b>Baik</b>"));
  CHECK(Contains(html, "Periode Triwulan IV/Akhir 2025"));

  // The Gubernur has no NIP and no pangkat: dashes, not empty cells.
  const std::string kadis = RenderDocumentHtml(Persona("kadis"), DocumentKind::DokumenEvaluasi);
  const std::string atasan = kadis.substr(kadis.find("Atasan pejabat penilai kinerja"));
  CHECK(Contains(atasan, "<td class=\"k\">NIP</td><td>—</td>"));
  CHECK(Contains(atasan, "<td class=\"k\">Pangkat/Gol. ruang</td><td>—</td>"));
  CHECK(Contains(kadis, "Capaian kinerja organisasi</td><td><b>Kurang</b>"));

  Assessment empty = analis;
  empty.evaluasi.capaian_kinerja_organisasi.reset();
  empty.evaluasi.rating_perilaku.reset();
  empty.evaluasi.tanggal.clear();
  empty.evaluasi.tempat = "Bandung";
  const std::string open = RenderDocumentHtml(empty, DocumentKind::DokumenEvaluasi);
  CHECK(Contains(open, "Capaian kinerja organisasi</td><td><b>belum diisi</b>"));
  CHECK(Contains(open, "belum dapat ditentukan"));
  CHECK(Contains(open, "<p class=\"place\">Bandung, <span class=\"blank\"></span></p>"));
  CHECK_FALSE(Contains(open, "15 Desember 2025"));
}

TEST_CASE("an empty assessment renders every document without values") {
  const Assessment a;
  for (const DocumentKind kind : DocumentKinds()) {
    const std::string html = RenderDocumentHtml(a, kind);
    INFO(DocumentKindKey(kind));
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK_FALSE(Contains(html, "CONTOH — data fiktif"));
    CHECK(Contains(html, "<td class=\"k\">Nama</td><td>—</td>"));
    CHECK(Contains(html, "NIP —"));
    CHECK(Contains(html, "<span class=\"blank\"></span>"));
    CHECK(Contains(html, "Triwulan I 2026"));  // the name alone: no dates to write
    CHECK_FALSE(Contains(html, " s.d. "));
  }
  CHECK(Contains(RenderDocumentHtml(a, DocumentKind::EvaluasiPeriodik), "Rating hasil kerja: <b>belum dinilai</b>"));
  CHECK(Contains(RenderDocumentHtml(a, DocumentKind::Kompetensi), "Belum ada rencana pengembangan."));
  const std::string skp = RenderDocumentHtml(a, DocumentKind::Skp);
  CHECK(Count(skp, "<td colspan=\"6\" class=\"muted\">—</td>") == 2);  // no utama, no tambahan rows
  CHECK(Contains(skp, "<td>Konsekuensi</td><td>—</td>"));
}

TEST_CASE("user text is only ever text, in every field of every document") {
  const std::string payload = "<script>alert(1)</script>\"'&";
  const std::string escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";
  auto hostile = [&](const char* field) { return payload + " " + field; };
  auto shown = [&](const char* field) { return escaped + " " + field; };

  Assessment a = Persona("analis");
  a.instansi = hostile("instansi");
  for (Person* p : {&a.pegawai, &a.penilai, &a.atasan_penilai}) {
    const std::string who = p == &a.pegawai ? "pegawai" : p == &a.penilai ? "penilai" : "atasan";
    p->nama = hostile("nama") + who;
    p->nip = hostile("nip") + who;
    p->pangkat_golongan = hostile("pangkat") + who;
    p->jabatan = hostile("jabatan") + who;
    p->unit_kerja = hostile("unit") + who;
  }
  a.periode.mulai = hostile("mulai");
  RhkRow& r = a.skp.rhk[0];
  r.rhk_pimpinan = hostile("rhk_pimpinan");
  r.rhk = hostile("rhk");
  r.iki = hostile("iki");
  r.target = hostile("target");
  r.satuan = hostile("satuan");
  r.realisasi = hostile("realisasi");
  r.bukti_dukung = hostile("bukti_dukung");
  r.umpan_balik = hostile("umpan_balik_rhk");
  a.skp.lampiran.dukungan_sumber_daya.push_back(hostile("dukungan"));
  a.skp.lampiran.skema_pertanggungjawaban.push_back(hostile("skema"));
  a.skp.lampiran.konsekuensi.push_back(hostile("konsekuensi"));
  a.perilaku[0].ekspektasi_pimpinan = hostile("ekspektasi");
  a.perilaku[0].catatan_atasan = hostile("catatan_atasan");
  a.umpan_balik_berkelanjutan[0].umpan_balik = hostile("feedback");
  a.umpan_balik_berkelanjutan[0].tanggapan_pegawai = hostile("tanggapan");
  a.umpan_balik_berkelanjutan[1].umpan_balik = hostile("feedback_nilai");
  a.umpan_balik_berkelanjutan[2].tanggal = hostile("tanggal_feedback");
  a.evaluasi.catatan_rekomendasi = hostile("catatan_rekomendasi");
  a.evaluasi.tempat = hostile("tempat");
  a.evaluasi.tanggal = hostile("tanggal");
  a.kompetensi[0].kode = hostile("kode");
  a.kompetensi[0].nama = hostile("kompetensi");
  a.kompetensi[0].bukti = hostile("bukti");
  a.kompetensi[0].umpan_balik = hostile("umpan_balik_kompetensi");
  a.rencana_pengembangan[0].kegiatan = hostile("kegiatan");
  a.rencana_pengembangan[0].jenis = hostile("jenis");
  a.rencana_pengembangan[0].keterangan = hostile("keterangan");
  a.rencana_pengembangan[0].target_tanggal = hostile("target_tanggal");

  const std::vector<const char*> everywhere = {"instansi", "namapegawai", "namapenilai", "nippegawai", "nippenilai",
                                               "mulai", "tempat", "tanggal"};
  const std::map<DocumentKind, std::vector<const char*>> fields = {
      {DocumentKind::Skp, {"pangkatpegawai", "jabatanpenilai", "unitpegawai", "rhk_pimpinan", "rhk", "iki", "target",
                           "satuan", "dukungan", "skema", "konsekuensi", "ekspektasi"}},
      {DocumentKind::EvaluasiPeriodik, {"rhk", "realisasi", "bukti_dukung", "umpan_balik_rhk", "feedback", "tanggapan",
                                        "feedback_nilai", "tanggal_feedback", "catatan_atasan", "ekspektasi"}},
      {DocumentKind::DokumenEvaluasi, {"namaatasan", "nipatasan", "pangkatatasan", "jabatanatasan", "unitatasan",
                                       "catatan_rekomendasi"}},
      {DocumentKind::Kompetensi, {"kode", "kompetensi", "bukti", "umpan_balik_kompetensi", "kegiatan", "jenis",
                                  "keterangan", "target_tanggal"}},
  };
  for (const DocumentKind kind : DocumentKinds()) {
    const std::string html = RenderDocumentHtml(a, kind);
    INFO(DocumentKindKey(kind));
    CHECK_FALSE(Contains(html, "<script"));
    CHECK_FALSE(Contains(html, "\"'&"));
    std::vector<const char*> expected = everywhere;
    expected.insert(expected.end(), fields.at(kind).begin(), fields.at(kind).end());
    for (const char* field : expected) {
      INFO("field " << field);
      CHECK(Contains(html, shown(field)));
    }
  }
}

TEST_CASE("the report and every document share one style element, with the A4 print rules") {
  const Assessment a = Persona("kadis");
  const std::string style = StyleElement(RenderReportHtml(a));
  CHECK(Contains(style, "@page { size: A4; margin: 15mm; }"));
  CHECK(Contains(style, "@media print"));
  CHECK(Count(RenderReportHtml(a), "<style>") == 1);
  for (const DocumentKind kind : DocumentKinds()) {
    const std::string html = RenderDocumentHtml(a, kind);
    CHECK(StyleElement(html) == style);
    CHECK(Count(html, "<style>") == 1);
  }
}

TEST_CASE("the site's Content-Security-Policy allows the shared style (web/index.html style-src)") {
  const std::string style = StyleElement(RenderReportHtml(Persona("analis")));
  const std::string content = style.substr(7, style.size() - 7 - 8);
  const std::string hex = Sha256Hex(content);
  std::string bytes;
  for (std::size_t i = 0; i < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string base64;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const unsigned b0 = static_cast<unsigned char>(bytes[i]);
    const unsigned b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    const unsigned b2 = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0;
    const unsigned n = (b0 << 16) | (b1 << 8) | b2;
    base64 += kAlphabet[(n >> 18) & 63];
    base64 += kAlphabet[(n >> 12) & 63];
    base64 += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    base64 += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  const std::string index = asn::test::ReadFixture("../../web/index.html");
  REQUIRE_FALSE(index.empty());
  INFO("expected in style-src: 'sha256-" << base64 << "'");
  CHECK(Contains(index, "'sha256-" + base64 + "'"));
}
