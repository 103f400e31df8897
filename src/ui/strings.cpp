#include "ui/strings.hpp"

#include <array>
#include <cstddef>

namespace asn::ui {
namespace {

struct Translation {
  Text id;
  const char* indonesian;
  const char* english;
};

// Kept in enum order; a static_assert below catches a missing or misplaced row.
constexpr Translation kTexts[] = {
    {Text::AppTitle, "Penilaian Kinerja ASN", "ASN Performance Assessment"},
    {Text::AppSubtitle, "Penilaian kompetensi dan kinerja berbasis PermenPANRB 6/2022 dan 38/2017",
     "Competency and performance assessment based on PermenPANRB 6/2022 and 38/2017"},
    {Text::MenuFile, "Berkas", "File"},
    {Text::MenuView, "Tampilan", "View"},
    {Text::MenuHelp, "Bantuan", "Help"},
    {Text::MenuLanguage, "Bahasa", "Language"},
    {Text::ItemQuit, "Tutup aplikasi", "Close application"},
    {Text::ItemLightTheme, "Tema terang", "Light theme"},
    {Text::ItemDarkTheme, "Tema gelap", "Dark theme"},
    {Text::ItemAbout, "Tentang aplikasi", "About"},
    {Text::HomeTitle, "Beranda", "Home"},
    {Text::HomeIntro,
     "Aplikasi ini membantu ASN menilai kompetensi dan kinerjanya sendiri, lalu membawa hasilnya ke "
     "dialog kinerja dengan pejabat penilai.",
     "This app helps civil servants assess their own competencies and performance, and take the "
     "result into a performance dialogue with their supervisor."},
    {Text::HomeNoDrafts, "Belum ada draf penilaian di peramban ini.", "There are no assessment drafts in this browser yet."},
    {Text::HomeStepsTitle, "Alur penilaian", "How it works"},
    {Text::HomeStep1, "Isi profil dan jabatan; standar kompetensi jabatan mengisi level yang dipersyaratkan.",
     "Fill in your profile and position; the job standard fills in the required levels."},
    {Text::HomeStep2, "Pilih level kompetensi Anda beserta buktinya; kesenjangan langsung terlihat.",
     "Choose your level for each competency with evidence; the gap shows at once."},
    {Text::HomeStep3, "Lengkapi hasil kerja (SKP) dan refleksi perilaku BerAKHLAK.",
     "Complete your work results (SKP) and your BerAKHLAK behaviour reflection."},
    {Text::HomeStep4, "Ekspor berkas JSON dan serahkan kepada pejabat penilai.",
     "Export the JSON file and hand it to your supervisor."},
    {Text::HomePrivacy,
     "Data Anda hanya tersimpan di perangkat ini dan tidak dikirim ke mana pun, kecuali Anda sendiri "
     "mengekspor berkasnya.",
     "Your data stays on this device and is sent nowhere unless you export the file yourself."},
    {Text::AboutTitle, "Tentang Penilaian Kinerja ASN", "About ASN Performance Assessment"},
    {Text::AboutBody,
     "Alat bantu penilaian kinerja dan kompetensi ASN. Predikat kinerja mengikuti matriks "
     "PermenPANRB 6/2022; kompetensi manajerial dan sosial kultural mengikuti PermenPANRB 38/2017.",
     "A tool for civil-servant performance and competency assessment. The performance predikat "
     "follows the PermenPANRB 6/2022 matrix; managerial and socio-cultural competencies follow "
     "PermenPANRB 38/2017."},
    {Text::Close, "Tutup", "Close"},
};

constexpr bool TableInEnumOrder() {
  for (std::size_t i = 0; i < std::size(kTexts); ++i) {
    if (static_cast<std::size_t>(kTexts[i].id) != i) return false;
  }
  return std::size(kTexts) == static_cast<std::size_t>(Text::Count);
}
static_assert(TableInEnumOrder(), "kTexts must list every Text once, in enum order");

Language g_language = Language::Indonesian;

}  // namespace

void SetLanguage(Language language) { g_language = language; }
Language CurrentLanguage() { return g_language; }

const char* Tr(Text id) {
  const Translation& row = kTexts[static_cast<std::size_t>(id)];
  return g_language == Language::English ? row.english : row.indonesian;
}

}  // namespace asn::ui
