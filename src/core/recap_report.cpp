// What a recap reports: the files grouped by capaian kinerja organisasi and checked against their
// curve, the CSV of the staff list and the CLI's plain-text summary (recap.hpp).
#include "core/dictionary.hpp"
#include "core/format_keys.hpp"
#include "core/recap.hpp"

#include <algorithm>
#include <cstdio>

namespace asn::core {
namespace {

std::string Fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Signed(double value, int decimals) { return (value > 0 ? "+" : "") + Fixed(value, decimals); }

std::string CsvCell(const std::string& value) {
  std::string text = value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text.insert(0, "'");
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

constexpr std::size_t kNoCapaian = kOrganisationRatingCount;

std::size_t GroupIndex(const std::optional<OrganisationRating>& capaian) {
  return capaian ? static_cast<std::size_t>(*capaian) : kNoCapaian;
}

// "Baik paling banyak 70 %: sesuai; Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 orang: kurang 1 orang"
std::string VerdictCell(const std::vector<BoundCheck>& checks) {
  std::string out;
  for (const BoundCheck& c : checks) {
    if (!out.empty()) out += "; ";
    out += BoundText(c.bound) + ": ";
    if (!c.broken) {
      out += "sesuai";
    } else {
      out += (c.bound.kind == BoundKind::AtMostPercent ? "lebih " : "kurang ") + std::to_string(c.by) + " orang";
    }
  }
  return out;
}

}  // namespace

std::vector<CapaianGroup> Recap::CapaianGroups(std::optional<OrganisationRating> unit) const {
  std::array<CapaianGroup, kOrganisationRatingCount + 1> groups{};
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (i < kNoCapaian) groups[i].capaian = static_cast<OrganisationRating>(i);
  }
  for (const RecapRow& row : rows_) {
    const std::optional<OrganisationRating> capaian = row.capaian ? row.capaian : unit;
    CapaianGroup& g = groups[GroupIndex(capaian)];
    ++g.files;
    if (!row.capaian) ++g.from_unit;
    if (row.predikat) ++g.counts[static_cast<std::size_t>(*row.predikat)];
  }
  std::vector<CapaianGroup> out;
  for (const CapaianGroup& g : groups) {
    if (g.files > 0) out.push_back(g);
  }
  return out;
}

std::vector<BoundCheck> CheckGroup(const CapaianGroup& group, const RecapCurveSettings& settings) {
  if (!group.capaian || settings.guidance == nullptr) return {};
  return CheckDistribution(group.counts, settings.guidance->For(*group.capaian));
}

std::string RecapCsv(const Recap& recap, const RecapCurveSettings& settings) {
  std::vector<const RecapRow*> rows;
  rows.reserve(recap.Rows().size());
  for (const RecapRow& row : recap.Rows()) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const RecapRow* a, const RecapRow* b) { return RecapRowBefore(*a, *b); });
  // Each group's verdict, once.
  std::array<std::string, kOrganisationRatingCount + 1> verdicts;
  for (const CapaianGroup& g : recap.CapaianGroups(settings.unit_capaian)) verdicts[GroupIndex(g.capaian)] = VerdictCell(CheckGroup(g, settings));

  std::string out = "\xEF\xBB\xBF";
  out += "berkas,nama,nip,jabatan,jenis_jabatan,unit_kerja,instansi,periode,tahap,contoh,predikat,jpm_persen,"
         "kategori_jpm,sumber_jpm,jumlah_kompetensi_di_bawah_standar";
  for (const std::string& code : RecapCompetencyCodes()) out += ",gap_" + code;
  out += ",capaian_kinerja_organisasi,kurva_distribusi\r\n";
  for (const RecapRow* r : rows) {
    const std::optional<OrganisationRating> capaian = r->capaian ? r->capaian : settings.unit_capaian;
    const std::vector<std::string> cells = {
        r->file, r->nama, r->nip, r->jabatan, r->jenis_jabatan, r->unit_kerja, r->instansi, r->periode,
        StageKey(r->tahap), r->contoh ? "ya" : "tidak", r->predikat ? PredikatName(*r->predikat) : "",
        r->jpm ? Fixed(r->jpm->percent, 2) : "", r->jpm ? JpmCategoryName(r->jpm->category) : "",
        r->jpm ? (r->jpm_from_supervisor ? "atasan" : "mandiri") : "", std::to_string(r->competencies_below)};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
    for (const std::optional<int>& gap : r->gaps) out += "," + (gap ? std::to_string(*gap) : std::string());
    out += "," + CsvCell(capaian ? OrganisationRatingName(*capaian) : "") + "," + CsvCell(verdicts[GroupIndex(capaian)]);
    out += "\r\n";
  }
  return out;
}

