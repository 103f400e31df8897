#include "cli/recap_command.hpp"

#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "cli/verify_command.hpp"
#include "core/recap.hpp"
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

// What the recap needs of one file: read, imported (parsed, validated, digest checked) and, when
// valid, its signature classified. Each file's result depends on that file alone, so several are
// worked on at once; the recap then takes them in the files' order, and its output does not
// depend on how many threads there were.
struct FileResult {
  platform::ReadResult file;
  std::optional<core::ImportResult> imported;
  core::SignatureClass signature = core::SignatureClass::Unsigned;
};

FileResult ReadAndCheck(const std::string& path, const core::KeyRegistry* registry) {
  FileResult r;
  r.file = platform::ReadFileLimited(path, core::kMaxFileBytes);
  if (r.file.status != platform::ReadStatus::Ok) return r;
  r.imported = core::ImportSubmission(r.file.content);
  if (r.imported->ok()) r.signature = ClassifyImported(*r.imported, registry);
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

// Runs ReadAndCheck over files [begin, end) on `workers` threads; results[i - begin] for file i.
void CheckFiles(const std::vector<std::string>& files, std::size_t begin, std::size_t end,
                const core::KeyRegistry* registry, unsigned workers, std::vector<FileResult>* results) {
  results->assign(end - begin, FileResult{});
  std::atomic<std::size_t> next{begin};
  const auto work = [&]() {
    for (std::size_t i = next++; i < end; i = next++) (*results)[i - begin] = ReadAndCheck(files[i], registry);
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
  recap.SetJpmMethod(method);
  SignatureTally signatures;
  // In slices of a few hundred files, so memory stays bounded however many files there are.
  constexpr std::size_t kSlice = 256;
  const unsigned workers = WorkerCount();
  std::vector<FileResult> results;
  for (std::size_t begin = 0; begin < files.size(); begin += kSlice) {
    const std::size_t end = std::min(files.size(), begin + kSlice);
    CheckFiles(files, begin, end, registry ? &*registry : nullptr, workers, &results);
    for (std::size_t i = begin; i < end; ++i) {
      FileResult& r = results[i - begin];
      if (r.file.status != platform::ReadStatus::Ok) {
        recap.AddRefused(files[i], platform::ReadStatusMessage(r.file, core::kMaxFileBytes));
      } else if (r.imported->ok()) {
        recap.Add(files[i], *r.imported->assessment);
        signatures.Add(files[i], r.signature);
      } else {
        recap.AddFile(files[i], r.file.content);  // recorded with its problems
      }
    }
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
