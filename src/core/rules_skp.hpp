#pragma once
// The SKP rules of PermenPANRB 6/2022 as the official forms apply them: which layout an employee's
// SKP takes (JA/JF or JPT), what each row of that layout must and must not carry, and who may be the
// pejabat penilai kinerja. The importer, the completeness list and the screens all ask here.
#include "core/model.hpp"

namespace asn::core {

// JA/JF: RHK pimpinan yang diintervensi, RHK, aspek, IKI, target. JPT: RHK, IKI, target, perspektif.
enum class SkpLayout { JaJf, Jpt };
SkpLayout LayoutFor(const Person& pegawai);

// What one RHK row gets wrong for its layout and approach. The first three make a file unfit to
// hand over whatever its stage; the "missing" ones only once it is submitted (a plan in progress may
// still lack them).
struct RhkRowIssues {
  bool aspek_not_used = false;       // JPT row with an aspek
  bool perspektif_not_used = false;  // JA/JF row with a perspektif
  bool numeric_qualitative_target = false;  // kualitatif: the target must describe, not only count
  bool missing_aspek = false;        // JA/JF kuantitatif row without an aspek
  bool missing_perspektif = false;   // JPT row without a perspektif
  bool refused() const { return aspek_not_used || perspektif_not_used || numeric_qualitative_target; }
  bool any() const { return refused() || missing_aspek || missing_perspektif; }
};
RhkRowIssues CheckRhkRow(SkpLayout layout, SkpApproach approach, const RhkRow& row);

// Fits every row to `layout` when the employee's jabatan moves across the JPT line: a JPT row keeps
// no aspek, a JA/JF row no perspektif. Returns how many values were cleared (the caller offers undo).
int AdaptSkpToLayout(Skp& skp, SkpLayout layout);

// A target that is only a number ("12", "100 %", "3,5"): fine for kuantitatif, not for kualitatif.
bool NumericOnlyTarget(const std::string& target);

// The pejabat penilai kinerja is at least a pejabat pengawas (JPT, administrator or pengawas) or
// someone delegated. True when the penilai's jabatan type is known and is none of those — a warning,
// not a refusal: delegation is lawful and the app cannot see it.
bool PenilaiBelowPengawas(const Person& penilai);

}  // namespace asn::core
