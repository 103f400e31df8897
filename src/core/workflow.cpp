#include "core/workflow.hpp"

#include "core/completeness.hpp"

namespace asn::core {

bool IsLocked(const Assessment& assessment) { return assessment.status.tahap == Stage::Dinilai; }

bool Submit(Assessment& assessment, const std::string& now_utc) {
  if (IsLocked(assessment) || !MissingForSubmission(assessment).empty()) return false;
  assessment.status.tahap = Stage::Diajukan;
  assessment.status.diajukan = now_utc;
  return true;
}

bool SignOff(Assessment& assessment, const std::string& now_utc) {
  if (IsLocked(assessment) || !MissingForReview(assessment).empty()) return false;
  assessment.status.tahap = Stage::Dinilai;
  assessment.status.dinilai = now_utc;
  if (!assessment.status.diajukan) assessment.status.diajukan = now_utc;
  return true;
}

bool Withdraw(Assessment& assessment) {
  if (!IsLocked(assessment)) return false;
  assessment.status.tahap = Stage::Diajukan;
  assessment.status.dinilai.reset();
  return true;
}

int ApplyJobStandard(Assessment& assessment, const JobStandardPreset& preset) {
  if (IsLocked(assessment)) return 0;
  int changed = 0;
  for (CompetencyEntry& c : assessment.kompetensi) {
    const auto it = preset.level.find(c.kode);
    if (it == preset.level.end() || c.level_standar == it->second) continue;
    c.level_standar = it->second;
    ++changed;
  }
  return changed;
}

}  // namespace asn::core
