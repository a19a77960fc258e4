pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// Daylio CSV import: choose the file, give every mood label found in it a 0–10 score (Daylio's
// five standard names come suggested), then import. Nothing is written before every label has
// a score; importing the same file again adds nothing.
Dialog {
    id: root

    objectName: "importDaylioDialog"
    title: qsTr("Import from Daylio")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 620, 620)
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: controller.clearDaylio()

    DataTransferController {
        id: controller
    }

    contentItem: ColumnLayout {
        spacing: 10

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
            model: controller.moodLabels
            delegate: RowLayout {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                Label {
                    Layout.fillWidth: true
                    text: qsTr("“%1” (%n entries)", "", row.modelData.count).arg(row.modelData.label)
                    elide: Text.ElideRight
                }
                SpinBox {
                    from: -1
                    to: 10
                    value: row.modelData.score
                    textFromValue: value => value < 0 ? qsTr("choose") : String(value)
                    valueFromText: text => text === qsTr("choose") ? -1 : parseInt(text)
                    onValueModified: controller.setScore(row.index, value)
                    Accessible.name: qsTr("Score for %1").arg(row.modelData.label)
                }
            }
        }
        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: controller.errorMessage || controller.summary
            color: controller.errorMessage ? "#b02a1f" : palette.text
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "importButton"
            text: qsTr("Import %n entries", "", controller.daylioEntries)
            highlighted: true
            enabled: controller.daylioReady
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: controller.importDaylio()
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Daylio CSV export")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: controller.readDaylio(selectedFile)
    }
}
