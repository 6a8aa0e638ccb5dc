# Runs COMMAND_A and COMMAND_B (;-lists), which must both succeed, and fails unless
# the files they wrote, OUT_A and OUT_B, are the same byte for byte.
foreach(side A B)
  file(REMOVE ${OUT_${side}})
  execute_process(COMMAND ${COMMAND_${side}} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "command ${side} exited with ${code}\n${out}${err}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT_A} ${OUT_B} RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
  message(FATAL_ERROR "${OUT_A} and ${OUT_B} differ")
endif()
