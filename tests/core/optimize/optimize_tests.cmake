# The assignment solver's tests, part of turnabout_tests.
target_sources(turnabout_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/assignment_test.cpp)
