# Fails unless FILE matches the regular expression EXPECT, and (when given) does not
# match ABSENT.
file(READ ${FILE} content)
if(NOT content MATCHES "${EXPECT}")
  message(FATAL_ERROR "${FILE} does not match: ${EXPECT}")
endif()
if(DEFINED ABSENT AND content MATCHES "${ABSENT}")
  message(FATAL_ERROR "${FILE} matches what it must not: ${ABSENT}")
endif()
