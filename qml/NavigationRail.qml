// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The left navigation: the pages, quick "new entry" actions, and the lock button at the bottom.
Pane {
    id: root

    property int currentIndex: 0
    property var titles: []

    signal activated(int index)
    signal newEntryRequested(string kind)

    padding: 8
    Material.background: Material.theme === Material.Dark ? "#1b2226" : "#f2f6f6"
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        // The entries scroll when the window is too short for them (or a translation makes them
        // wrap); the auto-lock note and the lock button below stay in view.
        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: entries.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: entries
                width: scroller.width
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.topMargin: 4
                    Layout.bottomMargin: 4
                    text: qsTr("New")
                    font.pixelSize: 12
                    font.capitalization: Font.AllUppercase
                    opacity: 0.6
                }
                Repeater {
                    model: [
                        { kind: "checkin", text: qsTr("Mood check-in"), keys: "Ctrl+M" },
                        { kind: "session", text: qsTr("Session"), keys: "Ctrl+Shift+S" },
                        { kind: "note", text: qsTr("Integration note"), keys: "Ctrl+N" }
                    ]
                    delegate: ItemDelegate {
                        id: newEntry
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                        objectName: "railNew_" + modelData.kind
                        text: "+  " + modelData.text
                        font.pixelSize: 14
                        // Wraps instead of eliding: a longer translation takes a second line.
                        contentItem: Label {
                            text: newEntry.text
                            font: newEntry.font
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        Accessible.name: qsTr("New %1").arg(modelData.text)
                        Accessible.description: modelData.keys
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: modelData.keys
                        onClicked: root.newEntryRequested(modelData.kind)
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    Layout.bottomMargin: 8
                    Layout.preferredHeight: 1
                    color: root.Material.dividerColor
                }

                Repeater {
                    model: root.titles
                    delegate: ItemDelegate {
                        id: entry
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        implicitHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                        objectName: "nav_" + index
                        text: modelData
                        font.pixelSize: 15
                        font.weight: checked ? Font.DemiBold : Font.Normal
                        contentItem: Label {
                            text: entry.text
                            font: entry.font
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        checkable: true
                        checked: root.currentIndex === index
                        highlighted: checked
                        Accessible.role: Accessible.PageTab
                        Accessible.name: modelData
                        onClicked: root.activated(index)

                        Rectangle {
                            visible: entry.checked
                            width: 3
                            height: parent.height - 16
                            radius: 1.5
                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            color: entry.Material.accent
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 8
            visible: AppSettings.autoLockMinutes > 0
            text: AppSettings.autoLockMinutes === 1 ? qsTr("Locks itself after 1 minute without use.") : qsTr("Locks itself after %1 minutes without use.").arg(AppSettings.autoLockMinutes)
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            opacity: 0.6
        }
        Button {
            Layout.fillWidth: true
            objectName: "railLock"
            text: qsTr("Lock journal")
            flat: true
            Accessible.name: qsTr("Lock the journal")
            onClicked: JournalController.lock()
        }
    }
}
