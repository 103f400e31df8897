# The sanitizer build (preset "asan", clang; off for "native" and "web"): everything built with
# AddressSanitizer + UndefinedBehaviorSanitizer, any report fatal. The same build holds the libFuzzer
# target (tests/fuzz): the code is also instrumented for coverage (-fsanitize=fuzzer-no-link), and
# only the fuzz target links libFuzzer's main. One sanitizer build instead of two saves a whole clang
# build of the core in `./emsdk-setup.sh test`.
option(ASN_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer (+ the libFuzzer target with clang)" OFF)

set(ASN_BUILD_FUZZER OFF)
if(ASN_SANITIZE)
  if(EMSCRIPTEN)
    message(FATAL_ERROR "ASN_SANITIZE is for native builds only.")
  endif()
  # -fno-omit-frame-pointer and -g: readable stack traces in every report.
  add_compile_options(-fno-omit-frame-pointer -g -fsanitize=address,undefined -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize=fuzzer-no-link)
    set(ASN_BUILD_FUZZER ON)
  else()
    message(WARNING "ASN_SANITIZE without clang: no libFuzzer target (configure with the \"asan\" preset).")
  endif()
endif()
