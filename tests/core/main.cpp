// doctest runner for the core unit tests (native and WebAssembly builds share these sources).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
