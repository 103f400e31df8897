#pragma once
// Reference data as loaded from assets/: the competency dictionary (PermenPANRB 38/2017), the
// BerAKHLAK core values, and example job-standard presets. The shipped files are compiled in;
// an instansi can load its own dictionary in the same format instead.
#include "core/model.hpp"
#include "core/problem.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asn::core {

struct LevelDescription {
  int level = 0;
  std::string deskripsi;
  std::vector<std::string> indikator;
};

struct CompetencyDefinition {
  std::string kode;
  std::string nama;
  CompetencyKind jenis = CompetencyKind::Manajerial;
  std::string definisi;
  std::vector<LevelDescription> levels;  // levels 1..5 in order
};

struct CompetencyDictionary {
  std::string nama;
  std::string keterangan;
  std::vector<CompetencyDefinition> kompetensi;
  const CompetencyDefinition* Find(const std::string& kode) const;
};

struct BerakhlakValue {
  std::string kode;   // berorientasi_pelayanan, …
  std::string huruf;  // B, A, K, H, L, A, K
  std::string nama;
  std::string definisi;
  std::vector<std::string> panduan;  // the three behaviour guides
};

// The BerAKHLAK file: the seven values and where they come from (cited wherever they are shown).
struct BerakhlakData {
  std::string sumber;  // "UU 20/2023 tentang ASN; SE MenPANRB 20/2021"
  std::vector<BerakhlakValue> nilai;
};

struct JobStandardPreset {
  std::string jenis_jabatan;
  std::string nama;
  std::map<std::string, int> level;  // required level per competency code
};

struct JobStandards {
  std::string keterangan;  // says the presets are examples to adjust
  std::vector<JobStandardPreset> presets;
  const JobStandardPreset* Find(const std::string& jenis_jabatan) const;
};

// Parse a dictionary file ("format": "asn-kinerja-kamus"); nullopt with problems when invalid.
std::optional<CompetencyDictionary> ParseCompetencyDictionary(std::string_view text, Problems& problems);
std::optional<BerakhlakData> ParseBerakhlak(std::string_view text, Problems& problems);
std::optional<JobStandards> ParseJobStandards(std::string_view text, Problems& problems);

// The shipped data (parsed once; the embedded files are checked by the tests).
const CompetencyDictionary& DefaultCompetencyDictionary();
const std::vector<BerakhlakValue>& DefaultBerakhlak();
// The regulations the shipped values and behaviour guides come from, as the data names them.
const std::string& BerakhlakSource();
const JobStandards& DefaultJobStandards();

// The manajerial and sosial-kultural competencies of a dictionary with the preset's required
// levels (level 1 where the preset has none), ready for a new assessment.
std::vector<CompetencyEntry> CompetenciesForJob(const CompetencyDictionary& dictionary, const JobStandardPreset* preset);

// The seven BerAKHLAK notes, empty, in canonical order.
std::vector<BehaviourNote> EmptyBehaviourNotes();

}  // namespace asn::core
