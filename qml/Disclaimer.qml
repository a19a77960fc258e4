// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The plain disclaimer from DOMAIN.md, said once on first run and in About.
Pane {
    id: root

    padding: 16
    Material.elevation: 0
    Material.background: Material.theme === Material.Dark ? "#202a2f" : "#eef4f4"
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text + " " + body.text

    background: Rectangle {
        color: root.Material.background
        radius: 8
        border.color: root.Material.dividerColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            id: heading
            Layout.fillWidth: true
            text: qsTr("Before you start")
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Label {
            id: body
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            lineHeight: 1.15
            text: qsTr("KAP Journal is a private notebook for your treatment. It gives no dosing advice and makes no diagnosis. What you record is self-reported and is not a medical record. Nobody monitors this journal: if you are in crisis, call or text 988 in the US and Canada, or your local emergency number elsewhere (findahelpline.com lists helplines).")
        }
    }
}
