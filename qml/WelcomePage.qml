// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Dialogs
import KapJournal.App

// First run: what this is, the disclaimer, then create a journal, try the sample, or open one.
EntryScreen {
    id: root

    signal createRequested
    signal openRequested

    objectName: "welcomePage"
    heading: qsTr("A private place for your treatment")
    subheading: qsTr("Record sessions, integration notes, daily mood and questionnaires. Everything stays on this computer, encrypted with a passphrase only you know.")
    columnWidth: 520

    Disclaimer {
        Layout.fillWidth: true
        Layout.topMargin: 8
    }

    Button {
        id: createButton
        objectName: "welcomeCreateButton"
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Create my journal")
        highlighted: true
        // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
        background.layer.enabled: enabled && !AppSettings.plainPopups
        Material.elevation: 0
        focus: true
        Accessible.name: text
        onClicked: root.createRequested()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Button {
            objectName: "welcomeDemoButton"
            Layout.fillWidth: true
            text: qsTr("Try with sample data")
            Accessible.name: text
            Accessible.description: qsTr("Opens an invented journal that is deleted when you quit")
            enabled: !JournalController.busy
            onClicked: JournalController.openDemo()
        }
        Button {
            objectName: "welcomeOpenButton"
            Layout.fillWidth: true
            text: qsTr("Open a journal…")
            Accessible.name: qsTr("Open an existing journal")
            enabled: !JournalController.busy
            onClicked: openDialog.open()
        }
    }
    CalmBusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: JournalController.busy
        visible: running
        Accessible.name: qsTr("Preparing the sample journal")
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: JournalController.errorMessage
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a journal")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("KAP journals (*.kapj)"), qsTr("All files (*)")]
        onAccepted: {
            JournalController.selectJournal(JournalController.pathFromUrl(selectedFile));
            root.openRequested();
        }
    }
}
