#pragma once
// SHA-256 (FIPS 180-4). Small and dependency-free so the browser build needs no crypto library.
#include <string>
#include <string_view>

namespace asn::core {

// Lower-case hexadecimal digest of the bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace asn::core
