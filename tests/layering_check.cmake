# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when the storage layer leaks (issue 15): SQL lives in storage/ only, so no file under app/
# may hold an SQL statement in a string literal or reach the raw connection (.database()), and
# storage/ stands below the app, so it may not include a header that exists only under app/ or
# qml/. Run with -P from CTest; SOURCE_DIR is the tree to check.
cmake_minimum_required(VERSION 3.24)

file(GLOB_RECURSE appSources ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(GLOB_RECURSE storageSources ${SOURCE_DIR}/storage/*.cpp ${SOURCE_DIR}/storage/*.h)
set(problems "")

# (a) No SQL and no raw connection in app/.
foreach(f IN LISTS appSources)
    file(STRINGS ${f} hits REGEX "\"(SELECT |INSERT |UPDATE |DELETE FROM|CREATE TABLE)|(\\.|->)database\\(\\)")
    if(hits)
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        list(APPEND problems "${rel}: SQL or the raw connection outside storage/ (use a repository)")
    endif()
endforeach()

# (b) storage/ includes nothing that only app/ or qml/ has.
set(storageNames "")
foreach(f IN LISTS storageSources)
    get_filename_component(name ${f} NAME)
    list(APPEND storageNames ${name})
endforeach()
file(GLOB_RECURSE upperHeaders ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/qml/*.h)
set(upperOnly "")
foreach(h IN LISTS upperHeaders)
    get_filename_component(name ${h} NAME)
    if(NOT name IN_LIST storageNames)
        list(APPEND upperOnly ${name})
    endif()
endforeach()
foreach(f IN LISTS storageSources)
    file(STRINGS ${f} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        get_filename_component(name ${header} NAME)
        if(name IN_LIST upperOnly OR header MATCHES "^(app|qml)/")
            file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
            list(APPEND problems "${rel}: includes ${header}, which belongs to app/ or qml/")
        endif()
    endforeach()
endforeach()

list(LENGTH appSources appCount)
list(LENGTH storageSources storageCount)
if(problems)
    string(REPLACE ";" "\n  " pretty "${problems}")
    message(FATAL_ERROR "The storage layer leaks:\n  ${pretty}")
endif()
message(STATUS "layering_check: ${appCount} app files without SQL, ${storageCount} storage files without app includes")
