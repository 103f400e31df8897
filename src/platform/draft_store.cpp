#include "platform/draft_store.hpp"

#include "core/strict_json.hpp"
#include "core/submission_format.hpp"
#include "platform/sealing.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace asn::platform {
namespace {

using json = nlohmann::json;

std::string KeyOf(const std::string& id) { return kDraftPrefix + id; }

struct Envelope {
  long rev = 0;
  std::string tersimpan;
  core::DraftOrigin origin = core::DraftOrigin::Unknown;
  core::ImportResult document;
};

// Reads an envelope; problems describe why it cannot be used.
std::optional<Envelope> ParseEnvelope(const std::string& text, core::Problems* problems) {
  if (IsSealed(text)) {
    // The lock is open (else nothing sealed is handed out), yet this one does not open.
    problems->push_back({"sealed_unreadable", "$",
                         "draf terkunci ini tidak dapat dibuka dengan kata sandi sekarang: isinya rusak "
                         "atau dikunci dengan kata sandi lain", 0});
    return std::nullopt;
  }
  core::Problem parse_problem;
  const std::optional<json> parsed = core::ParseStrictJson(text, parse_problem, core::kMaxNestingDepth);
  if (!parsed) {
    problems->push_back(parse_problem);
    return std::nullopt;
  }
  const json& envelope = *parsed;
  if (!envelope.is_object() || !envelope.contains("rev") ||
      !envelope["rev"].is_number_integer() || !envelope.contains("dokumen") || !envelope["dokumen"].is_object()) {
    problems->push_back({"corrupt_entry", "$", "isi penyimpanan rusak (bukan amplop draf yang sah)", 0});
    return std::nullopt;
  }
  Envelope out;
  out.rev = envelope["rev"].get<long>();
  if (envelope.contains("tersimpan") && envelope["tersimpan"].is_string()) out.tersimpan = envelope["tersimpan"].get<std::string>();
  if (envelope.contains("asal") && envelope["asal"].is_string()) out.origin = core::DraftOriginFromKey(envelope["asal"].get<std::string>());
  out.document = core::ImportSubmission(envelope["dokumen"].dump(), core::ImportMode::Draft);
  if (!out.document.ok()) {
    for (const core::Problem& p : out.document.problems) problems->push_back(p);
    return std::nullopt;
  }
  return out;
}

std::string ReasonOf(const core::Problems& problems) {
  std::string reason;
  for (std::size_t i = 0; i < problems.size() && i < 3; ++i) {
    reason += (i ? "; " : "") + core::FormatProblem(problems[i]);
  }
  return reason;
}

// Keeps the bytes of an unusable entry under the set-aside prefix (never deleted).
SetAsideEntry SetAside(KeyValueStore& store, const std::string& key, const std::string& id, const std::string& text,
                       const core::Problems& problems) {
  std::string kept = kSetAsidePrefix + id;
  for (int n = 2; store.Get(kept); ++n) kept = kSetAsidePrefix + id + "." + std::to_string(n);
  SetAsideEntry entry{key, kept, ReasonOf(problems)};
  if (store.Set(kept, text) == WriteStatus::Ok) {
    store.Remove(key);
  } else {
    entry.kept_key = key;  // could not copy: leave it where it is, still reported
  }
  return entry;
}

}  // namespace

DraftSummary SummarizeDraft(const std::string& id, const core::Assessment& a, const std::string& tersimpan) {
  DraftSummary summary;
  summary.id = id;
  summary.nama = a.pegawai.nama;
  summary.jabatan = a.pegawai.jabatan;
  summary.periode = core::PeriodLabel(a.periode);
  summary.tahap = a.status.tahap;
  summary.tersimpan = tersimpan;
  summary.contoh = a.contoh;
  return summary;
}

