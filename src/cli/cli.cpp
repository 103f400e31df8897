#include "cli/cli.hpp"

#include "cli/recap_command.hpp"
#include "cli/verify_command.hpp"
#include "core/documents_html.hpp"
#include "core/problem.hpp"
#include "cli/options.hpp"
#include "core/report_html.hpp"
#include "core/sample.hpp"
#include "core/score_report.hpp"
#include "core/submission_format.hpp"
#include "platform/ed25519.hpp"
#include "platform/file_io.hpp"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <ostream>

namespace asn::cli {
namespace {

constexpr const char* kUsage =
    "Pemakaian:\n"
    "  asn-kinerja validate BERKAS...          periksa berkas penilaian (OK atau daftar masalah)\n"
    "  asn-kinerja score BERKAS [--jpm-metode METODE]\n"
    "                                          cetak predikat, JPM indikatif dan kesenjangan sebagai JSON;\n"
    "                                          METODE menggantikan metode JPM berkas, misalnya\n"
    "                                          batas=total,kategori=80/68,teknis=berbobot:40\n"
    "  asn-kinerja report BERKAS [--dokumen JENIS]\n"
    "                                          tulis laporan HTML siap cetak ke stdout; --dokumen memilih\n"
    "                                          dokumen resmi: skp, evaluasi, dokumen-evaluasi, kompetensi\n"
    "  asn-kinerja recap BERKAS_ATAU_FOLDER... [--csv KELUARAN] [--capaian CAPAIAN] [--kurva BERKAS]\n"
    "                    [--jpm-metode METODE] [--kunci DAFTAR.csv]\n"
    "                                          rekap unit: sebaran predikat diperiksa terhadap batas kurva\n"
    "                                          distribusi menurut capaian kinerja organisasi (istimewa, baik,\n"
    "                                          butuh-perbaikan, kurang, sangat-kurang; berkas yang memuat\n"
    "                                          capaiannya sendiri diperiksa dengan capaian itu), kategori JPM\n"
    "                                          indikatif, rata-rata kesenjangan; --kurva memuat batas instansi;\n"
    "                                          --csv menulis daftar pegawai; tanda tangan digital tiap\n"
    "                                          berkas dihitung (sah, tanpa, tidak sah, kunci tak dikenal)\n"
    "  asn-kinerja verify BERKAS... [--kunci DAFTAR.csv]\n"
    "                                          periksa tanda tangan digital pejabat penilai; DAFTAR.csv\n"
    "                                          (nip,sidik_kunci) memuat kunci yang terdaftar di kantor\n"
    "  asn-kinerja sample [--persona NAMA]     tulis contoh berkas penilaian yang sah ke stdout (yang\n"
    "                                          sudah dinilai ditandatangani dengan kunci CONTOH)\n"
    "  asn-kinerja sample --unit N --out FOLDER [--seed S]\n"
    "                                          tulis N berkas contoh (fiktif) satu unit untuk latihan rekap\n"
    "  asn-kinerja help                        tampilkan bantuan ini\n"
    "Kode keluar: 0 berhasil, 1 ada berkas (atau tanda tangan) tidak sah, 2 salah pemakaian.\n";

int Usage(std::ostream& err, const std::string& problem) {
  err << "asn-kinerja: " << problem << "\n" << kUsage;
  return kExitUsage;
}

// Reads and imports one file; on failure prints "FILE: problem" lines to `report`.
bool LoadSubmission(const std::string& path, core::ImportResult* result, std::ostream& report) {
  const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
  if (file.status != platform::ReadStatus::Ok) {
    report << path << ": " << platform::ReadStatusMessage(file, core::kMaxFileBytes) << "\n";
    return false;
  }
  *result = core::ImportSubmission(file.content);
  for (const core::Problem& p : result->problems) report << path << ": " << core::FormatProblem(p) << "\n";
  return result->ok();
}

int Validate(const std::vector<std::string>& files, std::ostream& out) {
  if (files.empty()) return -1;
  bool all_valid = true;
  for (const std::string& path : files) {
    core::ImportResult result;
    if (LoadSubmission(path, &result, out)) {
      out << path << ": OK\n";
    } else {
      all_valid = false;
    }
  }
  return all_valid ? kExitOk : kExitInvalid;
}

// score BERKAS [--jpm-metode METODE]
int Score(const std::vector<std::string>& options, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::optional<core::JpmMethod> method;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i] == "--jpm-metode") {
      if (i + 1 >= options.size()) return Usage(err, "--jpm-metode membutuhkan metode, misalnya batas=total,kategori=80/68");
      core::JpmMethod parsed;
      std::string problem;
      if (!ParseJpmMethod(options[++i], &parsed, &problem)) return Usage(err, "--jpm-metode: " + problem);
      method = parsed;
    } else if (options[i].rfind("--", 0) == 0) {
      return Usage(err, "opsi tidak dikenal untuk score: " + options[i]);
    } else {
      files.push_back(options[i]);
    }
  }
  if (files.size() != 1) return Usage(err, "score membutuhkan tepat satu berkas");
  core::ImportResult result;
  if (!LoadSubmission(files[0], &result, err)) return kExitInvalid;
  out << core::ScoreReport(*result.assessment, method ? &*method : nullptr).dump(2) << "\n";
  return kExitOk;
}

