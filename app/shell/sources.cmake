# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML-facing C++ of the app frame: passphrase strength, auto-lock, demo journal, settings, the
# calendar's locale (KapJournal.App), and the process's frame: quitting on signals, locking with
# the desktop (D-Bus).
target_sources(kapjournal_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/AppSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/CalendarLocale.cpp ${CMAKE_CURRENT_LIST_DIR}/CalendarLocale.h
    ${CMAKE_CURRENT_LIST_DIR}/CrisisResources.cpp ${CMAKE_CURRENT_LIST_DIR}/CrisisResources.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoFolder.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoFolder.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoJournal.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoJournal.h
    ${CMAKE_CURRENT_LIST_DIR}/DesktopLockWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/DesktopLockWatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/IdleWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/IdleWatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/PassphraseStrength.cpp ${CMAKE_CURRENT_LIST_DIR}/PassphraseStrength.h
    ${CMAKE_CURRENT_LIST_DIR}/QuitSignals.cpp ${CMAKE_CURRENT_LIST_DIR}/QuitSignals.h
    ${CMAKE_CURRENT_LIST_DIR}/SecureClipboard.cpp ${CMAKE_CURRENT_LIST_DIR}/SecureClipboard.h
)
# zxcvbn (libzxcvbn-dev) ships a header and a library but no pkg-config file.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
target_include_directories(kapjournal_app SYSTEM PRIVATE ${ZXCVBN_INCLUDE_DIR})
target_link_libraries(kapjournal_app PRIVATE ${ZXCVBN_LIBRARY})
