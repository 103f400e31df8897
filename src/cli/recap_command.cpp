#include "cli/recap_command.hpp"

#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "cli/verify_command.hpp"
#include "core/recap.hpp"
#include "core/submission_format.hpp"
#include "platform/file_io.hpp"

#include <ostream>

namespace asn::cli {
namespace {

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
  for (const std::string& path : files) {
    const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
    if (file.status == platform::ReadStatus::Ok) {
      const core::ImportResult imported = core::ImportSubmission(file.content);
      if (imported.ok()) {
        recap.Add(path, *imported.assessment);
        signatures.Add(path, imported, registry ? &*registry : nullptr);
      } else {
        recap.AddFile(path, file.content);  // recorded with its problems
      }
    } else {
      recap.AddRefused(path, platform::ReadStatusMessage(file, core::kMaxFileBytes));
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
