# The browser app (Emscripten only): Dear ImGui + GLFW/WebGL2, our UI, the site in dist/.
# Included from src/CMakeLists.txt so relative paths are those of src/.

if(NOT EXISTS "${ASN_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources not found in ${ASN_IMGUI_DIR}. Run ./emsdk-setup.sh setup.")
endif()

# ---- Dear ImGui (third party: no project warnings) ----
add_library(imgui STATIC
  "${ASN_IMGUI_DIR}/imgui.cpp" "${ASN_IMGUI_DIR}/imgui_draw.cpp"
  "${ASN_IMGUI_DIR}/imgui_tables.cpp" "${ASN_IMGUI_DIR}/imgui_widgets.cpp"
  "${ASN_IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${ASN_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp"
  "${ASN_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${ASN_IMGUI_DIR}")
# Built for size, as the whole WebAssembly configuration is (cmake/Emscripten.cmake); said again
# here for the page and the benchmark baseline, which must share the flags.
set(ASN_WEB_SIZE_OPTIONS -Os)
target_compile_options(imgui PRIVATE ${ASN_WEB_SIZE_OPTIONS})
# IMGUI_ENABLE_TEST_ENGINE: each widget reports its label and status through ImGui's item hooks,
# which the accessibility mirror reads (src/ui/hooks: part of this library, idle without a receiver).
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEFAULT_FONT
                           IMGUI_ENABLE_TEST_ENGINE)
target_sources(imgui PRIVATE "${CMAKE_SOURCE_DIR}/src/ui/hooks/imgui_item_hooks.cpp")
target_include_directories(imgui PRIVATE "${CMAKE_SOURCE_DIR}/src")

# ---- UI font: a Debian font subset to the glyphs the UI uses ----
# pyftsubset (Debian: fonttools) — the program, not "python3 -m": python3 on PATH may not be Debian's.
find_program(ASN_PYFTSUBSET pyftsubset PATHS /usr/bin NO_CMAKE_FIND_ROOT_PATH REQUIRED)
find_file(ASN_FONT_REGULAR NotoSans-Regular.ttf PATHS /usr/share/fonts/truetype/noto NO_CMAKE_FIND_ROOT_PATH)
find_file(ASN_FONT_BOLD NotoSans-Bold.ttf PATHS /usr/share/fonts/truetype/noto NO_CMAKE_FIND_ROOT_PATH)
# Noto Sans has no math symbols or arrows: those few glyphs come from DejaVu Sans, merged in.
find_file(ASN_FONT_SYMBOLS DejaVuSans.ttf PATHS /usr/share/fonts/truetype/dejavu NO_CMAKE_FIND_ROOT_PATH)
if(NOT ASN_FONT_REGULAR OR NOT ASN_FONT_BOLD OR NOT ASN_FONT_SYMBOLS)
  message(FATAL_ERROR "Noto Sans / DejaVu Sans not found (Debian: fonts-noto-core, fonts-dejavu-core). "
                      "Run ./emsdk-setup.sh setup.")
endif()
# Latin, Latin-1, general punctuation, Σ and the replacement/ellipsis glyphs ImGui uses.
set(ASN_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+03A3,U+FFFD")
# Arrows, − ≤ ≥ ✓ ⚠: the one list of symbol glyphs, as code point ranges. It gives the font subset
# here and, as ASN_SYMBOL_GLYPH_RANGES, the ranges src/ui/theme.cpp merges into the UI font.
set(ASN_SYMBOL_GLYPHS 2190-2195 2212 2264-2265 2713 26A0)
set(ASN_FONT_SYMBOLS_UNICODES "")
set(ASN_SYMBOL_GLYPH_RANGES "")
foreach(range ${ASN_SYMBOL_GLYPHS})
  string(REPLACE "-" ";" ends "${range}")
  list(GET ends 0 first)
  list(GET ends -1 last)
  list(APPEND ASN_FONT_SYMBOLS_UNICODES "U+${range}")
  string(APPEND ASN_SYMBOL_GLYPH_RANGES "0x${first},0x${last},")
endforeach()
list(JOIN ASN_FONT_SYMBOLS_UNICODES "," ASN_FONT_SYMBOLS_UNICODES)
set(ASN_FONT_DIR "${CMAKE_CURRENT_BINARY_DIR}/fonts")
set(ASN_FONTS)
foreach(face regular bold)
  string(TOUPPER "${face}" FACE)
  set(out "${ASN_FONT_DIR}/ui-${face}.ttf")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${ASN_FONT_DIR}"
    COMMAND "${ASN_PYFTSUBSET}" "${ASN_FONT_${FACE}}" "--unicodes=${ASN_FONT_UNICODES}"
            --no-hinting --desubroutinize --layout-features= --name-IDs=* "--output-file=${out}"
    DEPENDS "${ASN_FONT_${FACE}}"
    COMMENT "Subsetting UI font (${face})"
    VERBATIM)
  list(APPEND ASN_FONTS "${out}")
