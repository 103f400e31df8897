#pragma once
// What is still missing before an ASN can submit the self-assessment (status "diajukan").
// Each item names the screen it belongs to so the UI can send the user there.
#include "core/model.hpp"

#include <string>
#include <vector>

namespace asn::core {

enum class Section { Profil, Kompetensi, HasilKerja, Perilaku };

struct MissingItem {
  Section section;
  std::string message;  // Indonesian
};

std::vector<MissingItem> MissingForSubmission(const Assessment& assessment);

}  // namespace asn::core
