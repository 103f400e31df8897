#pragma once
// Times are stored in UTC ("YYYY-MM-DDThh:mm:ssZ") and shown in Jakarta time (WIB, UTC+7, no
// daylight saving) in the way each language writes dates.
#include "core/language.hpp"

#include <string>

namespace asn::core {

// "29 November 2026 pukul 17.17 WIB" / "29 November 2026, 17:17 WIB"; the input unchanged when it
// is not a UTC timestamp.
std::string FormatWib(const std::string& utc, Language language);

// The date alone: "29 November 2026".
std::string FormatDateWib(const std::string& utc, Language language);

// A calendar date as the official documents write it: "2025-12-16" → "16 Desember 2025"; "" stays
// "", and any text that is not a YYYY-MM-DD date is returned unchanged.
std::string FormatTanggal(const std::string& ymd);

// The calendar date in Jakarta as the format writes dates: "2026-11-29" ("" when `utc` is not a UTC
// timestamp). A signature at 23:30 UTC is dated the next day, as Jakarta sees it.
std::string WibDate(const std::string& utc);

}  // namespace asn::core
