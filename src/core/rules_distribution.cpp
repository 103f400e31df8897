#include "core/rules_distribution.hpp"

#include <cmath>

namespace asn::core {

DistributionCurve ExampleDistributionCurve() {
  // Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik.
  return DistributionCurve{{2.0, 3.0, 10.0, 70.0, 15.0}};
}

bool CurveIsComplete(const DistributionCurve& curve) {
  double total = 0;
  for (double p : curve.percent) {
    if (p < 0 || p > 100) return false;
    total += p;
  }
  return std::fabs(total - 100.0) < 0.05;
}

std::array<CurveRow, kPredikatCount> CompareWithCurve(const std::array<int, kPredikatCount>& counts,
                                                      const DistributionCurve& curve) {
  int total = 0;
  for (int c : counts) total += c;
  std::array<CurveRow, kPredikatCount> rows{};
  for (int i = 0; i < kPredikatCount; ++i) {
    CurveRow& row = rows[static_cast<std::size_t>(i)];
    row.actual = counts[static_cast<std::size_t>(i)];
    row.actual_percent = total > 0 ? 100.0 * row.actual / total : 0.0;
    row.quota_percent = curve.percent[static_cast<std::size_t>(i)];
    row.quota_count = static_cast<int>(std::lround(row.quota_percent * total / 100.0));
    row.difference = row.actual - row.quota_count;
  }
  return rows;
}

}  // namespace asn::core
