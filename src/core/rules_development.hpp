#pragma once
// Development recommendations from competency gaps (PP 17/2020 gives every PNS the right to
// competency development; PermenPANRB 38/2017 levels say what the next level looks like).
// A gap of one level is usually closed on the job (coaching, mentoring, assignments); two or more
// levels call for structured learning as well (training, e-learning, secondment).
#include "core/model.hpp"

#include <string>
#include <vector>

namespace asn::core {

struct DevelopmentRecommendation {
  std::string kode;
  std::string nama;
  int level = 0;           // the assessed level used
  int level_standar = 0;
  int gap = 0;             // negative
  std::string priority;    // "tinggi" (gap ≤ −2) or "sedang" (gap −1)
  std::vector<std::string> kinds;  // suggested kinds of development, most fitting first
};

// Competencies below their required level, largest gap first (ties keep the assessment order).
std::vector<DevelopmentRecommendation> RecommendDevelopment(const std::vector<CompetencyEntry>& competencies);

// Turns recommendations into editable development-plan items (one per competency).
std::vector<DevelopmentItem> DraftDevelopmentPlan(const std::vector<DevelopmentRecommendation>& recommendations);

}  // namespace asn::core
