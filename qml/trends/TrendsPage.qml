// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
// The module itself, for JournalTextField: a file in a subfolder sees only its own folder.
import KapJournal
import KapJournal.App

// The Trends page: range selector, mood chart with phases and sessions, PHQ-9 / GAD-7 charts,
// per-phase summary, session effect with its rule, a text summary for screen readers and a
// table view of the same data. Self-contained: give it the journal controller,
//     TrendsPage { controller: JournalController }
// and connect openEntry("session", id) to open a session when its marker is clicked.
Page {
    id: root

    property JournalController controller: null
    readonly property alias trends: trendsModel
    property bool tableView: false
    // The charts show the model's latest result (they refill a turn or a frame after it lands).
    readonly property bool presented: !trendsModel.busy && (root.tableView || (moodChart.shown.revision === trendsModel.revision && phq9Chart.shown.revision === trendsModel.revision && gad7Chart.shown.revision === trendsModel.revision))

    signal openEntry(string kind, real recordId)

    title: qsTr("Trends")
    padding: 12
    // Fixed, not taken from the ScrollView: its implicit width follows its own width, a binding loop.
    contentWidth: 640
    contentHeight: 420

    // Only the first time the page is shown does the controller load; afterwards a fresh look
    // (the person may have logged something) reloads.
    onVisibleChanged: {
        if (visible && trendsModel.controller)
            trendsModel.reload();
    }

    TrendsModel {
        id: trendsModel
        controller: root.controller
        // The bar's index is set by clicks too, so it follows the model here, not by a binding.
        onRangeChanged: rangeBar.currentIndex = root.rangeIndex(range)
    }

    readonly property var ranges: [
        { range: TrendsModel.FourWeeks, label: qsTr("4 weeks") },
        { range: TrendsModel.TwelveWeeks, label: qsTr("12 weeks") },
        { range: TrendsModel.SixMonths, label: qsTr("6 months") },
        { range: TrendsModel.OneYear, label: qsTr("1 year") },
        { range: TrendsModel.All, label: qsTr("All") },
        { range: TrendsModel.ThisPhase, label: qsTr("This phase") },
        { range: TrendsModel.Custom, label: qsTr("Custom") }
    ]

    function selectRange(index: int): void {
        const i = Math.max(0, Math.min(root.ranges.length - 1, index));
        trendsModel.range = root.ranges[i].range;
        rangeRepeater.itemAt(i).forceActiveFocus();
    }

    function rangeIndex(range: int): int {
        for (let i = 0; i < root.ranges.length; ++i) {
            if (root.ranges[i].range === range)
                return i;
        }
        return 0;
    }

    function parseDay(text: string): date {
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
        if (!m)
            return new Date(NaN);
        return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    }

    header: Pane {
        padding: 6
        background: Item {}
        contentItem: ColumnLayout {
            spacing: 4
            RowLayout {
                spacing: 8
                Layout.fillWidth: true

                // Arrow keys move between the ranges (TabBar); Tab leaves the bar.
                TabBar {
                    id: rangeBar
                    Layout.fillWidth: true
                    // Longer translations make the seven ranges wider than the bar: they scroll
                    // (the current one is kept in view) instead of running under the Table switch.
                    clip: true
                    currentIndex: root.rangeIndex(trendsModel.range)
                    Accessible.name: qsTr("Range")
                    Repeater {
                        id: rangeRepeater
                        model: root.ranges
                        delegate: TabButton {
                            required property var modelData
                            required property int index
                            objectName: "range_" + index
                            text: modelData.label
                            width: implicitWidth
                            focusPolicy: Qt.StrongFocus
                            leftPadding: 10
                            rightPadding: 10
                            Accessible.name: qsTr("Show %1").arg(modelData.label)
                            onClicked: trendsModel.range = modelData.range
                            Keys.onLeftPressed: root.selectRange(index - 1)
                            Keys.onRightPressed: root.selectRange(index + 1)
                        }
                    }
                }
                BusyIndicator {
                    running: trendsModel.busy
                    visible: running
                    implicitWidth: 28
                    implicitHeight: 28
                }
                Switch {
                    id: tableSwitch
                    objectName: "tableSwitch"
                    text: qsTr("Table")
                    checked: root.tableView
                    onToggled: root.tableView = checked
                    Accessible.name: qsTr("Show the data as a table")
                }
            }
            RowLayout {
                visible: trendsModel.range === TrendsModel.Custom
                spacing: 16
                // Typed (applied on Enter or leaving the field) or picked in the calendar; a day
                // that does not exist is named under its field and not applied, an empty one
                // leaves that end open as before.
                DateField {
                    id: fromField
                    objectName: "customFrom"
                    Layout.preferredWidth: 260
                    label: qsTr("First day of the custom range")
                    placeholder: qsTr("YYYY-MM-DD")
                    error: fromField.formatProblem
                    onEdited: text => fromField.text = text
                    onCommitted: text => {
                        if (text.length === 0 || fromField.isDay(text))
                            trendsModel.customFirst = root.parseDay(text);
                    }
                }
                DateField {
                    id: toField
                    objectName: "customTo"
                    Layout.preferredWidth: 260
                    label: qsTr("Last day of the custom range")
                    placeholder: qsTr("YYYY-MM-DD")
                    error: toField.formatProblem
                    onEdited: text => toField.text = text
                    onCommitted: text => {
                        if (text.length === 0 || toField.isDay(text))
                            trendsModel.customLast = root.parseDay(text);
                    }
                }
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            Label {
                objectName: "summary"
                Layout.fillWidth: true
                text: trendsModel.summaryText
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                opacity: 0.9
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: trendsModel.errorMessage.length > 0
                text: trendsModel.errorMessage
                color: root.palette.brightText
                wrapMode: Text.WordWrap
            }

            // Charts, or the same data as a table.
            MoodChart {
                id: moodChart
                objectName: "moodChart"
                visible: !root.tableView
                model: trendsModel
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(260, Math.min(380, root.height * 0.5))
                onSessionActivated: sessionId => root.openEntry("session", sessionId)
            }

            RowLayout {
                visible: !root.tableView
                Layout.fillWidth: true
                spacing: 12
                QuestionnaireChart {
                    id: phq9Chart
                    objectName: "phq9Chart"
                    model: trendsModel
                    Layout.minimumWidth: 0
                    kind: TrendsModel.Phq9
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 270
                }
                QuestionnaireChart {
                    id: gad7Chart
                    objectName: "gad7Chart"
                    model: trendsModel
                    Layout.minimumWidth: 0
                    kind: TrendsModel.Gad7
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 270
                }
            }
            // The rule next to the figures, so "baseline" and "response" mean one thing everywhere.
            Label {
                objectName: "baselineRule"
                visible: !root.tableView
                Layout.fillWidth: true
                text: trendsModel.baselineRule
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                font.italic: true
                opacity: 0.8
            }

            // Made only while shown: a hidden ListView still rebuilds its rows at every range switch.
            // (A file, not an inline component: Qt 6.4 refuses to create a bound inline component
            // from here, "outside its creation context".)
            Loader {
                id: tableLoader
                objectName: "trendsTableLoader"
                active: root.tableView
                visible: active
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(300, root.height - 140)
                source: "TrendsTable.qml"
            }
            Binding {
                target: tableLoader.item
                when: tableLoader.item !== null
                property: "model"
                value: trendsModel.table
            }

            PhaseSummaryTable {
                Layout.fillWidth: true
                Layout.topMargin: 8
                summaries: trendsModel.phaseSummaries
            }

            SessionEffectTable {
                Layout.fillWidth: true
                Layout.topMargin: 8
                effects: trendsModel.sessionEffects
                rule: trendsModel.sessionEffectRule
                trend: trendsModel.maintenanceTrendText
                onSessionActivated: sessionId => root.openEntry("session", sessionId)
            }
        }
    }
}
