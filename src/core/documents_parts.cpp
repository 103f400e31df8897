#include "core/documents_parts.hpp"

#include "core/report_html.hpp"
#include "core/rules_predikat.hpp"
#include "core/rules_skp.hpp"
#include "core/signature.hpp"
#include "core/time_format.hpp"

#include <algorithm>
#include <cstdio>

namespace asn::core::docparts {
namespace {

void PersonRows(std::string& out, const Person& left, const Person& right) {
  const struct {
    const char* label;
    std::string Person::*field;
  } rows[] = {{"Nama", &Person::nama},
              {"NIP", &Person::nip},
              {"Pangkat/Gol. ruang", &Person::pangkat_golongan},
              {"Jabatan", &Person::jabatan},
              {"Unit kerja", &Person::unit_kerja}};
  int no = 1;
  for (const auto& row : rows) {
    const std::string number = "<td class=\"num\">" + std::to_string(no++) + "</td><td class=\"k\">" + row.label + "</td>";
    out += "<tr>" + number + "<td>" + OrDash(left.*row.field) + "</td>" + number + "<td>" + OrDash(right.*row.field) +
           "</td></tr>\n";
  }
}

std::string SignatureBlock(const char* role, const Person& person, const std::string& below = std::string()) {
  return "<div>" + std::string(role) + "<div class=\"line\">" + OrDash(person.nama) + "<br>NIP " + OrDash(person.nip) +
         below + "</div></div>\n";
}

}  // namespace

std::string E(std::string_view text) { return HtmlEscape(text); }

std::string SignatureFingerprintLine(const Assessment& a) {
  if (!a.tanda_tangan) return std::string();
  const std::string& fingerprint = a.tanda_tangan->fingerprint;
  const bool example = NormalizeFingerprint(fingerprint) == NormalizeFingerprint(ExampleKeyFingerprint());
  return "<br><small>Sidik kunci tanda tangan digital: <span class=\"fingerprint\">" + E(fingerprint) + "</span>" +
         (example ? " (kunci contoh)" : "") + "</small>";
}

std::string OrDash(const std::string& text) { return text.empty() ? "—" : E(text); }

std::string WithUnit(const std::string& value, const std::string& satuan) {
  if (value.empty()) return "—";
  return satuan.empty() ? E(value) : E(value + " " + satuan);
}

std::string PeriodRange(const Period& p) {
  if (p.mulai.empty() || p.selesai.empty()) return "";
  return FormatTanggal(p.mulai) + " s.d. " + FormatTanggal(p.selesai);
}

std::string PeriodText(const Period& p) {
  const std::string range = PeriodRange(p);
  return range.empty() ? PeriodName(p) : PeriodName(p) + ", " + range;
}

const char* AspectName(RhkAspect aspect) {
  switch (aspect) {
    case RhkAspect::Kuantitas: return "Kuantitas";
    case RhkAspect::Kualitas: return "Kualitas";
    case RhkAspect::Waktu: return "Waktu";
    case RhkAspect::Biaya: return "Biaya";
  }
  return "";
}

const char* PerspectiveName(RhkPerspective perspective) {
  switch (perspective) {
    case RhkPerspective::PenerimaLayanan: return "Penerima Layanan";
    case RhkPerspective::ProsesBisnis: return "Proses Bisnis";
    case RhkPerspective::PenguatanInternal: return "Penguatan Internal";
    case RhkPerspective::Anggaran: return "Anggaran";
  }
  return "";
}

std::string RatingText(const std::optional<Rating>& rating) { return rating ? RatingName(*rating) : "belum dinilai"; }

std::string PredikatText(const Evaluation& e) {
  const std::optional<Predikat> predikat = PredikatKinerja(e.rating_hasil_kerja, e.rating_perilaku);
  return predikat ? PredikatName(*predikat) : "belum dapat ditentukan";
}

std::string JpmText(const Assessment& a, LevelSource source) {
  const std::optional<JpmResult> jpm = JobPersonMatch(a.kompetensi, source, a.metode_jpm);
  if (!jpm) return "belum lengkap";
  char text[64];
  std::snprintf(text, sizeof text, "%.2f %% (%s)", jpm->percent, JpmCategoryName(jpm->category));
  return text;
}

std::string DocumentStart(const Assessment& a, DocumentKind kind, const std::string& subtitle_html) {
  std::string out = HtmlPageStart(E(DocumentTitle(kind)) + " — " + E(a.pegawai.nama) + " — " + E(PeriodName(a.periode)));
  out += "<h1 class=\"doc\">" + E(DocumentTitle(kind)) + "</h1>\n";
  if (!subtitle_html.empty()) out += "<p class=\"sub\">" + subtitle_html + "</p>\n";
  if (a.contoh) out += "<p><span class=\"contoh\">CONTOH — data fiktif untuk pelatihan</span></p>\n";
  out += "<div class=\"meta\"><span>" + OrDash(a.instansi) + "</span><span>Periode penilaian: " + E(PeriodText(a.periode)) +
         "</span></div>\n";
  return out;
}

std::string SkpSubtitle(const Assessment& a) {
  const bool jpt = LayoutFor(a.pegawai) == SkpLayout::Jpt;
  return std::string("Pendekatan hasil kerja ") +
         (a.skp.pendekatan == SkpApproach::Kualitatif ? "kualitatif" : "kuantitatif") +
         (jpt ? " — bagi pejabat pimpinan tinggi" : " — bagi pejabat administrasi dan pejabat fungsional");
}

void IdentityPair(std::string& out, const Assessment& a) {
  out += "<table class=\"pair\">\n<thead><tr><th>No</th><th colspan=\"2\">Pegawai yang dinilai</th><th>No</th>"
         "<th colspan=\"2\">Pejabat penilai kinerja</th></tr></thead>\n";
  PersonRows(out, a.pegawai, a.penilai);
  out += "</table>\n";
}

void SignaturesAndEnd(std::string& out, const Assessment& a) {
  const std::string blank = "<span class=\"blank\"></span>";
  const Evaluation& e = a.evaluasi;
  out += "<p class=\"place\">" + (e.tempat.empty() ? blank : E(e.tempat)) + ", " +
         (e.tanggal.empty() ? blank : E(FormatTanggal(e.tanggal))) + "</p>\n";
  out += "<div class=\"signatures\">\n" + SignatureBlock("Pegawai yang dinilai", a.pegawai) +
         SignatureBlock("Pejabat penilai kinerja", a.penilai, SignatureFingerprintLine(a)) + "</div>\n";
  out += HtmlPageEnd();
}

std::vector<const FeedbackEntry*> FeedbackOn(const Assessment& a, const std::string& rhk_id, const std::string& perilaku) {
  std::vector<const FeedbackEntry*> found;
  for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
    if (!rhk_id.empty() ? f.rhk_id == rhk_id : (!perilaku.empty() && f.perilaku == perilaku)) found.push_back(&f);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const FeedbackEntry* x, const FeedbackEntry* y) { return x->tanggal < y->tanggal; });
  return found;
}

