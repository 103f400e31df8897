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

# Mbed TLS (fetched by emsdk-setup.sh from Debian's source package): AES-256-GCM and PBKDF2 for the
# draft lock, compiled from its own sources with a minimal configuration, for both builds.
set(ASN_MBEDTLS_DIR "${CMAKE_SOURCE_DIR}/deps/mbedtls" CACHE PATH "Mbed TLS sources (fetched by emsdk-setup.sh)")
if(NOT EXISTS "${ASN_MBEDTLS_DIR}/library/gcm.c")
  message(FATAL_ERROR "Mbed TLS sources not found in ${ASN_MBEDTLS_DIR}. Run ./emsdk-setup.sh setup.")
endif()
enable_language(C)
set(ASN_MBEDTLS_SOURCES)
foreach(name aes gcm block_cipher platform_util constant_time sha256 md pkcs5)
  list(APPEND ASN_MBEDTLS_SOURCES "${ASN_MBEDTLS_DIR}/library/${name}.c")
endforeach()
add_library(asn_mbedcrypto STATIC ${ASN_MBEDTLS_SOURCES})
target_include_directories(asn_mbedcrypto SYSTEM PUBLIC "${ASN_MBEDTLS_DIR}/include" "${CMAKE_SOURCE_DIR}/cmake/mbedtls")
target_include_directories(asn_mbedcrypto PRIVATE "${ASN_MBEDTLS_DIR}/library")
target_compile_definitions(asn_mbedcrypto PUBLIC "MBEDTLS_CONFIG_FILE=\"asn_mbedtls_config.h\"")
