#pragma once
// The words the submission format uses for enumerations, in one place.
#include "core/model.hpp"
#include "core/rules_predikat.hpp"

#include <optional>
#include <string>
#include <vector>

namespace asn::core {

const char* CompetencyKindKey(CompetencyKind kind);  // manajerial | sosial_kultural | teknis
std::optional<CompetencyKind> CompetencyKindFromKey(const std::string& key);

const char* PeriodKindKey(PeriodKind kind);  // triwulan | semester
std::optional<PeriodKind> PeriodKindFromKey(const std::string& key);

const char* StageKey(Stage stage);  // draf | diajukan | dinilai
std::optional<Stage> StageFromKey(const std::string& key);

const char* RhkKindKey(RhkKind kind);  // utama | tambahan
std::optional<RhkKind> RhkKindFromKey(const std::string& key);

const char* RhkAspectKey(RhkAspect aspect);  // kuantitas | kualitas | waktu | biaya
std::optional<RhkAspect> RhkAspectFromKey(const std::string& key);

const char* RhkPerspectiveKey(RhkPerspective perspective);  // penerima_layanan | proses_bisnis | penguatan_internal | anggaran
std::optional<RhkPerspective> RhkPerspectiveFromKey(const std::string& key);

const char* SkpApproachKey(SkpApproach approach);  // kuantitatif | kualitatif
std::optional<SkpApproach> SkpApproachFromKey(const std::string& key);

const char* OrganisationRatingKey(OrganisationRating rating);  // istimewa | baik | butuh_perbaikan | kurang | sangat_kurang
std::optional<OrganisationRating> OrganisationRatingFromKey(const std::string& key);

const char* JpmCapKey(JpmCap cap);  // per_kompetensi | total | tanpa_batas
std::optional<JpmCap> JpmCapFromKey(const std::string& key);

const char* JpmTeknisKey(JpmTeknis teknis);  // disertakan | dikecualikan | berbobot
std::optional<JpmTeknis> JpmTeknisFromKey(const std::string& key);

const char* PredikatKey(Predikat predikat);  // sangat_kurang | kurang_misconduct | butuh_perbaikan | baik | sangat_baik
std::optional<Predikat> PredikatFromKey(const std::string& key);

// The competency kind a code implies: M.1–M.8 manajerial, SK.1 sosial kultural, T.1… teknis.
std::optional<CompetencyKind> KindOfCompetencyCode(const std::string& code);

}  // namespace asn::core
