#include "core/recap.hpp"

#include "core/dictionary.hpp"
#include "core/format_keys.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/submission_format.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace asn::core {
namespace {

const GapCell kEmptyCell{};

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

}  // namespace

std::optional<double> GapCell::Average() const {
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

const std::vector<std::string>& RecapCompetencyCodes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const CompetencyDefinition& d : DefaultCompetencyDictionary().kompetensi) out.push_back(d.kode);
    return out;
  }();
  return codes;
}

std::string BaseName(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void Recap::AddFile(const std::string& path_or_name, std::string_view text) {
  const ImportResult result = ImportSubmission(text);
  if (result.ok()) {
    Add(path_or_name, *result.assessment);
    return;
  }
  RecapInvalid invalid{BaseName(path_or_name), {}, result.problems.size()};
  const std::size_t kept = std::min(result.problems.size(), kMaxProblemsPerInvalidFile);
  invalid.problems.assign(result.problems.begin(), result.problems.begin() + static_cast<std::ptrdiff_t>(kept));
  invalid_.push_back(std::move(invalid));
  ++version_;
}

void Recap::AddRefused(const std::string& path_or_name, const std::string& reason) {
  invalid_.push_back({BaseName(path_or_name), {{"file_refused", "$", reason, 0}}, 1});
  ++version_;
}

void Recap::Add(const std::string& path_or_name, const Assessment& a) {
  RecapRow row;
  row.file = BaseName(path_or_name);
  row.nama = a.pegawai.nama;
  row.nip = a.pegawai.nip;
  row.jabatan = a.pegawai.jabatan;
  row.jenis_jabatan = a.pegawai.jenis_jabatan;
  row.unit_kerja = a.pegawai.unit_kerja;
  row.instansi = a.instansi;
  row.periode = PeriodLabel(a.periode);
  row.tahap = a.status.tahap;
  row.contoh = a.contoh;
  row.predikat = PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Atasan);
  row.jpm_from_supervisor = row.jpm.has_value();
  if (!row.jpm) row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Mandiri);

  const std::vector<std::string>& codes = RecapCompetencyCodes();
  row.gaps.assign(codes.size(), std::nullopt);
  std::vector<GapCell>& column = heatmap_[row.jenis_jabatan];
  if (column.empty()) column.resize(codes.size());
  for (const GapRow& gap : CompetencyGaps(a.kompetensi)) {
    if (!gap.gap) continue;
    if (*gap.gap < 0) ++row.competencies_below;
    const auto it = std::find(codes.begin(), codes.end(), gap.kode);
    if (it == codes.end()) continue;
    const std::size_t index = static_cast<std::size_t>(it - codes.begin());
    row.gaps[index] = gap.gap;
    column[index].sum += *gap.gap;
    ++column[index].count;
    overall_[index].sum += *gap.gap;
    ++overall_[index].count;
  }

  if (row.predikat) {
    ++predikat_counts_[static_cast<std::size_t>(*row.predikat)];
  } else {
    ++without_predikat_;
  }
  if (row.jpm) {
    ++jpm_counts_[static_cast<std::size_t>(row.jpm->category)];
  } else {
    ++without_jpm_;
  }
  if (!row.nip.empty()) by_person_period_[row.nip + " " + row.periode].push_back(row.file);
  rows_.push_back(std::move(row));
  ++version_;
}

std::vector<std::string> Recap::JobTypes() const {
  std::vector<std::string> out;
  for (const std::string& key : JobTypeKeys()) {
    if (heatmap_.count(key) != 0) out.push_back(key);
  }
  if (heatmap_.count("") != 0) out.push_back("");
  return out;
}

const GapCell& Recap::Cell(std::size_t competency, const std::string& job_type) const {
  const auto it = heatmap_.find(job_type);
  if (it == heatmap_.end() || competency >= it->second.size()) return kEmptyCell;
  return it->second[competency];
}

std::vector<std::pair<std::string, std::vector<std::string>>> Recap::Duplicates() const {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& [key, files] : by_person_period_) {
    if (files.size() < 2) continue;
    std::vector<std::string> sorted = files;
    std::sort(sorted.begin(), sorted.end());
    out.emplace_back(key, std::move(sorted));
  }
  return out;
}

bool RecapRowBefore(const RecapRow& a, const RecapRow& b) {
  return std::tie(a.unit_kerja, a.nama, a.nip, a.periode, a.file) < std::tie(b.unit_kerja, b.nama, b.nip, b.periode, b.file);
}

std::string RecapCsv(const Recap& recap) {
  std::vector<const RecapRow*> rows;
  rows.reserve(recap.Rows().size());
  for (const RecapRow& row : recap.Rows()) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const RecapRow* a, const RecapRow* b) { return RecapRowBefore(*a, *b); });

  std::string out = "\xEF\xBB\xBF";
  out += "berkas,nama,nip,jabatan,jenis_jabatan,unit_kerja,instansi,periode,tahap,contoh,predikat,jpm_persen,"
         "kategori_jpm,sumber_jpm,jumlah_kompetensi_di_bawah_standar";
  for (const std::string& code : RecapCompetencyCodes()) out += ",gap_" + code;
  out += "\r\n";
  for (const RecapRow* r : rows) {
    const std::vector<std::string> cells = {
        r->file, r->nama, r->nip, r->jabatan, r->jenis_jabatan, r->unit_kerja, r->instansi, r->periode,
        StageKey(r->tahap), r->contoh ? "ya" : "tidak", r->predikat ? PredikatName(*r->predikat) : "",
        r->jpm ? Fixed(r->jpm->percent, 2) : "", r->jpm ? JpmCategoryName(r->jpm->category) : "",
        r->jpm ? (r->jpm_from_supervisor ? "atasan" : "mandiri") : "", std::to_string(r->competencies_below)};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
    for (const std::optional<int>& gap : r->gaps) out += "," + (gap ? std::to_string(*gap) : std::string());
    out += "\r\n";
  }
  return out;
}

std::string RecapSummaryText(const Recap& recap, const DistributionCurve& curve) {
  std::string out = "Rekap unit: " + std::to_string(recap.FilesSeen()) + " berkas, " + std::to_string(recap.Rows().size()) +
                    " sah, " + std::to_string(recap.Invalid().size()) + " tidak sah\n\n";
  char line[256];
  out += "Predikat kinerja dibanding kurva distribusi" + std::string(CurveIsComplete(curve) ? "" : " (kuota belum berjumlah 100 %)") + "\n";
  const auto rows = CompareWithCurve(recap.PredikatCounts(), curve);
  for (int i = kPredikatCount - 1; i >= 0; --i) {
    const CurveRow& row = rows[static_cast<std::size_t>(i)];
    std::snprintf(line, sizeof line, "  %-18s %6d  %6.1f %%   kuota %5.1f %% (%d)   selisih %s\n",
                  PredikatName(static_cast<Predikat>(i)), row.actual, row.actual_percent, row.quota_percent, row.quota_count,
                  (row.difference > 0 ? "+" + std::to_string(row.difference) : std::to_string(row.difference)).c_str());
    out += line;
  }
  out += "  tanpa predikat: " + std::to_string(recap.WithoutPredikat()) + "\n\nKategori Job Person Match\n";
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
