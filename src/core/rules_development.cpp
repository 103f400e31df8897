#include "core/rules_development.hpp"

#include "core/rules_competency_gap.hpp"

#include <algorithm>

namespace asn::core {
namespace {

std::vector<std::string> KindsFor(CompetencyKind kind, int gap) {
  std::vector<std::string> kinds;
  if (gap <= -2) {
    kinds.push_back(kind == CompetencyKind::Teknis ? "pelatihan teknis klasikal" : "pelatihan kepemimpinan/manajerial");
    kinds.push_back("e-learning terstruktur");
    kinds.push_back("mentoring oleh atasan atau pejabat yang lebih senior");
    kinds.push_back("magang atau detasering di unit yang unggul");
  } else {
    kinds.push_back("coaching oleh atasan langsung");
    kinds.push_back("penugasan khusus (on-the-job) yang menuntut level berikutnya");
    kinds.push_back("belajar mandiri dan berbagi praktik baik dengan rekan kerja");
  }
  return kinds;
}

}  // namespace

std::vector<DevelopmentRecommendation> RecommendDevelopment(const std::vector<CompetencyEntry>& competencies) {
  std::vector<DevelopmentRecommendation> out;
  for (const CompetencyEntry& c : competencies) {
    const std::optional<int> level = AssessedLevel(c);
    if (!level) continue;
    const int gap = CompetencyGap(*level, c.level_standar);
    if (gap >= 0) continue;
    DevelopmentRecommendation r;
    r.kode = c.kode;
    r.nama = c.nama;
    r.level = *level;
    r.level_standar = c.level_standar;
    r.gap = gap;
    r.priority = gap <= -2 ? "tinggi" : "sedang";
    r.kinds = KindsFor(c.jenis, gap);
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const DevelopmentRecommendation& a, const DevelopmentRecommendation& b) { return a.gap < b.gap; });
  return out;
}

std::vector<DevelopmentItem> DraftDevelopmentPlan(const std::vector<DevelopmentRecommendation>& recommendations) {
  std::vector<DevelopmentItem> plan;
  for (const DevelopmentRecommendation& r : recommendations) {
    DevelopmentItem item;
    item.kode_kompetensi = r.kode;
    item.jenis = r.kinds.empty() ? "" : r.kinds.front();
    item.kegiatan = "Meningkatkan " + r.nama + " dari level " + std::to_string(r.level) + " ke level " +
                    std::to_string(r.level_standar);
    item.keterangan = "Prioritas " + r.priority + " (kesenjangan " + std::to_string(r.gap) + ")";
    plan.push_back(std::move(item));
  }
  return plan;
}

}  // namespace asn::core