int DraftStore::UpgradeLegacyEntries(std::vector<SetAsideEntry>* set_aside, const std::string& now_utc) {
  int upgraded = 0;
  // Version 1 → 2: the envelope is the same; it is copied as it is (sealed on the way when the
  // lock is on), checked, and only then removed from the old key.
  for (const std::string& key : store_.KeysWithPrefix(kV1DraftPrefix)) {
    const std::optional<std::string> text = store_.Get(key);
    if (!text) continue;
    const std::string id = key.substr(std::string(kV1DraftPrefix).size());
    core::Problems problems;
    if (!ParseEnvelope(*text, &problems)) {
      const SetAsideEntry entry = SetAside(store_, key, "v1." + id, *text, problems);
      if (set_aside != nullptr) set_aside->push_back(entry);
      continue;
    }
    if (store_.Get(KeyOf(id))) {
      if (set_aside != nullptr) set_aside->push_back({key, key, "draf versi penyimpanan lama; versi barunya sudah ada"});
      continue;
    }
    if (store_.Set(KeyOf(id), *text) != WriteStatus::Ok) {
      if (set_aside != nullptr) {
        set_aside->push_back({key, key, "draf versi penyimpanan lama belum dapat dipindahkan (penyimpanan penuh atau "
                                        "tidak tersedia); isinya tetap utuh dan dicoba lagi nanti"});
      }
      continue;
    }
    if (store_.Get(KeyOf(id)) == text) {
      store_.Remove(key);
      ++upgraded;
    }
  }
  for (const std::string& key : store_.KeysWithPrefix(kLegacyDraftPrefix)) {
    const std::optional<std::string> text = store_.Get(key);
    if (!text) continue;
    const std::string id = key.substr(std::string(kLegacyDraftPrefix).size());
    const core::ImportResult legacy = core::ImportSubmission(*text, core::ImportMode::Draft);
    if (!legacy.ok()) {
      const SetAsideEntry entry = SetAside(store_, key, "v0." + id, *text, legacy.problems);
      if (set_aside != nullptr) set_aside->push_back(entry);
      continue;
    }
    if (store_.Get(KeyOf(id))) {
      // Already upgraded (e.g. by another tab) but the old entry is still there: keep both, say so.
      if (set_aside != nullptr) set_aside->push_back({key, key, "draf versi penyimpanan lama; versi barunya sudah ada"});
      continue;
    }
    long rev = 0;
    if (Save(id, *legacy.assessment, &rev, now_utc) != SaveOutcome::Saved) {
      if (set_aside != nullptr) {
        set_aside->push_back({key, key, "draf versi penyimpanan lama belum dapat dipindahkan (penyimpanan penuh atau "
                                        "tidak tersedia); isinya tetap utuh dan dicoba lagi nanti"});
      }
      continue;
    }
    core::Problems problems;
    const std::optional<LoadedDraft> check = Load(id, &problems);
    if (check && check->assessment == *legacy.assessment) {
      store_.Remove(key);
      ++upgraded;
    }
  }
  return upgraded;
}

std::vector<DraftSummary> DraftStore::Scan(std::vector<SetAsideEntry>* set_aside) {
  std::vector<DraftSummary> drafts;
  for (const std::string& key : store_.KeysWithPrefix(kDraftPrefix)) {
    const std::optional<std::string> text = store_.Get(key);
    if (!text) continue;
    core::Problems problems;
    const std::optional<Envelope> envelope = ParseEnvelope(*text, &problems);
    if (!envelope && std::any_of(problems.begin(), problems.end(),
                                 [](const core::Problem& p) { return p.code == "newer_version"; })) {
      // Written by a newer version of the app (another tab after an update): not ours to move.
      if (set_aside != nullptr) set_aside->push_back({key, key, ReasonOf(problems)});
      continue;
    }
    if (!envelope) {
      // Keep the bytes under another key so nothing is lost, and stop listing it as a draft.
      const SetAsideEntry entry = SetAside(store_, key, key.substr(std::string(kDraftPrefix).size()), *text, problems);
      if (set_aside != nullptr) set_aside->push_back(entry);
      continue;
    }
    drafts.push_back(SummarizeDraft(key.substr(std::string(kDraftPrefix).size()), *envelope->document.assessment,
                                    envelope->tersimpan));
  }
  // Entries set aside earlier stay listed until the user deals with them.
  if (set_aside != nullptr) {
    for (const std::string& key : store_.KeysWithPrefix(kSetAsidePrefix)) {
      const bool listed = std::any_of(set_aside->begin(), set_aside->end(),
                                      [&](const SetAsideEntry& e) { return e.kept_key == key; });
      if (!listed) set_aside->push_back({"", key, "entri rusak yang disisihkan sebelumnya"});
    }
    // Old-version drafts not moved yet (storage was full): still there, still shown.
    for (const char* prefix : {kLegacyDraftPrefix, kV1DraftPrefix}) {
      for (const std::string& key : store_.KeysWithPrefix(prefix)) {
        const bool listed = std::any_of(set_aside->begin(), set_aside->end(),
                                        [&](const SetAsideEntry& e) { return e.kept_key == key; });
        if (!listed) set_aside->push_back({"", key, "draf versi penyimpanan lama yang belum dipindahkan"});
      }
    }
  }
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const DraftSummary& x, const DraftSummary& y) { return x.tersimpan > y.tersimpan; });
  return drafts;
}

