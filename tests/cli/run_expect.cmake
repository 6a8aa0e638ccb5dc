# Runs COMMAND (a ;-list), then checks its exit code is EXPECT_CODE and that its
# output matches EXPECT_OUTPUT (a regular expression). With NOT_WRITTEN set, that
# file is removed first and must still be absent afterwards (a refusal writes nothing).
if(DEFINED NOT_WRITTEN)
  file(REMOVE ${NOT_WRITTEN})
endif()
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT code EQUAL EXPECT_CODE)
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_CODE}\n${all}")
endif()
if(NOT all MATCHES "${EXPECT_OUTPUT}")
  message(FATAL_ERROR "output does not match \"${EXPECT_OUTPUT}\":\n${all}")
endif()
if(DEFINED NOT_WRITTEN AND EXISTS ${NOT_WRITTEN})
  message(FATAL_ERROR "${NOT_WRITTEN} was written, although the command refused\n${all}")
endif()
