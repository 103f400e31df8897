#pragma once
// The languages of the user interface. Bahasa Indonesia comes first: it is the language of the
// regulation and of every text written in the code; English is a translation.

namespace asn::core {

enum class Language { Indonesian, English };

}  // namespace asn::core
