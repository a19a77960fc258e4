// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Dialogs
import KapJournal.App

// Create a journal: passphrase twice with a strength meter, the no-recovery warning (acknowledged
// with a check box), and where the file goes.
EntryScreen {
    id: root

    property bool canGoBack: false
    property string journalPath: JournalController.suggestNewJournalPath()
    readonly property bool mismatch: confirmField.text.length > 0 && confirmField.text !== passphraseField.text
    readonly property bool pathTaken: JournalController.journalExists(journalPath)
    readonly property bool ready: passphraseField.text.length > 0 && confirmField.text === passphraseField.text && meter.acceptable && acknowledge.checked && !pathTaken && !JournalController.busy

    signal backRequested

    function create(): void {
        if (!ready)
            return;
        JournalController.createJournal(journalPath, passphraseField.text, confirmField.text);
    }

    objectName: "createPage"
    heading: qsTr("Create your journal")
    subheading: qsTr("Choose a passphrase: a few unrelated words are easier to remember and harder to guess than a short password.")

    Label {
        text: qsTr("Passphrase")
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        PassphraseField {
            id: passphraseField
            objectName: "createPassphraseField"
            Layout.fillWidth: true
            revealed: showPassphrase.checked
            placeholderText: qsTr("New passphrase")
            Accessible.name: qsTr("New passphrase")
            enabled: !JournalController.busy
            focus: true
            onTextChanged: meter.evaluate(text)
            Keys.onReturnPressed: confirmField.forceActiveFocus()
            Keys.onEnterPressed: confirmField.forceActiveFocus()
        }
        CheckBox {
            id: showPassphrase
            objectName: "createShowPassphrase"
            text: qsTr("Show")
            Accessible.name: qsTr("Show passphrase")
        }
    }
    PassphraseStrengthMeter {
        id: meter
        Layout.fillWidth: true
    }
    PassphraseField {
        id: confirmField
        objectName: "createConfirmField"
        Layout.fillWidth: true
        revealed: showPassphrase.checked
        placeholderText: qsTr("The same passphrase again")
        Accessible.name: qsTr("Repeat the passphrase")
        enabled: !JournalController.busy
        Keys.onReturnPressed: root.create()
        Keys.onEnterPressed: root.create()
    }
    Label {
        objectName: "createMismatch"
        Layout.fillWidth: true
        visible: root.mismatch
        text: qsTr("The two passphrases are not the same yet.")
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
    }

    Pane {
        Layout.fillWidth: true
        padding: 12
        Material.background: root.Material.theme === Material.Dark ? "#3a2f1a" : "#fff6e0"
        background: Rectangle {
            radius: 8
            color: parent.Material.background
            border.color: root.Material.theme === Material.Dark ? "#8a6d2f" : "#e8c77a"
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Label {
                Layout.fillWidth: true
                text: qsTr("A forgotten passphrase cannot be recovered.")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Nobody can reset it: not us, not your clinic. Without it the journal stays unreadable for good. Write it down and keep it somewhere safe.")
                wrapMode: Text.WordWrap
            }
            CheckBox {
                id: acknowledge
                objectName: "createAcknowledge"
                Layout.fillWidth: true
                text: qsTr("I understand and have kept my passphrase safe")
                Accessible.name: text
                // Wraps instead of eliding: a longer translation takes a second line.
                contentItem: Label {
                    leftPadding: acknowledge.mirrored ? 0 : acknowledge.indicator.width + acknowledge.spacing
                    rightPadding: acknowledge.mirrored ? acknowledge.indicator.width + acknowledge.spacing : 0
                    text: acknowledge.text
                    font: acknowledge.font
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    Label {
        text: qsTr("Where to keep the journal")
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Label {
            objectName: "createLocation"
            Layout.fillWidth: true
            text: root.journalPath
            elide: Text.ElideMiddle
            opacity: 0.8
            Accessible.name: qsTr("Journal file: %1").arg(root.journalPath)
        }
        Button {
            objectName: "createChooseLocation"
            text: qsTr("Change…")
            flat: true
            Accessible.name: qsTr("Choose where to keep the journal")
            enabled: !JournalController.busy
            onClicked: saveDialog.open()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.pathTaken
        text: qsTr("A file already exists there. Choose another name, or go back and open it.")
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
    }

    Label {
        objectName: "createError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: JournalController.errorMessage
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
    }

    // In view below the scrolling column at any window size (it was cut off at the default size).
    actions: [
        Button {
            objectName: "createBackButton"
            visible: root.canGoBack
            text: qsTr("Back")
            flat: true
            Accessible.name: text
            enabled: !JournalController.busy
            onClicked: {
                JournalController.clearError();
                root.backRequested();
            }
        },
        CalmBusyIndicator {
            running: JournalController.busy
            visible: running
            Layout.preferredHeight: 36
            Layout.preferredWidth: 36
            Accessible.name: qsTr("Creating the journal")
        },
        Label {
            visible: JournalController.busy
            text: qsTr("Securing your journal…")
            opacity: 0.7
        },
        Item {
            Layout.fillWidth: true
        },
        Button {
            objectName: "createButton"
            text: qsTr("Create journal")
            highlighted: true
            // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
            background.layer.enabled: enabled && !AppSettings.plainPopups
            Material.elevation: 0
            enabled: root.ready
            Accessible.name: text
            onClicked: root.create()
        }
    ]

    FileDialog {
        id: saveDialog
        title: qsTr("Where to keep the journal")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "kapj"
        nameFilters: [qsTr("KAP journals (*.kapj)")]
        currentFolder: JournalController.folderUrl(root.journalPath)
        selectedFile: JournalController.urlFromPath(root.journalPath)
        onAccepted: root.journalPath = JournalController.pathFromUrl(selectedFile)
    }
}
