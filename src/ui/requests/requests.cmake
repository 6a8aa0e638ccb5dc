# The participant side of requests and of a match's life (requests_ui.h).
target_sources(turnabout_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/requests_common.cpp
    ${CMAKE_CURRENT_LIST_DIR}/request_buttons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/request_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/answer_dialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/request_cards.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ranked_list.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requests_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/my_matches_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/match_dialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requests_dialogs.cpp)
