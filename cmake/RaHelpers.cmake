# Warnings for the project's own code. Presets turn them into errors
# (CMAKE_COMPILE_WARNING_AS_ERROR), so third-party headers are included as SYSTEM.
function(ra_project_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
        # GCC's -Wshadow=local; clang (the fuzz preset) spells the closest check differently
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            target_compile_options(${target} PRIVATE -Wshadow-uncaptured-local)
        else()
            target_compile_options(${target} PRIVATE -Wshadow=local)
        endif()
    endif()
endfunction()
