// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// Export the whole journal as JSON. Says plainly, before anything is written, that the file is
// NOT encrypted. The export runs on a worker thread; meanwhile the dialog cannot be closed.
Dialog {
    id: root

    readonly property alias transfer: controller
    readonly property bool dark: Material.theme === Material.Dark

    // Writes the export to `file` (the save dialog calls this; tests call it directly).
    function exportTo(file: url): bool {
        return understood.checked && controller.exportJson(file);
    }

    objectName: "jsonExportDialog"
    title: qsTr("Export as JSON")
    modal: true
    // Flat where shader effects are missing (software rendering): the shadow would take the
    // whole background with it (see AppSettings.plainPopups).
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: {
        controller.clearMessages();
        understood.checked = false;
    }

    JsonExportController {
        id: controller
    }

    contentItem: ColumnLayout {
        spacing: 10
        enabled: !controller.busy
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            color: root.Material.color(Material.Red, root.dark ? Material.Shade300 : Material.Shade800)
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
    }

    footer: ColumnLayout {
        spacing: 0
        TaskStatus {
            objectName: "jsonStatus"
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.topMargin: 8
            busy: controller.busy
            progressText: controller.progressText
            errorText: controller.errorMessage
            doneText: controller.summary
        }
        DialogButtonBox {
            Layout.fillWidth: true
            Button {
                objectName: "saveJsonButton"
                text: qsTr("Save JSON…")
                enabled: understood.checked && !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: saveDialog.open()
            }
            Button {
                text: qsTr("Close")
                enabled: !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                onClicked: root.close()
            }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the unencrypted export")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: root.exportTo(selectedFile)
    }
}
