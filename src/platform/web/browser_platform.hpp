#pragma once
#include "platform/platform.hpp"

namespace asn::platform {

// localStorage for drafts, Blob downloads, a hidden file input and page drop for imports, WebCrypto
// Ed25519 for signatures (web/loader.js: asnPage.sign / asnPage.verify).
class BrowserPlatform final : public Platform {
 public:
  BrowserPlatform();
  KeyValueStore& Storage() override;
  std::string NowUtc() const override;
  std::string LocalClock() const override;
  double NowSeconds() const override;
  std::string NewId() override;
  bool OfferDownload(const std::string& file_name, const std::string& content) override;
  bool OpenHtmlPage(const std::string& html) override;
  void RequestFileOpen() override;
  std::vector<IncomingFile> TakeIncomingFiles() override;
  void RequestRecapFiles(bool folder) override;
  std::optional<RecapReading> TakeRecapAnnouncement() override;
  bool RecapReadingInProgress() const override;
  void CancelRecapReading() override;
  std::size_t PendingFiles() const override;
  bool TakeFlushRequest() override;
  void RequestSignature(const std::string& request_id, const std::string& signer_nip, const std::string& message) override;
  void RequestVerification(const std::string& request_id, const std::string& public_key, const std::string& message,
                           const std::string& signature) override;
  std::vector<CryptoResult> TakeCryptoResults() override;
  void RequestKeyDerivation(const std::string& request_id, const std::string& passphrase,
                            const std::vector<unsigned char>& salt, long iterations) override;
  void RandomBytes(unsigned char* out, std::size_t count) override;
  bool RunsFromLocalFile() const override;
};

// Called from the page (web/loader.js) when a file was chosen or dropped, and before unload.
void QueueIncomingFile(IncomingFile file);
// The bytes of a file the page copied into the heap (`length` of them), as a string; frees them.
std::string TakeBytes(char* bytes, int length);
void RequestFlush();

}  // namespace asn::platform
