#pragma once
// The scoring summary of one assessment, as the CLI's `score` command prints it and as the
// golden tests compare it between the native and the WebAssembly build.
#include "core/model.hpp"

#include <nlohmann/json.hpp>

namespace asn::core {

// {"predikat", "jpm_mandiri", "kategori_jpm_mandiri", "jpm_atasan", "kategori_jpm_atasan",
//  "metode_jpm": {"batas", "kategori_optimal", "kategori_cukup_optimal", "teknis", "bobot_teknis"},
//  "kesenjangan": [{"kode", "level_standar", "level", "gap"}]} — absent values are null. The JPM
// (indikatif) uses the file's own method unless `method` is given.
nlohmann::ordered_json ScoreReport(const Assessment& assessment, const JpmMethod* method = nullptr);

}  // namespace asn::core
