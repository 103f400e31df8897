#include "ui/text_measure.hpp"

#include <cstring>
#include <unordered_map>

namespace asn::ui {
namespace {

// Shorter texts are measured every time: looking them up would cost about as much.
constexpr std::ptrdiff_t kRememberFromBytes = 256;
// Each edit of a long field adds an entry; when there are this many, all are forgotten at once.
constexpr std::size_t kMaxRemembered = 4096;

struct Measured {
  std::uint64_t fingerprint;
  float wrap_width;
  float font_size;
  const ImFont* font;
  ImVec2 size;
};

}  // namespace

std::uint64_t Fingerprint(std::string_view text) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    h = (h ^ word) * 0x100000001B3ull;
    h ^= h >> 29;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001B3ull;
  return h;
}

ImVec2 WrappedTextSize(const char* begin, const char* end, float wrap_width) {
  if (end - begin < kRememberFromBytes) return ImGui::CalcTextSize(begin, end, false, wrap_width);
  static std::unordered_map<std::uint64_t, Measured> remembered;
  const std::uint64_t fingerprint = Fingerprint(std::string_view(begin, static_cast<std::size_t>(end - begin)));
  const float font_size = ImGui::GetFontSize();
  const ImFont* font = ImGui::GetFont();
  const auto found = remembered.find(fingerprint);
  if (found != remembered.end() && found->second.wrap_width == wrap_width && found->second.font_size == font_size &&
      found->second.font == font) {
    return found->second.size;
  }
  const ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap_width);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered[fingerprint] = Measured{fingerprint, wrap_width, font_size, font, size};
  return size;
}

}  // namespace asn::ui
