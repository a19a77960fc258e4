# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML files of the export area, relative to qml/. The main UI opens them from its menus.
qt_target_qml_sources(kapjournal_qml QML_FILES
    export/BackupDialog.qml
    export/ImportDaylioDialog.qml
    export/JsonExportDialog.qml
    export/ReportDialog.qml
    export/TaskStatus.qml
)
