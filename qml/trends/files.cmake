# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML files of the trends area, relative to qml/.
qt_target_qml_sources(kapjournal_qml QML_FILES
    trends/MoodChart.qml
    trends/PhaseSummaryTable.qml
    trends/QuestionnaireChart.qml
    trends/SessionEffectTable.qml
    trends/TrendsPage.qml
    trends/TrendsTable.qml
)
