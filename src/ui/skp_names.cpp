#include "ui/skp_names.hpp"

#include "core/dictionary.hpp"
#include "ui/strings.hpp"

namespace asn::ui {

const char* AspectName(core::RhkAspect aspect) {
  switch (aspect) {
    case core::RhkAspect::Kuantitas: return T("Kuantitas");
    case core::RhkAspect::Kualitas: return T("Kualitas");
    case core::RhkAspect::Waktu: return T("Waktu");
    case core::RhkAspect::Biaya: return T("Biaya");
  }
  return "";
}

const char* PerspectiveName(core::RhkPerspective perspective) {
  switch (perspective) {
    case core::RhkPerspective::PenerimaLayanan: return T("Penerima layanan");
    case core::RhkPerspective::ProsesBisnis: return T("Proses bisnis");
    case core::RhkPerspective::PenguatanInternal: return T("Penguatan internal");
    case core::RhkPerspective::Anggaran: return T("Anggaran");
  }
  return "";
}

std::string ValueName(const std::string& kode) {
  for (const core::BerakhlakValue& v : core::DefaultBerakhlak()) {
    if (v.kode == kode) return v.nama;
  }
  return kode;
}

std::string RhkLabel(const core::Skp& skp, const std::string& id) {
  for (std::size_t i = 0; i < skp.rhk.size(); ++i) {
    if (skp.rhk[i].id == id) return "RHK " + std::to_string(i + 1);
  }
  return id;
}

}  // namespace asn::ui
