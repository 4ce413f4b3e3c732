# Warnings for the project's own code. Presets turn them into errors
# (CMAKE_COMPILE_WARNING_AS_ERROR), so third-party headers are included as SYSTEM.
function(ra_project_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    endif()
endfunction()
