#include "core/rules_predikat.hpp"

namespace asn::core {
namespace {

// PermenPANRB 6/2022 matrix. Rows: hasil kerja; columns: perilaku kerja;
// both indexed Di Bawah, Sesuai, Di Atas (the Rating enum order).
constexpr Predikat kMatrix[3][3] = {
    /* hasil Di Bawah */ {Predikat::SangatKurang, Predikat::ButuhPerbaikan, Predikat::ButuhPerbaikan},
    /* hasil Sesuai   */ {Predikat::KurangMisconduct, Predikat::Baik, Predikat::Baik},
    /* hasil Di Atas  */ {Predikat::KurangMisconduct, Predikat::Baik, Predikat::SangatBaik},
};

int Index(Rating rating) { return static_cast<int>(rating); }

}  // namespace

std::optional<Predikat> PredikatKinerja(std::optional<Rating> hasil_kerja, std::optional<Rating> perilaku) {
  if (!hasil_kerja || !perilaku) return std::nullopt;
  return kMatrix[Index(*hasil_kerja)][Index(*perilaku)];
}

const char* PredikatName(Predikat predikat) {
  switch (predikat) {
    case Predikat::SangatBaik: return "Sangat Baik";
    case Predikat::Baik: return "Baik";
    case Predikat::ButuhPerbaikan: return "Butuh Perbaikan";
    case Predikat::KurangMisconduct: return "Kurang/Misconduct";
    case Predikat::SangatKurang: return "Sangat Kurang";
  }
  return "";
}

const char* RatingKey(Rating rating) {
  switch (rating) {
    case Rating::DiAtas: return "di_atas";
    case Rating::Sesuai: return "sesuai";
    case Rating::DiBawah: return "di_bawah";
  }
  return "";
}

const char* RatingName(Rating rating) {
  switch (rating) {
    case Rating::DiAtas: return "Di Atas Ekspektasi";
    case Rating::Sesuai: return "Sesuai Ekspektasi";
    case Rating::DiBawah: return "Di Bawah Ekspektasi";
  }
  return "";
}

std::optional<Rating> RatingFromKey(const std::string& key) {
  for (Rating r : {Rating::DiBawah, Rating::Sesuai, Rating::DiAtas}) {
    if (key == RatingKey(r)) return r;
  }
  return std::nullopt;
}

std::string PredikatExplanation(Rating hasil_kerja, Rating perilaku) {
  const Predikat p = kMatrix[Index(hasil_kerja)][Index(perilaku)];
  std::string why = std::string("Hasil kerja ") + RatingName(hasil_kerja) + " dan perilaku kerja " +
                    RatingName(perilaku) + " menghasilkan predikat " + PredikatName(p) +
                    " menurut matriks PermenPANRB 6/2022";
  if (perilaku == Rating::DiBawah && hasil_kerja != Rating::DiBawah) {
    why += "; perilaku di bawah ekspektasi tidak dapat ditutup oleh hasil kerja yang baik";
  } else if (hasil_kerja == Rating::DiBawah && perilaku != Rating::DiBawah) {
    why += "; hasil kerja di bawah ekspektasi membutuhkan perbaikan walaupun perilakunya baik";
  } else if (p == Predikat::Baik && hasil_kerja != perilaku) {
    why += "; Sangat Baik hanya diberikan bila keduanya di atas ekspektasi";
  }
  return why + ".";
}

}  // namespace asn::core
