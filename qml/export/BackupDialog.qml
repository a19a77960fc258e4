pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// Encrypted backups and restore. A backup is a complete, encrypted, verified copy of the
// journal. Restoring checks the backup first and keeps the current journal before replacing it.
Dialog {
    id: root

    objectName: "backupDialog"
    title: qsTr("Backups")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 640, 640)
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: controller.refreshBackups()
    onClosed: {
        journalPassphrase.text = "";
        backupPassphrase.text = "";
        backupConfirmation.text = "";
        restorePassphrase.text = "";
    }

    DataTransferController {
        id: controller
    }

    component Secret: TextField {
        Layout.fillWidth: true
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: placeholderText
    }

    contentItem: ScrollView {
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 10

            Label { text: qsTr("Back up"); font.bold: true }
            RowLayout {
                Button {
                    objectName: "backupNowButton"
                    text: qsTr("Back up now (next to the journal)")
                    onClicked: controller.backupNow()
                }
                Button {
                    text: qsTr("Back up to a file…")
                    onClicked: {
                        saveDialog.separate = false;
                        saveDialog.open();
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("Backups open with the journal's passphrase. The last 7 backups next to the journal are kept.")
            }
            CheckBox {
                id: separateBox
                text: qsTr("Give the backup file its own passphrase")
            }
            ColumnLayout {
                visible: separateBox.checked
                Layout.fillWidth: true
                Secret { id: journalPassphrase; placeholderText: qsTr("The journal's passphrase") }
                Secret { id: backupPassphrase; placeholderText: qsTr("Passphrase for the backup") }
                Secret { id: backupConfirmation; placeholderText: qsTr("The same passphrase again") }
                Button {
                    text: qsTr("Back up with this passphrase…")
                    enabled: backupPassphrase.text.length > 0 && backupPassphrase.text === backupConfirmation.text
                        && journalPassphrase.text.length > 0
                    onClicked: {
                        saveDialog.separate = true;
                        saveDialog.open();
                    }
                }
            }

            Label { text: qsTr("Backups next to the journal"); font.bold: true }
            Repeater {
                model: controller.backups
                delegate: Label {
                    required property var modelData
                    text: modelData.created
                }
            }

            Label { text: qsTr("Restore"); font.bold: true }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("The journal is locked, the backup is checked, and the current journal is kept as a copy before the backup takes its place. Afterwards, unlock with the backup's passphrase.")
            }
            Secret { id: restorePassphrase; placeholderText: qsTr("The backup's passphrase") }
            Button {
                objectName: "restoreButton"
                text: qsTr("Choose backup and restore…")
                enabled: restorePassphrase.text.length > 0
                onClicked: openDialog.open()
            }
            Label {
                objectName: "backupStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: controller.errorMessage || controller.summary
                color: controller.errorMessage ? "#b02a1f" : palette.text
            }
        }
    }

    footer: DialogButtonBox {
        standardButtons: DialogButtonBox.Close
    }

    FileDialog {
        id: saveDialog
        property bool separate: false
        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "kapj"
        nameFilters: [qsTr("KAP journals (*.kapj)")]
        onAccepted: {
            if (separate)
                controller.backupWithPassphrase(selectedFile, journalPassphrase.text, backupPassphrase.text,
                    backupConfirmation.text);
            else
                controller.backupTo(selectedFile);
        }
    }
    FileDialog {
        id: openDialog
        title: qsTr("Backup to restore")
        nameFilters: [qsTr("Backups (*.kapj *.backup)"), qsTr("All files (*)")]
        onAccepted: {
            if (controller.restore(selectedFile, restorePassphrase.text))
                root.close();
        }
    }
}
