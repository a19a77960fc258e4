// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small rounded label for side effects, tags and ratings. Colours come from the palette so it
// reads in light and dark themes.
Control {
    id: root

    property string text
    property bool emphasized: false

    topPadding: 2
    bottomPadding: 2
    leftPadding: 8
    rightPadding: 8
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    contentItem: Label {
        text: root.text
        font.pixelSize: 12
        font.bold: root.emphasized
        color: root.emphasized ? root.Material.accent : root.Material.foreground
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: height / 2
        color: "transparent"
        border.width: root.emphasized ? 2 : 1
        border.color: root.emphasized ? root.Material.accent : root.Material.dividerColor
    }
}
