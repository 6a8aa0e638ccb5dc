# Fails unless FILE matches the regular expression EXPECT.
file(READ ${FILE} content)
if(NOT content MATCHES "${EXPECT}")
  message(FATAL_ERROR "${FILE} does not match: ${EXPECT}")
endif()