endforeach()
set(out "${ASN_FONT_DIR}/ui-symbols.ttf")
add_custom_command(OUTPUT "${out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${ASN_FONT_DIR}"
  COMMAND "${ASN_PYFTSUBSET}" "${ASN_FONT_SYMBOLS}" "--unicodes=${ASN_FONT_SYMBOLS_UNICODES}"
          --no-hinting --desubroutinize --layout-features= "--output-file=${out}"
  DEPENDS "${ASN_FONT_SYMBOLS}"
  COMMENT "Subsetting UI symbol font"
  VERBATIM)
list(APPEND ASN_FONTS "${out}")
add_custom_target(asn_fonts DEPENDS ${ASN_FONTS})
# The subsets compiled into the app as bytes (src/ui/embedded_fonts.hpp): no file system in the page.
set(ASN_FONTS_CPP "${CMAKE_CURRENT_BINARY_DIR}/embedded_fonts.cpp")
asn_embed_assets(OUTPUT "${ASN_FONTS_CPP}" NAMESPACE asn::ui::fonts MODE bytes COMMENT "Embedding the UI fonts"
  ENTRIES kRegularFont "${ASN_FONT_DIR}/ui-regular.ttf" kBoldFont "${ASN_FONT_DIR}/ui-bold.ttf"
          kSymbolFont "${ASN_FONT_DIR}/ui-symbols.ttf")

