# QML files of the trends area, relative to qml/.
# qt_target_qml_sources(kapjournal_qml QML_FILES trends/Example.qml)
