# Compiles data files into the binary, so the core needs no file I/O and the browser no extra
# download or file system: assets/ as string constants (MODE text, the default), the UI's font
# subsets as bytes (MODE bytes). See cmake/embed_script.cmake for what the generated file declares.
#   asn_embed_assets(OUTPUT file.cpp NAMESPACE ns [MODE text|bytes] [COMMENT text] ENTRIES name1 path1 ...)
function(asn_embed_assets)
  cmake_parse_arguments(ARG "" "OUTPUT;NAMESPACE;MODE;COMMENT" "ENTRIES" ${ARGN})
  if(NOT ARG_MODE)
    set(ARG_MODE text)
  endif()
  if(NOT ARG_COMMENT)
    set(ARG_COMMENT "Embedding assets into ${ARG_OUTPUT}")
  endif()
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
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${ARG_OUTPUT}" "-DNAMESPACE=${ARG_NAMESPACE}" "-DMODE=${ARG_MODE}"
            "-DENTRIES=${entries_arg}" -P "${CMAKE_SOURCE_DIR}/cmake/embed_script.cmake"
    DEPENDS ${deps} "${CMAKE_SOURCE_DIR}/cmake/embed_script.cmake"
    COMMENT "${ARG_COMMENT}"
    VERBATIM)
endfunction()
