// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// How long each session seemed to help, with the rule written next to the figures so nobody
// mistakes them for a clinical measure, and the trend across maintenance sessions.
ColumnLayout {
    id: root

    // Newest first.
    property SessionEffectModel effects
    property string rule
    property string trend
    // The latest sessions matter most when spacing the next one; the rest on request (a 10-year
    // journal has 150, and building them all at every range switch stalls the window).
    property int collapsedRows: 12
    property bool showAll: false
    readonly property int totalCount: effects ? effects.totalCount : 0
    readonly property int shownCount: effects ? effects.count : 0

    Binding {
        target: root.effects
        when: root.effects !== null
        property: "limit"
        value: root.showAll ? -1 : root.collapsedRows
    }

    signal sessionActivated(var sessionId)

    spacing: 4

    Label {
        text: qsTr("Session effect")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        objectName: "effectRule"
        Layout.fillWidth: true
        text: root.rule
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        font.italic: true
        opacity: 0.8
    }
    Label {
        objectName: "maintenanceTrend"
        Layout.fillWidth: true
        text: root.trend
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        visible: root.totalCount > 0
    }
    Label {
        visible: root.totalCount === 0
        text: qsTr("No sessions in this range.")
        opacity: 0.75
    }

    GridLayout {
        visible: root.totalCount > 0
        Layout.fillWidth: true
        columns: 6
        columnSpacing: 14
        rowSpacing: 2

        Repeater {
            model: [qsTr("Session"), qsTr("Phase"), qsTr("3 days before"), qsTr("7 days before"), qsTr("7 days after"), qsTr("Effect")]
            delegate: Label {
                required property string modelData
                text: modelData
                font.pixelSize: 12
                font.bold: true
                opacity: 0.8
            }
        }
        Repeater {
            model: root.effects
            delegate: Repeater {
                id: row
                required property double sessionId
                required property string dateText
                required property string phase
                required property string trough
                required property string before
                required property string after
                required property string effect
                required property int outcome
                model: [row.dateText, row.phase || "–", row.trough || "–", row.before || "–", row.after || "–", row.effect]
                delegate: Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.pixelSize: 13
                    Layout.fillWidth: index === 5
                    Layout.preferredWidth: index === 5 ? 200 : -1
                    wrapMode: index === 5 ? Text.WordWrap : Text.NoWrap
                    opacity: row.outcome === 0 ? 0.7 : 1.0
                    Accessible.name: text
                    TapHandler {
                        enabled: parent.index === 0
                        onTapped: root.sessionActivated(row.sessionId)
                    }
                }
            }
        }
    }
    Button {
        objectName: "effectShowAll"
        visible: root.totalCount > root.collapsedRows
        flat: true
        text: root.showAll ? qsTr("Show the latest %1 only").arg(root.collapsedRows) : qsTr("Show all %n sessions", "", root.totalCount)
        Accessible.name: text
        onClicked: root.showAll = !root.showAll
    }
}
