# Third-party dependencies, found once for the whole tree.
#
# nlohmann/json and CLI11 are header-only Debian packages. In the mingw-w64 cross build their
# CMake packages would add /usr/include, whose glibc headers break mingw's, so a link to just
# their folder is used instead ("include shim").
if(CMAKE_CROSSCOMPILING AND WIN32)
    set(_shim ${CMAKE_BINARY_DIR}/include-shim)
    file(MAKE_DIRECTORY ${_shim})
    foreach(_dir nlohmann CLI)
        if(NOT EXISTS ${_shim}/${_dir})
            file(CREATE_LINK /usr/include/${_dir} ${_shim}/${_dir} SYMBOLIC)
        endif()
    endforeach()
    add_library(ra_json INTERFACE)
    target_include_directories(ra_json SYSTEM INTERFACE ${_shim})
    add_library(ra_cli11 INTERFACE)
    target_include_directories(ra_cli11 SYSTEM INTERFACE ${_shim})
else()
    find_package(nlohmann_json 3.11 REQUIRED)
    add_library(ra_json INTERFACE)
    target_link_libraries(ra_json INTERFACE nlohmann_json::nlohmann_json)
    find_package(CLI11 2.3 REQUIRED)
    add_library(ra_cli11 INTERFACE)
    target_link_libraries(ra_cli11 INTERFACE CLI11::CLI11)
endif()

if(RA_BUILD_GUI)
    find_package(Qt6 6.5 REQUIRED COMPONENTS Core Gui Widgets Network Test LinguistTools)
    find_package(Qt6 6.5 QUIET OPTIONAL_COMPONENTS HttpServer DBus)
    find_package(KF6ItemModels REQUIRED)
    find_package(Qt6Keychain REQUIRED)
    qt_standard_project_setup(REQUIRES 6.5)
    # Where Qt's fonts come from fontconfig (Linux, BSD), the console loads its configuration
    # on a worker thread at start-up (ui/FontConfigWarmUp); optional.
    if(UNIX AND NOT APPLE)
        find_package(Fontconfig QUIET)
    endif()
endif()
