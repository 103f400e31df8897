#include "core/rules_skp.hpp"

namespace asn::core {

SkpLayout LayoutFor(const Person& pegawai) {
  return IsJptJobType(pegawai.jenis_jabatan) ? SkpLayout::Jpt : SkpLayout::JaJf;
}

bool NumericOnlyTarget(const std::string& target) {
  bool digit = false;
  for (char c : target) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',' && c != ' ' && c != '%' && c != '-') return false;
  }
  return digit;
}

RhkRowIssues CheckRhkRow(SkpLayout layout, SkpApproach approach, const RhkRow& row) {
  RhkRowIssues out;
  const bool jpt = layout == SkpLayout::Jpt;
  out.aspek_not_used = jpt && row.aspek.has_value();
  out.perspektif_not_used = !jpt && row.perspektif.has_value();
  out.numeric_qualitative_target = approach == SkpApproach::Kualitatif && NumericOnlyTarget(row.target);
  out.missing_perspektif = jpt && !row.perspektif;
  out.missing_aspek = !jpt && approach == SkpApproach::Kuantitatif && !row.aspek;
  return out;
}

int AdaptSkpToLayout(Skp& skp, SkpLayout layout) {
  int cleared = 0;
  for (RhkRow& row : skp.rhk) {
    std::optional<RhkAspect>& aspek = row.aspek;
    std::optional<RhkPerspective>& perspektif = row.perspektif;
    if (layout == SkpLayout::Jpt && aspek) { aspek.reset(); ++cleared; }
    if (layout == SkpLayout::JaJf && perspektif) { perspektif.reset(); ++cleared; }
  }
  return cleared;
}

bool PenilaiBelowPengawas(const Person& penilai) {
  const std::string& type = penilai.jenis_jabatan;
  if (type.empty()) return false;
  return !(IsJptJobType(type) || type == "administrator" || type == "pengawas");
}

}  // namespace asn::core
