# Builds the MSI:
#   cmake -DSETTINGS=<msi-settings.cmake> [-DVERSION=x.y.z] [-DEXTRA_FILES_DIR=<dir>]
#         [-DOUTPUT_DIR=<dir>] -P BuildMsi.cmake
# writes <output dir>/ra-console-<version>-x64.msi. The optional definitions override the settings
# (the upgrade tests build several versions from one build tree this way).
#
# SETTINGS (written by installer/windows/CMakeLists.txt) sets:
#   RA_MSI_TOOL          wixl | wix3
#   RA_WIXL              wixl (Debian package wixl)            RA_WIX_CANDLE, RA_WIX_LIGHT  WiX 3.x
#   RA_MSI_WXS           installer/windows/ra-console.wxs
#   RA_MSI_OUTPUT_DIR    where the .msi, its stage folder (everything it installs, gathered
#                        first) and the generated fragment go
#   RA_MSI_VERSION       ProductVersion (major.minor.build); -DVERSION overrides it
#   RA_MSI_VENDOR, RA_MSI_HELP_LINK, RA_MSI_ABOUT_LINK
#   RA_MSI_WITH_GUI      ON: ra-console.exe + windeployqt output + the DLLs it links
#   RA_POLICY_EXE, RA_CONSOLE_EXE, RA_INTUNE_PLUGIN (ra-console-intune.dll, staged beside the
#   console), RA_RUNTIME_DLLS, RA_SYSTEM_RUNTIME_LIBS, RA_WINDEPLOYQT
#   RA_MSI_EXTRA_FILES_DIR  optional folder copied into the install folder as it is
#   RA_ICON_ICO, RA_LICENSE_TXT, RA_LICENSE_RTF
cmake_minimum_required(VERSION 3.25)
if(NOT SETTINGS)
    message(FATAL_ERROR "usage: cmake -DSETTINGS=<msi-settings.cmake> [-DVERSION=x.y.z] -P BuildMsi.cmake")
endif()
include("${SETTINGS}")
include("${CMAKE_CURRENT_LIST_DIR}/GenerateRuntimeFragment.cmake")
if(VERSION)
    set(RA_MSI_VERSION "${VERSION}")
endif()
if(DEFINED EXTRA_FILES_DIR)
    set(RA_MSI_EXTRA_FILES_DIR "${EXTRA_FILES_DIR}")
endif()
if(OUTPUT_DIR)
    set(RA_MSI_OUTPUT_DIR "${OUTPUT_DIR}")
endif()
if(NOT RA_MSI_VERSION MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$"
   OR CMAKE_MATCH_1 GREATER 255 OR CMAKE_MATCH_2 GREATER 255 OR CMAKE_MATCH_3 GREATER 65535)
    message(FATAL_ERROR "MSI version '${RA_MSI_VERSION}': expected major.minor.build with major and "
                        "minor at most 255 and build at most 65535 (Windows Installer's ProductVersion)")
endif()

