#include "core/model.hpp"

#include <tuple>

namespace asn::core {
namespace {

auto Fields(const Employee& e) { return std::tie(e.nama, e.nip, e.jabatan, e.jenis_jabatan, e.unit_kerja, e.instansi); }
auto Fields(const Supervisor& s) { return std::tie(s.nama, s.nip, s.jabatan, s.unit_kerja); }
auto Fields(const Period& p) { return std::tie(p.tahun, p.jenis, p.triwulan); }
auto Fields(const CompetencyEntry& c) {
  return std::tie(c.kode, c.nama, c.jenis, c.level_standar, c.level_mandiri, c.level_atasan, c.bukti, c.umpan_balik,
                  c.definisi, c.deskripsi_level);
}
auto Fields(const RhkRow& r) {
  return std::tie(r.jenis, r.rhk_pimpinan, r.rhk, r.aspek, r.iki, r.target, r.realisasi, r.satuan, r.bukti_dukung,
                  r.umpan_balik);
}
auto Fields(const BehaviourNote& b) { return std::tie(b.kode, b.refleksi_mandiri, b.catatan_atasan, b.ekspektasi_pimpinan); }
auto Fields(const DevelopmentItem& d) {
  return std::tie(d.kode_kompetensi, d.kegiatan, d.jenis, d.target_tanggal, d.keterangan);
}
auto Fields(const Status& s) { return std::tie(s.tahap, s.dibuat, s.diperbarui, s.diajukan, s.dinilai); }

template <typename T>
bool SameFields(const T& a, const T& b) {
  return Fields(a) == Fields(b);
}

template <typename T>
bool SameList(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!SameFields(a[i], b[i])) return false;
  }
  return true;
}

}  // namespace

bool Assessment::operator==(const Assessment& o) const {
  return contoh == o.contoh && SameFields(pegawai, o.pegawai) && SameFields(penilai, o.penilai) &&
         SameFields(periode, o.periode) && SameList(kompetensi, o.kompetensi) &&
         rating_hasil_kerja == o.rating_hasil_kerja && SameList(hasil_kerja, o.hasil_kerja) &&
         rating_perilaku == o.rating_perilaku && SameList(perilaku, o.perilaku) && umpan_balik == o.umpan_balik &&
         SameList(rencana_pengembangan, o.rencana_pengembangan) && SameFields(status, o.status);
}

const std::vector<std::string>& BerakhlakCodes() {
  static const std::vector<std::string> codes = {"berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis",
                                                 "loyal", "adaptif", "kolaboratif"};
  return codes;
}

std::string JobTypeName(const std::string& key) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"jpt_utama", "JPT Utama"},
      {"jpt_madya", "JPT Madya"},
      {"jpt_pratama", "JPT Pratama"},
      {"administrator", "Administrator"},
      {"pengawas", "Pengawas"},
      {"pelaksana", "Pelaksana"},
      {"fungsional_ahli_pertama", "Fungsional Ahli Pertama"},
      {"fungsional_ahli_muda", "Fungsional Ahli Muda"},
      {"fungsional_ahli_madya", "Fungsional Ahli Madya"},
      {"fungsional_ahli_utama", "Fungsional Ahli Utama"},
      {"fungsional_terampil", "Fungsional Terampil"},
      {"fungsional_mahir", "Fungsional Mahir"},
      {"fungsional_penyelia", "Fungsional Penyelia"},
  };
  for (const auto& [k, name] : kNames) {
    if (key == k) return name;
  }
  return key;
}

const std::vector<std::string>& JobTypeKeys() {
  static const std::vector<std::string> keys = {
      "jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana",
      "fungsional_ahli_pertama", "fungsional_ahli_muda", "fungsional_ahli_madya", "fungsional_ahli_utama",
      "fungsional_terampil", "fungsional_mahir", "fungsional_penyelia"};
  return keys;
}

void RemoveCompetency(Assessment& assessment, std::size_t index) {
  if (index >= assessment.kompetensi.size()) return;
  const std::string code = assessment.kompetensi[index].kode;
  assessment.kompetensi.erase(assessment.kompetensi.begin() + static_cast<std::ptrdiff_t>(index));
  for (DevelopmentItem& item : assessment.rencana_pengembangan) {
    if (item.kode_kompetensi == code) item.kode_kompetensi.clear();
  }
}

std::string PeriodLabel(const Period& period) {
  std::string label = std::to_string(period.tahun);
  if (period.jenis == PeriodKind::Triwulan) return label + "-TW" + std::to_string(period.triwulan);
  return label + "-tahunan";
}

}  // namespace asn::core
