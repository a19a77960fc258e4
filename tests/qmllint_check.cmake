# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# qmllint over the QML module (issue 15, STYLE.md "Seams"): fails on any warning about unqualified
# access, unresolved types or imports, or deprecated API, and names each one. Every other qmllint
# category is turned off here. Run with -P from CTest, with:
#   QMLLINT       the qmllint executable
#   WORK_DIR      the folder that holds the module's .qml files (qmllint runs there, as Qt's target)
#   LINT_FILES    the module's .qml files, separated by |
#   RESOURCES     the module's generated .qrc files, separated by |
#   IMPORT_DIRS   the import paths (build output of the module, Qt's qml folder), separated by |
cmake_minimum_required(VERSION 3.24)

foreach(var QMLLINT WORK_DIR LINT_FILES RESOURCES IMPORT_DIRS)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "qmllint_check: ${var} is not set")
    endif()
endforeach()
string(REPLACE "|" ";" lintFiles "${LINT_FILES}")
string(REPLACE "|" ";" resources "${RESOURCES}")
string(REPLACE "|" ";" givenImportDirs "${IMPORT_DIRS}")
set(importDirs "")
foreach(dir IN LISTS givenImportDirs)
    get_filename_component(dir "${dir}" ABSOLUTE)
    list(APPEND importDirs "${dir}")
endforeach()

# The categories and their names differ between qmllint versions (6.4 has one "type" category,
# later ones split it), so the list is read from this qmllint's own --help.
execute_process(COMMAND ${QMLLINT} --help OUTPUT_VARIABLE help ERROR_VARIABLE helpErrors RESULT_VARIABLE helpResult)
if(NOT helpResult EQUAL 0)
    message(FATAL_ERROR "qmllint_check: ${QMLLINT} --help failed: ${helpErrors}")
endif()
string(REGEX MATCHALL "\n  --[A-Za-z.-]+ <level>" categoryOptions "${help}")
set(categories "")
foreach(option IN LISTS categoryOptions)
    string(REGEX REPLACE "\n  --([A-Za-z.-]+) <level>" "\\1" category "${option}")
    list(APPEND categories ${category})
endforeach()
if(NOT "unqualified" IN_LIST categories)
    message(FATAL_ERROR "qmllint_check: ${QMLLINT} --help lists no 'unqualified' category:\n${help}")
endif()

set(lintArgs --bare)
foreach(dir IN LISTS importDirs)
    list(APPEND lintArgs -I ${dir})
endforeach()
foreach(qrc IN LISTS resources)
    list(APPEND lintArgs --resource ${qrc})
endforeach()

