#pragma once
// Kurva distribusi predikat kinerja (PermenPANRB 6/2022 and its guidance): the organisation's own
// rating — the capaian kinerja organisasi — chooses a curve, and the curve sets **bounds** on how
// its staff's predikat may be distributed (at most / at least a share, or at least one person), not
// exact quotas. It is national guidance that the instansi applies to its units. The bounds are data
// (assets/kurva_distribusi.json, the default, labelled with its source) that an instansi applying
// other numbers can replace. A recap flags only a bound that is broken.
#include "core/language.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/rules_predikat.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core {

inline constexpr int kPredikatCount = 5;
inline constexpr int kOrganisationRatingCount = 5;

enum class BoundKind {
  AtMostPercent,   // the predikat together hold at most `value` % of the staff with a predikat
  AtLeastPercent,  // … at least `value` %
  AtLeastPeople,   // … at least `value` people
};

struct DistributionBound {
  std::vector<Predikat> predikat;  // one, or several counted together ("dan/atau")
  BoundKind kind = BoundKind::AtMostPercent;
  int value = 0;
  bool operator==(const DistributionBound& o) const { return predikat == o.predikat && kind == o.kind && value == o.value; }
};

// The bounds per capaian kinerja organisasi (indexed by OrganisationRating), with their source.
struct DistributionGuidance {
  std::string sumber;
  std::string keterangan;
  std::array<std::vector<DistributionBound>, kOrganisationRatingCount> bounds;
  const std::vector<DistributionBound>& For(OrganisationRating capaian) const {
    return bounds[static_cast<std::size_t>(capaian)];
  }
  bool operator==(const DistributionGuidance& o) const {
    return sumber == o.sumber && keterangan == o.keterangan && bounds == o.bounds;
  }
  bool operator!=(const DistributionGuidance& o) const { return !(*this == o); }
};

// The default: the table of the public guidance (REFERENCE §4), embedded from assets/.
const DistributionGuidance& DefaultDistributionGuidance();
// An instansi's own bounds in the same format ("asn-kinerja-kurva", versi 1); problems with their
// JSON paths when the file cannot be used.
std::optional<DistributionGuidance> ParseDistributionGuidance(std::string_view text, Problems& problems);

// The same format back (compact JSON): an instansi's edited bounds, kept in the browser's settings.
std::string WriteDistributionGuidance(const DistributionGuidance& guidance);

// One bound applied to a unit's counts (indexed by Predikat).
struct BoundCheck {
  DistributionBound bound;
  int count = 0;   // staff with the bound's predikat
  int total = 0;   // staff with a predikat
  int limit = 0;   // the bound in people: at most ⌊p·total/100⌋, at least ⌈p·total/100⌉, or the people
  bool broken = false;
  int by = 0;      // people over (at most) or short (at least) when broken
};
// Every bound of the curve, checked exactly (integer arithmetic). Nothing is checked for a unit
// without any predikat (empty result).
std::vector<BoundCheck> CheckDistribution(const std::array<int, kPredikatCount>& counts,
                                          const std::vector<DistributionBound>& bounds);

// "Baik paling banyak 70 %", "Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 orang",
// "Sangat Baik tidak ada" (at most 0 %).
std::string BoundText(const DistributionBound& bound, Language language = Language::Indonesian);
// "Baik 74 % dari 250 pegawai (185 orang); batas paling banyak 70 % (175): lebih 10 orang" — or "…: sesuai".
std::string BoundVerdict(const BoundCheck& check, Language language = Language::Indonesian);

// "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang" (the official terms).
const char* OrganisationRatingName(OrganisationRating rating);

}  // namespace asn::core
