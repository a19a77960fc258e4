// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Help > About: version and the disclaimer.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    modal: true
    title: qsTr("About KAP Journal")
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: qsTr("Version %1").arg(Qt.application.version)
            opacity: 0.7
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("An encrypted journal for people in ketamine treatment: sessions, integration notes, mood check-ins and questionnaires, kept on this computer and readable only with your passphrase.")
        }
        Disclaimer {
            Layout.fillWidth: true
        }
    }
}
