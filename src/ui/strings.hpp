#pragma once
// User-interface language. Texts are written in Bahasa Indonesia in the code, wrapped in T();
// T() returns the English translation from one table (strings.cpp) when English is chosen, and the
// Indonesian text itself when it has no translation. The chosen language is held in one place,
// AppState::language; T() reads it through the pointer given to BindLanguage().
#include "core/language.hpp"

namespace asn::ui {

using core::Language;

// Where the current language is kept (AppState::language). Until bound, T() is Indonesian.
void BindLanguage(const Language* language);

// The current language (for the core's texts, which take it as a parameter).
Language CurrentLanguage();

// The text in the current language. `indonesian` must be a string literal (it is also the key).
const char* T(const char* indonesian);

}  // namespace asn::ui
