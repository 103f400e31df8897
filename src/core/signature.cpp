#include "core/signature.hpp"

#include "core/integrity.hpp"
#include "core/sha256.hpp"
#include "core/submission_format.hpp"

#include <cctype>

namespace asn::core {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// One CSV field: trimmed, surrounding double quotes removed (a spreadsheet may add them).
std::string Field(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  return std::string(text);
}

}  // namespace

std::string Base64Encode(const Bytes& bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t b0 = bytes[i];
    const std::uint32_t b1 = i + 1 < bytes.size() ? bytes[i + 1] : 0;
    const std::uint32_t b2 = i + 2 < bytes.size() ? bytes[i + 2] : 0;
    const std::uint32_t v = (b0 << 16) | (b1 << 8) | b2;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64[v & 63] : '=';
  }
  return out;
}

std::optional<Bytes> Base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  Bytes out;
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    int v[4];
    int padding = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text[i + static_cast<std::size_t>(k)];
      if (c == '=' && last && k >= 2) {
        v[k] = 0;
        ++padding;
        continue;
      }
      if (padding > 0) return std::nullopt;  // "=" only at the very end
      v[k] = Base64Value(c);
      if (v[k] < 0) return std::nullopt;
    }
    const std::uint32_t n = (static_cast<std::uint32_t>(v[0]) << 18) | (static_cast<std::uint32_t>(v[1]) << 12) |
                            (static_cast<std::uint32_t>(v[2]) << 6) | static_cast<std::uint32_t>(v[3]);
    // Canonical: the bits the padding hides are zero (one text per byte string).
    if ((padding == 1 && (n & 0xFF) != 0) || (padding == 2 && (n & 0xFFFF) != 0)) return std::nullopt;
    out.push_back(static_cast<std::uint8_t>(n >> 16));
    if (padding < 2) out.push_back(static_cast<std::uint8_t>((n >> 8) & 0xFF));
    if (padding < 1) out.push_back(static_cast<std::uint8_t>(n & 0xFF));
  }
  return out;
}

std::string KeyFingerprint(const Bytes& public_key) {
  const std::string hex = Sha256Hex(std::string(public_key.begin(), public_key.end()));
  std::string letters;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::size_t i = 0; i < 32; i += 2) {  // the first 16 bytes
    buffer = (buffer << 8) | static_cast<std::uint32_t>(std::stoi(hex.substr(i, 2), nullptr, 16));
    bits += 8;
    while (bits >= 5) {
      letters += kBase32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) letters += kBase32[(buffer << (5 - bits)) & 31];
  std::string out;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += '-';
    out += letters[i];
  }
  return out;
}

std::string NormalizeFingerprint(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::toupper(u));
  }
  return out;
}

std::string SignedMessage(const Assessment& assessment) {
  return CanonicalText(CanonicalAssessmentJson(assessment), "tanda_tangan");
}

const Bytes& ExampleKeySeed() {
  // SHA-256 of "asn-kinerja: kunci CONTOH untuk data latihan": published on purpose.
  static const Bytes seed = {0x85, 0x5e, 0xa3, 0xed, 0x30, 0xed, 0x64, 0x7a, 0x28, 0xd1, 0x61, 0xc7, 0xa6, 0x7d, 0x82, 0x75,
                             0xb8, 0xfe, 0x16, 0x76, 0x50, 0x2d, 0xea, 0xc4, 0xda, 0xf5, 0x3d, 0xdb, 0x6b, 0x21, 0x2e, 0x9d};
  return seed;
}

const char* ExampleKeyFingerprint() { return "KO57-UVSM-PKSH-33H3-6GGS-FSTW-NU"; }