# ---- The app ----
file(GLOB ASN_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/ui/*.cpp")
file(GLOB ASN_PLATFORM_WEB_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/platform/web/*.cpp")
add_executable(asn_web app/web_main.cpp app/web_test_api.cpp ${ASN_UI_SOURCES} ${ASN_PLATFORM_WEB_SOURCES}
               "${ASN_FONTS_CPP}")
# A generated table of bytes: compiled on its own, not in a unity batch.
set_source_files_properties("${ASN_FONTS_CPP}" PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
set_source_files_properties("${CMAKE_CURRENT_SOURCE_DIR}/ui/theme.cpp" PROPERTIES
  COMPILE_DEFINITIONS "ASN_SYMBOL_GLYPH_RANGES=${ASN_SYMBOL_GLYPH_RANGES}")
# Own output folder: the CLI built as WebAssembly is also called asn-kinerja.js.
set_target_properties(asn_web PROPERTIES OUTPUT_NAME "asn-kinerja" SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/site")
target_link_libraries(asn_web PRIVATE asn_application imgui)
asn_warnings(asn_web)
target_compile_options(asn_web PRIVATE ${ASN_WEB_SIZE_OPTIONS})
# Link options of a browser page with Dear ImGui (shared with the benchmark baseline, bench/baseline).
set(ASN_WEB_PAGE_LINK_OPTIONS -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1)
# Link (wasm-opt) for size too. The page creates the WebGL context itself (web/loader.js): its
# drawing buffer is kept between frames, so a frame redraws only what changed.
target_link_options(asn_web PRIVATE ${ASN_WEB_PAGE_LINK_OPTIONS} ${ASN_WEB_SIZE_OPTIONS} -sGL_PREINITIALIZED_CONTEXT=1
  "-sEXPORTED_RUNTIME_METHODS=['ccall','stringToUTF8','lengthBytesUTF8']"
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free','_asn_page_wake']"
  # No file system in the page (the fonts are compiled in): the runtime leaves its FS code out.
  -sFILESYSTEM=0
  # The blend state Dear ImGui's backend reads back every frame is answered without a round trip
  # to the GPU process (src/platform/web/gl_state_reads.cpp).
  "-Wl,--wrap=glGetIntegerv"
  # WebGL 2 has all Dear ImGui draws with; enabling every extension the browser offers took 60 ms
  # of the start-up (each one a call into the GPU process).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  # Binaryen (wasm-opt, after LLVM) inlines every function that has one caller, whatever its size:
  # each screen, dialog and the application's handlers ended up inside one 56 KB RunFrame, which
  # the browser compiles whole on the first frame (functions are compiled when first called).
  # Only small ones now: the first frame compiles the code it runs, and the module is 5 KB smaller
  # gzipped (422.5 -> 417.7 KB; limits of 0 / 30 / 300 gave 426.0 / 417.5 / 419.7 KB).
  "-sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100")

# ---- The recap workers' module: the scoring core alone, built for speed ----
# Downloaded the first time a Rekap unit runs, not on a first visit (the service worker keeps it
# once fetched: web/sw.js), so its size does not count against the page's; -O2 at the link makes
# link-time optimisation generate code for speed. web/recap-worker.js runs it.
add_executable(asn_recap_worker app/recap_worker_main.cpp)
set_target_properties(asn_recap_worker PROPERTIES OUTPUT_NAME "asn-recap" SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/site")
target_link_libraries(asn_recap_worker PRIVATE asn_core_speed)
asn_warnings(asn_recap_worker)
target_link_options(asn_recap_worker PRIVATE -O2 -sENVIRONMENT=worker -sALLOW_MEMORY_GROWTH=1 --no-entry
  "-sEXPORTED_RUNTIME_METHODS=['ccall']" "-sEXPORTED_FUNCTIONS=['_malloc']")

# ---- The deployable static site: dist/ (relative URLs only, works under any sub-path) ----
set(ASN_WEB_SHELL index.html mirror.js loader.js style.css favicon.svg offline.js manifest.webmanifest icon-maskable.svg
                  recap-worker.js)
set(ASN_SITE_FILES)
foreach(f ${ASN_WEB_SHELL})
  list(APPEND ASN_SITE_FILES "${CMAKE_SOURCE_DIR}/web/${f}")
endforeach()
if(NOT ASN_NODE)
  message(FATAL_ERROR "Node.js not found: needed to assemble the site (tools/build-offline.mjs).")
endif()
# After the copy: the scripts minified, dist/sw.js stamped with this build's version and file list,
# and the one-file edition dist/asn-kinerja.html (see tools/build-offline.mjs).
set(ASN_OFFLINE_TOOL "${CMAKE_SOURCE_DIR}/tools/build-offline.mjs")
# Where the distribution keeps Node.js modules (Debian: /usr/share/nodejs, with node-terser).
set(ASN_NODE_MODULES_PATH "/usr/share/nodejs" CACHE PATH "Extra Node.js module folder (NODE_PATH) for the site build")
add_custom_target(asn_site ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory "${ASN_DIST_DIR}"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${ASN_SITE_FILES} "${ASN_DIST_DIR}/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "$<TARGET_FILE_DIR:asn_web>/asn-kinerja.js"
          "$<TARGET_FILE_DIR:asn_web>/asn-kinerja.wasm" "$<TARGET_FILE_DIR:asn_recap_worker>/asn-recap.js"
          "$<TARGET_FILE_DIR:asn_recap_worker>/asn-recap.wasm" "${ASN_DIST_DIR}/"
  COMMAND ${CMAKE_COMMAND} -E env "NODE_PATH=${ASN_NODE_MODULES_PATH}" "${ASN_NODE}" "${ASN_OFFLINE_TOOL}" --dist "${ASN_DIST_DIR}" --sw "${CMAKE_SOURCE_DIR}/web/sw.js"
          --report-source "${CMAKE_SOURCE_DIR}/src/core/report_html.cpp"
  DEPENDS asn_web asn_recap_worker ${ASN_SITE_FILES} "${CMAKE_SOURCE_DIR}/web/sw.js" "${ASN_OFFLINE_TOOL}"
          "${CMAKE_SOURCE_DIR}/tools/minify-scripts.mjs"
  COMMENT "Assembling the static site in ${ASN_DIST_DIR}"
  VERBATIM)

# ---- The benchmark baseline: a minimal Dear ImGui page built with the same library and flags ----
add_subdirectory("${CMAKE_SOURCE_DIR}/bench/baseline" "${CMAKE_BINARY_DIR}/bench-baseline")
