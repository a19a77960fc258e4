# QML files of the journal area, relative to qml/.
# qt_target_qml_sources(kapjournal_qml QML_FILES journal/Example.qml)
