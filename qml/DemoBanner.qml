// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Shown on every screen of the sample journal so nobody mistakes it for their own.
Rectangle {
    id: root

    objectName: "demoBanner"
    implicitHeight: row.implicitHeight + 12
    color: Material.theme === Material.Dark ? "#5a4a12" : "#fff1c2"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bannerText.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 12

        Label {
            text: qsTr("DEMO")
            font.weight: Font.Bold
            font.letterSpacing: 1.5
            color: root.Material.theme === Material.Dark ? "#ffe08a" : "#7a5a00"
        }
        Label {
            id: bannerText
            Layout.fillWidth: true
            text: qsTr("Sample data, invented for this demo. Anything you add is deleted when you quit.")
            wrapMode: Text.WordWrap
            color: root.Material.theme === Material.Dark ? "#fff4d0" : "#4a3800"
        }
        Button {
            objectName: "leaveDemoButton"
            text: qsTr("Leave sample journal")
            flat: true
            Accessible.name: text
            onClicked: JournalController.closeDemo()
        }
    }
}
