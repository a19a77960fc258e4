import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// Export the whole journal as JSON. Says plainly, before anything is written, that the file is
// NOT encrypted.
Dialog {
    id: root

    objectName: "jsonExportDialog"
    title: qsTr("Export as JSON")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    DataTransferController {
        id: controller
    }

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            color: "#b02a1f"
            text: qsTr("This file is NOT encrypted. Anyone who can open it can read everything in your journal: sessions, notes, scores.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Use it to move your data to another program, or keep an encrypted backup instead (Backups). Delete the file when you no longer need it.")
        }
        CheckBox {
            id: understood
            objectName: "understoodBox"
            text: qsTr("I understand the file is not encrypted")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: controller.errorMessage || controller.summary
            color: controller.errorMessage ? "#b02a1f" : palette.text
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Save JSON…")
            enabled: understood.checked
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: saveDialog.open()
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the unencrypted export")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: controller.exportJson(selectedFile)
    }
}
