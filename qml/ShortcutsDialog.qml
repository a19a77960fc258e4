// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Help > Keyboard shortcuts.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, (parent ? parent.width : 460) - 48)
    modal: true
    title: qsTr("Keyboard shortcuts")
    standardButtons: Dialog.Close

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 24
        rowSpacing: 6

        Repeater {
            model: [
                ["Ctrl+M", qsTr("New mood check-in")],
                ["Ctrl+Shift+S", qsTr("New session")],
                ["Ctrl+N", qsTr("New integration note")],
                ["Ctrl+F", qsTr("Search")],
                ["Ctrl+1", qsTr("Journal")],
                ["Ctrl+2", qsTr("Trends")],
                ["Ctrl+3", qsTr("Phases")],
                ["Ctrl+,", qsTr("Settings")],
                ["Ctrl+L", qsTr("Lock the journal")],
                ["Ctrl+Q", qsTr("Lock and quit")]
            ]
            delegate: RowLayout {
                id: line
                required property var modelData
                Layout.columnSpan: 2
                // The keys in the desktop's words ("Strg+M" in German), as the menus show them;
                // disabled, so it does not take the key from the real shortcut.
                Shortcut {
                    id: keys
                    sequence: line.modelData[0]
                    enabled: false
                }
                Label {
                    Layout.preferredWidth: 130
                    text: keys.nativeText
                    font.family: "monospace"
                }
                Label {
                    Layout.fillWidth: true
                    text: line.modelData[1]
                }
            }
        }
    }
}
