// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import KapJournal.App

// PHQ-9 or GAD-7 totals over time on the instrument's severity bands (from Questionnaire.h via
// the model), with the course baseline ringed, PHQ-9 item-9 flags as red squares, and the
// response / remission status in the header. Each point has a hover/keyboard tooltip.
Control {
    id: root

    required property TrendsModel model
    property int kind: TrendsModel.Phq9
    property bool dark: textProbe.color.hslLightness > 0.5
    readonly property int maxTotal: model ? model.maxTotal(kind) : 27
    readonly property list<severityBand> bands: model ? model.severityBands(kind) : []
    readonly property string title: kind === TrendsModel.Phq9 ? qsTr("PHQ-9 (depression)") : qsTr("GAD-7 (anxiety)")
    readonly property alias chartView: chart
    readonly property int pointCount: navigator.scores.length
    readonly property alias pointNavigator: navigator
    // What the chart shows: the model's result as of the last refill (see MoodChart.shown).
    property questionnaireChartFrame shown
    property string dotKey: ""

    // Fills the series and the time axis from the model's result.
    TrendsChartBridge {
        id: chartBridge
        trends: root.model
    }

    function tint(c: color, alpha: real): color {
        return Qt.rgba(c.r, c.g, c.b, alpha);
    }

    function colorOf(key: string): color {
        return chartBridge.color(key, root.dark);
    }

    function xOf(time: real): real {
        const min = root.shown.start;
        const max = root.shown.end;
        if (max <= min)
            return chart.plotArea.x;
        return chart.x + chart.plotArea.x + (time - min) / (max - min) * chart.plotArea.width;
    }

    function yOf(total: real): real {
        return chart.y + chart.plotArea.y + chart.plotArea.height * (1 - total / root.maxTotal);
    }

    // Old points go before the axis moves, the axis moves in one call (see MoodChart.refill).
    function refill(): void {
        root.refillPending = false;
        deferredRefill.stop();
        if (!root.model)
            return;
        for (const series of [line, points, item9, baseline])
            series.clear();
        chartBridge.applyTimeAxis(xAxis, 5);
        root.shown = root.model.questionnaireChartFrame(root.kind);
        const dotColor = root.colorOf(root.kind === TrendsModel.Phq9 ? "phq9" : "gad7");
        if (dotColor + "" !== root.dotKey) {
            chartBridge.setDotMarker(points, dotColor, 8);
            root.dotKey = dotColor + "";
        }
        chartBridge.fillQuestionnaire(root.kind, line, points, item9, baseline);
    }

    // Set when a refill was skipped while hidden (table view, another page): done when shown.
    property bool refillPending: false

    // A frame after the mood chart (MoodChart refills on the next turn of the event loop), so the
    // window gets a moment in between.
    function invalidate(): void {
        if (root.visible)
            deferredRefill.restart();
        else
            root.refillPending = true;
    }

    Component.onCompleted: invalidate()
    onKindChanged: invalidate()
    onDarkChanged: invalidate() // the dots are images in the theme's colour
    onVisibleChanged: {
        if (visible && refillPending)
            refill();
    }

    Timer {
        id: deferredRefill
        interval: 16
        onTriggered: root.refill()
    }

    Connections {
        target: root.model
        function onDataChanged(): void {
            root.invalidate();
        }
    }

    // The style's text colour (Material does not put its dark theme into palette.window) tells
    // whether the background is dark.
    Label {
        id: textProbe
        visible: false
    }

    Accessible.role: Accessible.Chart
    Accessible.name: root.title
    Accessible.description: root.model && root.model.revision >= 0
                            ? root.model.questionnaireStatus(root.kind) + " " + root.model.baselineRule : ""

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.title
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: root.model && root.model.revision >= 0 && root.model.hasData ? root.model.questionnaireStatus(root.kind) : ""
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                font.pixelSize: 12
                opacity: 0.85
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120

            // Severity bands behind the data, labelled at the right edge.
            Repeater {
                model: root.bands
                delegate: Rectangle {
                    id: sev
                    required property severityBand modelData
                    required property int index
                    objectName: "severityBand" + index
                    readonly property real upper: index + 1 < root.bands.length ? root.bands[index + 1].low : root.maxTotal
                    x: chart.x + chart.plotArea.x
                    width: chart.plotArea.width
                    y: root.yOf(upper)
                    height: root.yOf(modelData.low) - y
                    color: root.colorOf(modelData.key)

                    Label {
                        anchors.right: parent.right
                        anchors.rightMargin: 4
                        anchors.verticalCenter: parent.verticalCenter
                        text: sev.modelData.name
                        font.pixelSize: 10
                        opacity: 0.75
                        visible: parent.height > 11
                    }
                }
            }

            ChartView {
                id: chart
                anchors.fill: parent
                antialiasing: true
                backgroundColor: "transparent"
                plotAreaColor: "transparent"
                legend.visible: false
                margins.left: 0
                margins.right: 8
                margins.top: 6
                margins.bottom: 0
                animationOptions: ChartView.NoAnimation

                // Range, format and tick count are set by refill() (applyTimeAxis).
                DateTimeAxis {
                    id: xAxis
                    labelsColor: root.palette.windowText
                    gridLineColor: root.tint(root.palette.windowText, 0.10)
                    color: root.tint(root.palette.windowText, 0.3)
                    labelsFont.pixelSize: 11
                }
                ValueAxis {
                    id: yAxis
                    min: 0
                    max: root.maxTotal
                    tickType: ValueAxis.TicksDynamic
                    tickAnchor: 0
                    tickInterval: 5
                    labelFormat: "%d"
                    labelsColor: root.palette.windowText
                    gridLineColor: root.tint(root.palette.windowText, 0.10)
                    color: root.tint(root.palette.windowText, 0.3)
                    labelsFont.pixelSize: 11
                }
                LineSeries {
                    id: line
                    axisX: xAxis
                    axisY: yAxis
                    color: root.colorOf(root.kind === TrendsModel.Phq9 ? "phq9" : "gad7")
                    width: 2
                }
                // The totals as dots (light markers: one paint, no item per point).
                LineSeries {
                    id: points
                    axisX: xAxis
                    axisY: yAxis
                    style: Qt.NoPen
                    color: root.colorOf(root.kind === TrendsModel.Phq9 ? "phq9" : "gad7")
                }
                ScatterSeries {
                    id: baseline
                    axisX: xAxis
                    axisY: yAxis
                    color: "transparent"
                    borderColor: root.colorOf("baseline")
                    borderWidth: 2
                    markerSize: 16
                }
                ScatterSeries {
                    id: item9
                    axisX: xAxis
                    axisY: yAxis
                    markerShape: ScatterSeries.MarkerShapeRectangle
                    color: root.colorOf("item9")
                    borderColor: root.colorOf("item9")
                    markerSize: 11
                }
            }

            // One focus target for all points (a 10-year journal has 500 per questionnaire):
            // Tab onto the chart, then Left/Right/Home/End step through the scores; the mouse
            // picks the nearest point. The tooltip gives date, total, band and flags.
            Item {
                id: navigator
                objectName: "questionnairePoints"
                readonly property list<scorePoint> scores: root.shown.scores
                property int current: -1
                readonly property bool hasCurrent: current >= 0 && current < scores.length
                x: chart.x + chart.plotArea.x
                y: chart.y + chart.plotArea.y
                width: chart.plotArea.width
                height: chart.plotArea.height
                activeFocusOnTab: scores.length > 0
                Accessible.role: Accessible.StaticText
                Accessible.name: hasCurrent ? scores[current].text : root.title
                Accessible.description: qsTr("Use the left and right arrow keys to go through the scores.")

                onScoresChanged: current = -1
                onActiveFocusChanged: {
                    if (activeFocus && current < 0)
                        current = scores.length - 1;
                }
                Keys.onLeftPressed: current = Math.max(0, current - 1)
                Keys.onRightPressed: current = Math.min(scores.length - 1, current + 1)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Home) {
                        current = 0;
                        event.accepted = true;
                    } else if (event.key === Qt.Key_End) {
                        current = scores.length - 1;
                        event.accepted = true;
                    }
                }

                function nearest(px: real): int {
                    let best = -1;
                    let bestDistance = 12;
                    for (let i = 0; i < scores.length; ++i) {
                        const distance = Math.abs(root.xOf(scores[i].time) - x - px);
                        if (distance < bestDistance) {
                            best = i;
                            bestDistance = distance;
                        }
                    }
                    return best;
                }

                HoverHandler {
                    id: pointHover
                    onPointChanged: {
                        if (hovered)
                            navigator.current = navigator.nearest(point.position.x);
                    }
                }

                Rectangle {
                    visible: navigator.hasCurrent && (navigator.activeFocus || pointHover.hovered)
                    x: navigator.hasCurrent ? root.xOf(navigator.scores[navigator.current].time) - navigator.x - width / 2 : 0
                    y: navigator.hasCurrent ? root.yOf(navigator.scores[navigator.current].total) - navigator.y - height / 2 : 0
                    width: 16
                    height: 16
                    radius: 8
                    color: "transparent"
                    border.color: root.palette.highlight
                    border.width: 2

                    ToolTip.visible: visible
                    ToolTip.delay: navigator.activeFocus ? 0 : 200
                    ToolTip.text: navigator.hasCurrent ? navigator.scores[navigator.current].text : ""
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 16
                visible: root.model !== null && root.pointCount === 0 && !root.model.busy
                text: qsTr("No %1 scores in this range").arg(root.kind === TrendsModel.Phq9 ? qsTr("PHQ-9") : qsTr("GAD-7"))
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.7
            }
        }

        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            RowLayout {
                spacing: 4
                Rectangle {
                    implicitWidth: 12
                    implicitHeight: 12
                    radius: 6
                    color: "transparent"
                    border.color: root.colorOf("baseline")
                    border.width: 2
                }
                Label {
                    text: qsTr("Baseline")
                    font.pixelSize: 11
                }
            }
            RowLayout {
                visible: root.kind === TrendsModel.Phq9
                Layout.fillWidth: true
                spacing: 4
                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    color: root.colorOf("item9")
                }
                // Wraps rather than widening the chart (longer translations pushed the PHQ-9
                // chart over the GAD-7 one beside it).
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Item 9 above 0 (thoughts of self-harm)")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 11
                }
            }
            Item {
                visible: root.kind !== TrendsModel.Phq9
                Layout.fillWidth: true
            }
        }
    }
}
