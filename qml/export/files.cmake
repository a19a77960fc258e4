# QML files of the export area, relative to qml/.
# qt_target_qml_sources(kapjournal_qml QML_FILES export/Example.qml)
