#pragma once
// What is still missing before an ASN can submit the self-assessment (status "diajukan").
// Each item names the screen it belongs to so the UI can send the user there.
#include "core/language.hpp"
#include "core/model.hpp"

#include <string>
#include <vector>

namespace asn::core {

enum class Section { Profil, Kompetensi, HasilKerja, Perilaku };

struct MissingItem {
  Section section;
  std::string message;  // in the language asked for
  int competency = -1;  // index into kompetensi when the item is about one competency
};

std::vector<MissingItem> MissingForSubmission(const Assessment& assessment, Language language = Language::Indonesian);

// What the supervisor still has to do before signing the review (status "dinilai"): a level for
// every competency, both ratings, and the supervisor's own name and valid NIP.
std::vector<std::string> MissingForReview(const Assessment& assessment, Language language = Language::Indonesian);

}  // namespace asn::core
