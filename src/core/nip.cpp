#include "core/nip.hpp"

namespace asn::core {
namespace {

int Digits(const std::string& s, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::vector<NipError> CheckNip(const std::string& nip, NipInfo* info) {
  if (nip.size() != 18) return {NipError::WrongLength};
  for (char ch : nip) {
    if (ch < '0' || ch > '9') return {NipError::NotDigits};
  }
  NipInfo n;
  n.birth_year = Digits(nip, 0, 4);
  n.birth_month = Digits(nip, 4, 2);
  n.birth_day = Digits(nip, 6, 2);
  n.tmt_year = Digits(nip, 8, 4);
  n.tmt_month = Digits(nip, 12, 2);
  n.gender = Digits(nip, 14, 1);
  n.serial = Digits(nip, 15, 3);
  if (info != nullptr) *info = n;

  std::vector<NipError> errors;
  const bool birth_ok = n.birth_year >= 1940 && n.birth_year <= 2015 && n.birth_month >= 1 && n.birth_month <= 12 &&
                        n.birth_day >= 1 && n.birth_day <= DaysInMonth(n.birth_year, n.birth_month);
  if (!birth_ok) errors.push_back(NipError::BadBirthDate);
  const bool tmt_ok = n.tmt_month >= 1 && n.tmt_month <= 12 && n.tmt_year >= 1900 && n.tmt_year <= 2100;
  if (!tmt_ok) errors.push_back(NipError::BadTmt);
  if (birth_ok && tmt_ok && n.tmt_year * 12 + n.tmt_month < (n.birth_year + 18) * 12 + n.birth_month) {
    errors.push_back(NipError::TmtBeforeAdult);
  }
  if (n.gender != 1 && n.gender != 2) errors.push_back(NipError::BadGender);
  if (n.serial == 0) errors.push_back(NipError::BadSerial);
  return errors;
}

std::string NipErrorMessage(NipError error, Language language) {
  const bool en = language == Language::English;
  switch (error) {
    case NipError::WrongLength:
      return en ? "The NIP must have exactly 18 digits" : "NIP harus terdiri dari tepat 18 digit";
    case NipError::NotDigits: return en ? "The NIP may only contain the digits 0–9" : "NIP hanya boleh berisi angka 0–9";
    case NipError::BadBirthDate:
      return en ? "The first 8 digits of the NIP are not a valid birth date (yyyymmdd, years 1940–2015)"
                : "8 digit pertama NIP bukan tanggal lahir yang sah (tttthhbb, tahun 1940–2015)";
    case NipError::BadTmt:
      return en ? "Digits 9–14 of the NIP are not a valid TMT CPNS (yyyymm, month 01–12)"
                : "digit 9–14 NIP bukan TMT CPNS yang sah (ttttbb, bulan 01–12)";
    case NipError::TmtBeforeAdult:
      return en ? "The TMT CPNS in the NIP is before the 18th birthday its birth date gives"
                : "TMT CPNS pada NIP lebih awal daripada usia 18 tahun menurut tanggal lahirnya";
    case NipError::BadGender:
      return en ? "Digit 15 of the NIP (gender) must be 1 (male) or 2 (female)"
                : "digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita)";
    case NipError::BadSerial:
      return en ? "The last 3 digits of the NIP (serial number) may not be 000"
                : "3 digit terakhir NIP (nomor urut) tidak boleh 000";
  }
  return en ? "The NIP is not valid" : "NIP tidak sah";
}

std::string NormalizeNip(const std::string& typed) {
  std::string out;
  for (char c : typed) {
    if (c != ' ' && c != '.' && c != '-' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace asn::core