std::vector<const FeedbackEntry*> UnmatchedFeedback(const Assessment& a) {
  std::vector<const FeedbackEntry*> found;
  for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) {
    const bool on_row = std::any_of(a.skp.rhk.begin(), a.skp.rhk.end(), [&](const RhkRow& r) { return r.id == f.rhk_id; });
    const bool on_value = f.rhk_id.empty() && std::any_of(DefaultBerakhlak().begin(), DefaultBerakhlak().end(),
                                                          [&](const BerakhlakValue& v) { return v.kode == f.perilaku; });
    if (!on_row && !on_value) found.push_back(&f);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const FeedbackEntry* x, const FeedbackEntry* y) { return x->tanggal < y->tanggal; });
  return found;
}

std::string FeedbackList(const std::vector<const FeedbackEntry*>& entries) {
  if (entries.empty()) return "";
  std::string out = "<ul>";
  for (const FeedbackEntry* f : entries) {
    out += "<li><span class=\"pre\">" + (f->tanggal.empty() ? std::string() : E(FormatTanggal(f->tanggal)) + ": ") +
           E(f->umpan_balik) + "</span>";
    if (!f->tanggapan_pegawai.empty()) {
      out += "<br><span class=\"muted pre\">Tanggapan pegawai: " + E(f->tanggapan_pegawai) + "</span>";
    }
    out += "</li>";
  }
  return out + "</ul>";
}

const BehaviourNote* NoteFor(const Assessment& a, const std::string& kode) {
  for (const BehaviourNote& note : a.perilaku) {
    if (note.kode == kode) return &note;
  }
  return nullptr;
}

std::string ValueWithGuides(const BerakhlakValue& value) {
  std::string out = "<b>" + E(value.nama) + "</b><ul>";
  for (const std::string& guide : value.panduan) out += "<li>" + E(guide) + "</li>";
  return out + "</ul>";
}

std::string BerakhlakSourceLine() {
  return "<p class=\"muted\">Sumber: " + E(BerakhlakSource()) + ".</p>\n";
}

}  // namespace asn::core::docparts
