// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Crisis resources (DOMAIN.md "Safety"): shown at once when PHQ-9 item 9 is answered above 0,
// and from the Help menu. Calm and plain. Closing it never removes the item-9 flag from the
// record or the report.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    objectName: "crisisPanel"
    title: qsTr("If you are thinking about harming yourself")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    onOpened: closeButton.forceActiveFocus()

    contentItem: ColumnLayout {
        spacing: 14

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: CrisisResources.notAlone
            font.pixelSize: 16
        }
        Label {
            objectName: "crisis988"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: CrisisResources.northAmerica
            font.pixelSize: 16
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: CrisisResources.elsewhere
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: CrisisResources.tellSomeone
        }
        Label {
            objectName: "crisisNotMonitored"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: CrisisResources.notMonitored
            font.italic: true
        }
        Button {
            id: closeButton
            objectName: "crisisCloseButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: qsTr("Close crisis resources")
            onClicked: root.close()
        }
    }
}
