# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a binary would load plain SQLite (libsqlite3) next to SQLCipher: the two libraries
# export the same symbols and a process that loads both crashes or, worse, writes plaintext.
# Usage: cmake -DBINARIES="a;b" -P check_ldd.cmake
find_program(LDD ldd REQUIRED)
foreach(binary IN LISTS BINARIES)
    if(NOT EXISTS "${binary}")
        message(FATAL_ERROR "${binary} does not exist: build the project before running the tests")
    endif()
    execute_process(COMMAND ${LDD} "${binary}" OUTPUT_VARIABLE libraries ERROR_VARIABLE errors RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ldd ${binary} failed (${rc}): ${errors}")
    endif()
    if(libraries MATCHES "libsqlite3")
        message(FATAL_ERROR "${binary} links plain SQLite:\n${libraries}")
    endif()
    if(NOT libraries MATCHES "libsqlcipher")
        message(FATAL_ERROR "${binary} does not link SQLCipher (unexpected ldd output):\n${libraries}")
    endif()
    message(STATUS "${binary}: SQLCipher, no libsqlite3")
endforeach()
