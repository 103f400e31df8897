#pragma once
// Option values shared by the commands: the JPM method (--jpm-metode) and the unit's capaian
// kinerja organisasi (--capaian).
#include "core/model.hpp"

#include <optional>
#include <string>

namespace asn::cli {

// "batas=total,kategori=80/68,teknis=berbobot:40" (any of the three parts, in any order; the rest
// keep their defaults): batas per-kompetensi | total | tanpa-batas; kategori OPTIMAL/CUKUP;
// teknis disertakan | dikecualikan | berbobot[:BOBOT]. False, with the reason, when not understood.
bool ParseJpmMethod(const std::string& spec, core::JpmMethod* method, std::string* error);

// istimewa | baik | butuh-perbaikan | kurang | sangat-kurang (underscores accepted too).
std::optional<core::OrganisationRating> ParseCapaian(std::string text);

}  // namespace asn::cli
