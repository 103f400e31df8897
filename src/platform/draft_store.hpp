#pragma once
// Drafts kept in browser storage: one key per draft holding an envelope
//   {"rev": N, "tersimpan": "<UTC>", "asal": "pegawai"|"impor"|"contoh", "dokumen": <the submission
//    document, with its digest>}
// so a save is a single atomic write. A revision counter detects another tab having written the
// same draft; a corrupt entry is moved aside under another key (kept, never deleted).
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/workflow.hpp"
#include "platform/key_value_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace asn::platform {

// Storage version 2: the same envelope as version 1, possibly sealed (platform/locked_store.hpp).
// The version changed with the lock so that an older app still open in another tab never reads
// a sealed draft as a damaged one: it does not see version-2 drafts at all.
inline constexpr const char* kDraftPrefix = "asn-kinerja.v2.draf.";
inline constexpr const char* kV1DraftPrefix = "asn-kinerja.v1.draf.";
inline constexpr const char* kSetAsidePrefix = "asn-kinerja.v1.disisihkan.";
inline constexpr const char* kAppPrefix = "asn-kinerja.";
// Storage version 0 (before the envelope): one key per draft holding the bare submission
// document (any format versi), no revision. UpgradeLegacyEntries() moves them, and version-1
// envelopes, to version 2; the app calls it at start-up (after unlocking, when locked).
inline constexpr const char* kLegacyDraftPrefix = "asn-kinerja.draf.";

struct DraftSummary {
  std::string id;
  std::string nama;
  std::string jabatan;
  std::string periode;   // "2025-tahunan", "2026-TW2"
  core::Stage tahap = core::Stage::Draf;
  std::string tersimpan;  // UTC timestamp of the last save
  bool contoh = false;
};

// The line Beranda shows for a draft saved at `tersimpan` (UTC).
DraftSummary SummarizeDraft(const std::string& id, const core::Assessment& assessment, const std::string& tersimpan);

struct SetAsideEntry {
  std::string original_key;
  std::string kept_key;
  std::string reason;  // Indonesian, for the user
};

struct LoadedDraft {
  core::Assessment assessment;
  long rev = 0;
  std::string tersimpan;
  core::DraftOrigin origin = core::DraftOrigin::Unknown;
};

enum class SaveOutcome { Saved, Conflict, QuotaExceeded, Unavailable, Invalid };

class DraftStore {
 public:
  explicit DraftStore(KeyValueStore& store) : store_(store) {}

  // Lists valid drafts (newest first); corrupt entries are moved aside and reported, together
  // with entries set aside earlier and drafts written by a newer app version (left in place).
  std::vector<DraftSummary> Scan(std::vector<SetAsideEntry>* set_aside);

  // Moves each storage-version-0 entry to a version-2 envelope, and each version-1 envelope as it
  // is, under the same id (sealed when the lock is on). The old entry is
  // removed only after the new one was written and reads back as the same assessment; one that
  // cannot be written now (storage full) stays where it is, reported, and is retried next time; an
  // unreadable one is set aside like any corrupt entry. Returns the number upgraded.
  int UpgradeLegacyEntries(std::vector<SetAsideEntry>* set_aside, const std::string& now_utc);

  std::optional<LoadedDraft> Load(const std::string& id, core::Problems* problems) const;

  // Writes the draft if the stored revision is still *known_rev (0 = must not exist yet); on
  // success *known_rev is the new revision. Another tab's newer write gives Conflict, untouched.
  // `origin` is kept in the envelope ("asal") beside the document.
  SaveOutcome Save(const std::string& id, const core::Assessment& assessment, long* known_rev,
                   const std::string& now_utc, core::DraftOrigin origin = core::DraftOrigin::Unknown);

  // The stored revision, or 0 when the draft does not exist.
  long StoredRevision(const std::string& id) const;

  void Remove(const std::string& id);
  bool Available() const { return store_.Available(); }
  std::size_t UsedBytes() const { return store_.UsedBytes(kAppPrefix); }

 private:
  KeyValueStore& store_;
  std::size_t last_document_size_ = 0;  // the last save's, to build the next one without growing
};

}  // namespace asn::platform
