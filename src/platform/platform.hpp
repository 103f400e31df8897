#pragma once
// What the app needs from its host, behind one interface: storage, time, ids, files in and out.
// The browser implementation is platform/web/browser_platform.cpp.
#include "platform/key_value_store.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace asn::platform {

struct IncomingFile {
  std::string name;
  std::string content;   // empty when refused before reading
  std::string refusal;   // Indonesian reason when the host refused it (e.g. too large), else empty
  bool for_recap = false;  // one of a set of files for the unit recap, not a draft import
  // for_recap: the file was already checked elsewhere (the browser's recap workers) and `content`
  // is its entry as text (core/recap_entry.hpp), not the file.
  bool checked = false;
};

// The page's progress reading a set of recap files (which can take a while for thousands).
struct RecapReading {
  std::size_t announced = 0;  // files in the set, once known
  bool reading = false;       // the page is still reading files of the set
};

// The answer to a signing or verification request (see Platform::RequestSignature).
struct CryptoResult {
  std::string request_id;
  bool ok = false;          // signed; or (verification) the signature matches
  std::string public_key;   // when signed: the key's public part, base64 (32 bytes)
  std::string signature;    // when signed: base64 (64 bytes)
  bool new_key = false;     // when signed: the key was created for this request
  std::string error;        // Indonesian, when the host could not sign or check at all
  std::string derived_key;  // a key derivation's result: 32 raw bytes
};

class Platform {
 public:
  virtual ~Platform() = default;
  virtual KeyValueStore& Storage() = 0;
  // Current time as "YYYY-MM-DDThh:mm:ssZ" and as the user's local "HH:MM".
  virtual std::string NowUtc() const = 0;
  virtual std::string LocalClock() const = 0;
  virtual double NowSeconds() const = 0;
  virtual std::string NewId() = 0;
  // Hands a file to the user (a browser download). Returns false if the host refused.
  virtual bool OfferDownload(const std::string& file_name, const std::string& content) = 0;
  // Shows a generated HTML page (the printable report) in a new tab. False if the host refused.
  virtual bool OpenHtmlPage(const std::string& html) = 0;
  // Opens the host's file picker; chosen (or dropped) files arrive through TakeIncomingFiles().
  virtual void RequestFileOpen() = 0;
  virtual std::vector<IncomingFile> TakeIncomingFiles() = 0;
  // Rekap: a multi-file picker, or a folder picker (its *.json files). Files arrive through
  // TakeIncomingFiles() with for_recap set, a bounded number at a time.
  virtual void RequestRecapFiles(bool folder) = 0;
  // A newly announced set since the last call (and the reading state), or nothing.
  virtual std::optional<RecapReading> TakeRecapAnnouncement() = 0;
  virtual bool RecapReadingInProgress() const = 0;
  // Asks the page to stop reading the current set.
  virtual void CancelRecapReading() = 0;
  // Files delivered but not yet taken.
  virtual std::size_t PendingFiles() const = 0;
  // True once when the host is about to hide or close the page: save now.
  virtual bool TakeFlushRequest() = 0;
  // Digital signatures (Ed25519). The host signs `message` with the signing key it keeps for
  // `signer_nip` (in the browser: a non-extractable WebCrypto key in IndexedDB, created on first
  // use; it never leaves the device), or checks a signature. Answers arrive, in any order and
  // possibly frames later, through TakeCryptoResults().
  virtual void RequestSignature(const std::string& request_id, const std::string& signer_nip,
                                const std::string& message) = 0;
  virtual void RequestVerification(const std::string& request_id, const std::string& public_key,
                                   const std::string& message, const std::string& signature) = 0;
  virtual std::vector<CryptoResult> TakeCryptoResults() = 0;
  // The draft lock's key from a passphrase: PBKDF2-HMAC-SHA-256 over `salt`, `iterations` rounds,
  // 32 bytes (WebCrypto in the browser, off the frame). The answer arrives as a CryptoResult with
  // derived_key set. The passphrase is not kept.
  virtual void RequestKeyDerivation(const std::string& request_id, const std::string& passphrase,
                                    const std::vector<unsigned char>& salt, long iterations) = 0;
  // Cryptographically random bytes (crypto.getRandomValues in the browser).
  virtual void RandomBytes(unsigned char* out, std::size_t count) = 0;
  // The app runs from a file on this device (the one-file edition opened from disk), where every
  // other local HTML file may share its storage: the draft lock is then on by default.
  virtual bool RunsFromLocalFile() const = 0;
};

}  // namespace asn::platform
