#include "core/time_format.hpp"

#include "core/text_checks.hpp"

#include <cstdio>
#include <cstdlib>

namespace asn::core {
namespace {

constexpr int kWibOffsetHours = 7;

struct LocalTime {
  int year, month, day, hour, minute;
};

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ToWib(const std::string& utc, LocalTime* out) {
  if (!IsUtcTimestamp(utc)) return false;
  LocalTime t{std::atoi(utc.substr(0, 4).c_str()), std::atoi(utc.substr(5, 2).c_str()), std::atoi(utc.substr(8, 2).c_str()),
              std::atoi(utc.substr(11, 2).c_str()) + kWibOffsetHours, std::atoi(utc.substr(14, 2).c_str())};
  if (t.hour >= 24) {  // the next day in Jakarta
    t.hour -= 24;
    if (++t.day > DaysInMonth(t.year, t.month)) {
      t.day = 1;
      if (++t.month > 12) {
        t.month = 1;
        ++t.year;
      }
    }
  }
  *out = t;
  return true;
}

const char* MonthName(int month, Language language) {
  static const char* kIndonesian[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  static const char* kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
  return (language == Language::English ? kEnglish : kIndonesian)[month - 1];
}

}  // namespace

std::string FormatDateWib(const std::string& utc, Language language) {
  LocalTime t{};
  if (!ToWib(utc, &t)) return utc;
  return std::to_string(t.day) + " " + MonthName(t.month, language) + " " + std::to_string(t.year);
}

std::string WibDate(const std::string& utc) {
  LocalTime t{};
  if (!ToWib(utc, &t)) return "";
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", t.year, t.month, t.day);
  return date;
}

std::string FormatTanggal(const std::string& ymd) {
  if (!IsCalendarDate(ymd)) return ymd;
  return std::to_string(std::atoi(ymd.substr(8, 2).c_str())) + " " +
         MonthName(std::atoi(ymd.substr(5, 2).c_str()), Language::Indonesian) + " " + ymd.substr(0, 4);
}

std::string FormatWib(const std::string& utc, Language language) {
  LocalTime t{};
  if (!ToWib(utc, &t)) return utc;
  char clock[16];
  // Indonesian writes the time with a full stop (17.17), English with a colon.
  std::snprintf(clock, sizeof clock, language == Language::English ? "%02d:%02d" : "%02d.%02d", t.hour, t.minute);
  return FormatDateWib(utc, language) + (language == Language::English ? ", " : " pukul ") + clock + " WIB";
}

}  // namespace asn::core
