# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when the layers leak (issue 15, STYLE.md "A folder is a target"). Run with -P from CTest;
# SOURCE_DIR is the tree to check, CLI (optional) the built kapjournal-cli.
#  (a) SQL lives in storage/ only: no other product folder holds an SQL statement in a string literal
#      or reaches the raw connection (.database()).
#  (b) Includes are path-qualified from the source root ("storage/Journal.h"), and each folder
#      includes only the folders below it (the table below, which mirrors the targets' links).
#  (c) The CLI links no Qt Quick, QML, Widgets or Charts (ldd of the executable).
cmake_minimum_required(VERSION 3.24)

# Folder -> the folders its files may include (besides its own). Lowest first.
set(allowed_storage "")
set(allowed_statistics storage)
set(allowed_text storage statistics)
set(allowed_transfer storage)
set(allowed_report storage statistics text)
set(allowed_charts storage statistics text report)
set(allowed_platform "")
set(allowed_app storage statistics text transfer report charts platform)
set(allowed_cli storage statistics text transfer report platform)
set(allowed_gui storage statistics text transfer report charts platform app)
set(allowed_tests storage statistics text transfer report charts platform app cli gui)
set(folders storage statistics text transfer report charts platform app cli gui tests)

set(projectHeaders "")
foreach(folder IN LISTS folders)
    file(GLOB_RECURSE headers ${SOURCE_DIR}/${folder}/*.h)
    list(APPEND projectHeaders ${headers})
endforeach()
set(headerNames "")
foreach(h IN LISTS projectHeaders)
    get_filename_component(name ${h} NAME)
    list(APPEND headerNames ${name})
endforeach()

set(problems "")
set(fileCount 0)
foreach(folder IN LISTS folders)
    file(GLOB_RECURSE sources ${SOURCE_DIR}/${folder}/*.cpp ${SOURCE_DIR}/${folder}/*.h)
    foreach(f IN LISTS sources)
        math(EXPR fileCount "${fileCount} + 1")
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        if(NOT folder MATCHES "^(storage|tests)$") # tests inspect the store on purpose
            file(STRINGS ${f} hits REGEX "\"(SELECT |INSERT |UPDATE |DELETE FROM|CREATE TABLE)|(\\.|->)database\\(\\)")
            if(hits)
                list(APPEND problems "${rel}: SQL or the raw connection outside storage/ (use a repository)")
            endif()
        endif()
        file(STRINGS ${f} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
            if(header MATCHES "^([A-Za-z_]+)/")
                set(target ${CMAKE_MATCH_1})
                if(NOT target STREQUAL folder AND NOT target IN_LIST allowed_${folder})
                    string(REPLACE ";" ", " below "${allowed_${folder}}")
                    list(APPEND problems "${rel}: includes ${header}, but ${folder}/ may include only ${below}")
                endif()
            elseif(header IN_LIST headerNames)
                list(APPEND problems "${rel}: includes \"${header}\" by file name (write its path from the source root)")
            endif()
        endforeach()
    endforeach()
endforeach()

set(cliNote "")
if(CLI)
    execute_process(COMMAND ldd ${CLI} OUTPUT_VARIABLE needed RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        list(APPEND problems "ldd ${CLI} failed")
    endif()
    string(REGEX MATCHALL "libQt6(Quick|Qml|Widgets|Charts|OpenGLWidgets)[A-Za-z]*\\.so" gui "${needed}")
    if(gui)
        list(REMOVE_DUPLICATES gui)
        string(REPLACE ";" ", " gui "${gui}")
        list(APPEND problems "kapjournal-cli links ${gui} (the CLI must not need Quick, QML, Widgets or Charts)")
    endif()
    string(REGEX MATCHALL "libQt6[A-Za-z]+\\.so" qt "${needed}")
    list(REMOVE_DUPLICATES qt)
    string(REPLACE ";" " " qt "${qt}")
    set(cliNote ", and kapjournal-cli needs only ${qt}")
endif()

if(problems)
    string(REPLACE ";" "\n  " pretty "${problems}")
    message(FATAL_ERROR "The layers leak:\n  ${pretty}")
endif()
message(STATUS "layering_check: ${fileCount} files in ${folders}: SQL in storage/ only, includes path-qualified and downwards${cliNote}")
