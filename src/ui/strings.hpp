#pragma once
// User-interface texts in Bahasa Indonesia (first) and English. Every visible string of the UI
// goes through Tr() so the language can be switched at run time.

namespace asn::ui {

enum class Language { Indonesian, English };

enum class Text {
  AppTitle,
  AppSubtitle,
  MenuFile,
  MenuView,
  MenuHelp,
  MenuLanguage,
  ItemQuit,
  ItemLightTheme,
  ItemDarkTheme,
  ItemAbout,
  HomeTitle,
  HomeIntro,
  HomeNoDrafts,
  HomeStepsTitle,
  HomeStep1,
  HomeStep2,
  HomeStep3,
  HomeStep4,
  HomePrivacy,
  AboutTitle,
  AboutBody,
  Close,
  Count
};

void SetLanguage(Language language);
Language CurrentLanguage();
const char* Tr(Text id);

}  // namespace asn::ui
