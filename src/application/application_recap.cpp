// Rekap unit: files arrive from the host a bounded number at a time and are validated, scored and
// aggregated within a time budget per frame, so ten thousand files load with a moving progress
// bar and a page that keeps answering.
#include "application/application.hpp"
#include "core/recap_entry.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"

namespace asn::application {
namespace {

constexpr int kExampleUnitSize = 250;
constexpr std::uint64_t kExampleUnitSeed = 2025;

}  // namespace

void Application::AnnounceRecapSet(const platform::RecapReading& reading) {
  if (!state_.recap.loading || state_.recap.example) {
    // A new set replaces what is shown; a set added during a load joins it.
    state_.recap.data.Clear();
    state_.recap.done = 0;
    state_.recap.expected = 0;
    state_.recap.example = false;
  }
  state_.recap.expected += reading.announced;
  state_.recap.loading = true;
}

void Application::ReceiveRecapFile(platform::IncomingFile file) {
  if (!state_.recap.loading) {
    // A file without an announced set (e.g. a single drop): it starts a new set of one.
    state_.recap.data.Clear();
    state_.recap.done = 0;
    state_.recap.expected = 1;
    state_.recap.example = false;
    state_.recap.loading = true;
  }
  recap_queue_.push_back(std::move(file));
}

void Application::ProcessRecapNow(double budget_seconds) {
  if (std::optional<platform::RecapReading> announced = platform_.TakeRecapAnnouncement()) AnnounceRecapSet(*announced);
  ReceiveFiles();
  ProcessRecapQueue(budget_seconds);
}

void Application::ProcessRecapQueue(double budget_seconds) {
  if (recap_queue_.empty()) {
    UpdateRecapLoading();
    return;
  }
  const double start = platform_.NowSeconds();
  do {
    platform::IncomingFile file = std::move(recap_queue_.front());
    recap_queue_.pop_front();
    if (file.checked) {
      AddCheckedRecapFile(file.content);
    } else if (file.refusal.empty()) {
      state_.recap.data.AddFile(file.name, file.content);
    } else {
      state_.recap.data.AddRefused(file.name, file.refusal);
    }
    ++state_.recap.done;
  } while (!recap_queue_.empty() && platform_.NowSeconds() - start < budget_seconds);
  UpdateRecapLoading();
}

// An entry from the page's recap workers. It comes from this build (the page checks the workers'
// version first); were it unreadable all the same, it is listed as a file not counted, not dropped.
void Application::AddCheckedRecapFile(const std::string& text) {
  std::optional<core::RecapEntry> entry = core::DecodeRecapEntry(text);
  state_.recap.data.AddEntry(entry ? std::move(*entry) : core::UnreadableRecapEntry());
}

void Application::UpdateRecapLoading() {
  if (state_.recap.loading && recap_queue_.empty() && !platform_.RecapReadingInProgress() && platform_.PendingFiles() == 0) {
    state_.recap.loading = false;
    state_.recap.expected = state_.recap.done;  // a cancelled or shortened set ends where it stopped
  }
}

void Application::ApplyRecap(const RecapIntents& intents) {
  if (intents.choose_capaian) state_.recap.capaian = *intents.choose_capaian;
  if (intents.reset_bounds) state_.recap.own_bounds.reset();
  // Edited bounds that equal the guidance's are the guidance's again.
  if (intents.bounds_edited && state_.recap.own_bounds && *state_.recap.own_bounds == core::DefaultDistributionGuidance()) {
    state_.recap.own_bounds.reset();
  }
  if (intents.pick_files) platform_.RequestRecapFiles(false);
  if (intents.pick_folder) platform_.RequestRecapFiles(true);
  if (intents.cancel) {
    platform_.CancelRecapReading();
    recap_queue_.clear();
    state_.notice = {NoticeKind::RecapStopped, ""};
  }
  if (intents.clear) {
    platform_.CancelRecapReading();
    recap_queue_.clear();
    RecapState fresh;
    fresh.capaian = state_.recap.capaian;
    fresh.own_bounds = state_.recap.own_bounds;
    state_.recap = std::move(fresh);
  }
  if (intents.load_example && !state_.recap.loading) {
    // Through the same path as real files (export, then import with full validation).
    state_.recap.data.Clear();
    state_.recap.done = 0;
    int index = 0;
    for (const core::Assessment& a : core::MakeExampleUnit(kExampleUnitSize, kExampleUnitSeed)) {
      const std::string name = std::to_string(1000 + index++).substr(1) + "_" + core::ExportFileName(a);
      recap_queue_.push_back({name, core::ExportSubmission(a), "", true});
    }
    state_.recap.expected = recap_queue_.size();
    state_.recap.loading = true;
    state_.recap.example = true;
  }
  if (intents.export_csv && !state_.recap.data.Rows().empty()) {
    const std::string name = "rekap-unit_" + platform_.NowUtc().substr(0, 10) + ".csv";
    state_.notice = platform_.OfferDownload(name, core::RecapCsv(state_.recap.data, state_.recap.CurveSettings())) ? Notice{NoticeKind::CsvDownloaded, name}
                                                                                      : Notice{NoticeKind::DownloadRefused, name};
  }
}

}  // namespace asn::application
