# Shell QML files beside Main.qml (navigation, unlock/create, settings).
# qt_target_qml_sources(kapjournal_qml QML_FILES UnlockPage.qml ...)
