#pragma once
// Rekap unit: many submissions of one unit (hundreds to ten thousand files) loaded, validated,
// scored and aggregated — by the HR office (BKD) in the browser and by `asn-kinerja recap`.
// Files are added one at a time so a caller can spread the work over frames and show progress.
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/rules_distribution.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/rules_predikat.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core {

// One valid submission, reduced to what the recap shows.
struct RecapRow {
  std::string file;  // base name of the file
  std::string nama, nip, jabatan, jenis_jabatan, unit_kerja, instansi, periode;
  Stage tahap = Stage::Draf;
  bool contoh = false;
  std::optional<Predikat> predikat;
  std::optional<OrganisationRating> capaian;  // the file's own capaian kinerja organisasi, when it states one
  std::optional<JpmResult> jpm;  // (indikatif) the supervisor's levels when all are given, else the employee's own
  bool jpm_from_supervisor = false;
  int competencies_below = 0;    // competencies with a negative gap
  // Gap per standard competency (RecapCompetencyCodes() order); absent when not in the file or not assessed.
  std::vector<std::optional<int>> gaps;
};

struct RecapInvalid {
  std::string file;
  Problems problems;  // at most kMaxProblemsPerInvalidFile
  std::size_t problem_count = 0;
};

inline constexpr std::size_t kMaxProblemsPerInvalidFile = 10;

// Average of the gaps in one cell of the competency × job-type heatmap.
struct GapCell {
  long sum = 0;
  int count = 0;
  std::optional<double> Average() const;
};

// The competencies every job shares (manajerial and sosial kultural): the heatmap rows and the
// CSV's gap columns. Kompetensi teknis differ per job and are not averaged across jobs.
const std::vector<std::string>& RecapCompetencyCodes();

// The staff of one capaian kinerja organisasi in a recap: checked against that curve.
struct CapaianGroup {
  std::optional<OrganisationRating> capaian;  // absent: no capaian known (none in the files, none chosen)
  std::array<int, kPredikatCount> counts{};   // staff per predikat (indexed by Predikat)
  int files = 0;                               // valid files in the group (with or without a predikat)
  int from_unit = 0;                           // of those, files without a capaian of their own
};

struct RecapEntry;  // core/recap_entry.hpp

class Recap {
 public:
  // The JPM method for every file (absent: each file's own, as stored in it). Kept by Clear().
  void SetJpmMethod(std::optional<JpmMethod> method) { jpm_method_ = method; }
  // Reads one file's text: valid submissions are added, others listed with their problems.
  void AddFile(const std::string& path_or_name, std::string_view text);
  // A file the host could not read or refused (too large) — listed as invalid with this reason.
  void AddRefused(const std::string& path_or_name, const std::string& reason);
  void Add(const std::string& path_or_name, const Assessment& assessment);
  // Counts one file's entry, made here or elsewhere (a Web Worker): what the three above do.
  void AddEntry(RecapEntry entry);
  void Clear() {
    const std::optional<JpmMethod> method = jpm_method_;
    *this = Recap();
    jpm_method_ = method;
  }

  const std::vector<RecapRow>& Rows() const { return rows_; }
  const std::vector<RecapInvalid>& Invalid() const { return invalid_; }
  std::size_t FilesSeen() const { return rows_.size() + invalid_.size(); }
  const std::array<int, kPredikatCount>& PredikatCounts() const { return predikat_counts_; }
  int WithoutPredikat() const { return without_predikat_; }
  const std::array<int, 3>& JpmCounts() const { return jpm_counts_; }  // indexed by JpmCategory
  int WithoutJpm() const { return without_jpm_; }
  // Heatmap columns: job-type keys present, in JobTypeKeys() order ("" = not filled in) last.
  std::vector<std::string> JobTypes() const;
  const GapCell& Cell(std::size_t competency, const std::string& job_type) const;
  const GapCell& CompetencyAverage(std::size_t competency) const;
  // NIP + period pairs submitted more than once, with their files (each pair once, sorted).
  std::vector<std::pair<std::string, std::vector<std::string>>> Duplicates() const;
  // Files grouped by capaian kinerja organisasi: a file's own value, else the unit's (chosen for the
  // recap; may be absent). Ordered Istimewa … Sangat Kurang, then the group without one.
  std::vector<CapaianGroup> CapaianGroups(std::optional<OrganisationRating> unit) const;
  // The distinct JPM methods the rows were computed with (one when overridden or all files agree).
  const std::vector<JpmMethod>& JpmMethods() const { return jpm_methods_; }
  // Incremented on every change, so views can cache sorted or filtered copies.
  unsigned long Version() const { return version_; }

 private:
  std::vector<RecapRow> rows_;
  std::vector<RecapInvalid> invalid_;
  std::array<int, kPredikatCount> predikat_counts_{};
  int without_predikat_ = 0;
  std::array<int, 3> jpm_counts_{};
  int without_jpm_ = 0;
  std::map<std::string, std::vector<GapCell>> heatmap_;  // job type → cell per competency
  // Sized on the first row: an empty recap (the app's, at start) does not read the dictionary.
  std::vector<GapCell> overall_;
  std::map<std::string, std::vector<std::string>> by_person_period_;
  std::optional<JpmMethod> jpm_method_;
  std::vector<JpmMethod> jpm_methods_;
  unsigned long version_ = 0;
};

// "a/b/c.json" → "c.json" (either slash).
std::string BaseName(const std::string& path);

// Row order for lists and the CSV: unit kerja, nama, NIP, periode, file.
bool RecapRowBefore(const RecapRow& a, const RecapRow& b);

// What a recap is checked against: the unit's capaian kinerja organisasi (for files that do not state
// their own) and the bounds of the curves.
struct RecapCurveSettings {
  std::optional<OrganisationRating> unit_capaian;
  const DistributionGuidance* guidance = &DefaultDistributionGuidance();
};

// The bounds of a group's curve, checked (empty when the group has no capaian or no predikat).
std::vector<BoundCheck> CheckGroup(const CapaianGroup& group, const RecapCurveSettings& settings);

// One line per valid submission in RecapRowBefore order, RFC 4180 (comma, CRLF, quotes), UTF-8 with
// a byte-order mark so spreadsheet programs read the names correctly. Cells that a spreadsheet would
// run as a formula (=, +, -, @ first) are prefixed with an apostrophe. Each row carries the capaian
// its file was checked against and the verdict of every bound of that curve.
std::string RecapCsv(const Recap& recap, const RecapCurveSettings& settings = RecapCurveSettings{});

// The plain-text summary the CLI prints (Indonesian).
std::string RecapSummaryText(const Recap& recap, const RecapCurveSettings& settings = RecapCurveSettings{});

}  // namespace asn::core