std::optional<KeyRegistry> KeyRegistry::Parse(std::string_view csv, Problems& problems) {
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  KeyRegistry registry;
  const std::size_t before = problems.size();
  int line = 0;
  bool header_seen = false;
  while (!csv.empty()) {
    const std::size_t end = csv.find('\n');
    const std::string_view row = csv.substr(0, end);
    csv = end == std::string_view::npos ? std::string_view() : csv.substr(end + 1);
    ++line;
    if (Field(row).empty()) continue;
    // The first two fields; more (e.g. the public key the app exports beside its fingerprint) are
    // allowed and not needed.
    const std::size_t comma = row.find_first_of(",;");
    const std::string nip = Field(row.substr(0, comma));
    std::string_view rest = comma == std::string_view::npos ? std::string_view() : row.substr(comma + 1);
    const std::string fingerprint = Field(rest.substr(0, rest.find_first_of(",;")));
    if (!header_seen) {
      header_seen = true;
      if (nip != "nip" || fingerprint != "sidik_kunci") {
        problems.push_back({"bad_key_list", "$", "baris pertama daftar kunci harus \"nip,sidik_kunci\"", line});
        return std::nullopt;
      }
      continue;
    }
    const std::string normal = NormalizeFingerprint(fingerprint);
    if (nip.size() != 18 || nip.find_first_not_of("0123456789") != std::string::npos) {
      problems.push_back({"bad_key_list", "$", "NIP harus 18 angka: \"" + nip + "\"", line});
    } else if (normal.size() != 26 || normal.find_first_not_of(kBase32) != std::string::npos) {
      problems.push_back({"bad_key_list", "$", "sidik kunci harus 26 huruf/angka (A–Z, 2–7), mis. " +
                                                   std::string(ExampleKeyFingerprint()),
                          line});
    } else {
      registry.keys_[nip].insert(normal);
    }
  }
  if (!header_seen) problems.push_back({"bad_key_list", "$", "daftar kunci kosong", 1});
  if (problems.size() != before) return std::nullopt;
  return registry;
}

bool KeyRegistry::Registered(const std::string& nip, const std::string& fingerprint) const {
  const auto found = keys_.find(nip);
  return found != keys_.end() && found->second.count(NormalizeFingerprint(fingerprint)) > 0;
}

std::size_t KeyRegistry::size() const {
  std::size_t n = 0;
  for (const auto& entry : keys_) n += entry.second.size();
  return n;
}

SignatureClass ClassifySignature(const Assessment& assessment, bool verified, const KeyRegistry* registry) {
  if (!assessment.tanda_tangan) return SignatureClass::Unsigned;
  if (!verified) return SignatureClass::Invalid;
  const std::string& fingerprint = assessment.tanda_tangan->fingerprint;
  if (NormalizeFingerprint(fingerprint) == NormalizeFingerprint(ExampleKeyFingerprint())) return SignatureClass::ExampleKey;
  if (registry == nullptr) return SignatureClass::NotChecked;
  return registry->Registered(assessment.penilai.nip, fingerprint) ? SignatureClass::Registered : SignatureClass::UnknownKey;
}

std::string SignatureClassText(SignatureClass value) {
  switch (value) {
    case SignatureClass::Unsigned: return "tidak bertanda tangan digital";
    case SignatureClass::Invalid: return "tanda tangan TIDAK SAH: isi berkas berubah setelah ditandatangani";
    case SignatureClass::ExampleKey: return "bertanda tangan dengan kunci contoh (data latihan, bukan tanda tangan sungguhan)";
    case SignatureClass::Registered: return "tanda tangan sah, kunci terdaftar untuk NIP penilai";
    case SignatureClass::UnknownKey: return "tanda tangan sah, tetapi kunci tidak terdaftar untuk NIP penilai";
    case SignatureClass::NotChecked: return "tanda tangan sah (kunci belum dicocokkan dengan daftar kunci kantor)";
  }
  return "";
}

const char* SignatureClassKey(SignatureClass value) {
  switch (value) {
    case SignatureClass::Unsigned: return "tanpa";
    case SignatureClass::Invalid: return "tidak_sah";
    case SignatureClass::ExampleKey: return "contoh";
    case SignatureClass::Registered: return "sah";
    case SignatureClass::UnknownKey: return "tidak_dikenal";
    case SignatureClass::NotChecked: return "belum_dicocokkan";
  }
  return "";
}

bool SignatureAccepted(SignatureClass value) {
  return value == SignatureClass::Registered || value == SignatureClass::NotChecked;
}

}  // namespace asn::core
