# Scoring a seeded program with the real matching rules: the scoring benchmark, and
# the score source the bulk matching benchmark can use instead of random scores.
add_library(turnabout_bench_program STATIC
    ${CMAKE_CURRENT_LIST_DIR}/program_scores.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bench_scores.cpp)
target_include_directories(turnabout_bench_program PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(turnabout_bench_program PUBLIC turnabout_core_domain)
add_executable(turnabout_scoring_bench ${CMAKE_CURRENT_LIST_DIR}/scoring_bench.cpp)
target_link_libraries(turnabout_scoring_bench PRIVATE turnabout_bench_program)
if(EMSCRIPTEN)
  target_link_options(turnabout_scoring_bench PRIVATE -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
endif()
