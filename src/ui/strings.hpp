#pragma once
// User-interface language. Texts are written in Bahasa Indonesia in the code, wrapped in T();
// T() returns the English translation from one table (strings.cpp) when English is chosen, and the
// Indonesian text itself when it has no translation.

namespace asn::ui {

enum class Language { Indonesian, English };

void SetLanguage(Language language);
Language CurrentLanguage();

// The text in the current language. `indonesian` must be a string literal (it is also the key).
const char* T(const char* indonesian);

}  // namespace asn::ui