std::optional<LoadedDraft> DraftStore::Load(const std::string& id, core::Problems* problems) const {
  const std::optional<std::string> text = store_.Get(KeyOf(id));
  if (!text) {
    problems->push_back({"missing_draft", "$", "draf tidak ditemukan di penyimpanan peramban", 0});
    return std::nullopt;
  }
  std::optional<Envelope> envelope = ParseEnvelope(*text, problems);
  if (!envelope) return std::nullopt;
  return LoadedDraft{std::move(*envelope->document.assessment), envelope->rev, envelope->tersimpan, envelope->origin};
}

namespace {

// Every envelope this app writes begins with {"rev":N, and ends with its document's last member —
// "versi" (members sorted) — closing the document and the envelope: "versi":2}}. So the revision is
// read from the two ends without parsing the whole document (a save checks it each time); anything
// else, a cut-off entry included, is parsed in full (and a cut-off one found unreadable). The end
// cannot be met inside a text, where every quote is escaped.
std::optional<long> RevisionFromEnds(const std::string& text) {
  static constexpr char kPrefix[] = "{\"rev\":";
  constexpr std::size_t kPrefixLength = sizeof kPrefix - 1;
  if (text.compare(0, kPrefixLength, kPrefix) != 0) return std::nullopt;
  std::size_t end = text.size();
  if (end < 4 || text.compare(end - 2, 2, "}}") != 0) return std::nullopt;
  end -= 2;
  std::size_t digits = end;
  while (digits > 0 && text[digits - 1] >= '0' && text[digits - 1] <= '9') --digits;
  static constexpr char kLast[] = "\"versi\":";
  constexpr std::size_t kLastLength = sizeof kLast - 1;
  if (digits == end || digits < kLastLength || text.compare(digits - kLastLength, kLastLength, kLast) != 0) return std::nullopt;
  long rev = 0;
  std::size_t i = kPrefixLength;
  for (; i < text.size() && i < kPrefixLength + 12 && text[i] >= '0' && text[i] <= '9'; ++i) rev = rev * 10 + (text[i] - '0');
  if (i == kPrefixLength || i >= text.size() || text[i] != ',' || (text[kPrefixLength] == '0' && i > kPrefixLength + 1)) {
    return std::nullopt;
  }
  return rev;
}

}  // namespace

long DraftStore::StoredRevision(const std::string& id) const {
  // The envelope's two ends are enough for the entries this app writes.
  const std::optional<std::string> ends = store_.GetEnds(KeyOf(id), 32, 16);
  if (!ends) return 0;
  if (const std::optional<long> rev = RevisionFromEnds(*ends)) return *rev;
  const std::optional<std::string> text = store_.Get(KeyOf(id));
  if (!text) return 0;
  core::Problem problem;
  const std::optional<json> envelope = core::ParseStrictJson(*text, problem, core::kMaxNestingDepth);
  if (!envelope || !envelope->is_object() || !envelope->contains("rev") || !(*envelope)["rev"].is_number_integer()) {
    return -1;  // unreadable: never overwrite it silently
  }
  return (*envelope)["rev"].get<long>();
}

SaveOutcome DraftStore::Save(const std::string& id, const core::Assessment& assessment, long* known_rev,
                             const std::string& now_utc, core::DraftOrigin origin) {
  if (!store_.Available()) return SaveOutcome::Unavailable;
  if (StoredRevision(id) != *known_rev) return SaveOutcome::Conflict;
  const long next = *known_rev + 1;
  // The document sealed as the core seals it for storage (canonical, checked before writing).
  const core::StorageForm document = core::SealForStorage(assessment, last_document_size_);
  if (!document.valid) return SaveOutcome::Invalid;
  last_document_size_ = document.text.size();
  const std::string asal = origin == core::DraftOrigin::Unknown ? "" : std::string(",\"asal\":\"") + core::DraftOriginKey(origin) + "\"";
  const std::string head = "{\"rev\":" + std::to_string(next) + ",\"tersimpan\":" + json(now_utc).dump() + asal + ",\"dokumen\":";
  std::string envelope;
  envelope.reserve(head.size() + document.text.size() + 1);
  envelope += head;
  envelope += document.text;
  envelope += '}';
  switch (store_.Set(KeyOf(id), envelope)) {
    case WriteStatus::Ok:
      *known_rev = next;
      return SaveOutcome::Saved;
    case WriteStatus::QuotaExceeded:
      return SaveOutcome::QuotaExceeded;
    case WriteStatus::Unavailable:
      return SaveOutcome::Unavailable;
  }
  return SaveOutcome::Unavailable;
}

void DraftStore::Remove(const std::string& id) { store_.Remove(KeyOf(id)); }

}  // namespace asn::platform
