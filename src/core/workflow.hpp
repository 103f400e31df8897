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

// Where a draft in this browser came from: typed here by the employee, imported (a file handed over
// — on the supervisor's side, the employee's submission), or a workshop example. Older drafts do
// not say (Unknown) and keep the behaviour they had.
enum class DraftOrigin { Unknown, Own, Imported, Example };
const char* DraftOriginKey(DraftOrigin origin);                // "pegawai", "impor", "contoh", ""
DraftOrigin DraftOriginFromKey(const std::string& key);

// The supervisor's part (Penilaian Atasan: levels, feedback, ratings, plan, sign-off) is filled by
// the pejabat penilai on the submitted file: on the employee's own draft it is read-only, as it is
// before submission and once signed.
bool SupervisorPartEditable(const Assessment& assessment, DraftOrigin origin);

// A signed review (dinilai) is final: nothing in it may change until the signature is withdrawn.
bool IsLocked(const Assessment& assessment);

// The employee submits: stage diajukan, dated `now_utc` (UTC timestamp). False, and nothing
// changed, while MissingForSubmission() (completeness.hpp) lists anything or the review is signed.
bool Submit(Assessment& assessment, const std::string& now_utc);

// The supervisor's sign-off: stage dinilai, dated; a review signed without an earlier submission
// (the supervisor filled the file in with the employee) is dated submitted at the same time; the
// evaluation's date of signing (evaluasi.tanggal), when empty, becomes that day in Jakarta.
// False, and nothing changed, while MissingForReview() lists anything.
bool SignOff(Assessment& assessment, const std::string& now_utc);

// The supervisor's digital signature can be made (again) for a signed-off review that has none —
// when making it failed at sign-off — on the supervisor's copy, never on the employee's own draft.
bool CanSignDigitally(const Assessment& assessment, DraftOrigin origin);

// Dates a change ("diperbarui") when the assessment is saved or exported. A signed review is not
// changed by saving it again: its date stays the one of the sign-off, so the signed document (and
// its digital signature) stays exactly what was signed.
void MarkUpdated(Assessment& assessment, const std::string& now_utc);

// Withdraws the supervisor's signature to correct the review: dinilai → diajukan; the digital
// signature (tanda_tangan) goes with it. False when the review was not signed.
bool Withdraw(Assessment& assessment);

// True when every required level is still what a new assessment starts with (1), or what `preset`
// (the example standard of the type chosen before; may be null) set: choosing another jabatan type
// may then replace them without asking, as nothing the user chose would be lost.
bool RequiredLevelsUntouched(const Assessment& assessment, const JobStandardPreset* preset);

// The required levels count as set (the job standard is in place) once a jabatan type is chosen and
// the levels are not all the starting 1 where that type's example standard asks for more — i.e. the
// standard was applied or the user set the levels. Listed as missing before submission until then.
bool JobStandardSet(const Assessment& assessment);

// Fills each competency's required level from a job standard (levels of codes the preset does not
// name are left as they are). Returns the number of levels that changed. Refused (0) when locked.
int ApplyJobStandard(Assessment& assessment, const JobStandardPreset& preset);

}  // namespace asn::core
