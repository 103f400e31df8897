#pragma once
// The stages of one assessment (PermenPANRB 6/2022: the employee's self-assessment is submitted to
// the pejabat penilai kinerja, who reviews and signs it) and what each stage allows. Every rule about
// moving between stages, or about what a stage forbids, is here and nowhere else.
//
//   draf ──Submit──▶ diajukan ──SignOff──▶ dinilai
//                        ▲                    │
//                        └──────Withdraw──────┘   (the supervisor corrects a signed review)
#include "core/dictionary.hpp"
#include "core/model.hpp"

#include <string>
#include <vector>

namespace asn::core {

// A signed review (dinilai) is final: nothing in it may change until the signature is withdrawn.
bool IsLocked(const Assessment& assessment);

// The employee submits: stage diajukan, dated `now_utc` (UTC timestamp). False, and nothing
// changed, while MissingForSubmission() (completeness.hpp) lists anything or the review is signed.
bool Submit(Assessment& assessment, const std::string& now_utc);

// The supervisor's sign-off: stage dinilai, dated; a review signed without an earlier submission
// (the supervisor filled the file in with the employee) is dated submitted at the same time.
// False, and nothing changed, while MissingForReview() lists anything.
bool SignOff(Assessment& assessment, const std::string& now_utc);

// Withdraws the supervisor's signature to correct the review: dinilai → diajukan. False when the
// review was not signed.
bool Withdraw(Assessment& assessment);

// Fills each competency's required level from a job standard (levels of codes the preset does not
// name are left as they are). Returns the number of levels that changed. Refused (0) when locked.
int ApplyJobStandard(Assessment& assessment, const JobStandardPreset& preset);

}  // namespace asn::core
