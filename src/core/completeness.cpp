#include "core/completeness.hpp"

#include "core/nip.hpp"

namespace asn::core {
namespace {

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::vector<MissingItem> MissingForSubmission(const Assessment& a) {
  std::vector<MissingItem> missing;
  const auto need = [&](Section s, std::string message) { missing.push_back({s, std::move(message)}); };
  if (Blank(a.pegawai.nama)) need(Section::Profil, "Nama pegawai belum diisi");
  if (a.pegawai.nip.empty()) {
    need(Section::Profil, "NIP pegawai belum diisi");
  } else if (!CheckNip(a.pegawai.nip).empty()) {
    need(Section::Profil, "NIP pegawai belum sah");
  }
  if (Blank(a.pegawai.jabatan)) need(Section::Profil, "Jabatan belum diisi");
  if (a.pegawai.jenis_jabatan.empty()) need(Section::Profil, "Jenis jabatan belum dipilih");
  if (Blank(a.pegawai.unit_kerja)) need(Section::Profil, "Unit kerja belum diisi");
  if (Blank(a.pegawai.instansi)) need(Section::Profil, "Instansi belum diisi");
  if (Blank(a.penilai.nama)) need(Section::Profil, "Nama pejabat penilai belum diisi");
  if (!a.penilai.nip.empty() && !CheckNip(a.penilai.nip).empty()) need(Section::Profil, "NIP pejabat penilai belum sah");

  if (a.kompetensi.empty()) need(Section::Kompetensi, "Belum ada kompetensi yang dinilai");
  for (const CompetencyEntry& c : a.kompetensi) {
    if (c.level_mandiri == kNotAssessed) {
      need(Section::Kompetensi, c.kode + " " + c.nama + ": level penilaian mandiri belum dipilih");
    } else if (Blank(c.bukti)) {
      need(Section::Kompetensi, c.kode + " " + c.nama + ": bukti belum ditulis");
    }
    if (c.jenis == CompetencyKind::Teknis && Blank(c.nama)) need(Section::Kompetensi, c.kode + ": nama kompetensi teknis belum diisi");
  }

  if (a.hasil_kerja.empty()) need(Section::HasilKerja, "Belum ada Rencana Hasil Kerja (RHK)");
  for (std::size_t i = 0; i < a.hasil_kerja.size(); ++i) {
    const RhkRow& r = a.hasil_kerja[i];
    const std::string row = "RHK " + std::to_string(i + 1);
    if (Blank(r.rhk)) need(Section::HasilKerja, row + ": uraian RHK belum diisi");
    if (Blank(r.target)) need(Section::HasilKerja, row + ": target belum diisi");
    if (Blank(r.realisasi)) need(Section::HasilKerja, row + ": realisasi belum diisi");
  }

  for (const BehaviourNote& b : a.perilaku) {
    if (Blank(b.refleksi_mandiri)) need(Section::Perilaku, "Refleksi " + b.kode + " belum ditulis");
  }
  return missing;
}

std::vector<std::string> MissingForReview(const Assessment& a) {
  std::vector<std::string> missing;
  for (const CompetencyEntry& c : a.kompetensi) {
    if (c.level_atasan == kNotAssessed) missing.push_back(c.kode + " " + c.nama + ": level dari atasan belum dipilih");
  }
  if (!a.rating_hasil_kerja) missing.push_back("Rating hasil kerja belum dipilih");
  if (!a.rating_perilaku) missing.push_back("Rating perilaku kerja belum dipilih");
  if (Blank(a.penilai.nama)) missing.push_back("Nama pejabat penilai belum diisi");
  if (a.penilai.nip.empty() || !CheckNip(a.penilai.nip).empty()) missing.push_back("NIP pejabat penilai belum sah");
  return missing;
}

}  // namespace asn::core
