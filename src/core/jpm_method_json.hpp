#pragma once
// The method of the indicative JPM as the format writes it ("metode_jpm"): one definition for the
// file (submission_writer.cpp, either JSON flavour) and the score report.
#include "core/format_keys.hpp"
#include "core/model.hpp"

namespace asn::core {

template <typename Json>
Json JpmMethodJson(const JpmMethod& m) {
  Json out = Json::object();  // member by member: nested initializer lists cost much more code
  out["batas"] = JpmCapKey(m.cap);
  out["kategori_optimal"] = m.optimal_min;
  out["kategori_cukup_optimal"] = m.cukup_min;
  out["teknis"] = JpmTeknisKey(m.teknis);
  out["bobot_teknis"] = m.teknis_weight;
  return out;
}

}  // namespace asn::core
