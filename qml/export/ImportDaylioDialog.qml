// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// Daylio CSV import: choose the file, give every mood label found in it a 0–10 score (Daylio's
// five standard names come suggested), then import. Nothing is written before every label has
// a score; importing the same file again adds nothing. Reading and importing run on a worker
// thread; meanwhile the dialog shows progress and cannot be closed.
Dialog {
    id: root

    readonly property alias transfer: controller

    // Reads `file` (the file dialog calls this; tests call it directly).
    function readFile(file: url): bool {
        return controller.readDaylio(file);
    }

    objectName: "importDaylioDialog"
    title: qsTr("Import from Daylio")
    modal: true
    // Flat where shader effects are missing (software rendering): the shadow would take the
    // whole background with it (see AppSettings.plainPopups).
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 620, 620)
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: {
        controller.clearDaylio();
        controller.clearMessages();
    }

    DaylioImportController {
        id: controller
    }

    contentItem: ColumnLayout {
        spacing: 10
        enabled: !controller.busy

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("In Daylio: More → Export entries → CSV. Each entry becomes a mood check-in; activities become tags and notes become the check-in's note.")
        }
        Button {
            objectName: "chooseDaylioFile"
            text: qsTr("Choose CSV file…")
            onClicked: openDialog.open()
        }
        Label {
            visible: controller.moodLabels.length > 0
            text: qsTr("Score each mood from 0 (worst) to 10 (best)")
            font.bold: true
        }
        ListView {
            objectName: "labelList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: controller.moodLabels
            delegate: RowLayout {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.count === 1 ? qsTr("“%1” (1 entry)").arg(row.modelData.label)
                        : qsTr("“%1” (%2 entries)").arg(row.modelData.label).arg(row.modelData.count)
                    elide: Text.ElideRight
                }
                SpinBox {
                    objectName: "score" + row.index
                    from: -1 // "choose": not scored yet
                    to: SessionVocabulary.ratingMax
                    value: row.modelData.score
                    textFromValue: value => value < 0 ? qsTr("choose") : String(value)
                    valueFromText: text => text === qsTr("choose") ? -1 : parseInt(text)
                    onValueModified: controller.setScore(row.index, value)
                    Accessible.name: qsTr("Score for %1").arg(row.modelData.label)
                }
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Item {
            // Keeps the status line at the bottom before a file is chosen.
            visible: controller.moodLabels.length === 0
            Layout.fillHeight: true
        }
    }

    footer: ColumnLayout {
        spacing: 0
        TaskStatus {
            objectName: "importSummary"
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
                objectName: "importButton"
                text: controller.daylioEntries === 1 ? qsTr("Import 1 entry") : qsTr("Import %1 entries").arg(controller.daylioEntries)
                highlighted: true
                // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                background.layer.enabled: enabled && !AppSettings.plainPopups
                Material.elevation: 0
                // The dark theme's light accent under white text is hard to read.
                Material.accent: "#2e7d78"
                enabled: controller.daylioReady && !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: controller.importDaylio()
            }
            Button {
                objectName: "closeImportButton"
                text: qsTr("Close")
                enabled: !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                onClicked: root.close()
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Daylio CSV export")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: root.readFile(selectedFile)
    }
}