std::string RecapSummaryText(const Recap& recap, const RecapCurveSettings& settings) {
  std::string out = "Rekap unit: " + std::to_string(recap.FilesSeen()) + " berkas, " + std::to_string(recap.Rows().size()) +
                    " sah, " + std::to_string(recap.Invalid().size()) + " tidak sah\n\n";
  char line[256];
  const std::vector<CapaianGroup> groups = recap.CapaianGroups(settings.unit_capaian);
  out += "Kurva distribusi predikat menurut capaian kinerja organisasi";
  if (settings.guidance != nullptr && !settings.guidance->sumber.empty()) out += "\n  (" + settings.guidance->sumber + ")";
  out += "\n";
  if (groups.size() > 1) out += "  Berkas memuat capaian kinerja organisasi yang berbeda: tiap kelompok diperiksa dengan kurvanya.\n";
  for (const CapaianGroup& g : groups) {
    out += "\n  Capaian kinerja organisasi: " +
           (g.capaian ? std::string(OrganisationRatingName(*g.capaian)) : std::string("belum diketahui")) + " — " +
           std::to_string(g.files) + " berkas";
    if (g.capaian && g.from_unit > 0) out += " (" + std::to_string(g.from_unit) + " memakai capaian unit)";
    out += "\n";
    int total = 0;
    for (int c : g.counts) total += c;
    for (int i = kPredikatCount - 1; i >= 0; --i) {
      const int count = g.counts[static_cast<std::size_t>(i)];
      std::snprintf(line, sizeof line, "    %-18s %6d  %6.1f %%\n", PredikatName(static_cast<Predikat>(i)), count,
                    total > 0 ? 100.0 * count / total : 0.0);
      out += line;
    }
    if (!g.capaian) {
      out += "    Batas tidak diperiksa: pilih capaian kinerja organisasi unit (--capaian).\n";
      continue;
    }
    const std::vector<BoundCheck> checks = CheckGroup(g, settings);
    if (checks.empty()) out += "    Batas tidak diperiksa: belum ada pegawai berpredikat.\n";
    for (const BoundCheck& c : checks) out += std::string(c.broken ? "    DILANGGAR  " : "    sesuai     ") + BoundVerdict(c) + "\n";
  }
  out += "\n  tanpa predikat: " + std::to_string(recap.WithoutPredikat()) + "\n\nKategori JPM indikatif (metode: ";
  for (std::size_t i = 0; i < recap.JpmMethods().size(); ++i) out += (i ? "; " : "") + JpmMethodText(recap.JpmMethods()[i]);
  out += recap.JpmMethods().empty() ? "-)\n" : ")\n";
  for (int i = 2; i >= 0; --i) {
    std::snprintf(line, sizeof line, "  %-18s %6d\n", JpmCategoryName(static_cast<JpmCategory>(i)),
                  recap.JpmCounts()[static_cast<std::size_t>(i)]);
    out += line;
  }
  out += "  tanpa JPM: " + std::to_string(recap.WithoutJpm()) + "\n\nRata-rata kesenjangan per kompetensi (semua jabatan)\n";
  const std::vector<std::string>& codes = RecapCompetencyCodes();
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const CompetencyDefinition* def = DefaultCompetencyDictionary().Find(codes[i]);
    const std::optional<double> avg = recap.CompetencyAverage(i).Average();
    std::snprintf(line, sizeof line, "  %-5s %-34s %6s  (n=%d)\n", codes[i].c_str(), def ? def->nama.c_str() : "",
                  avg ? Signed(*avg, 2).c_str() : "-", recap.CompetencyAverage(i).count);
    out += line;
  }
  if (!recap.Invalid().empty()) {
    out += "\nBerkas tidak sah\n";
    for (const RecapInvalid& bad : recap.Invalid()) {
      out += "  " + bad.file + ": " + (bad.problems.empty() ? std::string("?") : FormatProblem(bad.problems.front()));
      if (bad.problem_count > 1) out += " (+" + std::to_string(bad.problem_count - 1) + " masalah lain)";
      out += "\n";
    }
  }
  const auto duplicates = recap.Duplicates();
  if (!duplicates.empty()) {
    out += "\nNIP dan periode yang sama lebih dari sekali\n";
    for (const auto& [key, files] : duplicates) {
      out += "  " + key + ":";
      for (const std::string& f : files) out += " " + f;
      out += "\n";
    }
  }
  return out;
}

}  // namespace asn::core
