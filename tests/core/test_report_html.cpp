#include "core/dictionary.hpp"
#include "core/report_html.hpp"
#include "core/sample.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace asn::core;

namespace {
bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("HTML escaping covers markup and attribute breakers") {
  CHECK(HtmlEscape("<b>\"a\" & 'b'</b>") == "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
  CHECK(HtmlEscape("biasa saja") == "biasa saja");
}

TEST_CASE("the report shows the assessment and carries user text only as text") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  a.pegawai.nama = "<script>alert('nama')</script>";
  a.evaluasi.umpan_balik = "\"><img src=x onerror=alert(1)>";
  a.kompetensi[0].bukti = "</td></tr></table><iframe src=\"javascript:alert(2)\">";
  a.skp.rhk[0].rhk = "<style>body{display:none}</style>";
  a.perilaku[0].catatan_atasan = "' onmouseover='alert(3)";
  const std::string html = RenderReportHtml(a);

  CHECK_FALSE(Contains(html, "<script"));
  CHECK_FALSE(Contains(html, "<img"));
  CHECK_FALSE(Contains(html, "<iframe"));
  CHECK_FALSE(Contains(html, "<style>body"));
  CHECK(Contains(html, "&lt;script&gt;alert(&#39;nama&#39;)&lt;/script&gt;"));
  CHECK(Contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(Contains(html, "&#39; onmouseover=&#39;alert(3)"));
  // Loads nothing: no external references, and a policy that forbids them anyway.
  CHECK_FALSE(Contains(html, "http://"));
  CHECK_FALSE(Contains(html, "https://"));
  CHECK_FALSE(Contains(html, "url("));
  CHECK(Contains(html, "default-src 'none'"));

  // The page frame it shares with the official documents (documents_html.hpp).
  CHECK(html.rfind("<!doctype html>\n<html lang=\"id\">", 0) == 0);
  CHECK(html.size() > std::string(HtmlPageEnd()).size());
  CHECK(html.substr(html.size() - std::string(HtmlPageEnd()).size()) == HtmlPageEnd());
  CHECK(Contains(html, "<title>Laporan Penilaian Kinerja — &lt;script&gt;"));

  // The content a reader needs.
  CHECK(Contains(html, "199005142015032007"));
  CHECK(Contains(html, "Predikat kinerja: <span class=\"predikat\">Baik</span>"));
  CHECK(Contains(html, "CONTOH"));
  CHECK(Contains(html, "Pejabat penilai kinerja"));
  CHECK(Contains(html, "Rencana pengembangan"));
  // The BerAKHLAK values with their source, right after their table.
  const std::size_t values = html.find("<h2>Perilaku kerja (BerAKHLAK)</h2>");
  REQUIRE(values != std::string::npos);
  const std::string source_line = "</table>\n<p class=\"muted\">Sumber: " + HtmlEscape(BerakhlakSource()) + ".</p>";
  CHECK(html.find(source_line, values) == html.find("</table>", values));
  CHECK(Contains(html, "UU 20/2023"));
  CHECK(Contains(html, "SE MenPANRB 20/2021"));
}

TEST_CASE("without ratings the report says the predikat is not yet determined") {
  Assessment a;
  REQUIRE(MakeSampleAssessment("analis", &a));
  a.evaluasi.rating_perilaku.reset();
  CHECK(Contains(RenderReportHtml(a), "Predikat kinerja belum dapat ditentukan"));
}
