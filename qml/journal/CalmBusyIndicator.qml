// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A busy indicator that costs next to nothing: eight dots, one lit, stepping eight times a second.
// Material's BusyIndicator redraws every frame, and with software rendering (no GPU, a virtual or
// remote display) each frame takes a core away from the key derivation it waits for (unlock,
// create, passphrase change).
BusyIndicator {
    id: root

    contentItem: Item {
        id: dots

        property int lit: 0

        implicitWidth: 32
        implicitHeight: 32

        Timer {
            interval: 125
            repeat: true
            running: root.running && root.visible
            onTriggered: dots.lit = (dots.lit + 1) % 8
        }
        Repeater {
            model: 8
            Rectangle {
                required property int index
                readonly property real angle: index * Math.PI / 4 - Math.PI / 2
                width: 6
                height: 6
                radius: 3
                color: root.Material.accent
                opacity: index === dots.lit ? 1 : 0.3
                x: dots.width / 2 - 3 + Math.cos(angle) * (dots.width / 2 - 4)
                y: dots.height / 2 - 3 + Math.sin(angle) * (dots.height / 2 - 4)
            }
        }
    }
}
