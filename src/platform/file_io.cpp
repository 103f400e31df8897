#include "platform/file_io.hpp"

#include <fstream>
#include <sys/stat.h>

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
  std::ifstream in(path, std::ios::binary);
  if (!in) return result;
  result.content.resize(result.size);
  in.read(result.content.data(), static_cast<std::streamsize>(result.size));
  result.content.resize(static_cast<std::size_t>(in.gcount()));
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

}  // namespace asn::platform
