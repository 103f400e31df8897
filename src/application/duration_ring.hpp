#pragma once
// The last few hundred durations of something that repeats (a frame, an autosave), in
// milliseconds, for the benchmark (bench/run.mjs). Adding one is two stores: cheap enough to be
// always on.
#include <array>
#include <cstddef>
#include <vector>

namespace asn::application {

class DurationRing {
 public:
  static constexpr std::size_t kCapacity = 512;
  void Add(double ms) {
    values_[count_ % kCapacity] = ms;
    ++count_;
  }
  std::size_t Count() const { return count_; }  // added since start (not capped)
  // The most recent min(Count(), kCapacity) values, oldest first.
  std::vector<double> Recent() const {
    std::vector<double> out;
    const std::size_t n = count_ < kCapacity ? count_ : kCapacity;
    out.reserve(n);
    for (std::size_t i = count_ - n; i < count_; ++i) out.push_back(values_[i % kCapacity]);
    return out;
  }

 private:
  std::array<double, kCapacity> values_{};
  std::size_t count_ = 0;
};

}  // namespace asn::application
