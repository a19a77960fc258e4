# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when clang-format would change any of our C++ files (run with -P from CTest).
set(globs "")
foreach(folder IN ITEMS storage statistics text transfer passphrase report charts platform app cli gui tests packaging)
    list(APPEND globs ${SOURCE_DIR}/${folder}/*.cpp ${SOURCE_DIR}/${folder}/*.h)
endforeach()
file(GLOB_RECURSE files ${globs})
set(bad "")
foreach(f IN LISTS files)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${f} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad ${f})
    endif()
endforeach()
list(LENGTH files count)
if(bad)
    string(REPLACE ";" "\n  " pretty "${bad}")
    message(FATAL_ERROR "clang-format would change these files (run: clang-format -i <file>):\n  ${pretty}")
endif()
message(STATUS "format_check: ${count} files clean")
