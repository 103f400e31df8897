#include "cli/options.hpp"

#include "core/format_keys.hpp"
#include "core/rules_job_person_match.hpp"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace asn::cli {
namespace {

// The format's words with "-" for "_" (easier to type on a command line).
std::string Underscored(std::string text) {
  std::replace(text.begin(), text.end(), '-', '_');
  return text;
}

bool ParseInt(const std::string& text, int min, int max, int* out) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  const int value = std::atoi(text.c_str());
  if (value < min || value > max) return false;
  *out = value;
  return true;
}

}  // namespace

bool ParseJpmMethod(const std::string& spec, core::JpmMethod* method, std::string* error) {
  core::JpmMethod m;
  std::stringstream in(spec);
  std::string part;
  bool any = false;
  while (std::getline(in, part, ',')) {
    const std::size_t eq = part.find('=');
    const std::string key = part.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : part.substr(eq + 1);
    any = true;
    if (key == "batas") {
      const std::optional<core::JpmCap> cap = core::JpmCapFromKey(Underscored(value));
      if (!cap) return *error = "batas harus per-kompetensi, total atau tanpa-batas (tertulis '" + value + "')", false;
      m.cap = *cap;
    } else if (key == "kategori") {
      const std::size_t slash = value.find('/');
      if (slash == std::string::npos || !ParseInt(value.substr(0, slash), 2, 1000, &m.optimal_min) ||
          !ParseInt(value.substr(slash + 1), 1, 999, &m.cukup_min)) {
        return *error = "kategori ditulis OPTIMAL/CUKUP dalam persen, misalnya 90/78 (tertulis '" + value + "')", false;
      }
    } else if (key == "teknis") {
      const std::size_t colon = value.find(':');
      const std::optional<core::JpmTeknis> teknis = core::JpmTeknisFromKey(Underscored(value.substr(0, colon)));
      if (!teknis) return *error = "teknis harus disertakan, dikecualikan atau berbobot[:BOBOT] (tertulis '" + value + "')", false;
      m.teknis = *teknis;
      if (colon != std::string::npos &&
          (*teknis != core::JpmTeknis::Weighted || !ParseInt(value.substr(colon + 1), 1, 99, &m.teknis_weight))) {
        return *error = "bobot teknis ditulis berbobot:BOBOT dengan BOBOT 1–99 persen (tertulis '" + value + "')", false;
      }
    } else {
      return *error = "bagian tidak dikenal '" + part + "'; gunakan batas=…, kategori=…, teknis=…", false;
    }
  }
  if (!any) return *error = "metode kosong; contoh: batas=total,kategori=80/68,teknis=berbobot:40", false;
  if (!core::JpmMethodValid(m)) {
    return *error = "batas kategori Cukup Optimal harus di bawah batas Optimal", false;
  }
  *method = m;
  return true;
}

std::optional<core::OrganisationRating> ParseCapaian(std::string text) {
  return core::OrganisationRatingFromKey(Underscored(std::move(text)));
}

}  // namespace asn::cli
