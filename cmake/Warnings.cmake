# Warnings for our own targets only; third-party code (Dear ImGui) is compiled without them.
function(asn_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(ASN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