# 1. Stage the payload.
set(_work "${RA_MSI_OUTPUT_DIR}")
set(_output "${_work}/ra-console-${RA_MSI_VERSION}-x64.msi")
set(_stage "${_work}/stage-${RA_MSI_VERSION}")
file(REMOVE_RECURSE "${_stage}")
file(MAKE_DIRECTORY "${_stage}")
file(COPY_FILE "${RA_POLICY_EXE}" "${_stage}/ra-policy.exe")
file(COPY_FILE "${RA_LICENSE_TXT}" "${_stage}/LICENSE.txt")
file(COPY_FILE "${RA_ICON_ICO}" "${_stage}/ra-console.ico")
# wixl's WixUI_Minimal reads License.rtf from the working folder; WiX 3 gets it through light -d.
file(COPY_FILE "${RA_LICENSE_RTF}" "${_stage}/License.rtf")
set(_listed_in_wxs ra-policy.exe LICENSE.txt ra-console.ico License.rtf)
if(RA_MSI_WITH_GUI)
    file(COPY_FILE "${RA_CONSOLE_EXE}" "${_stage}/ra-console.exe")
    list(APPEND _listed_in_wxs ra-console.exe)
    # the Intune plugin beside it (IntuneComponent looks there); listed by the generated fragment
    get_filename_component(_plugin "${RA_INTUNE_PLUGIN}" NAME)
    file(COPY_FILE "${RA_INTUNE_PLUGIN}" "${_stage}/${_plugin}")
    foreach(_dll IN LISTS RA_RUNTIME_DLLS RA_SYSTEM_RUNTIME_LIBS)
        get_filename_component(_name "${_dll}" NAME)
        file(COPY_FILE "${_dll}" "${_stage}/${_name}")
    endforeach()
    execute_process(
        COMMAND "${RA_WINDEPLOYQT}" --release --no-compiler-runtime --no-system-d3d-compiler
                --no-opengl-sw --dir "${_stage}" "${_stage}/ra-console.exe" "${_stage}/${_plugin}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "windeployqt failed (${_rc})")
    endif()
endif()
if(RA_MSI_EXTRA_FILES_DIR)
    file(COPY "${RA_MSI_EXTRA_FILES_DIR}/" DESTINATION "${_stage}")
endif()

# 2. The generated fragment: everything in the stage that the .wxs does not list itself.
set(_fragment "${_work}/RuntimeFiles-${RA_MSI_VERSION}.wxs")
ra_generate_runtime_fragment(STAGE_DIR "${_stage}" OUTPUT "${_fragment}" EXCLUDE ${_listed_in_wxs})

# 3. Build it.
if(RA_MSI_WITH_GUI)
    set(_gui yes)
else()
    set(_gui no)
endif()
set(_vars Version=${RA_MSI_VERSION} Vendor=${RA_MSI_VENDOR} StageDir=${_stage} WithGui=${_gui}
          HelpLink=${RA_MSI_HELP_LINK} AboutLink=${RA_MSI_ABOUT_LINK})
file(REMOVE "${_output}")
if(RA_MSI_TOOL STREQUAL "wixl")
    set(_defines "")
    foreach(_v IN LISTS _vars)
        list(APPEND _defines -D "${_v}")
    endforeach()
    # G_DEBUG=fatal-warnings: wixl only warns about attributes it ignores; make that an error.
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env G_DEBUG=fatal-warnings
                "${RA_WIXL}" --arch x64 --ext ui ${_defines} -o "${_output}" "${RA_MSI_WXS}" "${_fragment}"
        WORKING_DIRECTORY "${_stage}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "wixl failed (${_rc})")
    endif()
elseif(RA_MSI_TOOL STREQUAL "wix3")
    set(_defines "")
    foreach(_v IN LISTS _vars)
        list(APPEND _defines "-d${_v}")
    endforeach()
    execute_process(
        COMMAND "${RA_WIX_CANDLE}" -nologo -arch x64 ${_defines} -out "${_work}/obj-${RA_MSI_VERSION}/"
                "${RA_MSI_WXS}" "${_fragment}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "candle failed (${_rc})")
    endif()
    get_filename_component(_wxs_name "${RA_MSI_WXS}" NAME_WE)
    get_filename_component(_fragment_name "${_fragment}" NAME_WE)
    execute_process(
        COMMAND "${RA_WIX_LIGHT}" -nologo -ext WixUIExtension -cultures:en-us
                "-dWixUILicenseRtf=${_stage}/License.rtf" -out "${_output}"
                "${_work}/obj-${RA_MSI_VERSION}/${_wxs_name}.wixobj"
                "${_work}/obj-${RA_MSI_VERSION}/${_fragment_name}.wixobj"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "light failed (${_rc})")
    endif()
else()
    message(FATAL_ERROR "RA_MSI_TOOL must be wixl or wix3, not '${RA_MSI_TOOL}'")
endif()
message(STATUS "MSI: ${_output}")
