#pragma once
// Predikat kinerja — PermenPANRB 6/2022: the supervisor rates hasil kerja and perilaku kerja
// (Di Atas / Sesuai / Di Bawah Ekspektasi); the pair maps to a predikat through a fixed matrix.
#include "core/model.hpp"

#include <optional>
#include <string>

namespace asn::core {

inline constexpr const char* kPredikatSource = "PermenPANRB 6/2022";

// In the order of the distribution curve, lowest first.
enum class Predikat { SangatKurang, KurangMisconduct, ButuhPerbaikan, Baik, SangatBaik };

// The predikat for a pair of ratings; absent while either rating is missing.
std::optional<Predikat> PredikatKinerja(std::optional<Rating> hasil_kerja, std::optional<Rating> perilaku);

// Official names: "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang".
const char* PredikatName(Predikat predikat);

// Format keys "di_atas" | "sesuai" | "di_bawah" and their display names ("Di Atas Ekspektasi", ...).
const char* RatingKey(Rating rating);
const char* RatingName(Rating rating);
std::optional<Rating> RatingFromKey(const std::string& key);

// A one-sentence Indonesian explanation of which matrix cell gave the predikat, for "why?" panels.
std::string PredikatExplanation(Rating hasil_kerja, Rating perilaku);

}  // namespace asn::core
