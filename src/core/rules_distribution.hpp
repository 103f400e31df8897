#pragma once
// Kurva distribusi predikat kinerja — PermenPANRB 6/2022: the organisation's own performance
// rating (capaian kinerja organisasi) shapes how its employees' predikat may be distributed.
// The exact shares are set by each instansi and are not confirmed here, so the quotas are data the
// user edits; ExampleDistributionCurve() is only an example and the UI says so.
#include "core/rules_predikat.hpp"

#include <array>

namespace asn::core {

inline constexpr int kPredikatCount = 5;

// Share of staff per predikat in percent, indexed by Predikat (lowest first).
struct DistributionCurve {
  std::array<double, kPredikatCount> percent{};
};

// An example for an organisation rated "Baik": most staff Baik, a few above, some below.
DistributionCurve ExampleDistributionCurve();

// True when the shares add up to 100 % (within 0.05).
bool CurveIsComplete(const DistributionCurve& curve);

struct CurveRow {
  int actual = 0;             // staff with this predikat
  double actual_percent = 0;  // of all staff with a predikat
  double quota_percent = 0;
  int quota_count = 0;        // the quota in people, rounded to the nearest person
  int difference = 0;         // actual − quota_count (positive: more than the curve allows)
};

// Compares the counts (indexed by Predikat) with the curve.
std::array<CurveRow, kPredikatCount> CompareWithCurve(const std::array<int, kPredikatCount>& counts,
                                                      const DistributionCurve& curve);

}  // namespace asn::core