# Runs qmllint with only the given categories turned on; sets <outVar> to its findings (one
# "Warning: <file>:<line>:<column>: <message>" each) and <outputVar> to everything it printed.
function(run_qmllint outVar outputVar)
    set(levelArgs "")
    foreach(category IN LISTS categories)
        if(category IN_LIST ARGN)
            list(APPEND levelArgs --${category} warning)
        else()
            list(APPEND levelArgs --${category} disable)
        endif()
    endforeach()
    execute_process(COMMAND ${QMLLINT} ${lintArgs} ${levelArgs} ${lintFiles}
                    WORKING_DIRECTORY ${WORK_DIR}
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
    string(REGEX MATCHALL "(Warning|Critical): [^\n]*" found "${out}${err}")
    if(NOT result EQUAL 0 AND found STREQUAL "")
        message(FATAL_ERROR "qmllint failed (exit ${result}) without a warning:\n${out}${err}")
    endif()
    set(${outVar} "${found}" PARENT_SCOPE)
    set(${outputVar} "${out}${err}" PARENT_SCOPE)
endfunction()

# Whether a finding is about Qt Charts' ValueAxis under qmllint 6.4: its message or source line
# names ValueAxis, or the line sits inside a "ValueAxis {" object. Qt Charts 6.4's plugins.qmltypes
# declares the class QValueAxis twice (once exported as ValueAxis, once as the old ValuesAxis) and
# qmllint 6.4 keeps only the second, so ValueAxis and everything set on it is "not found" although
# the engine creates it (qmllint 6.8 resolves it).
function(is_value_axis_finding finding outVar)
    set(${outVar} FALSE PARENT_SCOPE)
    if(finding MATCHES "ValueAxis")
        set(${outVar} TRUE PARENT_SCOPE)
        return()
    endif()
    if(NOT finding MATCHES "^[A-Za-z]+: (.+\\.qml):([0-9]+):[0-9]+: ")
        return()
    endif()
    set(file ${CMAKE_MATCH_1})
    math(EXPR index "${CMAKE_MATCH_2} - 1")
    if(NOT IS_ABSOLUTE ${file})
        set(file ${WORK_DIR}/${file})
    endif()
    file(READ ${file} text)
    # One list element per line (semicolons and brackets would change how CMake splits a list).
    string(REGEX REPLACE "[][;]" "_" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    list(GET lines ${index} line)
    if(line MATCHES "ValueAxis")
        set(${outVar} TRUE PARENT_SCOPE)
        return()
    endif()
    # The enclosing object: the nearest line above that is less indented and opens a block.
    set(depth 0)
    if(line MATCHES "^( +)")
        string(LENGTH "${CMAKE_MATCH_1}" depth)
    endif()
    while(index GREATER 0)
        math(EXPR index "${index} - 1")
        list(GET lines ${index} above)
        set(aboveDepth 0)
        if(above MATCHES "^( +)")
            string(LENGTH "${CMAKE_MATCH_1}" aboveDepth)
        endif()
        if(aboveDepth LESS depth AND above MATCHES "{ *$")
            if(above MATCHES "^ *ValueAxis *{")
                set(${outVar} TRUE PARENT_SCOPE)
            endif()
            return()
        endif()
    endwhile()
endfunction()

set(problems "")
set(outputs "")
if("unresolved-type" IN_LIST categories)
    # qmllint 6.5 and later: the categories match STYLE.md's kinds.
    run_qmllint(findings output unqualified import deprecated unresolved-type missing-type)
    list(APPEND problems ${findings})
    string(APPEND outputs "${output}")
else()
    # qmllint 6.4: unqualified access, imports and deprecated API have a category each...
    run_qmllint(findings output unqualified import deprecated)
    string(APPEND outputs "${output}")
    foreach(finding IN LISTS findings)
        is_value_axis_finding("${finding}" valueAxis)
        if(NOT valueAxis)
            list(APPEND problems "${finding}")
        endif()
    endforeach()
    # ...but unresolved types share the "type" category with every unknown member and type
    # mismatch (what 6.5 calls missing-property, incompatible-type): only the unresolved ones count.
    # 6.4 also lacks what the engine has and later qmllint knows: QDate, QLocale and qlonglong
    # property types.
    run_qmllint(findings output type)
    string(APPEND outputs "${output}")
    foreach(finding IN LISTS findings)
        if(NOT finding MATCHES "is used but it is not resolved|was not found|No type found for|Type \"[^\"]+\" of property \"[^\"]+\" not found")
            continue()
        endif()
        if(finding MATCHES "Type \"(QDate|QLocale|qlonglong)\" of property|No type found for property \"locale\"")
            continue()
        endif()
        is_value_axis_finding("${finding}" valueAxis)
        if(NOT valueAxis)
            list(APPEND problems "${finding}")
        endif()
    endforeach()
endif()

list(LENGTH problems problemCount)
if(problemCount GREATER 0)
    list(JOIN problems "\n  " problemList)
    message(FATAL_ERROR "qmllint found ${problemCount} problem(s) of the kinds STYLE.md forbids "
                        "(unqualified access, unresolved types, deprecated API):\n  ${problemList}\n\n"
                        "Full qmllint output:\n${outputs}")
endif()
list(LENGTH lintFiles fileCount)
message(STATUS "qmllint: ${fileCount} QML files, no unqualified access, unresolved type or deprecated API")
