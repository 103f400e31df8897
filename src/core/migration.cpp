#include "core/migration.hpp"

#include "core/json_reader.hpp"
#include "core/submission_format.hpp"

#include <cstdlib>

namespace asn::core {
namespace {

using json = nlohmann::json;

// "2025" → {2025, tahunan}; "2025-TW2" → {2025, triwulan, 2}.
bool MigratePeriodV0(json& doc, Problems& problems) {
  const auto it = doc.find("periode");
  if (it == doc.end() || !it->is_string()) {
    problems.push_back({"bad_period", "$.periode", "format versi 0: \"periode\" harus berupa teks seperti \"2025\" atau \"2025-TW2\"", 0});
    return false;
  }
  const std::string text = it->get<std::string>();
  const bool year_ok = text.size() >= 4 && text.find_first_not_of("0123456789") >= 4;
  if (year_ok && text.size() == 4) {
    *it = {{"tahun", std::atoi(text.c_str())}, {"jenis", "tahunan"}, {"triwulan", nullptr}};
    return true;
  }
  if (year_ok && text.size() == 8 && text.compare(4, 3, "-TW") == 0 && text[7] >= '1' && text[7] <= '4') {
    *it = {{"tahun", std::atoi(text.substr(0, 4).c_str())}, {"jenis", "triwulan"}, {"triwulan", text[7] - '0'}};
    return true;
  }
  problems.push_back({"bad_period", "$.periode", "format versi 0: periode " + Quoted(text) + " tidak dikenal (contoh: \"2025\" atau \"2025-TW2\")", 0});
  return false;
}

void MigrateRatingV0(json& section) {
  if (!section.is_object()) return;
  const auto it = section.find("rating");
  if (it == section.end() || !it->is_string()) return;
  const std::string old = it->get<std::string>();
  if (old == "Di Atas Ekspektasi") *it = "di_atas";
  else if (old == "Sesuai Ekspektasi") *it = "sesuai";
  else if (old == "Di Bawah Ekspektasi") *it = "di_bawah";
  // Anything else is left as written; validation reports it with the allowed values.
}

bool MigrateV0ToV1(json& doc, Problems& problems) {
  if (!MigratePeriodV0(doc, problems)) return false;
  if (doc.contains("hasil_kerja")) MigrateRatingV0(doc["hasil_kerja"]);
  if (doc.contains("perilaku")) MigrateRatingV0(doc["perilaku"]);
  doc["versi"] = 1;
  return true;
}

}  // namespace

bool MigrateToCurrent(json& document, int from_version, Problems& problems) {
  int version = from_version;
  if (version == 0) {
    if (!MigrateV0ToV1(document, problems)) return false;
    version = 1;
  }
  if (version != kFormatVersion) {
    problems.push_back({"bad_version", "$.versi", "versi format " + std::to_string(from_version) + " tidak dikenal", 0});
    return false;
  }
  return true;
}

}  // namespace asn::core
