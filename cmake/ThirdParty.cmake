# Header-only libraries shared by the native and the WebAssembly build.
# The system include directory itself must never reach the WebAssembly include path (native
# glibc headers would leak in), so nlohmann/ and doctest/ are exposed through a folder of
# symlinks in the build tree.
find_path(ASN_NLOHMANN_PARENT nlohmann/json.hpp PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH)
find_path(ASN_DOCTEST_PARENT doctest/doctest.h PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH)
if(NOT ASN_NLOHMANN_PARENT OR NOT ASN_DOCTEST_PARENT)
  message(FATAL_ERROR "nlohmann/json and doctest headers are required (Debian: nlohmann-json3-dev doctest-dev). "
                      "Run ./emsdk-setup.sh setup.")
endif()

set(ASN_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${ASN_THIRD_PARTY_INCLUDE}")
foreach(pair "nlohmann;${ASN_NLOHMANN_PARENT}" "doctest;${ASN_DOCTEST_PARENT}")
  list(GET pair 0 name)
  list(GET pair 1 parent)
  file(CREATE_LINK "${parent}/${name}" "${ASN_THIRD_PARTY_INCLUDE}/${name}" SYMBOLIC)
endforeach()

add_library(asn_third_party INTERFACE)
target_include_directories(asn_third_party SYSTEM INTERFACE "${ASN_THIRD_PARTY_INCLUDE}")
