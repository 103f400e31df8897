#pragma once
// The method of the indicative JPM as the format writes it ("metode_jpm"): one definition for the
// file (submission_writer.cpp, either JSON flavour) and the score report.
#include "core/format_keys.hpp"
#include "core/model.hpp"

namespace asn::core {

template <typename Json>
Json JpmMethodJson(const JpmMethod& m) {
  return {{"batas", JpmCapKey(m.cap)},
          {"kategori_optimal", m.optimal_min},
          {"kategori_cukup_optimal", m.cukup_min},
          {"teknis", JpmTeknisKey(m.teknis)},
          {"bobot_teknis", m.teknis_weight}};
}

}  // namespace asn::core
