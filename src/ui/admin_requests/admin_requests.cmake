target_sources(turnabout_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/requests_console_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/request_figures_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ranked_lists_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reassignments_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requests_table_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/admin_requests_dialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/match_actions.cpp)
