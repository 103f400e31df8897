#pragma once
// NIP (Nomor Induk Pegawai): 18 digits =
//   birth date yyyymmdd (8) · TMT CPNS yyyymm (6) · gender 1 = male, 2 = female (1) · serial (3).
#include "core/language.hpp"

#include <string>
#include <vector>

namespace asn::core {

enum class NipError {
  WrongLength,      // not exactly 18 characters
  NotDigits,        // contains something other than 0-9
  BadBirthDate,     // not a real calendar date, or year outside 1940–2015
  BadTmt,           // month not 01–12 or year beyond 2100
  TmtBeforeAdult,   // TMT earlier than the month of the 18th birthday
  BadGender,        // gender digit not 1 or 2
  BadSerial,        // serial 000
};

struct NipInfo {
  int birth_year = 0, birth_month = 0, birth_day = 0;
  int tmt_year = 0, tmt_month = 0;
  int gender = 0;  // 1 male, 2 female
  int serial = 0;
};

// Returns every problem found (empty = valid); fills info when the digits could be read.
std::vector<NipError> CheckNip(const std::string& nip, NipInfo* info = nullptr);

// A message for one problem, in the interface language (Bahasa Indonesia unless asked otherwise).
std::string NipErrorMessage(NipError error, Language language = Language::Indonesian);

// The NIP as typed from the printed card ("19850312 201001 1 005"): spaces, dots and dashes removed.
std::string NormalizeNip(const std::string& typed);

}  // namespace asn::core
