#include "core/sha256.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ASN_SHA256_X86_INSTRUCTIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace asn::core {
namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t RotateRight(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void CompressPortable(std::array<std::uint32_t, 8>& state, const unsigned char* block) {
  std::uint32_t w[64];
  for (int i = 0; i < 16; ++i) {
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  }
  for (int i = 16; i < 64; ++i) {
    const std::uint32_t s0 = RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
    const std::uint32_t s1 = RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (int i = 0; i < 64; ++i) {
    const std::uint32_t s1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
    const std::uint32_t ch = (e & f) ^ (~e & g);
    const std::uint32_t t1 = h + s1 + ch + kRoundConstants[static_cast<std::size_t>(i)] + w[i];
    const std::uint32_t s0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
    const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
    const std::uint32_t t2 = s0 + maj;
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  state[0] += a; state[1] += b; state[2] += c; state[3] += d;
  state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

#if defined(ASN_SHA256_X86_INSTRUCTIONS)
// One block with the SHA-NI instructions. They keep the state as two vectors, ABEF and CDGH; each
// sha256rnds2 does two rounds, and sha256msg1/msg2 extend the message schedule four words at a time:
// W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16] for t = 4g..4g+3, from the group vectors
// X(g-4) (msg1 with X(g-3): W[t-16] + s0(W[t-15])), X(g-2):X(g-1) shifted by one word (W[t-7]) and
// X(g-1) (msg2: s1(W[t-2])).
__attribute__((target("sha,sse4.1,ssse3"))) void CompressInstructions(std::array<std::uint32_t, 8>& state,
                                                                       const unsigned char* block) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
  __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
  const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
  const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
  const __m128i abef_start = abef;
  const __m128i cdgh_start = cdgh;
  __m128i x[4];
#pragma GCC unroll 16
  for (int g = 0; g < 16; ++g) {
    __m128i& w = x[g % 4];
    if (g < 4) {
      w = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * g)), byte_swap);
    } else {
      const __m128i& previous = x[(g + 3) % 4];
      __m128i next = _mm_sha256msg1_epu32(w, x[(g + 1) % 4]);
      next = _mm_add_epi32(next, _mm_alignr_epi8(previous, x[(g + 2) % 4], 4));
      w = _mm_sha256msg2_epu32(next, previous);
    }
    __m128i k = _mm_add_epi32(w, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRoundConstants[4 * g])));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);
    k = _mm_shuffle_epi32(k, 0x0E);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, k);
  }
  abef = _mm_add_epi32(abef, abef_start);
  cdgh = _mm_add_epi32(cdgh, cdgh_start);
  const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  dcba = _mm_blend_epi16(feba, dchg, 0xF0);
  hgfe = _mm_alignr_epi8(dchg, feba, 8);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), dcba);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), hgfe);
}

bool ProcessorHasShaInstructions() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) == 0) return false;
  const bool ssse3 = (c & bit_SSSE3) != 0;
  const bool sse41 = (c & bit_SSE4_1) != 0;
  if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return false;
  return ssse3 && sse41 && (b & bit_SHA) != 0;
}
#else
bool ProcessorHasShaInstructions() { return false; }
#endif

using CompressFunction = void (*)(std::array<std::uint32_t, 8>&, const unsigned char*);

CompressFunction EngineFunction(Sha256Engine engine) {
#if defined(ASN_SHA256_X86_INSTRUCTIONS)
  if (engine == Sha256Engine::ProcessorInstructions) return CompressInstructions;
#endif
  (void)engine;
  return CompressPortable;
}

std::atomic<Sha256Engine>& SelectedEngine() {
  static std::atomic<Sha256Engine> engine{ProcessorHasShaInstructions() ? Sha256Engine::ProcessorInstructions
                                                                         : Sha256Engine::Portable};
  return engine;
}

void Compress(std::array<std::uint32_t, 8>& state, const unsigned char* block) {
  EngineFunction(SelectedEngine().load(std::memory_order_relaxed))(state, block);
}

}  // namespace

bool UseSha256Engine(Sha256Engine engine) {
  if (engine == Sha256Engine::ProcessorInstructions && !ProcessorHasShaInstructions()) return false;
  SelectedEngine().store(engine);
  return true;
}

Sha256Engine CurrentSha256Engine() { return SelectedEngine().load(); }

void Sha256::Update(const char* bytes, std::size_t size) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes);
  length_ += size;
  if (buffered_ > 0) {
    const std::size_t take = std::min(size, 64 - buffered_);
    std::memcpy(block_ + buffered_, data, take);
    buffered_ += take;
    data += take;
    size -= take;
    if (buffered_ < 64) return;
    Compress(state_, block_);
    buffered_ = 0;
  }
  for (; size >= 64; data += 64, size -= 64) Compress(state_, data);
  if (size > 0) std::memcpy(block_, data, size);
  buffered_ = size;
}

std::string Sha256::HexDigest() {
  // Padding: 0x80, zeros, then the message length in bits as a 64-bit big-endian number.
  unsigned char tail[128] = {};
  for (std::size_t i = 0; i < buffered_; ++i) tail[i] = block_[i];
  tail[buffered_] = 0x80;
  const std::size_t tail_size = buffered_ + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bit_length = length_ * 8;
  for (int i = 0; i < 8; ++i) tail[tail_size - 1 - static_cast<std::size_t>(i)] = static_cast<unsigned char>(bit_length >> (8 * i));
  Compress(state_, tail);
  if (tail_size == 128) Compress(state_, tail + 64);

  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (std::uint32_t word : state_) {
    for (int shift = 28; shift >= 0; shift -= 4) hex.push_back(kHex[(word >> shift) & 0xF]);
  }
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256 hash;
  hash.Update(bytes.data(), bytes.size());
  return hash.HexDigest();
}

}  // namespace asn::core
