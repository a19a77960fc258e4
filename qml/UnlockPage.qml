// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Dialogs
import KapJournal.App

// Unlock: the remembered journal, the passphrase, a busy indicator while the key is derived on a
// worker thread, and the way to another journal or a new one.
EntryScreen {
    id: root

    signal createRequested

    function unlock(): void {
        if (passphraseField.text.length === 0 || JournalController.busy)
            return;
        JournalController.unlock(passphraseField.text);
        // The field is cleared at once: the passphrase is now in secure memory in C++.
        passphraseField.clear();
    }

    objectName: "unlockPage"
    // After every lock, and after a failed attempt, the person types the passphrase straight away:
    // the field is disabled while the key is derived, which takes the focus away from it.
    Component.onCompleted: passphraseField.forceActiveFocus()

    Connections {
        target: JournalController
        function onStateChanged(): void {
            if (!JournalController.busy && !JournalController.unlocked)
                passphraseField.forceActiveFocus();
        }
    }

    heading: JournalController.demo ? qsTr("Unlock the sample journal") : qsTr("Welcome back")
    subheading: JournalController.demo ? qsTr("Its passphrase is “%1”. It is invented data and is deleted when you quit.").arg(JournalController.demoPassphrase) : qsTr("Enter your passphrase to open your journal.")

    Pane {
        Layout.fillWidth: true
        padding: 12
        background: Rectangle {
            radius: 8
            color: "transparent"
            border.color: root.Material.dividerColor
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 2
            Label {
                objectName: "unlockFileName"
                Layout.fillWidth: true
                text: JournalController.journalPath.split("/").pop()
                font.weight: Font.DemiBold
                elide: Text.ElideMiddle
            }
            Label {
                Layout.fillWidth: true
                text: JournalController.journalPath.substring(0, JournalController.journalPath.lastIndexOf("/"))
                elide: Text.ElideMiddle
                font.pixelSize: 12
                opacity: 0.65
            }
        }
    }

    // What happened to the journal while it was locked (a restore: from which file, where the
    // previous journal was kept, which passphrase opens it now).
    Label {
        objectName: "unlockNotice"
        Layout.fillWidth: true
        visible: text.length > 0
        text: JournalController.entryNotice
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    PassphraseField {
        id: passphraseField
        objectName: "unlockPassphraseField"
        Layout.fillWidth: true
        placeholderText: qsTr("Passphrase")
        Accessible.name: qsTr("Passphrase")
        enabled: !JournalController.busy
        focus: true
        onTextEdited: JournalController.clearError()
        Keys.onReturnPressed: root.unlock()
        Keys.onEnterPressed: root.unlock()
    }

    Label {
        objectName: "unlockError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: JournalController.errorMessage
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        CalmBusyIndicator {
            objectName: "unlockBusy"
            running: JournalController.busy
            visible: running
            Layout.preferredHeight: 36
            Layout.preferredWidth: 36
            Accessible.name: qsTr("Unlocking")
        }
        Label {
            visible: JournalController.busy
            text: qsTr("Unlocking…")
            opacity: 0.7
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "unlockButton"
            text: qsTr("Unlock")
            highlighted: true
            // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
            background.layer.enabled: enabled && !AppSettings.plainPopups
            Material.elevation: 0
            enabled: passphraseField.text.length > 0 && !JournalController.busy
            Accessible.name: qsTr("Unlock the journal")
            onClicked: root.unlock()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 12
        spacing: 8
        Button {
            objectName: "unlockOpenOther"
            text: qsTr("Open another journal…")
            flat: true
            Accessible.name: text
            enabled: !JournalController.busy
            onClicked: openDialog.open()
        }
        Button {
            objectName: "unlockCreateNew"
            text: qsTr("Create a new journal")
            flat: true
            Accessible.name: text
            enabled: !JournalController.busy
            onClicked: {
                JournalController.clearError();
                root.createRequested();
            }
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            visible: JournalController.demo
            text: qsTr("Leave sample journal")
            flat: true
            Accessible.name: text
            onClicked: JournalController.closeDemo()
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a journal")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("KAP journals (*.kapj)"), qsTr("All files (*)")]
        currentFolder: JournalController.folderUrl(JournalController.journalPath)
        onAccepted: {
            JournalController.clearError();
            JournalController.selectJournal(JournalController.pathFromUrl(selectedFile));
            passphraseField.forceActiveFocus();
        }
    }
}
