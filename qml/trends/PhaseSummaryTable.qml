// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Per-phase figures as a small table: sessions, mood mean (min–max), mean change in session
// (self-rated before→after), mean change of the 7-day mood around sessions, PHQ-9 and GAD-7
// first→last inside the shown range.
ColumnLayout {
    id: root

    property var summaries: []

    spacing: 4

    Label {
        text: qsTr("Phases in this range")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        visible: root.summaries.length === 0
        text: qsTr("No phases in this range. Phases can be added on the Phases page.")
        opacity: 0.75
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    GridLayout {
        visible: root.summaries.length > 0
        Layout.fillWidth: true
        columns: 7
        columnSpacing: 14
        rowSpacing: 3

        Repeater {
            model: [qsTr("Phase"), qsTr("Sessions"), qsTr("Mood mean (min–max)"), qsTr("In session"), qsTr("Week around"), qsTr("PHQ-9"), qsTr("GAD-7")]
            delegate: Label {
                required property string modelData
                text: modelData
                font.pixelSize: 12
                font.bold: true
                opacity: 0.8
            }
        }
        Repeater {
            model: root.summaries
            delegate: Repeater {
                id: row
                required property var modelData
                model: [
                    row.modelData.name + "\n" + row.modelData.dates,
                    String(row.modelData.sessions),
                    row.modelData.meanMood ? qsTr("%1 (%2–%3)").arg(row.modelData.meanMood).arg(row.modelData.minMood).arg(row.modelData.maxMood) : "–",
                    row.modelData.sessionChange || "–",
                    row.modelData.weekChange || "–",
                    row.modelData.phq9 || "–",
                    row.modelData.gad7 || "–"
                ]
                delegate: Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.pixelSize: 13
                    Layout.fillWidth: index === 0
                    elide: Text.ElideRight
                    Accessible.name: text
                }
            }
        }
    }
    Label {
        visible: root.summaries.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 11
        opacity: 0.7
        text: qsTr("In session: mean of mood after minus mood before, as rated at the sessions. Week around: mean of the 7 days after minus the 7 days before each session.")
    }
}
