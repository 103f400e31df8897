#include "core/migration.hpp"

#include "core/json_reader.hpp"
#include "core/model.hpp"
#include "core/submission_format.hpp"

#include <cstdlib>
#include <string>

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

// versi 1 periode {tahun, jenis: "tahunan" | "triwulan", triwulan} → versi 2 {tahun, jenis, ke, mulai,
// selesai}. "tahunan" is the annual evaluation: Triwulan IV/Akhir over the whole year (1 January –
// 31 December: the dates keep what "tahunan" said). Problems of the versi-1 periode are reported
// against its own members, as versi 1 did.
bool MigratePeriodV1(json& doc, Problems& problems) {
  const auto it = doc.find("periode");
  if (it == doc.end() || !it->is_object()) return true;  // reported by the versi-2 reader
  json& p = *it;
  const json jenis = p.value("jenis", json());
  const json triwulan = p.value("triwulan", json());
  const bool tahunan = jenis == "tahunan";
  if (!tahunan && jenis != "triwulan") {
    if (jenis.is_string()) {
      problems.push_back({"unknown_value", "$.periode.jenis",
                          "nilai tidak dikenal " + Quoted(jenis.get<std::string>()) + "; yang diizinkan: \"tahunan\", \"triwulan\"", 0});
    } else if (!p.contains("jenis")) {
      problems.push_back({"missing_member", "$.periode.jenis", "wajib ada tetapi tidak ditemukan", 0});
    } else {
      problems.push_back({"wrong_type", "$.periode.jenis", std::string("harus berupa teks, bukan ") + JsonTypeName(jenis), 0});
    }
    return false;
  }
  if (tahunan && !triwulan.is_null()) {
    problems.push_back({"inconsistent", "$.periode.triwulan", "harus null untuk periode tahunan", 0});
    return false;
  }
  if (!tahunan && triwulan.is_null()) {
    problems.push_back({"missing_member", "$.periode.triwulan", "periode triwulan harus menyebut triwulan ke berapa (1–4)", 0});
    return false;
  }
  json out = json::object();
  out["tahun"] = p.value("tahun", json());
  out["jenis"] = "triwulan";
  out["ke"] = tahunan ? json(4) : triwulan;
  out["mulai"] = "";
  out["selesai"] = "";
  for (const auto& [key, value] : p.items()) {
    if (key != "tahun" && key != "jenis" && key != "triwulan") out[key] = value;  // unknown members stay, reported
  }
  if (out["tahun"].is_number_integer() && out["ke"].is_number_integer()) {
    Period period;
    period.tahun = out["tahun"].get<int>();
    period.ke = out["ke"].get<int>();
    if (tahunan) {
      period.mulai = std::to_string(period.tahun) + "-01-01";
      period.selesai = std::to_string(period.tahun) + "-12-31";
    } else {
      SetDefaultPeriodDates(period);
    }
    out["mulai"] = period.mulai;
    out["selesai"] = period.selesai;
  }
  p = std::move(out);
  return true;
}

// versi 1 → versi 2: the instansi on its own; pangkat/golongan and jenis jabatan for each person;
// the atasan pejabat penilai; the period as above; hasil_kerja becomes the SKP (rows get ids, no
// perspektif, an empty lampiran); the ratings and the overall feedback move into evaluasi; no
// continuous feedback yet. Nothing of versi 1 is dropped: members it did not know stay, so the
// reader reports them.
bool MigrateV1ToV2(json& doc, Problems& problems) {
  if (!MigratePeriodV1(doc, problems)) return false;
  json instansi = "";
  if (auto p = doc.find("pegawai"); p != doc.end() && p->is_object()) {
    if (auto i = p->find("instansi"); i != p->end()) {
      instansi = *i;
      p->erase(i);
    }
    if (!p->contains("pangkat_golongan")) (*p)["pangkat_golongan"] = "";
  }
  doc["instansi"] = instansi;
  if (auto p = doc.find("penilai"); p != doc.end() && p->is_object()) {
    if (!p->contains("pangkat_golongan")) (*p)["pangkat_golongan"] = "";
    if (!p->contains("jenis_jabatan")) (*p)["jenis_jabatan"] = "";
  }
  json& atasan = doc["atasan_penilai"] = json::object();
  for (const char* key : {"nama", "nip", "pangkat_golongan", "jabatan", "jenis_jabatan", "unit_kerja"}) atasan[key] = "";
  json evaluation = json::object();
  evaluation["capaian_kinerja_organisasi"] = nullptr;
  for (const char* key : {"catatan_rekomendasi", "tempat", "tanggal"}) evaluation[key] = "";
  if (auto h = doc.find("hasil_kerja"); h != doc.end()) {
    json skp = *h;
    if (skp.is_object()) {
      if (auto r = skp.find("rating"); r != skp.end()) {
        evaluation["rating_hasil_kerja"] = *r;
        skp.erase(r);
      }
      if (auto rows = skp.find("rhk"); rows != skp.end() && rows->is_array()) {
        int n = 0;
        for (json& row : *rows) {
          ++n;
          if (!row.is_object()) continue;
          row["id"] = "rhk-" + std::to_string(n);
          row["perspektif"] = nullptr;
        }
      }
      skp["pendekatan"] = "kuantitatif";
      json& lampiran = skp["lampiran"] = json::object();
      for (const char* key : {"dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"}) lampiran[key] = json::array();
    }
    doc["skp"] = std::move(skp);
    doc.erase("hasil_kerja");
  }
  if (auto b = doc.find("perilaku"); b != doc.end() && b->is_object()) {
    if (auto r = b->find("rating"); r != b->end()) {
      evaluation["rating_perilaku"] = *r;
      b->erase(r);
    }
  }
  if (auto f = doc.find("umpan_balik"); f != doc.end()) {
    evaluation["umpan_balik"] = *f;
    doc.erase(f);
  }
  doc["evaluasi"] = std::move(evaluation);
  doc["umpan_balik_berkelanjutan"] = json::array();
  // Versi 1 computed the JPM one way: capped per competency, bands 90/78, teknis included.
  json& method = doc["metode_jpm"] = json::object();
  method["batas"] = "per_kompetensi";
  method["kategori_optimal"] = 90;
  method["kategori_cukup_optimal"] = 78;
  method["teknis"] = "disertakan";
  method["bobot_teknis"] = 40;
  doc["versi"] = 2;
  return true;
}

}  // namespace

bool MigrateToCurrent(json& document, int from_version, Problems& problems) {
  int version = from_version;
  if (version == 0) {
    if (!MigrateV0ToV1(document, problems)) return false;
    version = 1;
  }
  if (version == 1) {
    if (!MigrateV1ToV2(document, problems)) return false;
    version = 2;
  }
  if (version != kFormatVersion) {
    problems.push_back({"bad_version", "$.versi", "versi format " + std::to_string(from_version) + " tidak dikenal", 0});
    return false;
  }
  return true;
}

}  // namespace asn::core
