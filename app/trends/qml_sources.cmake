# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML-facing trends types (KapJournal.App).
target_sources(kapjournal_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TrendsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsTableModel.h
)
