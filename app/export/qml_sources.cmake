# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML-facing export types (KapJournal.App): the report, import, backup and JSON dialogs' C++ side,
# and the automatic rolling backups.
target_sources(kapjournal_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/qml/AutomaticBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/qml/AutomaticBackup.h
    ${CMAKE_CURRENT_LIST_DIR}/qml/BackgroundJob.cpp ${CMAKE_CURRENT_LIST_DIR}/qml/BackgroundJob.h
    ${CMAKE_CURRENT_LIST_DIR}/qml/DataTransferController.cpp ${CMAKE_CURRENT_LIST_DIR}/qml/DataTransferController.h
    ${CMAKE_CURRENT_LIST_DIR}/qml/ReportController.cpp ${CMAKE_CURRENT_LIST_DIR}/qml/ReportController.h
)
target_include_directories(kapjournal_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/qml)
