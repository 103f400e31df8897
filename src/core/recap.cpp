#include "core/recap.hpp"

#include "core/dictionary.hpp"
#include "core/format_keys.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/submission_format.hpp"

#include <algorithm>
#include <tuple>

namespace asn::core {
namespace {

const GapCell kEmptyCell{};

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
  row.capaian = a.evaluasi.capaian_kinerja_organisasi;
  const JpmMethod method = jpm_method_.value_or(a.metode_jpm);
  if (std::find(jpm_methods_.begin(), jpm_methods_.end(), method) == jpm_methods_.end()) jpm_methods_.push_back(method);
  row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Atasan, method);
  row.jpm_from_supervisor = row.jpm.has_value();
  if (!row.jpm) row.jpm = JobPersonMatch(a.kompetensi, LevelSource::Mandiri, method);

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

}  // namespace asn::core
