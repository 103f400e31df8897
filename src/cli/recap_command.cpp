#include "cli/recap_command.hpp"

#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "cli/verify_command.hpp"
#include "core/recap_entry.hpp"
#include "core/submission_format.hpp"
#include "platform/file_io.hpp"

#include <algorithm>
#include <atomic>
#include <ostream>
#if !defined(__EMSCRIPTEN__)
#include <thread>
#endif

namespace asn::cli {
namespace {

// What the recap keeps of one file, made by the thread that checked it: the file's entry (its row,
// or its problems) and, when valid, its signature's class. The file's text and its Assessment are
// dropped there, so the threads hand on only what the recap keeps anyway.
struct FileResult {
  core::RecapEntry entry;
  std::optional<core::SignatureClass> signature;
};

FileResult ReadAndCheck(const std::string& path, const core::KeyRegistry* registry,
                        const std::optional<core::JpmMethod>& method) {
  FileResult r;
  const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
  if (file.status != platform::ReadStatus::Ok) {
    r.entry = core::RefusedRecapEntry(path, platform::ReadStatusMessage(file, core::kMaxFileBytes));
    return r;
  }
  const core::ImportResult imported = core::ImportSubmission(file.content);
  if (imported.ok()) r.signature = ClassifyImported(imported, registry);
  r.entry = core::RecapEntryOfImport(path, imported, method);
  return r;
}

// Threads for the per-file work: the machine's cores (at most 8). One under WebAssembly, which is
// built without threads.
unsigned WorkerCount() {
#if defined(__EMSCRIPTEN__)
  return 1;
#else
  return std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
#endif
}

// Runs ReadAndCheck over every file on `workers` threads (this one among them); results[i] for
// file i. Each file's result depends on that file alone; the recap then takes them in the files'
// order, so its output does not depend on how many threads there were.
std::vector<FileResult> CheckFiles(const std::vector<std::string>& files, const core::KeyRegistry* registry,
                                   const std::optional<core::JpmMethod>& method, unsigned workers) {
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&]() {
    for (std::size_t i = next++; i < files.size(); i = next++) results[i] = ReadAndCheck(files[i], registry, method);
  };
#if defined(__EMSCRIPTEN__)
  (void)workers;
  work();
#else
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
#endif
  return results;
}

int UsageError(std::ostream& err, const std::string& problem) {
  err << "asn-kinerja: " << problem << "\n(lihat: asn-kinerja help)\n";
  return kExitUsage;
}
}  // namespace

int RunRecap(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> inputs;
  std::string csv_path;
  core::RecapCurveSettings settings;
  std::optional<core::DistributionGuidance> own_bounds;
  std::optional<core::JpmMethod> method;
  std::optional<core::KeyRegistry> registry;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--csv" && has_value) {
      csv_path = args[++i];
    } else if (args[i] == "--capaian" && has_value) {
      settings.unit_capaian = ParseCapaian(args[++i]);
      if (!settings.unit_capaian) {
        return UsageError(err, "--capaian harus istimewa, baik, butuh-perbaikan, kurang atau sangat-kurang (tertulis '" +
                                   args[i] + "')");
      }
    } else if (args[i] == "--kurva" && has_value) {
      const std::string path = args[++i];
      const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
      if (file.status != platform::ReadStatus::Ok) {
        err << "asn-kinerja: " << path << ": " << platform::ReadStatusMessage(file, core::kMaxFileBytes) << "\n";
        return kExitInvalid;
      }
      core::Problems problems;
      own_bounds = core::ParseDistributionGuidance(file.content, problems);
      if (!own_bounds) {
        for (const core::Problem& p : problems) err << path << ": " << core::FormatProblem(p) << "\n";
        return kExitInvalid;
      }
    } else if (args[i] == "--jpm-metode" && has_value) {
      core::JpmMethod parsed;
      std::string problem;
      if (!ParseJpmMethod(args[++i], &parsed, &problem)) return UsageError(err, "--jpm-metode: " + problem);
      method = parsed;
    } else if (args[i] == "--kunci" && has_value) {
      registry = LoadKeyRegistry(args[++i], err);
      if (!registry) return kExitInvalid;
    } else if (args[i].rfind("--", 0) == 0) {
      return UsageError(err, "opsi tidak dikenal untuk recap: " + args[i]);
    } else {
      inputs.push_back(args[i]);
    }
  }
  if (inputs.empty()) return UsageError(err, "recap membutuhkan paling sedikit satu berkas atau folder");

  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (!platform::IsDirectory(input)) {
      files.push_back(input);
      continue;
    }
    std::string error;
    if (!platform::ListJsonFiles(input, &files, &error)) {
      err << "asn-kinerja: " << input << ": " << error << "\n";
      return kExitInvalid;
    }
  }

  if (own_bounds) settings.guidance = &*own_bounds;
  core::Recap recap;
  SignatureTally signatures;
  std::vector<FileResult> results = CheckFiles(files, registry ? &*registry : nullptr, method, WorkerCount());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (results[i].signature) signatures.Add(files[i], *results[i].signature);
    recap.AddEntry(std::move(results[i].entry));
  }
  out << core::RecapSummaryText(recap, settings);
  signatures.Print(out, registry.has_value());
  if (!csv_path.empty()) {
    if (!platform::WriteWholeFile(csv_path, core::RecapCsv(recap, settings))) {
      err << "asn-kinerja: CSV tidak dapat ditulis ke " << csv_path << "\n";
      return kExitInvalid;
    }
    out << "\nCSV ditulis ke " << csv_path << " (" << recap.Rows().size() << " baris)\n";
  }
  return recap.Invalid().empty() && !signatures.AnyInvalid() ? kExitOk : kExitInvalid;
}

}  // namespace asn::cli
