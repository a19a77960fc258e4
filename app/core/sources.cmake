# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

target_sources(kapjournal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CrisisText.cpp ${CMAKE_CURRENT_LIST_DIR}/CrisisText.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorText.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorText.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalLocation.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalLocation.h
    ${CMAKE_CURRENT_LIST_DIR}/PhaseKindText.cpp ${CMAKE_CURRENT_LIST_DIR}/PhaseKindText.h
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchText.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchText.h
    ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp ${CMAKE_CURRENT_LIST_DIR}/Translations.h
    ${CMAKE_CURRENT_LIST_DIR}/Utf8Locale.cpp ${CMAKE_CURRENT_LIST_DIR}/Utf8Locale.h
    ${CMAKE_CURRENT_LIST_DIR}/VitalsText.cpp ${CMAKE_CURRENT_LIST_DIR}/VitalsText.h
)
# Desktop integration (issue 6): one window per journal over a local socket, remembered geometry.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network GLOBAL) # GLOBAL: consumers in tests/ link it too
target_sources(kapjournal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.cpp ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowGeometry.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowGeometry.h
)
target_link_libraries(kapjournal_core PUBLIC Qt6::Network)
