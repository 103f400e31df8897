#include "core/text_checks.hpp"

namespace asn::core {
namespace {

bool DigitsAt(const std::string& s, std::size_t pos, std::size_t count, int* value) {
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

bool ValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && leap ? 29 : kDays[month - 1]);
}

}  // namespace

std::size_t Utf8Length(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;  // count every byte that is not a continuation byte
  }
  return count;
}

bool IsCalendarDate(const std::string& text) {
  int y = 0, m = 0, d = 0;
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && DigitsAt(text, 0, 4, &y) &&
         DigitsAt(text, 5, 2, &m) && DigitsAt(text, 8, 2, &d) && ValidDate(y, m, d);
}

bool IsUtcTimestamp(const std::string& text) {
  int hh = 0, mm = 0, ss = 0;
  return text.size() == 20 && IsCalendarDate(text.substr(0, 10)) && text[10] == 'T' && text[13] == ':' &&
         text[16] == ':' && text[19] == 'Z' && DigitsAt(text, 11, 2, &hh) && DigitsAt(text, 14, 2, &mm) &&
         DigitsAt(text, 17, 2, &ss) && hh < 24 && mm < 60 && ss < 61;
}

}  // namespace asn::core
