# Compiles data files from assets/ into the binary as string constants, so the core needs no
# file I/O and the browser needs no extra download for its dictionaries.
#   asn_embed_assets(OUTPUT file.cpp NAMESPACE ns ENTRIES name1 path1 name2 path2 ...)
function(asn_embed_assets)
  cmake_parse_arguments(ARG "" "OUTPUT;NAMESPACE" "ENTRIES" ${ARGN})
  set(deps)
  set(i 0)
  list(LENGTH ARG_ENTRIES n)
  while(i LESS n)
    math(EXPR j "${i} + 1")
    list(GET ARG_ENTRIES ${j} path)
    list(APPEND deps "${path}")
    math(EXPR i "${i} + 2")
  endwhile()
  string(REPLACE ";" "|" entries_arg "${ARG_ENTRIES}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${ARG_OUTPUT}" "-DNAMESPACE=${ARG_NAMESPACE}" "-DENTRIES=${entries_arg}"
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_assets_script.cmake"
    DEPENDS ${deps} "${CMAKE_SOURCE_DIR}/cmake/embed_assets_script.cmake"
    COMMENT "Embedding assets into ${ARG_OUTPUT}"
    VERBATIM)
endfunction()
