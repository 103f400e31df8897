// English texts the accessibility mirror speaks that are not drawn (names of symbol-only buttons,
// the save state in words).
#include "ui/strings_tables.hpp"

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& AccessEnglishTable() {
  static const std::unordered_map<std::string_view, const char*> table = {
      {"Belum tersimpan — lihat pesan di layar", "Not saved — see the message on the screen"},
      {"Langkah sebelumnya", "Previous step"},
      {"Langkah berikutnya", "Next step"},
      {"Layar", "Screen"},
      {"Tutup penjelasan", "Close the explanation"},
      {"Isi JSON untuk ditempel", "JSON content to paste"},
  };
  return table;
}

}  // namespace asn::ui
