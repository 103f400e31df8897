// English texts of the help: what the tool is and is not in DKI Jakarta (the About dialog) and the
// sources cited beside the reference data (the BerAKHLAK values).
#include "ui/strings_tables.hpp"

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& HelpEnglishTable() {
  static const std::unordered_map<std::string_view, const char*> table = {
      {"Di DKI Jakarta, aplikasi ini membantu menyiapkan, membahas, dan mendokumentasikan penilaian kinerja: penilaian mandiri, dialog kinerja dengan pejabat penilai, dan dokumen untuk dibahas bersama.",
       "In DKI Jakarta, this app helps prepare, discuss and document the performance evaluation: the self-assessment, the performance dialogue with the supervisor, and documents to discuss together."},
      {"SKP resmi dan TPP (tambahan penghasilan pegawai) tetap diproses di sistem pemerintah, yaitu e-Kinerja BKN atau sistem BKD. Pergub DKI 19/2020 beserta perubahannya mengaitkan TPP dengan capaian kinerja. Aplikasi ini tidak menghitung TPP dan tidak menggantikan sistem resmi tersebut.",
       "The official SKP and the TPP (the performance allowance) are still processed in the government's systems: BKN's e-Kinerja or the BKD's systems. Pergub DKI 19/2020 and its amendments tie the TPP to performance. This app computes no TPP and does not replace those official systems."},
      {"Sumber nilai dasar dan panduan perilaku:", "Source of the core values and behaviour guides:"},
  };
  return table;
}

}  // namespace asn::ui
