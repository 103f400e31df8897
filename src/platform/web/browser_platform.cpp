#include "platform/web/browser_platform.hpp"

#include "core/recap_entry.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace asn::platform {
namespace {

// ---- localStorage: every access is guarded, as storage may be disabled or full ----
// Read-only probe: disabled storage throws on access; a full one still reads (and must not be
// mistaken for disabled, so nothing is written here).
EM_JS(int, JsStorageAvailable, (), {
  try { return typeof localStorage !== "undefined" && localStorage !== null && localStorage.length >= 0 ? 1 : 0; }
  catch (e) { return 0; }
});

// Returns a malloc'ed UTF-8 string (caller frees) or 0; *length gets its byte length, so a value
// holding U+0000 is not cut short.
EM_JS(char*, JsStorageGet, (const char* key, int* length), {
  try {
    const value = localStorage.getItem(UTF8ToString(key));
    if (value === null) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    HEAP32[length >> 2] = size - 1;
    return ptr;
  } catch (e) { return 0; }
});

// The same for the first `head` and last `tail` UTF-16 units of the value (see KeyValueStore::GetEnds).
EM_JS(char*, JsStorageGetEnds, (const char* key, int head, int tail, int* length), {
  try {
    let value = localStorage.getItem(UTF8ToString(key));
    if (value === null) return 0;
    if (value.length > head + tail) value = value.slice(0, head) + value.slice(value.length - tail);
    const size = lengthBytesUTF8(value) + 1;
    const ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    HEAP32[length >> 2] = size - 1;
    return ptr;
  } catch (e) { return 0; }
});

// 0 ok, 1 quota exceeded, 2 unavailable.
// The value decoded with its known length: UTF8ToString would first walk a large draft's bytes in
// JavaScript looking for its end (0.7 ms of each save of a 0.7 MB draft).
EM_JS(int, JsStorageSet, (const char* key, const char* value, int length), {
  const decoder = JsStorageSet.decoder || (JsStorageSet.decoder = new TextDecoder());
  try { localStorage.setItem(UTF8ToString(key), decoder.decode(HEAPU8.subarray(value, value + length))); return 0; }
  catch (e) {
    const quota = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
    return quota ? 1 : 2;
  }
});

EM_JS(void, JsStorageRemove, (const char* key), {
  try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

// Keys with a prefix, joined by '\n' (keys never contain newlines here); malloc'ed.
EM_JS(char*, JsStorageKeys, (const char* prefix), {
  try {
    const p = UTF8ToString(prefix);
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k !== null && k.startsWith(p)) keys.push(k);
    }
    const text = keys.join(String.fromCharCode(10));
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  } catch (e) { return 0; }
});

EM_JS(double, JsStorageUsed, (const char* prefix), {
  try {
    const p = UTF8ToString(prefix);
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k !== null && k.startsWith(p)) chars += k.length + (localStorage.getItem(k) || "").length;
    }
    return chars * 2;
  } catch (e) { return 0; }
});

