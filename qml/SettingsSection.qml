// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A section heading on the settings page.
ColumnLayout {
    id: root

    property string title

    Layout.fillWidth: true
    Layout.topMargin: 16
    spacing: 6

    Label {
        text: root.title
        font.pixelSize: 17
        font.weight: Font.DemiBold
        color: root.Material.accent
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: root.Material.dividerColor
    }
}
