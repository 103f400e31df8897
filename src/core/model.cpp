#include "core/model.hpp"

#include <algorithm>

#include <tuple>

namespace asn::core {
namespace {

auto Fields(const Person& p) { return std::tie(p.nama, p.nip, p.pangkat_golongan, p.jabatan, p.jenis_jabatan, p.unit_kerja); }
auto Fields(const Period& p) { return std::tie(p.tahun, p.jenis, p.ke, p.mulai, p.selesai); }
auto Fields(const CompetencyEntry& c) {
  return std::tie(c.kode, c.nama, c.jenis, c.level_standar, c.level_mandiri, c.level_atasan, c.bukti, c.umpan_balik,
                  c.definisi, c.deskripsi_level);
}
auto Fields(const RhkRow& r) {
  return std::tie(r.id, r.jenis, r.rhk_pimpinan, r.rhk, r.aspek, r.perspektif, r.iki, r.target, r.satuan, r.realisasi,
                  r.bukti_dukung, r.umpan_balik);
}
auto Fields(const SkpAttachment& l) { return std::tie(l.dukungan_sumber_daya, l.skema_pertanggungjawaban, l.konsekuensi); }
auto Fields(const FeedbackEntry& f) { return std::tie(f.tanggal, f.rhk_id, f.perilaku, f.umpan_balik, f.tanggapan_pegawai); }
auto Fields(const Evaluation& e) {
  return std::tie(e.rating_hasil_kerja, e.rating_perilaku, e.capaian_kinerja_organisasi, e.umpan_balik,
                  e.catatan_rekomendasi, e.tempat, e.tanggal);
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
  return contoh == o.contoh && instansi == o.instansi && SameFields(pegawai, o.pegawai) && SameFields(penilai, o.penilai) &&
         SameFields(atasan_penilai, o.atasan_penilai) && SameFields(periode, o.periode) &&
         SameList(kompetensi, o.kompetensi) && skp.pendekatan == o.skp.pendekatan && SameList(skp.rhk, o.skp.rhk) &&
         SameFields(skp.lampiran, o.skp.lampiran) && SameList(perilaku, o.perilaku) &&
         SameList(umpan_balik_berkelanjutan, o.umpan_balik_berkelanjutan) && SameFields(evaluasi, o.evaluasi) &&
         SameList(rencana_pengembangan, o.rencana_pengembangan) && metode_jpm == o.metode_jpm &&
         SameFields(status, o.status) && tanda_tangan == o.tanda_tangan;
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
      {"fungsional_pemula", "Fungsional Pemula"},
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
      "fungsional_pemula", "fungsional_terampil", "fungsional_mahir", "fungsional_penyelia"};
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
  return std::to_string(period.tahun) + (period.jenis == PeriodKind::Triwulan ? "-TW" : "-S") + std::to_string(period.ke);
}

std::string PeriodName(const Period& period) {
  static const char* kRoman[] = {"", "I", "II", "III", "IV"};
  const bool triwulan = period.jenis == PeriodKind::Triwulan;
  const int last = triwulan ? 4 : 2;
  const int ke = period.ke >= 1 && period.ke <= last ? period.ke : 1;
  return std::string(triwulan ? "Triwulan " : "Semester ") + kRoman[ke] + (ke == last ? "/Akhir" : "") + " " +
         std::to_string(period.tahun);
}

void SetDefaultPeriodDates(Period& period) {
  static const char* kQuarterStart[] = {"01-01", "04-01", "07-01", "10-01"};
  static const char* kQuarterEnd[] = {"03-31", "06-30", "09-30", "12-31"};
  const std::string year = std::to_string(period.tahun);
  if (period.jenis == PeriodKind::Triwulan && period.ke >= 1 && period.ke <= 4) {
    period.mulai = year + "-" + kQuarterStart[period.ke - 1];
    period.selesai = year + "-" + kQuarterEnd[period.ke - 1];
  } else if (period.jenis == PeriodKind::Semester && period.ke >= 1 && period.ke <= 2) {
    period.mulai = year + (period.ke == 1 ? "-01-01" : "-07-01");
    period.selesai = year + (period.ke == 1 ? "-06-30" : "-12-31");
  }
}

bool PeriodRangeReversed(const Period& period) {
  return !period.mulai.empty() && !period.selesai.empty() && period.selesai < period.mulai;
}

void ChangePeriod(Period& period, int tahun, PeriodKind jenis, int ke) {
  Period usual = period;
  SetDefaultPeriodDates(usual);
  const bool dates_follow = (period.mulai.empty() && period.selesai.empty()) ||
                            (period.mulai == usual.mulai && period.selesai == usual.selesai);
  period.tahun = tahun;
  period.jenis = jenis;
  period.ke = std::clamp(ke, 1, jenis == PeriodKind::Triwulan ? 4 : 2);
  if (dates_follow) SetDefaultPeriodDates(period);
}

std::size_t RemoveRhk(Assessment& assessment, std::size_t index) {
  if (index >= assessment.skp.rhk.size()) return 0;
  const std::string id = assessment.skp.rhk[index].id;
  assessment.skp.rhk.erase(assessment.skp.rhk.begin() + static_cast<std::ptrdiff_t>(index));
  std::vector<FeedbackEntry>& log = assessment.umpan_balik_berkelanjutan;
  const std::size_t before = log.size();
  if (!id.empty()) {
    log.erase(std::remove_if(log.begin(), log.end(), [&](const FeedbackEntry& f) { return f.rhk_id == id; }), log.end());
  }
  return before - log.size();
}

bool IsJptJobType(const std::string& jenis_jabatan) { return jenis_jabatan.rfind("jpt_", 0) == 0; }

std::string NewRhkId(const Skp& skp) {
  for (int n = static_cast<int>(skp.rhk.size()) + 1;; ++n) {
    const std::string id = "rhk-" + std::to_string(n);
    bool used = false;
    for (const RhkRow& r : skp.rhk) used = used || r.id == id;
    if (!used) return id;
  }
}

}  // namespace asn::core
