#include "core/workflow.hpp"

#include "core/completeness.hpp"
#include "core/time_format.hpp"

namespace asn::core {

bool IsLocked(const Assessment& assessment) { return assessment.status.tahap == Stage::Dinilai; }

const char* DraftOriginKey(DraftOrigin origin) {
  switch (origin) {
    case DraftOrigin::Own: return "pegawai";
    case DraftOrigin::Imported: return "impor";
    case DraftOrigin::Example: return "contoh";
    case DraftOrigin::Unknown: break;
  }
  return "";
}

DraftOrigin DraftOriginFromKey(const std::string& key) {
  for (DraftOrigin o : {DraftOrigin::Own, DraftOrigin::Imported, DraftOrigin::Example}) {
    if (key == DraftOriginKey(o)) return o;
  }
  return DraftOrigin::Unknown;
}

bool SupervisorPartEditable(const Assessment& assessment, DraftOrigin origin) {
  if (IsLocked(assessment) || origin == DraftOrigin::Own) return false;
  // Examples demonstrate the review at any stage; a file from elsewhere once it was submitted.
  return origin == DraftOrigin::Example || assessment.status.tahap != Stage::Draf || origin == DraftOrigin::Unknown;
}

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
  assessment.status.diperbarui = now_utc;  // frozen from here on (MarkUpdated)
  if (!assessment.status.diajukan) assessment.status.diajukan = now_utc;
  // The Dokumen Evaluasi is dated the day it is signed, unless the supervisor wrote another date.
  if (assessment.evaluasi.tanggal.empty()) assessment.evaluasi.tanggal = WibDate(now_utc);
  return true;
}

bool CanSignDigitally(const Assessment& assessment, DraftOrigin origin) {
  return IsLocked(assessment) && !assessment.tanda_tangan && origin != DraftOrigin::Own;
}

void MarkUpdated(Assessment& assessment, const std::string& now_utc) {
  if (!IsLocked(assessment)) assessment.status.diperbarui = now_utc;
}

bool Withdraw(Assessment& assessment) {
  if (!IsLocked(assessment)) return false;
  assessment.status.tahap = Stage::Diajukan;
  assessment.status.dinilai.reset();
  assessment.tanda_tangan.reset();  // the signature was over the review as it was; it goes with it
  return true;
}

bool RequiredLevelsUntouched(const Assessment& assessment, const JobStandardPreset* preset) {
  bool all_start = true, all_preset = preset != nullptr;
  for (const CompetencyEntry& c : assessment.kompetensi) {
    if (c.jenis == CompetencyKind::Teknis) continue;  // the user defines those: never replaced
    all_start = all_start && c.level_standar == kMinLevel;
    if (preset != nullptr) {
      const auto it = preset->level.find(c.kode);
      all_preset = all_preset && (it == preset->level.end() || it->second == c.level_standar);
    }
  }
  return all_start || all_preset;
}

bool JobStandardSet(const Assessment& assessment) {
  if (assessment.pegawai.jenis_jabatan.empty()) return false;
  const JobStandardPreset* preset = DefaultJobStandards().Find(assessment.pegawai.jenis_jabatan);
  bool preset_asks_more = false;
  if (preset != nullptr) {
    for (const auto& [kode, level] : preset->level) preset_asks_more = preset_asks_more || level > kMinLevel;
  }
  return !(preset_asks_more && RequiredLevelsUntouched(assessment, nullptr));
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
