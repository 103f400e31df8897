#include "cli/recap_command.hpp"

#include "cli/cli.hpp"
#include "core/recap.hpp"
#include "core/submission_format.hpp"
#include "platform/file_io.hpp"

#include <cstdlib>
#include <ostream>
#include <sstream>

namespace asn::cli {
namespace {

int UsageError(std::ostream& err, const std::string& problem) {
  err << "asn-kinerja: " << problem << "\n(lihat: asn-kinerja help)\n";
  return kExitUsage;
}

// "2,3,10,70,15": percentages from Sangat Kurang up to Sangat Baik.
bool ParseQuotas(const std::string& text, core::DistributionCurve* curve) {
  std::stringstream in(text);
  std::string part;
  std::size_t i = 0;
  while (std::getline(in, part, ',')) {
    if (i >= curve->percent.size() || part.empty()) return false;
    char* end = nullptr;
    const double value = std::strtod(part.c_str(), &end);
    if (end == part.c_str() || *end != '\0' || value < 0 || value > 100) return false;
    curve->percent[i++] = value;
  }
  return i == curve->percent.size();
}

}  // namespace

int RunRecap(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> inputs;
  std::string csv_path;
  core::DistributionCurve curve = core::ExampleDistributionCurve();
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--csv" && i + 1 < args.size()) {
      csv_path = args[++i];
    } else if (args[i] == "--kuota" && i + 1 < args.size()) {
      if (!ParseQuotas(args[++i], &curve)) {
        return UsageError(err, "--kuota membutuhkan lima persentase 0–100 dipisah koma (Sangat Kurang … Sangat Baik), "
                               "misalnya 2,3,10,70,15");
      }
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

  core::Recap recap;
  for (const std::string& path : files) {
    const platform::ReadResult file = platform::ReadFileLimited(path, core::kMaxFileBytes);
    if (file.status == platform::ReadStatus::Ok) {
      recap.AddFile(path, file.content);
    } else {
      recap.AddRefused(path, platform::ReadStatusMessage(file, core::kMaxFileBytes));
    }
  }
  out << core::RecapSummaryText(recap, curve);
  if (!csv_path.empty()) {
    if (!platform::WriteWholeFile(csv_path, core::RecapCsv(recap))) {
      err << "asn-kinerja: CSV tidak dapat ditulis ke " << csv_path << "\n";
      return kExitInvalid;
    }
    out << "\nCSV ditulis ke " << csv_path << " (" << recap.Rows().size() << " baris)\n";
  }
  return recap.Invalid().empty() ? kExitOk : kExitInvalid;
}

}  // namespace asn::cli
