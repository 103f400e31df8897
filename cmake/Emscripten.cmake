# Settings for the WebAssembly configuration (configured through emcmake).
if(NOT EMSCRIPTEN)
  return()
endif()

# The core reports bad input with C++ exceptions inside nlohmann/json; native WebAssembly
# exception handling keeps that cheap in size and speed.
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)

# The browser download is what users wait for: everything in this configuration is built for size
# (-Os, after the build type's -O3, so it wins) with link-time optimisation, which lets the linker
# drop and fold code across the core, the UI and Dear ImGui (1.40 MB -> 1.04 MB of wasm, 560 -> 449 KB
# gzip). The same libraries serve the CLI and the tests under Node, which run slower for it.
add_compile_options(-Os -flto)
add_link_options(-Os -flto)

# Debian's Emscripten runs its JS optimiser with the machine's Node.js, which may not be
# Debian's and then cannot find 'acorn': point every compile and link at Debian's JS modules.
if(EXISTS "/usr/share/nodejs/acorn")
  set(CMAKE_CXX_COMPILER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
  set(CMAKE_CXX_LINKER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
endif()

# Tests built as WebAssembly run under Node. Emscripten 3.1.6 output fails on Node >= 18 unless
# fetch is disabled ("Failed to parse URL from ...wasm").
find_program(ASN_NODE node REQUIRED NO_CMAKE_FIND_ROOT_PATH)
execute_process(COMMAND "${ASN_NODE}" --no-experimental-fetch -e 0 RESULT_VARIABLE ASN_NODE_FLAG_RC
                OUTPUT_QUIET ERROR_QUIET)
if(ASN_NODE_FLAG_RC EQUAL 0)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${ASN_NODE};--no-experimental-fetch")
else()
  set(CMAKE_CROSSCOMPILING_EMULATOR "${ASN_NODE}")
endif()

# Link options for command-line style programs (tests, the CLI) that run under Node with the
# real file system.
set(ASN_NODE_PROGRAM_LINK_OPTIONS -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
