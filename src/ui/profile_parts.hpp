#pragma once
// The parts of Profil & Jabatan (profile_screen.cpp draws the screen): the three people of the
// evaluation and the period (profile_people.cpp).
#include "ui/view_model.hpp"

namespace asn::ui {

// Pegawai yang dinilai, with the instansi; choosing the jenis jabatan goes through the application
// (it applies the job standard and the SKP layout).
void EmployeeCard(core::Assessment& a, Language language, Intents& intents);
// Pejabat penilai kinerja (warned when below pengawas) and atasan pejabat penilai kinerja.
void SupervisorCard(core::Assessment& a, Language language, Intents& intents);
void SupervisorsSuperiorCard(core::Assessment& a, Language language, Intents& intents);
// Periode penilaian: year, triwulan or semester, which one, and the date range.
void PeriodCard(core::Assessment& a, Intents& intents);

}  // namespace asn::ui
