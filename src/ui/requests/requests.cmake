target_sources(turnabout_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/requests_view.cpp)