EM_JS(char*, JsNowUtc, (), {
  const text = new Date().toISOString().slice(0, 19) + "Z";
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(char*, JsLocalClock, (), {
  const d = new Date();
  const text = String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0") + ":" +
               String(d.getSeconds()).padStart(2, "0");
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(char*, JsNewId, (), {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  const text = Date.now().toString(36) + "-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(int, JsDownload, (const char* name, const char* content), {
  try { window.asnPage.download(UTF8ToString(name), UTF8ToString(content)); return 1; }
  catch (e) { console.warn("download failed", e); return 0; }
});

EM_JS(int, JsOpenHtmlPage, (const char* html), {
  try { return window.asnPage.openHtml(UTF8ToString(html)) ? 1 : 0; }
  catch (e) { console.warn("report", e); return 0; }
});

EM_JS(void, JsOpenFilePicker, (), {
  try { window.asnPage.openFilePicker(); } catch (e) { console.warn("file picker", e); }
});

EM_JS(void, JsOpenRecapPicker, (int folder), {
  try { window.asnPage.openRecapPicker(!!folder); } catch (e) { console.warn("recap picker", e); }
});

// Signing and checking run in the page (WebCrypto is asynchronous); answers come back through
// asn_page_crypto_result.
EM_JS(void, JsSign, (const char* id, const char* nip, const char* message), {
  try { window.asnPage.sign(UTF8ToString(id), UTF8ToString(nip), UTF8ToString(message)); }
  catch (e) { console.warn("sign", e); }
});

EM_JS(void, JsVerify, (const char* id, const char* key, const char* message, const char* signature), {
  try { window.asnPage.verify(UTF8ToString(id), UTF8ToString(key), UTF8ToString(message), UTF8ToString(signature)); }
  catch (e) { console.warn("verify", e); }
});

// PBKDF2 through WebCrypto (asynchronous, off the frame): web/loader.js asnPage.deriveKey answers
// through asn_page_derived_key. The passphrase reaches the page only for this call.
EM_JS(void, JsDeriveKey, (const char* id, const char* passphrase, const unsigned char* salt, int salt_length, double iterations), {
  try {
    window.asnPage.deriveKey(UTF8ToString(id), UTF8ToString(passphrase), HEAPU8.slice(salt, salt + salt_length), iterations);
  } catch (e) { console.warn("derive", e); }
});

EM_JS(void, JsRandomBytes, (unsigned char* out, int count), {
  crypto.getRandomValues(HEAPU8.subarray(out, out + count));
});

EM_JS(int, JsRunsFromLocalFile, (), { return location.protocol === "file:" ? 1 : 0; });

std::string TakeString(char* ptr) {
  if (ptr == nullptr) return {};
  std::string out(ptr);
  std::free(ptr);
  return out;
}

class LocalStorageStore final : public KeyValueStore {
 public:
  bool Available() const override { return JsStorageAvailable() != 0; }
  std::vector<std::string> KeysWithPrefix(const std::string& prefix) const override {
    std::vector<std::string> keys;
    const std::string joined = TakeString(JsStorageKeys(prefix.c_str()));
    std::size_t start = 0;
    while (start < joined.size()) {
      const std::size_t end = joined.find('\n', start);
      keys.push_back(joined.substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return keys;
  }
  std::optional<std::string> Get(const std::string& key) const override {
    int length = 0;
    char* ptr = JsStorageGet(key.c_str(), &length);
    if (ptr == nullptr) return std::nullopt;
    std::string value(ptr, static_cast<std::size_t>(length));
    std::free(ptr);
    return value;
  }
  std::optional<std::string> GetEnds(const std::string& key, std::size_t head, std::size_t tail) const override {
    int length = 0;
    char* ptr = JsStorageGetEnds(key.c_str(), static_cast<int>(head), static_cast<int>(tail), &length);
    if (ptr == nullptr) return std::nullopt;
    std::string value(ptr, static_cast<std::size_t>(length));
    std::free(ptr);
    return value;
  }
  WriteStatus Set(const std::string& key, const std::string& value) override {
    switch (JsStorageSet(key.c_str(), value.data(), static_cast<int>(value.size()))) {
      case 0: return WriteStatus::Ok;
      case 1: return WriteStatus::QuotaExceeded;
      default: return WriteStatus::Unavailable;
    }
  }
  void Remove(const std::string& key) override { JsStorageRemove(key.c_str()); }
  std::size_t UsedBytes(const std::string& prefix) const override {
    return static_cast<std::size_t>(JsStorageUsed(prefix.c_str()));
  }
};

// Everything the page hands over between frames, in one place (as Dear ImGui's backends keep
// their state in one Data struct). The page calls in through the asn_page_* functions below.
struct BrowserData {
  LocalStorageStore store;
  std::vector<IncomingFile> incoming;
  bool flush_requested = false;
  std::optional<RecapReading> recap_announcement;
  bool recap_reading = false;
  bool recap_cancelled = false;
  std::vector<CryptoResult> crypto;
};
BrowserData g_data;

}  // namespace

void QueueIncomingFile(IncomingFile file) { g_data.incoming.push_back(std::move(file)); }

// A file's bytes malloc'ed by the page (web/loader.js heapBytes): copied, then freed.
std::string TakeBytes(char* bytes, int length) {
  std::string content = bytes != nullptr && length > 0 ? std::string(bytes, static_cast<std::size_t>(length)) : std::string();
  std::free(bytes);
  return content;
}
void RequestFlush() { g_data.flush_requested = true; }

BrowserPlatform::BrowserPlatform() = default;
KeyValueStore& BrowserPlatform::Storage() { return g_data.store; }
std::string BrowserPlatform::NowUtc() const { return TakeString(JsNowUtc()); }
std::string BrowserPlatform::LocalClock() const { return TakeString(JsLocalClock()); }
double BrowserPlatform::NowSeconds() const { return emscripten_get_now() / 1000.0; }
std::string BrowserPlatform::NewId() { return TakeString(JsNewId()); }
bool BrowserPlatform::OfferDownload(const std::string& file_name, const std::string& content) {
  return JsDownload(file_name.c_str(), content.c_str()) != 0;
}
bool BrowserPlatform::OpenHtmlPage(const std::string& html) { return JsOpenHtmlPage(html.c_str()) != 0; }
void BrowserPlatform::RequestFileOpen() { JsOpenFilePicker(); }
std::vector<IncomingFile> BrowserPlatform::TakeIncomingFiles() {
  std::vector<IncomingFile> out;
  out.swap(g_data.incoming);
  return out;
}
void BrowserPlatform::RequestRecapFiles(bool folder) { JsOpenRecapPicker(folder ? 1 : 0); }
std::optional<RecapReading> BrowserPlatform::TakeRecapAnnouncement() {
  std::optional<RecapReading> out;
  out.swap(g_data.recap_announcement);
  return out;
}
bool BrowserPlatform::RecapReadingInProgress() const { return g_data.recap_reading; }
void BrowserPlatform::CancelRecapReading() { g_data.recap_cancelled = true; }
std::size_t BrowserPlatform::PendingFiles() const { return g_data.incoming.size(); }
bool BrowserPlatform::TakeFlushRequest() {
  const bool requested = g_data.flush_requested;
  g_data.flush_requested = false;
  return requested;
}

void BrowserPlatform::RequestSignature(const std::string& request_id, const std::string& signer_nip,
                                       const std::string& message) {
  JsSign(request_id.c_str(), signer_nip.c_str(), message.c_str());
}
void BrowserPlatform::RequestVerification(const std::string& request_id, const std::string& public_key,
                                          const std::string& message, const std::string& signature) {
  JsVerify(request_id.c_str(), public_key.c_str(), message.c_str(), signature.c_str());
}
std::vector<CryptoResult> BrowserPlatform::TakeCryptoResults() {
  std::vector<CryptoResult> out;
  out.swap(g_data.crypto);
  return out;
}

void BrowserPlatform::RequestKeyDerivation(const std::string& request_id, const std::string& passphrase,
                                           const std::vector<unsigned char>& salt, long iterations) {
  JsDeriveKey(request_id.c_str(), passphrase.c_str(), salt.data(), static_cast<int>(salt.size()),
              static_cast<double>(iterations));
}
void BrowserPlatform::RandomBytes(unsigned char* out, std::size_t count) { JsRandomBytes(out, static_cast<int>(count)); }
bool BrowserPlatform::RunsFromLocalFile() const { return JsRunsFromLocalFile() != 0; }

}  // namespace asn::platform

extern "C" {

// The page's answer to JsDeriveKey: 32 bytes in the heap (cleared here after copying), or an error.
EMSCRIPTEN_KEEPALIVE void asn_page_derived_key(const char* id, unsigned char* key, int length, const char* error) {
  asn::platform::CryptoResult r;
  r.request_id = id;
  r.ok = key != nullptr && length == 32;
  if (r.ok) {
    r.derived_key.assign(reinterpret_cast<const char*>(key), static_cast<std::size_t>(length));
    std::fill(key, key + length, 0);
  }
  r.error = error != nullptr ? error : "";
  asn::platform::g_data.crypto.push_back(std::move(r));
}

// The page's answer to JsSign / JsVerify.
EMSCRIPTEN_KEEPALIVE void asn_page_crypto_result(const char* id, int ok, const char* public_key, const char* signature,
                                                 int new_key, const char* error) {
  asn::platform::CryptoResult r;
  r.request_id = id;
  r.ok = ok != 0;
  r.public_key = public_key;
  r.signature = signature;
  r.new_key = new_key != 0;
  r.error = error;
  asn::platform::g_data.crypto.push_back(std::move(r));
}

// The page delivers a chosen or dropped file (or a refusal, e.g. too large to read). The content
// was malloc'ed by the page (web/loader.js) and is freed here.
EMSCRIPTEN_KEEPALIVE void asn_page_incoming_file(const char* name, char* content, int length, const char* refusal) {
  asn::platform::QueueIncomingFile({name, asn::platform::TakeBytes(content, length), refusal, false});
}

// A set of recap files: announced, delivered one by one (content malloc'ed by the page, freed
// here), and ended. The page stops early when asn_page_recap_cancelled() says so.
EMSCRIPTEN_KEEPALIVE void asn_page_recap_begin(int total) {
  asn::platform::g_data.recap_announcement = asn::platform::RecapReading{static_cast<std::size_t>(total > 0 ? total : 0), true};
  asn::platform::g_data.recap_reading = true;
  asn::platform::g_data.recap_cancelled = false;
}
EMSCRIPTEN_KEEPALIVE void asn_page_recap_file(const char* name, char* content, int length, const char* refusal) {
  asn::platform::QueueIncomingFile({name, asn::platform::TakeBytes(content, length), refusal, true});
}
// A recap file checked by one of the page's recap workers (web/recap-worker.js): its entry as text.
EMSCRIPTEN_KEEPALIVE void asn_page_recap_entry(const char* entry) {
  asn::platform::QueueIncomingFile({"", entry, "", true, true});
}
// The version of that text this build reads: a worker of another version is not used.
EMSCRIPTEN_KEEPALIVE int asn_page_recap_entry_version() { return asn::core::kRecapEntryVersion; }
EMSCRIPTEN_KEEPALIVE void asn_page_recap_end() { asn::platform::g_data.recap_reading = false; }
EMSCRIPTEN_KEEPALIVE int asn_page_recap_cancelled() { return asn::platform::g_data.recap_cancelled ? 1 : 0; }

}  // extern "C"
