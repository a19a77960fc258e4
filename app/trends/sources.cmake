# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Trends statistics (no QML): series, bands, per-phase summaries, session effect, chart rendering.
target_sources(kapjournal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartColors.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartColors.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartTime.h
    ${CMAKE_CURRENT_LIST_DIR}/CourseText.cpp ${CMAKE_CURRENT_LIST_DIR}/CourseText.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionEffectAnalysis.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionEffectAnalysis.h
    ${CMAKE_CURRENT_LIST_DIR}/TreatmentCourse.cpp ${CMAKE_CURRENT_LIST_DIR}/TreatmentCourse.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsData.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsRange.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsRange.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsStatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsStatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendsText.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendsText.h
)
