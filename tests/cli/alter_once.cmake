# Writes OUT: a copy of FILE whose first occurrence of FROM is replaced by TO (the way
# someone would edit one value in a shared file). Fails when FROM is not in FILE.
file(READ ${FILE} content)
string(FIND "${content}" "${FROM}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${FILE} does not contain ${FROM}")
endif()
string(SUBSTRING "${content}" 0 ${at} head)
string(LENGTH "${FROM}" length)
math(EXPR rest "${at} + ${length}")
string(SUBSTRING "${content}" ${rest} -1 tail)
file(WRITE ${OUT} "${head}${TO}${tail}")
