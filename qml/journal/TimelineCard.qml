// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One entry of the timeline: a session, an integration note or a questionnaire as a card, a mood
// check-in as one compact line (time, mood, figures, the first words of its note) so that two
// check-ins a day do not drown what people come back to read. A run of check-ins of one day
// sits under one day line (the model's dayLine, on the run's first row). Stateless: everything
// comes from the model's roles.
ItemDelegate {
    id: root

    required property int index
    required property string kind
    required property real recordId
    required property string whenText
    required property string title
    required property string excerpt
    required property int mood
    required property int moodBefore
    required property int moodAfter
    required property var chips
    required property string linkedText
    required property int total
    required property string band
    required property bool item9
    required property string accessibleText
    required property string timeText
    required property string dayLine
    required property string figures

    readonly property bool compact: kind === "checkin"

    signal activated(string kind, real recordId)

    width: ListView.view ? ListView.view.width : implicitWidth
    objectName: "timelineCard_" + kind + "_" + recordId
    Accessible.name: accessibleText + ", " + whenText
    Accessible.role: Accessible.ListItem
    onClicked: root.activated(root.kind, root.recordId)
    Keys.onReturnPressed: root.activated(root.kind, root.recordId)
    Keys.onEnterPressed: root.activated(root.kind, root.recordId)

    readonly property string kindText: {
        switch (kind) {
        case "session": return qsTr("Session");
        case "note": return qsTr("Integration note");
        case "checkin": return qsTr("Check-in");
        case "questionnaire": return qsTr("Questionnaire");
        }
        return "";
    }

    background: Rectangle {
        color: root.highlighted || root.hovered ? root.Material.rippleColor : "transparent"
        // A compact line has no frame of its own (KeyboardFocusFrame shows keyboard focus).
        border.width: root.compact ? 0 : 1
        border.color: root.Material.dividerColor
        radius: 6
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        anchors.topMargin: root.compact && root.dayLine.length > 0 ? compactDay.height + 4 : 3
        anchors.bottomMargin: root.compact ? 0 : 3
    }
    leftPadding: 24
    rightPadding: 24
    topPadding: root.compact ? 4 : 12
    bottomPadding: root.compact ? 4 : 12

    contentItem: ColumnLayout {
        spacing: 4

        // The day line above a run of check-ins.
        Label {
            id: compactDay
            objectName: "checkinDayLine"
            visible: root.compact && root.dayLine.length > 0
            text: root.dayLine
            font.pixelSize: 12
            font.capitalization: Font.AllUppercase
            opacity: 0.75
            Layout.fillWidth: true
            Layout.topMargin: 6
            Layout.bottomMargin: 4
            elide: Text.ElideRight
        }
        // The check-in's line.
        RowLayout {
            objectName: "checkinLine"
            visible: root.compact
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: root.timeText
                font.pixelSize: 13
                opacity: 0.75
                Layout.minimumWidth: 48
            }
            Chip {
                visible: root.mood >= 0
                emphasized: true
                text: qsTr("Mood %1/10").arg(root.mood)
            }
            Label {
                visible: root.figures.length > 0
                text: root.figures
                font.pixelSize: 12
                opacity: 0.75
            }
            Label {
                text: root.excerpt
                Layout.fillWidth: true
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }

        RowLayout {
            visible: !root.compact
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: root.kindText
                font.pixelSize: 12
                font.capitalization: Font.AllUppercase
                opacity: 0.75
            }
            Label {
                text: root.whenText
                font.pixelSize: 12
                opacity: 0.75
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Chip {
                visible: root.kind === "questionnaire" && root.item9
                objectName: "item9Marker"
                emphasized: true
                text: qsTr("⚑ Item 9")
                Accessible.name: qsTr("Item 9 answered above zero")
            }
        }

        RowLayout {
            visible: !root.compact
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: root.title
                font.pixelSize: 16
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: root.kind === "session" && (root.moodBefore >= 0 || root.moodAfter >= 0)
                text: qsTr("Mood %1 → %2").arg(root.moodBefore >= 0 ? root.moodBefore : "–").arg(root.moodAfter >= 0 ? root.moodAfter : "–")
            }
            Label {
                visible: root.kind === "questionnaire" && root.total >= 0
                text: qsTr("%1 · %2").arg(root.total).arg(root.band)
                font.bold: true
            }
        }

        Label {
            visible: root.linkedText.length > 0
            text: root.linkedText
            font.pixelSize: 12
            font.italic: true
            opacity: 0.8
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        Label {
            visible: !root.compact && root.excerpt.length > 0
            text: root.excerpt
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Flow {
            visible: root.chips.length > 0
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.chips
                delegate: Chip {
                    required property string modelData
                    text: modelData
                }
            }
        }
    }
}
