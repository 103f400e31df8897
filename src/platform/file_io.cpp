#include "platform/file_io.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace asn::platform {

ReadResult ReadFileLimited(const std::string& path, std::size_t max_bytes) {
  ReadResult result;
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    result.status = ReadStatus::NotFound;
    return result;
  }
  if (!S_ISREG(info.st_mode)) {
    result.status = ReadStatus::Unreadable;
    return result;
  }
  result.size = static_cast<std::size_t>(info.st_size);
  if (result.size > max_bytes) {
    result.status = ReadStatus::TooLarge;
    return result;
  }
  // Plain POSIX reads: a recap opens thousands of small files, and a stream's set-up costs more
  // than reading one of them.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return result;
  result.content.resize(result.size);
  std::size_t got = 0;
  bool error = false;
  while (got < result.size) {
    const ssize_t n = read(fd, result.content.data() + got, result.size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error = true;
    if (n <= 0) break;  // an error, or the file shrank meanwhile
    got += static_cast<std::size_t>(n);
  }
  close(fd);
  if (error && got == 0) return result;
  result.content.resize(got);
  result.status = ReadStatus::Ok;
  return result;
}

std::string ReadStatusMessage(const ReadResult& result, std::size_t max_bytes) {
  switch (result.status) {
    case ReadStatus::Ok: return "";
    case ReadStatus::NotFound: return "berkas tidak ditemukan";
    case ReadStatus::TooLarge:
      return "berkas terlalu besar (" + std::to_string(result.size / 1024) + " KB; maksimum " +
             std::to_string(max_bytes / 1024 / 1024) + " MB) — tidak dibaca";
    case ReadStatus::Unreadable: return "berkas tidak dapat dibaca (bukan berkas biasa atau tidak ada izin)";
  }
  return "berkas tidak dapat dibaca";
}

bool IsDirectory(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

bool ListJsonFiles(const std::string& directory, std::vector<std::string>* files, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    *error = "folder tidak dapat dibaca: " + ec.message();
    return false;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      *error = "folder tidak dapat dibaca: " + ec.message();
      return false;
    }
    std::string ext = it->path().extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".json" && it->is_regular_file(ec)) files->push_back(it->path().string());
  }
  std::sort(files->begin(), files->end());
  return true;
}

bool WriteWholeFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return static_cast<bool>(out.flush());
}

}  // namespace asn::platform
