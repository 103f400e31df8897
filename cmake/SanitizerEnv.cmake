# Runtime options for sanitized tests: every report is fatal. Sets
#   ASN_LSAN_WORKS      ON when LeakSanitizer runs on this machine (probed once, cached)
#   ASN_SANITIZER_ENV   ctest ENVIRONMENT for the ASan + UBSan tests (reports abort the process)
#   ASN_FUZZ_ENV        ctest ENVIRONMENT for tests/fuzz/run_fuzz.sh
# LeakSanitizer needs ptrace; some containers forbid it. Then leak checking cannot run: that is said
# loudly here and by ./emsdk-setup.sh, never switched off silently.
if(NOT DEFINED ASN_LSAN_WORKS)
  set(_probe_dir "${CMAKE_BINARY_DIR}/lsan_probe")
  set(_saved_asan_options "$ENV{ASAN_OPTIONS}")
  set(ENV{ASAN_OPTIONS} "detect_leaks=1")
  try_run(_lsan_run _lsan_compile "${_probe_dir}" "${CMAKE_SOURCE_DIR}/cmake/probes/lsan_probe.cpp"
    COMPILE_DEFINITIONS -fsanitize=address -g
    LINK_OPTIONS -fsanitize=address
    COMPILE_OUTPUT_VARIABLE _lsan_compile_output
    RUN_OUTPUT_VARIABLE _lsan_output)
  set(ENV{ASAN_OPTIONS} "${_saved_asan_options}")
  if(NOT _lsan_compile)
    message(FATAL_ERROR "Cannot build with -fsanitize=address (Debian: libclang-rt-14-dev for clang, libasan8 for g++):\n"
                        "${_lsan_compile_output}")
  endif()
  if(_lsan_output MATCHES "detected memory leaks")
    set(ASN_LSAN_WORKS ON CACHE INTERNAL "LeakSanitizer runs on this machine")
  else()
    set(ASN_LSAN_WORKS OFF CACHE INTERNAL "LeakSanitizer runs on this machine")
    message(WARNING "LeakSanitizer cannot run on this machine (ptrace restricted?): memory leaks are NOT checked "
                    "in the sanitizer tests and the fuzz runs. Probe output:\n${_lsan_output}")
  endif()
endif()

if(ASN_LSAN_WORKS)
  set(_leaks 1)
else()
  set(_leaks 0)
endif()
set(ASN_SANITIZER_ENV
  "ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=${_leaks}:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
  "UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1")
set(ASN_FUZZ_ENV "ASN_LSAN=${_leaks}")
