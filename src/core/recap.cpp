#include "core/recap.hpp"

#include "core/dictionary.hpp"
#include "core/format_keys.hpp"
#include "core/recap_entry.hpp"
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
  AddEntry(CheckRecapFile(path_or_name, text, jpm_method_));
}

void Recap::AddRefused(const std::string& path_or_name, const std::string& reason) {
  AddEntry(RefusedRecapEntry(path_or_name, reason));
}

void Recap::Add(const std::string& path_or_name, const Assessment& a) {
  AddEntry(RecapEntryOf(path_or_name, a, jpm_method_));
}

void Recap::AddEntry(RecapEntry entry) {
  ++version_;
  if (!entry.row) {
    invalid_.push_back(std::move(entry.invalid));
    return;
  }
  RecapRow& row = *entry.row;
  if (std::find(jpm_methods_.begin(), jpm_methods_.end(), entry.method) == jpm_methods_.end()) {
    jpm_methods_.push_back(entry.method);
  }
  std::vector<GapCell>& column = heatmap_[row.jenis_jabatan];
  if (column.empty()) column.resize(RecapCompetencyCodes().size());
  if (overall_.empty()) overall_.resize(RecapCompetencyCodes().size());
  for (std::size_t i = 0; i < row.gaps.size() && i < column.size(); ++i) {
    if (!row.gaps[i]) continue;
    column[i].sum += *row.gaps[i];
    ++column[i].count;
    overall_[i].sum += *row.gaps[i];
    ++overall_[i].count;
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
}

std::vector<std::string> Recap::JobTypes() const {
  std::vector<std::string> out;
  for (const std::string& key : JobTypeKeys()) {
    if (heatmap_.count(key) != 0) out.push_back(key);
  }
  if (heatmap_.count("") != 0) out.push_back("");
  return out;
}

const GapCell& Recap::CompetencyAverage(std::size_t competency) const {
  return competency < overall_.size() ? overall_[competency] : kEmptyCell;
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
