# Builds the two probes of tests/layering/CMakeLists.txt: the allowed include must
# compile and the forbidden one must fail because io/csv.h is out of sight.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target turnabout_layer_probe_allowed
    RESULT_VARIABLE allowed_result OUTPUT_VARIABLE allowed_output ERROR_VARIABLE allowed_output)
if(NOT allowed_result EQUAL 0)
  message(FATAL_ERROR "a ui file that includes app/store.h does not compile:\n${allowed_output}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target turnabout_layer_probe_forbidden
    RESULT_VARIABLE forbidden_result OUTPUT_VARIABLE forbidden_output ERROR_VARIABLE forbidden_output)
if(forbidden_result EQUAL 0)
  message(FATAL_ERROR "a ui file that includes io/csv.h compiled: the ui target sees io's headers")
endif()
if(NOT forbidden_output MATCHES "io/csv\\.h: No such file")
  message(FATAL_ERROR "the forbidden include failed for another reason than the missing header:\n${forbidden_output}")
endif()
message(STATUS "ui sees app/store.h and not io/csv.h")
