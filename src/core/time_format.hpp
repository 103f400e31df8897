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

}  // namespace asn::core
