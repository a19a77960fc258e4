// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import QtCharts
import KapJournal.App

// Daily mood over time: points for each day, the 7-day rolling average as a line that breaks at
// gaps (one LineSeries per gap-free segment, filled from C++), optional anxiety / energy / sleep
// averages toggled from the legend, phases as shaded labelled bands behind the data, and session
// markers (hover or focus for date, route, dose and mood before→after; click or Enter emits
// sessionActivated). Qt Charts is used only inside this file and QuestionnaireChart.qml, so a move
// to Qt Graphs touches only them. A little over 500 lines for that reason: the chart, its
// overlays and their keyboard navigation stay together, the numbers come from TrendsModel.
Control {
    id: root

    required property TrendsModel model
    property bool dark: textProbe.color.hslLightness > 0.5
    property bool showPoints: true
    property bool showAverage: true
    property bool showAnxiety: false
    property bool showEnergy: false
    property bool showSleep: false
    // Series created for the current data, per measure (several segments each).
    property var segmentSeries: ({})
    readonly property alias chartView: chart
    readonly property int sessionCount: markerNavigator.markers.length
    readonly property alias sessionMarkers: markerNavigator
    readonly property alias markerToolTip: markerTip
    // The marker under the mouse pointer (index), or -1.
    property int hoveredMarker: -1

    signal sessionActivated(int sessionId)

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

    // What the chart shows: the model's result as of the last refill. Overlays (bands, session
    // markers) follow this, not the model, so they move in the same frame as the series, and each
    // binding re-evaluates once per result (one assignment) instead of once per model property.
    property moodChartFrame shown
    // The dot image in use ("colour/diameter"): remade only when that changes.
    property string dotKey: ""

    // Maps a time (ms since the epoch) to an x position inside this item.
    function xOf(time: real): real {
        const min = root.shown.start;
        const max = root.shown.end;
        if (max <= min)
            return chart.plotArea.x;
        return chart.x + chart.plotArea.x + (time - min) / (max - min) * chart.plotArea.width;
    }

    // The session marker within 7 px of x (in the chart area's coordinates), or -1.
    function markerAt(x: real): int {
        const markers = root.shown.markers;
        let best = -1;
        let bestDistance = 7.5;
        for (let i = 0; i < markers.length; ++i) {
            const distance = Math.abs(root.xOf(markers[i].time) - x);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Shows the model's current result. The order matters for speed: the old series go before
    // the axis moves (Qt Charts would lay every old point out against the new range), and the
    // axis moves in one call before the new points arrive.
    function refill(): void {
        root.refillPending = false;
        deferredRefill.stop();
        if (!root.model)
            return;
        points.clear();
        for (const key in root.segmentSeries) {
            for (const series of root.segmentSeries[key])
                chart.removeSeries(series);
        }
        root.segmentSeries = {};
        chartBridge.applyTimeAxis(xAxis, 0);
        root.shown = root.model.moodChartFrame();
        const dotColor = root.tint(root.colorOf("mood"), 0.75);
        const diameter = root.model.granularity === TrendsModel.Months ? 4 : root.model.granularity === TrendsModel.Weeks ? 6 : 8;
        const key = dotColor + "/" + diameter;
        if (key !== root.dotKey) {
            chartBridge.setDotMarker(points, dotColor, diameter);
            root.dotKey = key;
        }
        chartBridge.fillMoodPoints(points);
        const created = {};
        for (const m of root.measures) {
            if (root[m.prop])
                created[m.key] = root.createSegments(m);
        }
        root.segmentSeries = created;
    }

    readonly property var measures: [
        { measure: TrendsChartBridge.Mood, key: "average", width: 3, prop: "showAverage" },
        { measure: TrendsChartBridge.Anxiety, key: "anxiety", width: 1.5, prop: "showAnxiety" },
        { measure: TrendsChartBridge.Energy, key: "energy", width: 1.5, prop: "showEnergy" },
        { measure: TrendsChartBridge.Sleep, key: "sleep", width: 1.5, prop: "showSleep" }
    ]

    // One series per gap-free segment: a line never crosses a gap. The loop runs over segments,
    // never over points. Only shown measures get series (sparse anxiety/energy/sleep data can
    // have hundreds of segments over 10 years, and each series costs Qt Charts a relayout).
    function createSegments(m: var): var {
        const list = [];
        const count = chartBridge.segmentCount(m.measure);
        for (let i = 0; i < count; ++i) {
            const series = chart.createSeries(ChartView.SeriesTypeLine, m.key + i, xAxis, yAxis);
            series.color = root.colorOf(m.key);
            series.width = m.width;
            series.capStyle = Qt.RoundCap;
            chartBridge.fillSegment(series, m.measure, i);
            list.push(series);
        }
        return list;
    }

    function setMeasureVisible(key: string, shown: bool): void {
        const existing = root.segmentSeries[key];
        if (shown && existing === undefined) {
            const m = root.measures.find(entry => entry.key === key);
            const all = root.segmentSeries;
            all[key] = root.createSegments(m);
            root.segmentSeries = all;
            return;
        }
        for (const series of existing || [])
            series.visible = shown;
    }

    onShowAverageChanged: setMeasureVisible("average", showAverage)
    onShowAnxietyChanged: setMeasureVisible("anxiety", showAnxiety)
    onShowEnergyChanged: setMeasureVisible("energy", showEnergy)
    onShowSleepChanged: setMeasureVisible("sleep", showSleep)
    // Set when a refill was skipped while hidden (table view, another page): done when shown.
    property bool refillPending: false

    function invalidate(): void {
        if (root.visible)
            deferredRefill.restart();
        else
            root.refillPending = true;
    }

    // A timer, not Qt.callLater: a queued call runs in the same batch of posted events as the
    // result that triggered it, so the window got no frame in between.
    Timer {
        id: deferredRefill
        interval: 0
        onTriggered: root.refill()
    }

    onDarkChanged: invalidate()
    onVisibleChanged: {
        if (visible && refillPending)
            refill();
    }
    Component.onCompleted: invalidate()

    Connections {
        target: root.model
        // Refilled on the next turn of the event loop, and the questionnaire charts a frame
        // later: the window gets to breathe between the three.
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
    Accessible.name: qsTr("Mood chart")
    Accessible.description: root.model ? root.model.summaryText : ""

    contentItem: ColumnLayout {
        spacing: 4

        // The legend doubles as the switch for each line; keyboard: Tab to a box, Space toggles.
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Repeater {
                model: [
                    { key: "mood", label: qsTr("Daily mood"), prop: "showPoints" },
                    { key: "average", label: qsTr("7-day average"), prop: "showAverage" },
                    { key: "anxiety", label: qsTr("Anxiety"), prop: "showAnxiety" },
                    { key: "energy", label: qsTr("Energy"), prop: "showEnergy" },
                    { key: "sleep", label: qsTr("Sleep"), prop: "showSleep" }
                ]
                delegate: CheckBox {
                    id: toggle
                    required property var modelData
                    objectName: "legend_" + modelData.key
                    text: modelData.label
                    checked: root[modelData.prop]
                    onToggled: root[modelData.prop] = checked
                    topPadding: 0
                    bottomPadding: 0
                    Accessible.name: qsTr("Show %1").arg(modelData.label)
                    contentItem: RowLayout {
                        spacing: 4
                        Rectangle {
                            Layout.leftMargin: toggle.indicator.width + toggle.spacing
                            implicitWidth: 14
                            implicitHeight: toggle.modelData.key === "mood" ? 8 : 3
                            radius: toggle.modelData.key === "mood" ? 4 : 1
                            color: root.colorOf(toggle.modelData.key)
                        }
                        Label {
                            text: toggle.text
                            font.pixelSize: 13
                        }
                    }
                }
            }
            Repeater {
                model: root.model ? root.model.phaseLegend : []
                delegate: RowLayout {
                    id: swatch
                    required property legendItem modelData
                    spacing: 4
                    height: 30
                    Rectangle {
                        implicitWidth: 14
                        implicitHeight: 14
                        color: root.colorOf(swatch.modelData.key)
                        border.color: root.tint(root.palette.windowText, 0.3)
                    }
                    Label {
                        text: swatch.modelData.label
                        font.pixelSize: 13
                    }
                }
            }
            RowLayout {
                spacing: 4
                height: 30
                Label {
                    text: "▼"
                    color: root.colorOf("session")
                    font.pixelSize: 12
                }
                Label {
                    text: qsTr("Session")
                    font.pixelSize: 13
                }
            }
        }

        Item {
            id: chartArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160

            // Phase bands behind the data (the chart's own background is transparent).
            Repeater {
                model: root.shown.bands
                delegate: Rectangle {
                    id: band
                    required property phaseBand modelData
                    required property int index
                    objectName: "phaseBand" + index
                    readonly property real laneHeight: chart.plotArea.height / root.shown.lanes
                    x: root.xOf(modelData.start)
                    width: Math.max(1, root.xOf(modelData.end) - x)
                    y: chart.y + chart.plotArea.y + laneHeight * modelData.lane
                    height: laneHeight
                    color: root.colorOf(modelData.kind)

                    Label {
                        anchors.left: parent.left
                        anchors.bottom: parent.bottom
                        anchors.margins: 3
                        width: parent.width - 6
                        text: band.modelData.name
                        elide: Text.ElideRight
                        visible: band.width > 40
                        font.pixelSize: 11
                        opacity: 0.8
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
                margins.top: 14
                margins.bottom: 0
                animationOptions: ChartView.NoAnimation

                // Range, format and tick count are set by refill() (applyTimeAxis).
                DateTimeAxis {
                    id: xAxis
                    labelsColor: root.palette.windowText
                    gridLineColor: root.tint(root.palette.windowText, 0.12)
                    color: root.tint(root.palette.windowText, 0.3)
                    labelsFont.pixelSize: 11
                }
                ValueAxis {
                    id: yAxis
                    min: 0
                    max: 10
                    tickCount: 6
                    labelFormat: "%d"
                    labelsColor: root.palette.windowText
                    gridLineColor: root.tint(root.palette.windowText, 0.12)
                    color: root.tint(root.palette.windowText, 0.3)
                    labelsFont.pixelSize: 11
                }
                // The daily points: dots only (no line), drawn as light markers (see setDotMarker).
                LineSeries {
                    id: points
                    name: qsTr("Daily mood")
                    axisX: xAxis
                    axisY: yAxis
                    visible: root.showPoints
                    style: Qt.NoPen
                    color: root.tint(root.colorOf("mood"), 0.75)
                }
            }

            // Session markers over the chart: a thin dashed line through the plot and a triangle
            // above it, all drawn by one Shape (a 10-year journal has 150 sessions, and items per
            // marker stalled every range switch). One focus target steps through them: Tab onto
            // it, Left/Right/Home/End choose a session, Enter or Space opens it; the mouse picks
            // the marker nearest the pointer.
            Shape {
                id: markerShape
                anchors.fill: parent
                readonly property real plotTop: chart.y + chart.plotArea.y
                readonly property real plotBottom: plotTop + chart.plotArea.height
                readonly property var xs: {
                    const list = [];
                    for (const m of root.shown.markers)
                        list.push(root.xOf(m.time));
                    return list;
                }
                ShapePath {
                    strokeColor: root.tint(root.colorOf("session"), 0.45)
                    strokeWidth: 1
                    fillColor: "transparent"
                    PathMultiline {
                        paths: markerShape.xs.map(x => [Qt.point(x, markerShape.plotTop - 2), Qt.point(x, markerShape.plotBottom)])
                    }
                }
                ShapePath {
                    strokeColor: "transparent"
                    fillColor: root.colorOf("session")
                    PathMultiline {
                        paths: markerShape.xs.map(x => [Qt.point(x - 5, markerShape.plotTop - 12), Qt.point(x + 5, markerShape.plotTop - 12), Qt.point(x, markerShape.plotTop - 3), Qt.point(x - 5, markerShape.plotTop - 12)])
                    }
                }
            }

            Item {
                id: markerNavigator
                objectName: "sessionMarkers"
                readonly property list<sessionMarker> markers: root.shown.markers
                property int current: -1
                readonly property bool hasCurrent: current >= 0 && current < markers.length
                // The marker shown: the hovered one, else the keyboard's.
                readonly property int shown: root.hoveredMarker >= 0 ? root.hoveredMarker : (activeFocus ? current : -1)
                x: markerShape.x
                y: markerShape.plotTop - 14
                width: markerShape.width
                height: chart.plotArea.height + 14
                activeFocusOnTab: markers.length > 0
                Accessible.role: Accessible.Button
                Accessible.name: hasCurrent ? markers[current].text : qsTr("Sessions")
                Accessible.description: qsTr("Use the left and right arrow keys to choose a session, Enter to open it.")
                Accessible.onPressAction: activate()

                function activate(): void {
                    if (hasCurrent)
                        root.sessionActivated(markers[current].id);
                }
                onMarkersChanged: current = -1
                onActiveFocusChanged: {
                    if (activeFocus && current < 0)
                        current = markers.length - 1;
                }
                Keys.onLeftPressed: current = Math.max(0, current - 1)
                Keys.onRightPressed: current = Math.min(markers.length - 1, current + 1)
                Keys.onReturnPressed: activate()
                Keys.onEnterPressed: activate()
                Keys.onSpacePressed: activate()
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Home) {
                        current = 0;
                        event.accepted = true;
                    } else if (event.key === Qt.Key_End) {
                        current = markers.length - 1;
                        event.accepted = true;
                    }
                }
                onShownChanged: {
                    if (shown >= 0)
                        markerTip.show(markers[shown].text, markerShape.xs[shown], root.hoveredMarker < 0);
                    else
                        markerTip.close();
                }

                // The shown marker, drawn stronger, with the focus ring when it has the keyboard.
                Item {
                    visible: markerNavigator.shown >= 0
                    x: (markerNavigator.shown >= 0 ? markerShape.xs[markerNavigator.shown] : 0) - width / 2
                    width: 18
                    height: parent.height
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 12
                        width: 2
                        height: parent.height - 12
                        color: root.tint(root.colorOf("session"), 0.9)
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: -3
                        text: "▼"
                        color: root.colorOf("session")
                        font.pixelSize: 15
                    }
                    Rectangle {
                        visible: markerNavigator.activeFocus && root.hoveredMarker < 0
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: -4
                        width: 18
                        height: 18
                        radius: 3
                        color: "transparent"
                        border.color: root.palette.highlight
                        border.width: 2
                    }
                }
            }

            // Hover and click: the marker within 7 px of the pointer.
            // A MouseArea (not handlers) because the ChartView underneath accepts the presses.
            MouseArea {
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.LeftButton
                cursorShape: root.hoveredMarker >= 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                onPositionChanged: mouse => root.hoveredMarker = root.markerAt(mouse.x)
                onExited: root.hoveredMarker = -1
                onClicked: mouse => {
                    const index = root.markerAt(mouse.x);
                    if (index >= 0) {
                        markerNavigator.current = index;
                        root.sessionActivated(markerNavigator.markers[index].id);
                    }
                }
            }

            ToolTip {
                id: markerTip
                // Hovering waits a moment; keyboard focus shows it at once.
                function show(tipText: string, atX: real, immediately: bool): void {
                    text = tipText;
                    delay = immediately ? 0 : 200;
                    x = Math.max(0, Math.min(chartArea.width - implicitWidth, atX - implicitWidth / 2));
                    y = markerShape.plotTop - 14 - implicitHeight - 4;
                    open();
                }
                parent: chartArea
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 16
                visible: root.model !== null && !root.model.hasMood && !root.model.busy
                text: qsTr("No mood check-ins in this range")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.7
            }
        }
    }
}
