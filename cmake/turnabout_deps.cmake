# Third-party code, all from Debian: nlohmann/json headers, GoogleTest sources,
# libsodium and (web only) Dear ImGui sources unpacked from Debian's source package by
# scripts/setup.sh into a cache outside the build tree. Nothing third-party is committed.

# nlohmann/json. em++ must not see -I/usr/include (it would pull glibc headers), so
# for the web the whole header directory is staged into the build tree.
if(EMSCRIPTEN)
  set(TURNABOUT_STAGED_INCLUDE ${CMAKE_BINARY_DIR}/staged_include)
  file(COPY /usr/include/nlohmann DESTINATION ${TURNABOUT_STAGED_INCLUDE})
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${TURNABOUT_STAGED_INCLUDE})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3 REQUIRED)
endif()

# GoogleTest from Debian's `googletest` source package, built with the same compiler
# as the tests (g++ natively, em++ for the WebAssembly run under node).
set(TURNABOUT_GTEST_SOURCE /usr/src/googletest CACHE PATH "GoogleTest sources")
if(BUILD_TESTING OR NOT DEFINED BUILD_TESTING)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
  if(EXISTS ${TURNABOUT_GTEST_SOURCE}/CMakeLists.txt)
    add_subdirectory(${TURNABOUT_GTEST_SOURCE} ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
  endif()
endif()

# Dear ImGui 1.86 sources (web build only).
set(TURNABOUT_IMGUI_DIR "" CACHE PATH "Dear ImGui sources unpacked from Debian's source package")

# libsodium (Ed25519 signatures), as the target turnabout_sodium. Natively Debian's
# libsodium-dev. For the web, libsodium compiled with em++ from Debian's source package
# by scripts/setup.sh, cached outside the build tree by version; the scripts pass its
# install prefix. Configured by hand, the one version in the cache is taken.
if(EMSCRIPTEN)
  set(TURNABOUT_SODIUM_DIR "" CACHE PATH "libsodium built for WebAssembly: the install prefix scripts/setup.sh made")
  set(turnabout_sodium_dir "${TURNABOUT_SODIUM_DIR}")
  if(NOT turnabout_sodium_dir)
    if(DEFINED ENV{TURNABOUT_CACHE} AND NOT "$ENV{TURNABOUT_CACHE}" STREQUAL "")
      set(turnabout_cache "$ENV{TURNABOUT_CACHE}")
    else()
      set(turnabout_cache "$ENV{HOME}/.cache/turnabout")
    endif()
    # The stamp is written after a complete install; without it the folder is half built.
    file(GLOB turnabout_sodium_stamps "${turnabout_cache}/libsodium-wasm-*/.turnabout-built")
    list(LENGTH turnabout_sodium_stamps turnabout_sodium_count)
    if(turnabout_sodium_count EQUAL 1)
      get_filename_component(turnabout_sodium_dir "${turnabout_sodium_stamps}" DIRECTORY)
    endif()
  endif()
  if(NOT turnabout_sodium_dir
     OR NOT EXISTS "${turnabout_sodium_dir}/include/sodium.h"
     OR NOT EXISTS "${turnabout_sodium_dir}/lib/libsodium.a")
    message(FATAL_ERROR "libsodium for WebAssembly not found (TURNABOUT_SODIUM_DIR="
      "\"${TURNABOUT_SODIUM_DIR}\"): run scripts/setup.sh, which builds it from Debian's "
      "source package, and pass its install prefix as -DTURNABOUT_SODIUM_DIR "
      "(scripts/build-web.sh and scripts/test.sh do)")
  endif()
  add_library(turnabout_sodium STATIC IMPORTED)
  set_target_properties(turnabout_sodium PROPERTIES
    IMPORTED_LOCATION "${turnabout_sodium_dir}/lib/libsodium.a"
    INTERFACE_INCLUDE_DIRECTORIES "${turnabout_sodium_dir}/include")
else()
  find_path(TURNABOUT_SODIUM_INCLUDE_DIR sodium.h)
  find_library(TURNABOUT_SODIUM_LIBRARY sodium)
  if(NOT TURNABOUT_SODIUM_INCLUDE_DIR OR NOT TURNABOUT_SODIUM_LIBRARY)
    message(FATAL_ERROR "libsodium not found: install Debian's libsodium-dev (scripts/setup.sh does)")
  endif()
  add_library(turnabout_sodium UNKNOWN IMPORTED)
  set_target_properties(turnabout_sodium PROPERTIES
    IMPORTED_LOCATION "${TURNABOUT_SODIUM_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${TURNABOUT_SODIUM_INCLUDE_DIR}")
endif()
