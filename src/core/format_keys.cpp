#include "core/format_keys.hpp"

namespace asn::core {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> FromKey(const std::string& key, const Enum (&values)[N], const char* (*to_key)(Enum)) {
  for (Enum value : values) {
    if (key == to_key(value)) return value;
  }
  return std::nullopt;
}

}  // namespace

const char* CompetencyKindKey(CompetencyKind kind) {
  switch (kind) {
    case CompetencyKind::Manajerial: return "manajerial";
    case CompetencyKind::SosialKultural: return "sosial_kultural";
    case CompetencyKind::Teknis: return "teknis";
  }
  return "";
}

std::optional<CompetencyKind> CompetencyKindFromKey(const std::string& key) {
  static constexpr CompetencyKind kAll[] = {CompetencyKind::Manajerial, CompetencyKind::SosialKultural,
                                            CompetencyKind::Teknis};
  return FromKey(key, kAll, CompetencyKindKey);
}

const char* PeriodKindKey(PeriodKind kind) { return kind == PeriodKind::Semester ? "semester" : "triwulan"; }

std::optional<PeriodKind> PeriodKindFromKey(const std::string& key) {
  static constexpr PeriodKind kAll[] = {PeriodKind::Triwulan, PeriodKind::Semester};
  return FromKey(key, kAll, PeriodKindKey);
}

const char* StageKey(Stage stage) {
  switch (stage) {
    case Stage::Draf: return "draf";
    case Stage::Diajukan: return "diajukan";
    case Stage::Dinilai: return "dinilai";
  }
  return "";
}

std::optional<Stage> StageFromKey(const std::string& key) {
  static constexpr Stage kAll[] = {Stage::Draf, Stage::Diajukan, Stage::Dinilai};
  return FromKey(key, kAll, StageKey);
}

const char* RhkKindKey(RhkKind kind) { return kind == RhkKind::Tambahan ? "tambahan" : "utama"; }

std::optional<RhkKind> RhkKindFromKey(const std::string& key) {
  static constexpr RhkKind kAll[] = {RhkKind::Utama, RhkKind::Tambahan};
  return FromKey(key, kAll, RhkKindKey);
}

const char* RhkAspectKey(RhkAspect aspect) {
  switch (aspect) {
    case RhkAspect::Kuantitas: return "kuantitas";
    case RhkAspect::Kualitas: return "kualitas";
    case RhkAspect::Waktu: return "waktu";
    case RhkAspect::Biaya: return "biaya";
  }
  return "";
}

std::optional<RhkAspect> RhkAspectFromKey(const std::string& key) {
  static constexpr RhkAspect kAll[] = {RhkAspect::Kuantitas, RhkAspect::Kualitas, RhkAspect::Waktu, RhkAspect::Biaya};
  return FromKey(key, kAll, RhkAspectKey);
}

const char* RhkPerspectiveKey(RhkPerspective perspective) {
  switch (perspective) {
    case RhkPerspective::PenerimaLayanan: return "penerima_layanan";
    case RhkPerspective::ProsesBisnis: return "proses_bisnis";
    case RhkPerspective::PenguatanInternal: return "penguatan_internal";
    case RhkPerspective::Anggaran: return "anggaran";
  }
  return "";
}

std::optional<RhkPerspective> RhkPerspectiveFromKey(const std::string& key) {
  static constexpr RhkPerspective kAll[] = {RhkPerspective::PenerimaLayanan, RhkPerspective::ProsesBisnis,
                                            RhkPerspective::PenguatanInternal, RhkPerspective::Anggaran};
  return FromKey(key, kAll, RhkPerspectiveKey);
}

const char* SkpApproachKey(SkpApproach approach) {
  return approach == SkpApproach::Kualitatif ? "kualitatif" : "kuantitatif";
}

std::optional<SkpApproach> SkpApproachFromKey(const std::string& key) {
  static constexpr SkpApproach kAll[] = {SkpApproach::Kuantitatif, SkpApproach::Kualitatif};
  return FromKey(key, kAll, SkpApproachKey);
}

const char* OrganisationRatingKey(OrganisationRating rating) {
  switch (rating) {
    case OrganisationRating::Istimewa: return "istimewa";
    case OrganisationRating::Baik: return "baik";
    case OrganisationRating::ButuhPerbaikan: return "butuh_perbaikan";
    case OrganisationRating::Kurang: return "kurang";
    case OrganisationRating::SangatKurang: return "sangat_kurang";
  }
  return "";
}

std::optional<OrganisationRating> OrganisationRatingFromKey(const std::string& key) {
  static constexpr OrganisationRating kAll[] = {OrganisationRating::Istimewa, OrganisationRating::Baik,
                                                OrganisationRating::ButuhPerbaikan, OrganisationRating::Kurang,
                                                OrganisationRating::SangatKurang};
  return FromKey(key, kAll, OrganisationRatingKey);
}

const char* JpmCapKey(JpmCap cap) {
  switch (cap) {
    case JpmCap::PerCompetency: return "per_kompetensi";
    case JpmCap::Total: return "total";
    case JpmCap::None: return "tanpa_batas";
  }
  return "";
}

std::optional<JpmCap> JpmCapFromKey(const std::string& key) {
  static constexpr JpmCap kAll[] = {JpmCap::PerCompetency, JpmCap::Total, JpmCap::None};
  return FromKey(key, kAll, JpmCapKey);
}

const char* JpmTeknisKey(JpmTeknis teknis) {
  switch (teknis) {
    case JpmTeknis::Included: return "disertakan";
    case JpmTeknis::Excluded: return "dikecualikan";
    case JpmTeknis::Weighted: return "berbobot";
  }
  return "";
}

std::optional<JpmTeknis> JpmTeknisFromKey(const std::string& key) {
  static constexpr JpmTeknis kAll[] = {JpmTeknis::Included, JpmTeknis::Excluded, JpmTeknis::Weighted};
  return FromKey(key, kAll, JpmTeknisKey);
}

const char* PredikatKey(Predikat predikat) {
  switch (predikat) {
    case Predikat::SangatKurang: return "sangat_kurang";
    case Predikat::KurangMisconduct: return "kurang_misconduct";
    case Predikat::ButuhPerbaikan: return "butuh_perbaikan";
    case Predikat::Baik: return "baik";
    case Predikat::SangatBaik: return "sangat_baik";
  }
  return "";
}

std::optional<Predikat> PredikatFromKey(const std::string& key) {
  static constexpr Predikat kAll[] = {Predikat::SangatKurang, Predikat::KurangMisconduct, Predikat::ButuhPerbaikan,
                                      Predikat::Baik, Predikat::SangatBaik};
  return FromKey(key, kAll, PredikatKey);
}

std::optional<CompetencyKind> KindOfCompetencyCode(const std::string& code) {
  if (code.size() == 3 && code[0] == 'M' && code[1] == '.' && code[2] >= '1' && code[2] <= '8') {
    return CompetencyKind::Manajerial;
  }
  if (code == "SK.1") return CompetencyKind::SosialKultural;
  // T.1 … T.99 (no leading zero)
  if (code.size() >= 3 && code.size() <= 4 && code[0] == 'T' && code[1] == '.' && code[2] >= '1' && code[2] <= '9' &&
      (code.size() == 3 || (code[3] >= '0' && code[3] <= '9'))) {
    return CompetencyKind::Teknis;
  }
  return std::nullopt;
}

}  // namespace asn::core
