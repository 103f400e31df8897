#include "core/score_report.hpp"

#include "core/jpm_method_json.hpp"
#include "core/rules_competency_gap.hpp"
#include "core/rules_job_person_match.hpp"
#include "core/rules_predikat.hpp"

namespace asn::core {
namespace {

using ojson = nlohmann::ordered_json;

void AddJpm(ojson& out, const Assessment& a, const JpmMethod& method, LevelSource source, const char* value_key,
            const char* category_key) {
  const std::optional<JpmResult> jpm = JobPersonMatch(a.kompetensi, source, method);
  out[value_key] = jpm ? ojson(jpm->percent) : ojson(nullptr);
  out[category_key] = jpm ? ojson(JpmCategoryName(jpm->category)) : ojson(nullptr);
}

}  // namespace

ojson ScoreReport(const Assessment& a, const JpmMethod* override_method) {
  const JpmMethod& method = override_method != nullptr ? *override_method : a.metode_jpm;
  ojson out;
  const std::optional<Predikat> predikat = PredikatKinerja(a.evaluasi.rating_hasil_kerja, a.evaluasi.rating_perilaku);
  out["predikat"] = predikat ? ojson(PredikatName(*predikat)) : ojson(nullptr);
  AddJpm(out, a, method, LevelSource::Mandiri, "jpm_mandiri", "kategori_jpm_mandiri");
  AddJpm(out, a, method, LevelSource::Atasan, "jpm_atasan", "kategori_jpm_atasan");
  out["metode_jpm"] = JpmMethodJson<ojson>(method);
  ojson gaps = ojson::array();
  for (const GapRow& row : CompetencyGaps(a.kompetensi)) {
    gaps.push_back({{"kode", row.kode},
                    {"level_standar", row.level_standar},
                    {"level", row.level ? ojson(*row.level) : ojson(nullptr)},
                    {"gap", row.gap ? ojson(*row.gap) : ojson(nullptr)}});
  }
  out["kesenjangan"] = std::move(gaps);
  return out;
}

}  // namespace asn::core
