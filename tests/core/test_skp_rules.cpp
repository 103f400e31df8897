// The SKP rules (rules_skp.hpp), the period helpers and the edits that keep a versi-2 assessment
// valid (RemoveRhk), the sign-off's date, and what a draft in storage may hold that a file may not.
#include "core/completeness.hpp"
#include "core/rules_skp.hpp"
#include "core/sample.hpp"
#include "core/submission_format.hpp"
#include "core/time_format.hpp"
#include "core/workflow.hpp"

#include "persona.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

namespace {

using asn::test::HasProblem;
using asn::test::Persona;

}  // namespace

TEST_CASE("the SKP layout follows the employee's jabatan; each row is checked against it") {
  Person p;
  p.jenis_jabatan = "jpt_pratama";
  CHECK(LayoutFor(p) == SkpLayout::Jpt);
  for (const char* type : {"", "administrator", "pengawas", "pelaksana", "fungsional_pemula", "fungsional_ahli_utama"}) {
    p.jenis_jabatan = type;
    CHECK(LayoutFor(p) == SkpLayout::JaJf);
  }
  RhkRow row;
  row.target = "12";
  row.aspek = RhkAspect::Kuantitas;
  CHECK_FALSE(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kuantitatif, row).any());
  CHECK(CheckRhkRow(SkpLayout::Jpt, SkpApproach::Kuantitatif, row).aspek_not_used);
  CHECK(CheckRhkRow(SkpLayout::Jpt, SkpApproach::Kuantitatif, row).missing_perspektif);
  CHECK(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kualitatif, row).numeric_qualitative_target);
  row.aspek.reset();
  CHECK(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kuantitatif, row).missing_aspek);
  CHECK_FALSE(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kuantitatif, row).refused());
  CHECK_FALSE(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kualitatif, row).missing_aspek);  // kualitatif needs none
  row.perspektif = RhkPerspective::Anggaran;
  CHECK(CheckRhkRow(SkpLayout::JaJf, SkpApproach::Kuantitatif, row).perspektif_not_used);
  CHECK_FALSE(CheckRhkRow(SkpLayout::Jpt, SkpApproach::Kuantitatif, row).any());
}

TEST_CASE("a kualitatif target describes; a number, a percentage or a range alone does not") {
  for (const char* numeric : {"12", "100 %", "3,5", "95.5", "10-12", " 7 "}) CHECK(NumericOnlyTarget(numeric));
  for (const char* described : {"", "%", "Seluruh taman terpelihara", "12 taman", "Laporan diterima tepat waktu"}) {
    CHECK_FALSE(NumericOnlyTarget(described));
  }
}

TEST_CASE("crossing the JPT line clears what the new layout has no column for, and counts it") {
  Skp skp;
  skp.rhk.resize(3);
  skp.rhk[0].aspek = RhkAspect::Waktu;
  skp.rhk[1].perspektif = RhkPerspective::ProsesBisnis;
  CHECK(AdaptSkpToLayout(skp, SkpLayout::Jpt) == 1);
  CHECK_FALSE(skp.rhk[0].aspek);
  CHECK(skp.rhk[1].perspektif);
  CHECK(AdaptSkpToLayout(skp, SkpLayout::Jpt) == 0);
  CHECK(AdaptSkpToLayout(skp, SkpLayout::JaJf) == 1);
  CHECK_FALSE(skp.rhk[1].perspektif);
}

TEST_CASE("the pejabat penilai below pengawas is a warning; unknown types are not") {
  Person penilai;
  CHECK_FALSE(PenilaiBelowPengawas(penilai));
  for (const char* ok : {"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas"}) {
    penilai.jenis_jabatan = ok;
    CHECK_FALSE(PenilaiBelowPengawas(penilai));
  }
  for (const char* below : {"pelaksana", "fungsional_pemula", "fungsional_terampil", "fungsional_ahli_muda"}) {
    penilai.jenis_jabatan = below;
    CHECK(PenilaiBelowPengawas(penilai));
  }
}

