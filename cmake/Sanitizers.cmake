# Sanitizer and fuzzing builds (presets "asan" and "fuzz"); both off for "native" and "web".
#   ASN_SANITIZE: everything built with AddressSanitizer + UndefinedBehaviorSanitizer, any report is fatal.
#   ASN_FUZZ:     clang only; the libFuzzer target tests/fuzz (core instrumented for coverage, ASan + UBSan).
option(ASN_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ASN_FUZZ "Build the libFuzzer target (clang only) instead of the regular tests" OFF)

if(ASN_SANITIZE OR ASN_FUZZ)
  if(EMSCRIPTEN)
    message(FATAL_ERROR "ASN_SANITIZE / ASN_FUZZ are for native builds only.")
  endif()
  # -fno-omit-frame-pointer and -g: readable stack traces in every report.
  add_compile_options(-fno-omit-frame-pointer -g)
endif()

if(ASN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ASN_FUZZ needs clang++ (libFuzzer); configure with the \"fuzz\" preset.")
  endif()
  # Every library gets coverage instrumentation without libFuzzer's main(); only the fuzz target
  # links libFuzzer (-fsanitize=fuzzer in tests/fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
elseif(ASN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
