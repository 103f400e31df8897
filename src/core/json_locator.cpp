#include "core/json_locator.hpp"

namespace asn::core {
namespace {

class Scanner {
 public:
  Scanner(std::string_view text, const std::set<std::string>& wanted, std::map<std::string, int>& found)
      : text_(text), wanted_(wanted), found_(found) {}

  void Value(const std::string& path) {
    SkipSpace();
    if (pos_ >= text_.size()) return;
    if (wanted_.count(path) != 0) found_[path] = line_;
    const char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      SkipSpace();
      if (Peek() == '}') { ++pos_; return; }
      while (pos_ < text_.size()) {
        SkipSpace();
        const std::string key = String();
        SkipSpace();
        if (Peek() == ':') ++pos_;
        Value(path + "." + key);
        SkipSpace();
        if (Peek() == ',') { ++pos_; continue; }
        if (Peek() == '}') ++pos_;
        return;
      }
    } else if (c == '[') {
      ++pos_;
      SkipSpace();
      if (Peek() == ']') { ++pos_; return; }
      for (std::size_t index = 0; pos_ < text_.size(); ++index) {
        Value(path + "[" + std::to_string(index) + "]");
        SkipSpace();
        if (Peek() == ',') { ++pos_; continue; }
        if (Peek() == ']') ++pos_;
        return;
      }
    } else if (c == '"') {
      String();
    } else {
      while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
    }
  }

 private:
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void SkipSpace() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '\n') ++line_;
      else if (c != ' ' && c != '\t' && c != '\r') return;
      ++pos_;
    }
  }

  // Reads a string token; escapes other than \" and \\ are kept as written (keys in this format
  // are plain ASCII, so that is enough to build paths).
  std::string String() {
    std::string out;
    if (Peek() != '"') return out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
        const char next = text_[pos_ + 1];
        if (next == '"' || next == '\\') { out.push_back(next); pos_ += 2; continue; }
        out.push_back('\\');
        ++pos_;
        continue;
      }
      out.push_back(text_[pos_++]);
    }
    ++pos_;
    return out;
  }

  std::string_view text_;
  const std::set<std::string>& wanted_;
  std::map<std::string, int>& found_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

std::map<std::string, int> LocateJsonPaths(std::string_view text, const std::set<std::string>& paths) {
  std::map<std::string, int> found;
  if (paths.empty()) return found;
  Scanner scanner(text, paths, found);
  scanner.Value("$");
  return found;
}

}  // namespace asn::core