TEST_CASE("periods: names, labels, usual dates, and dates that follow a change unless the user set them") {
  Period p{2026, PeriodKind::Triwulan, 4, "", ""};
  CHECK(PeriodName(p) == "Triwulan IV/Akhir 2026");
  CHECK(PeriodLabel(p) == "2026-TW4");
  ChangePeriod(p, 2026, PeriodKind::Triwulan, 2);
  CHECK(p.mulai == "2026-04-01");
  CHECK(p.selesai == "2026-06-30");
  ChangePeriod(p, 2025, PeriodKind::Semester, 4);  // ke clamped to the semester's range
  CHECK(p.ke == 2);
  CHECK(PeriodName(p) == "Semester II/Akhir 2025");
  CHECK(PeriodLabel(p) == "2025-S2");
  CHECK(p.mulai == "2025-07-01");
  CHECK(p.selesai == "2025-12-31");
  p.mulai = "2025-08-15";  // the user's own start
  ChangePeriod(p, 2025, PeriodKind::Semester, 1);
  CHECK(p.mulai == "2025-08-15");
  CHECK(p.selesai == "2025-12-31");
  p.selesai = "2025-08-01";
  CHECK(PeriodRangeReversed(p));
  p.selesai = "";
  CHECK_FALSE(PeriodRangeReversed(p));
}

TEST_CASE("removing an RHK removes the notes about it, and only those") {
  Assessment a = Persona("analis");
  REQUIRE(a.skp.rhk.size() >= 2);
  const std::string id = a.skp.rhk[1].id;
  std::size_t about = 0;
  for (const FeedbackEntry& f : a.umpan_balik_berkelanjutan) about += f.rhk_id == id ? 1 : 0;
  REQUIRE(about > 0);
  const std::size_t before = a.umpan_balik_berkelanjutan.size();
  CHECK(RemoveRhk(a, 1) == about);
  CHECK(a.umpan_balik_berkelanjutan.size() == before - about);
  CHECK(ImportSubmission(ExportSubmission(a)).ok());
  CHECK(RemoveRhk(a, 99) == 0);
}

TEST_CASE("the sign-off dates the evaluation in Jakarta unless the supervisor wrote a date") {
  CHECK(WibDate("2026-11-29T17:30:00Z") == "2026-11-30");
  CHECK(WibDate("2026-11-29T10:00:00Z") == "2026-11-29");
  CHECK(WibDate("kemarin").empty());
  Assessment a = Persona("analis");
  REQUIRE(Withdraw(a));
  a.evaluasi.tanggal.clear();
  REQUIRE(SignOff(a, "2026-12-31T20:00:00Z"));
  CHECK(a.evaluasi.tanggal == "2027-01-01");
  REQUIRE(Withdraw(a));
  a.evaluasi.tanggal = "2026-12-30";
  REQUIRE(SignOff(a, "2026-12-31T20:00:00Z"));
  CHECK(a.evaluasi.tanggal == "2026-12-30");
}

TEST_CASE("a draft may pass through what a file may not: reversed dates, a layout mid-change, a number-only kualitatif target") {
  Assessment a = Persona("guru");
  a.status = Status{Stage::Draf, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", std::nullopt, std::nullopt};
  a.periode.selesai = "2025-01-01";          // before mulai
  a.skp.rhk[0].target = "12";               // kualitatif
  a.skp.rhk[0].perspektif = RhkPerspective::Anggaran;  // a JA/JF row
  const std::string text = ExportSubmission(a, -1);
  CHECK(ImportSubmission(text, ImportMode::Draft).ok());
  CHECK(SealForStorage(a).valid);
  const ImportResult file = ImportSubmission(text);
  CHECK(HasProblem(file, "bad_range", "$.periode.selesai"));
  CHECK(HasProblem(file, "qualitative_target", "$.skp.rhk[0].target"));
  CHECK(HasProblem(file, "layout_mismatch", "$.skp.rhk[0].perspektif"));
  // And the list before submission names all three, where they are fixed.
  const std::vector<MissingItem> missing = MissingForSubmission(a);
  int skp = 0;
  bool period = false;
  for (const MissingItem& m : missing) {
    skp += m.section == Section::HasilKerja ? 1 : 0;
    period = period || m.message == "Periode penilaian berakhir sebelum dimulai";
  }
  CHECK(skp >= 2);
  CHECK(period);
}
