#include "core/rules_predikat.hpp"

#include <doctest/doctest.h>

using namespace asn::core;

TEST_CASE("predikat matrix: every cell of PermenPANRB 6/2022") {
  struct Cell {
    Rating hasil;
    Rating perilaku;
    const char* expected;
  };
  const Cell cells[] = {
      {Rating::DiAtas, Rating::DiAtas, "Sangat Baik"},
      {Rating::DiAtas, Rating::Sesuai, "Baik"},
      {Rating::DiAtas, Rating::DiBawah, "Kurang/Misconduct"},
      {Rating::Sesuai, Rating::DiAtas, "Baik"},
      {Rating::Sesuai, Rating::Sesuai, "Baik"},
      {Rating::Sesuai, Rating::DiBawah, "Kurang/Misconduct"},
      {Rating::DiBawah, Rating::DiAtas, "Butuh Perbaikan"},
      {Rating::DiBawah, Rating::Sesuai, "Butuh Perbaikan"},
      {Rating::DiBawah, Rating::DiBawah, "Sangat Kurang"},
  };
  for (const Cell& cell : cells) {
    CAPTURE(RatingKey(cell.hasil));
    CAPTURE(RatingKey(cell.perilaku));
    const auto predikat = PredikatKinerja(cell.hasil, cell.perilaku);
    REQUIRE(predikat.has_value());
    CHECK(std::string(PredikatName(*predikat)) == cell.expected);
    CHECK(PredikatExplanation(cell.hasil, cell.perilaku).find(cell.expected) != std::string::npos);
  }
}

TEST_CASE("predikat is absent while either rating is missing") {
  CHECK_FALSE(PredikatKinerja(std::nullopt, Rating::Sesuai).has_value());
  CHECK_FALSE(PredikatKinerja(Rating::Sesuai, std::nullopt).has_value());
  CHECK_FALSE(PredikatKinerja(std::nullopt, std::nullopt).has_value());
}

TEST_CASE("predikat order follows the distribution curve") {
  CHECK(Predikat::SangatKurang < Predikat::KurangMisconduct);
  CHECK(Predikat::KurangMisconduct < Predikat::ButuhPerbaikan);
  CHECK(Predikat::ButuhPerbaikan < Predikat::Baik);
  CHECK(Predikat::Baik < Predikat::SangatBaik);
}

TEST_CASE("rating keys round-trip and reject unknown words") {
  for (Rating r : {Rating::DiBawah, Rating::Sesuai, Rating::DiAtas}) CHECK(RatingFromKey(RatingKey(r)) == r);
  CHECK_FALSE(RatingFromKey("Di Atas Ekspektasi").has_value());
  CHECK_FALSE(RatingFromKey("").has_value());
}
