// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
// The module itself, for JournalTextField: a file in a subfolder sees only its own folder.
import KapJournal
import KapJournal.App

// Encrypted backups and restore. A backup is a complete, encrypted, verified copy of the
// journal. Restoring checks the backup first and keeps the current journal before replacing it.
// Copies, checks and key derivation run on a worker thread; meanwhile the dialog shows progress
// and cannot be closed. It also says when the last automatic backup was made, where, and why one
// failed (AutomaticBackup).
Dialog {
    id: root

    readonly property alias transfer: controller

    // Writes a backup to `file`, with its own passphrase when that box is ticked (the save
    // dialog calls this; tests call it directly).
    function backupTo(file: url): bool {
        if (separateBox.checked)
            return controller.backupWithPassphrase(file, journalPassphrase.text, backupPassphrase.text,
                backupConfirmation.text);
        return controller.backupTo(file);
    }
    function restoreFrom(file: url): bool {
        return controller.restore(file, restorePassphrase.text);
    }

    objectName: "backupDialog"
    title: qsTr("Backups")
    modal: true
    // Flat where shader effects are missing (software rendering): the shadow would take the
    // whole background with it (see AppSettings.plainPopups).
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 640, 640)
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: {
        controller.clearMessages();
        controller.refreshBackups();
        AutomaticBackup.refresh();
    }
    onClosed: {
        journalPassphrase.text = "";
        backupPassphrase.text = "";
        backupConfirmation.text = "";
        restorePassphrase.text = "";
    }

    BackupController {
        id: controller
        // Passphrases leave the screen once they have been used.
        onFinished: ok => {
            AutomaticBackup.refresh();
            if (ok) {
                journalPassphrase.text = "";
                backupPassphrase.text = "";
                backupConfirmation.text = "";
            }
        }
    }

    component Secret: PassphraseField {
        Layout.fillWidth: true
        Accessible.name: placeholderText
    }
    component Heading: Label {
        Layout.topMargin: 6
        font.bold: true
    }
    component Hint: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.8
    }

    contentItem: ScrollView {
        clip: true
        contentWidth: availableWidth
        enabled: !controller.busy
        // Always shown when the content is taller than the dialog, so nobody misses the rest.
        ScrollBar.vertical.policy: contentHeight > availableHeight ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        rightPadding: ScrollBar.vertical.visible ? ScrollBar.vertical.width + 6 : 0

        ColumnLayout {
            width: parent.width
            spacing: 8

            Heading { text: qsTr("Back up next to the journal"); Layout.topMargin: 0 }
            Hint {
                objectName: "automaticBackupHint"
                text: AppSettings.automaticBackups > 0
                    ? qsTr("A backup is an encrypted, checked copy of the whole journal. One is made automatically once a day when you unlock; the last %1 made here are kept (Settings).").arg(AppSettings.automaticBackups)
                    : qsTr("A backup is an encrypted, checked copy of the whole journal. Automatic backups are off (Settings); the last 7 made here are kept.")
            }
            Label {
                objectName: "lastAutomaticBackup"
                Layout.fillWidth: true
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: AutomaticBackup.running ? qsTr("Making today's automatic backup…")
                    : AutomaticBackup.lastBackupText.length > 0
                    ? qsTr("Last backup: %1, in %2").arg(AutomaticBackup.lastBackupText).arg(AutomaticBackup.folder)
                    : qsTr("No backup next to the journal yet.")
            }
            Label {
                objectName: "automaticBackupError"
                Layout.fillWidth: true
                visible: AutomaticBackup.errorMessage.length > 0
                wrapMode: Text.Wrap
                text: AutomaticBackup.errorMessage
                color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "backupNowButton"
                text: qsTr("Back up now")
                onClicked: controller.backupNow()
            }
            Hint {
                visible: controller.backups.length > 0
                text: qsTr("Backups next to the journal:")
            }
            Repeater {
                model: controller.backups
                delegate: Label {
                    required property var modelData
                    Layout.leftMargin: 12
                    text: "• " + modelData.created
                }
            }

            Heading { text: qsTr("Back up to a file (for example on a USB stick)") }
            Hint {
                text: qsTr("It opens with the journal's passphrase unless you give it its own.")
            }
            CheckBox {
                id: separateBox
                objectName: "separatePassphraseBox"
                text: qsTr("Give the backup file its own passphrase")
            }
            ColumnLayout {
                visible: separateBox.checked
                Layout.fillWidth: true
                Layout.leftMargin: 32
                spacing: 4
                Secret { id: journalPassphrase; objectName: "journalPassphrase"; placeholderText: qsTr("The journal's passphrase") }
                Secret {
                    id: backupPassphrase
                    objectName: "backupPassphrase"
                    placeholderText: qsTr("Passphrase for the backup")
                    onTextChanged: backupStrength.evaluate(text)
                }
                // The create screen's rule: restored, the backup becomes the journal.
                PassphraseStrengthMeter {
                    id: backupStrength
                    objectName: "backupPassphraseStrength"
                    Layout.fillWidth: true
                }
                Secret { id: backupConfirmation; objectName: "backupConfirmation"; placeholderText: qsTr("The same passphrase again") }
                Label {
                    visible: backupConfirmation.text.length > 0 && backupConfirmation.text !== backupPassphrase.text
                    text: qsTr("The two passphrases differ")
                    color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
                }
            }
            Button {
                objectName: "backupToFileButton"
                text: qsTr("Back up to a file…")
                enabled: !separateBox.checked || (backupPassphrase.text.length > 0
                    && backupPassphrase.text === backupConfirmation.text && journalPassphrase.text.length > 0
                    && backupStrength.acceptable)
                onClicked: saveDialog.open()
            }

            Heading { text: qsTr("Restore") }
            Hint {
                text: qsTr("The backup is checked first. Then the journal is locked, the current journal is kept as a copy beside it, and the backup takes its place. Afterwards, unlock with the backup's passphrase.")
            }
            Secret { id: restorePassphrase; objectName: "restorePassphrase"; placeholderText: qsTr("The backup's passphrase") }
            Button {
                objectName: "restoreButton"
                text: qsTr("Choose backup and restore…")
                enabled: restorePassphrase.text.length > 0
                onClicked: openDialog.open()
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        TaskStatus {
            objectName: "backupStatus"
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
                objectName: "closeBackupButton"
                text: qsTr("Close")
                enabled: !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                onClicked: root.close()
            }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "kapj"
        nameFilters: [qsTr("KAP journals (*.kapj)")]
        onAccepted: root.backupTo(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: qsTr("Backup to restore")
        nameFilters: [qsTr("Backups (*.kapj *.backup)"), qsTr("All files (*)")]
        onAccepted: root.restoreFrom(selectedFile)
    }
}
