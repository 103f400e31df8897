#pragma once
// SHA-256 (FIPS 180-4). Small and dependency-free so the browser build needs no crypto library.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace asn::core {

// Incremental form: Update() any number of times, then HexDigest() once.
class Sha256 {
 public:
  void Update(const char* bytes, std::size_t size);
  std::string HexDigest();

 private:
  std::array<std::uint32_t, 8> state_ = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  unsigned char block_[64] = {};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

// Lower-case hexadecimal digest of the bytes.
std::string Sha256Hex(std::string_view bytes);

// Which code compresses the blocks: portable C++ everywhere, or the processor's SHA instructions
// (x86-64 with SHA-NI, chosen at start when present; the recap hashes thousands of files). The
// choice can be changed so that tests check both give the same digests; false when the processor
// lacks the instructions (nothing changes then).
enum class Sha256Engine { Portable, ProcessorInstructions };
bool UseSha256Engine(Sha256Engine engine);
Sha256Engine CurrentSha256Engine();

}  // namespace asn::core
