#pragma once
// A Platform for native tests of the application layer: storage in memory (with a quota and an
// "unavailable" switch), a clock the test sets (optionally advancing on every read, to exercise
// time budgets), and a record of what the app handed to the host (downloads, report pages,
// picker requests). Files "chosen" by the user are queued with Deliver().
#include "platform/platform.hpp"

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace asn::test {

class FakePlatform final : public platform::Platform {
 public:
  platform::MemoryStore store;
  double now = 1000.0;      // seconds
  double tick = 0.0;        // added to `now` on every NowSeconds() read
  bool refuse_downloads = false;
  bool refuse_pages = false;
  std::vector<std::pair<std::string, std::string>> downloads;  // file name, content
  std::vector<std::string> pages;
  int file_pickers = 0;
  int recap_pickers = 0;
  bool recap_reading = false;
  bool recap_cancelled = false;
  bool flush_requested = false;

  platform::KeyValueStore& Storage() override { return store; }
  // A UTC timestamp that follows `now` (whole seconds after a fixed day).
  std::string NowUtc() const override {
    const long s = static_cast<long>(now);
    char text[32];
    std::snprintf(text, sizeof text, "2026-11-29T%02ld:%02ld:%02ldZ", (s / 3600) % 24, (s / 60) % 60, s % 60);
    return text;
  }
  std::string LocalClock() const override { return NowUtc().substr(11, 8); }
  double NowSeconds() const override {
    const double t = now;
    const_cast<FakePlatform*>(this)->now += tick;
    return t;
  }
  std::string NewId() override { return "id" + std::to_string(++ids_); }
  bool OfferDownload(const std::string& name, const std::string& content) override {
    if (refuse_downloads) return false;
    downloads.emplace_back(name, content);
    return true;
  }
  bool OpenHtmlPage(const std::string& html) override {
    if (refuse_pages) return false;
    pages.push_back(html);
    return true;
  }
  void RequestFileOpen() override { ++file_pickers; }
  std::vector<platform::IncomingFile> TakeIncomingFiles() override {
    std::vector<platform::IncomingFile> out;
    out.swap(incoming_);
    return out;
  }
  void RequestRecapFiles(bool) override { ++recap_pickers; }
  std::optional<platform::RecapReading> TakeRecapAnnouncement() override {
    std::optional<platform::RecapReading> out;
    out.swap(announcement_);
    return out;
  }
  bool RecapReadingInProgress() const override { return recap_reading; }
  void CancelRecapReading() override { recap_cancelled = true; }
  std::size_t PendingFiles() const override { return incoming_.size(); }
  bool TakeFlushRequest() override { return std::exchange(flush_requested, false); }

  void Deliver(platform::IncomingFile file) { incoming_.push_back(std::move(file)); }
  void AnnounceRecap(std::size_t files) { announcement_ = platform::RecapReading{files, true}; }

 private:
  int ids_ = 0;
  std::vector<platform::IncomingFile> incoming_;
  std::optional<platform::RecapReading> announcement_;
};

}  // namespace asn::test
