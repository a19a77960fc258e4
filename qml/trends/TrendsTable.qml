// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The chart data as a table (newest day first), the accessible alternative to the charts. Each
// row reads as one sentence to screen readers.
Frame {
    id: root

    property alias model: list.model

    objectName: "trendsTable"
    readonly property var columns: [
        { role: "date", title: qsTr("Day"), width: 3 },
        { role: "mood", title: qsTr("Mood"), width: 1 },
        { role: "average", title: qsTr("7-day avg."), width: 1 },
        { role: "anxiety", title: qsTr("Anxiety"), width: 1 },
        { role: "energy", title: qsTr("Energy"), width: 1 },
        { role: "sleep", title: qsTr("Sleep"), width: 1 },
        { role: "session", title: qsTr("Session"), width: 3 },
        { role: "phase", title: qsTr("Phase"), width: 2 }
    ]
    readonly property real unit: list.width / 13

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The column titles sit above the list rather than in its header: a header component
        // cannot be bound to this file on Qt 6.4 ("Component is not ready"), and unbound it could
        // not name this file's ids.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 30
            color: root.palette.window
            Row {
                anchors.fill: parent
                anchors.leftMargin: 6
                Repeater {
                    model: root.columns
                    delegate: Label {
                        required property var modelData
                        width: root.unit * modelData.width
                        height: 30
                        verticalAlignment: Text.AlignVCenter
                        text: modelData.title
                        font.bold: true
                        font.pixelSize: 12
                        elide: Text.ElideRight
                    }
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightFollowsCurrentItem: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Mood by day")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: rowDelegate
                required property int index
                required property string date
                required property string mood
                required property string average
                required property string anxiety
                required property string energy
                required property string sleep
                required property string session
                required property string phase
                required property string accessibleText
                width: list.width
                height: 28
                padding: 0
                leftPadding: 6
                highlighted: ListView.isCurrentItem
                Accessible.name: accessibleText
                onClicked: list.currentIndex = index
                contentItem: Row {
                    Repeater {
                        model: root.columns
                        delegate: Label {
                            required property var modelData
                            width: root.unit * modelData.width
                            height: 28
                            verticalAlignment: Text.AlignVCenter
                            text: rowDelegate[modelData.role]
                            font.pixelSize: 12
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
