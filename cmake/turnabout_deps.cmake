# Third-party code, all from Debian: nlohmann/json headers, GoogleTest sources and
# (web only) Dear ImGui sources unpacked from Debian's source package by
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
