#pragma once
// Whole-file reading and writing for the command-line tool and the tests (native, or Node with
// NODERAWFS). The browser app gets files through the page instead.
#include <cstddef>
#include <string>
#include <vector>

namespace asn::platform {

enum class ReadStatus { Ok, NotFound, TooLarge, Unreadable };

struct ReadResult {
  ReadStatus status = ReadStatus::Unreadable;
  std::string content;
  std::size_t size = 0;  // bytes on disk (also set for TooLarge)
};

// Reads a file of at most max_bytes; a larger file is refused before its content is read.
ReadResult ReadFileLimited(const std::string& path, std::size_t max_bytes);

// A short Indonesian description of a failed read.
std::string ReadStatusMessage(const ReadResult& result, std::size_t max_bytes);

}  // namespace asn::platform

namespace asn::platform {

// The *.json files (any letter case) in a directory and its subdirectories, sorted by path.
// False (and *error set, in Indonesian) when the directory cannot be read.
bool ListJsonFiles(const std::string& directory, std::vector<std::string>* files, std::string* error);

bool IsDirectory(const std::string& path);

// Writes the whole file (replacing it). False when it cannot be written.
bool WriteWholeFile(const std::string& path, const std::string& content);

}  // namespace asn::platform
