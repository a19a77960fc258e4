// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// Per-phase figures as a small table: sessions, mood mean (min–max), mean change in session
// (self-rated before→after), mean change of the 7-day mood around sessions, PHQ-9 and GAD-7
// first→last inside the shown range.
ColumnLayout {
    id: root

    property PhaseSummaryModel summaries
    readonly property int count: summaries ? summaries.count : 0

    spacing: 4

    Label {
        text: qsTr("Phases in this range")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        visible: root.count === 0
        text: qsTr("No phases in this range. Phases can be added on the Phases page.")
        opacity: 0.75
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    GridLayout {
        visible: root.count > 0
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
                required property string name
                required property string dates
                required property int sessions
                required property string meanMood
                required property string minMood
                required property string maxMood
                required property string sessionChange
                required property string weekChange
                required property string phq9
                required property string gad7
                model: [
                    row.name + "\n" + row.dates,
                    String(row.sessions),
                    row.meanMood ? qsTr("%1 (%2–%3)").arg(row.meanMood).arg(row.minMood).arg(row.maxMood) : "–",
                    row.sessionChange || "–",
                    row.weekChange || "–",
                    row.phq9 || "–",
                    row.gad7 || "–"
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
        visible: root.count > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 11
        opacity: 0.7
        text: qsTr("In session: mean of mood after minus mood before, as rated at the sessions. Week around: mean of the 7 days after minus the 7 days before each session.")
    }
}