// The --dokumen values, "skp, evaluasi, dokumen-evaluasi atau kompetensi".
std::string DocumentKeyList() {
  std::string list;
  const std::vector<core::DocumentKind>& kinds = core::DocumentKinds();
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == kinds.size() ? " atau " : ", ") + std::string(core::DocumentKindKey(kinds[i]));
  }
  return list;
}

// report BERKAS [--dokumen JENIS]: the report by default, else one of the official documents.
int Report(const std::vector<std::string>& options, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::optional<core::DocumentKind> document;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i] == "--dokumen") {
      if (i + 1 >= options.size()) return Usage(err, "--dokumen membutuhkan jenis dokumen: " + DocumentKeyList());
      document = core::DocumentKindFromKey(options[++i]);
      if (!document) {
        return Usage(err, "jenis dokumen tidak dikenal '" + options[i] + "'; pilih " + DocumentKeyList());
      }
    } else if (options[i].size() > 1 && options[i][0] == '-') {
      return Usage(err, "opsi tidak dikenal untuk report: " + options[i]);
    } else {
      files.push_back(options[i]);
    }
  }
  if (files.size() != 1) return Usage(err, "report membutuhkan tepat satu berkas");
  core::ImportResult result;
  if (!LoadSubmission(files[0], &result, err)) return kExitInvalid;
  out << (document ? core::RenderDocumentHtml(*result.assessment, *document) : core::RenderReportHtml(*result.assessment));
  return kExitOk;
}

// A signed-off example carries a signature made with the published CONTOH key, so a workshop can
// show verification; every check names that key "kunci contoh".
void SignWithExampleKeyIfReviewed(core::Assessment& assessment) {
  if (assessment.status.tahap != core::Stage::Dinilai) return;
  platform::SignAssessmentWithSeed(assessment, core::ExampleKeySeed(), assessment.status.dinilai.value_or(""));
}

int WriteUnit(int count, std::uint64_t seed, const std::string& folder, std::ostream& out, std::ostream& err) {
  if (!platform::IsDirectory(folder)) {
    err << "asn-kinerja: folder " << folder << " tidak ada\n";
    return kExitUsage;
  }
  std::vector<core::Assessment> unit = core::MakeExampleUnit(count, seed);
  for (std::size_t i = 0; i < unit.size(); ++i) {
    SignWithExampleKeyIfReviewed(unit[i]);
    // The index keeps names unique even if two fictional NIPs ever coincided.
    const std::string name = folder + "/" + std::to_string(100000 + i).substr(1) + "_" + core::ExportFileName(unit[i]);
    if (!platform::WriteWholeFile(name, core::ExportSubmission(unit[i]))) {
      err << "asn-kinerja: tidak dapat menulis " << name << "\n";
      return kExitInvalid;
    }
  }
  out << unit.size() << " berkas contoh ditulis ke " << folder << "\n";
  return kExitOk;
}

bool ParseCount(const std::string& text, long max, long* value) {
  char* end = nullptr;
  *value = std::strtol(text.c_str(), &end, 10);
  return end != text.c_str() && *end == '\0' && *value >= 1 && *value <= max;
}

int Sample(const std::vector<std::string>& options, std::ostream& out, std::ostream& err) {
  std::string persona = core::SamplePersonaNames().front();
  long unit = 0, seed = 1;
  std::string folder;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const bool has_value = i + 1 < options.size();
    if (options[i] == "--persona" && has_value) {
      persona = options[++i];
    } else if (options[i] == "--unit" && has_value) {
      if (!ParseCount(options[++i], 100000, &unit)) return Usage(err, "--unit membutuhkan bilangan 1–100000");
    } else if (options[i] == "--seed" && has_value) {
      if (!ParseCount(options[++i], 2147483647L, &seed)) return Usage(err, "--seed membutuhkan bilangan positif");
    } else if (options[i] == "--out" && has_value) {
      folder = options[++i];
    } else {
      return Usage(err, "opsi tidak dikenal untuk sample: " + options[i]);
    }
  }
  if (unit > 0) {
    if (folder.empty()) return Usage(err, "sample --unit membutuhkan --out FOLDER");
    return WriteUnit(static_cast<int>(unit), static_cast<std::uint64_t>(seed), folder, out, err);
  }
  core::Assessment assessment;
  if (!core::MakeSampleAssessment(persona, &assessment)) {
    std::string names;
    for (const std::string& n : core::SamplePersonaNames()) names += " " + n;
    err << "asn-kinerja: persona tidak dikenal '" << persona << "'; yang tersedia:" << names << "\n";
    return kExitUsage;
  }
  SignWithExampleKeyIfReviewed(assessment);
  out << core::ExportSubmission(assessment);
  return kExitOk;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) return Usage(err, "perintah belum diberikan");
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsage;
    return kExitOk;
  }
  if (command == "validate") {
    const int code = Validate(rest, out);
    return code < 0 ? Usage(err, "validate membutuhkan paling sedikit satu berkas") : code;
  }
  if (command == "score") return Score(rest, out, err);
  if (command == "report") return Report(rest, out, err);
  if (command == "sample") return Sample(rest, out, err);
  if (command == "recap") return RunRecap(rest, out, err);
  if (command == "verify") return RunVerify(rest, out, err);
  return Usage(err, "perintah tidak dikenal: " + command);
}

}  // namespace asn::cli
