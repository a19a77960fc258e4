pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import KapJournal.App

// Daily mood over time: points for each day, the 7-day rolling average as a line that breaks at
// gaps (one LineSeries per gap-free segment, filled from C++), optional anxiety / energy / sleep
// averages toggled from the legend, phases as shaded labelled bands behind the data, and session
// markers (hover or focus for date, route, dose and mood before→after; click or Enter emits
// sessionActivated). Qt Charts is used only inside this file and QuestionnaireChart.qml, so a move
// to Qt Graphs touches only them.
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
    readonly property int sessionCount: markerRepeater.count
    readonly property alias markerToolTip: markerTip
    // The marker under the mouse pointer (index), or -1.
    property int hoveredMarker: -1

    signal sessionActivated(int sessionId)

    function tint(c: color, alpha: real): color {
        return Qt.rgba(c.r, c.g, c.b, alpha);
    }

    function colorOf(key: string): color {
        return root.model ? root.model.color(key, root.dark) : "transparent";
    }

    // Maps a time (ms since the epoch) to an x position inside this item.
    function xOf(time: real): real {
        const min = xAxis.min.getTime();
        const max = xAxis.max.getTime();
        if (max <= min)
            return chart.plotArea.x;
        return chart.x + chart.plotArea.x + (time - min) / (max - min) * chart.plotArea.width;
    }

    // The session marker within 7 px of x (in the chart area's coordinates), or -1.
    function markerAt(x: real): int {
        const markers = root.model ? root.model.sessionMarkers : [];
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

    function refill(): void {
        root.model.setDotMarker(points, root.tint(root.colorOf("mood"), 0.75), root.model.granularity === TrendsModel.Months ? 4 : root.model.granularity === TrendsModel.Weeks ? 6 : 8);
        root.model.fillMoodPoints(points);
        for (const key in root.segmentSeries) {
            for (const series of root.segmentSeries[key])
                chart.removeSeries(series);
        }
        const created = {};
        for (const m of root.measures) {
            if (root[m.prop])
                created[m.key] = root.createSegments(m);
        }
        root.segmentSeries = created;
    }

    readonly property var measures: [
        { measure: TrendsModel.Mood, key: "average", width: 3, prop: "showAverage" },
        { measure: TrendsModel.Anxiety, key: "anxiety", width: 1.5, prop: "showAnxiety" },
        { measure: TrendsModel.Energy, key: "energy", width: 1.5, prop: "showEnergy" },
        { measure: TrendsModel.Sleep, key: "sleep", width: 1.5, prop: "showSleep" }
    ]

    // One series per gap-free segment: a line never crosses a gap. The loop runs over segments,
    // never over points. Only shown measures get series (sparse anxiety/energy/sleep data can
    // have hundreds of segments over 10 years, and each series costs Qt Charts a relayout).
    function createSegments(m: var): var {
        const list = [];
        const count = root.model.segmentCount(m.measure);
        for (let i = 0; i < count; ++i) {
            const series = chart.createSeries(ChartView.SeriesTypeLine, m.key + i, xAxis, yAxis);
            series.color = root.colorOf(m.key);
            series.width = m.width;
            series.capStyle = Qt.RoundCap;
            root.model.fillSegment(series, m.measure, i);
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
    onDarkChanged: refill()

    Component.onCompleted: refill()

    Connections {
        target: root.model
        function onDataChanged(): void {
            root.refill();
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
    Accessible.description: root.model.summaryText

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
                model: [
                    { key: "induction", label: qsTr("Induction") },
                    { key: "maintenance", label: qsTr("Maintenance") }
                ]
                delegate: RowLayout {
                    id: swatch
                    required property var modelData
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
                model: root.model.phaseBands
                delegate: Rectangle {
                    id: band
                    required property var modelData
                    readonly property real laneHeight: chart.plotArea.height / Math.max(1, root.model.phaseLanes)
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

                DateTimeAxis {
                    id: xAxis
                    min: root.model.axisMin
                    max: root.model.axisMax
                    format: root.model.axisFormat
                    tickCount: root.model.tickCount
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

            // Session markers over the chart: a thin line through the plot and a focusable
            // triangle above it. Each is a plain item (one line, one glyph); hover, click and the
            // focus ring are shared by all of them: a 10-year journal has 150, rebuilt at every
            // range switch.
            Repeater {
                id: markerRepeater
                model: root.model.sessionMarkers
                delegate: Item {
                    id: marker
                    required property var modelData
                    required property int index
                    readonly property bool lit: root.hoveredMarker === index || activeFocus
                    objectName: "sessionMarker" + index
                    x: root.xOf(modelData.time) - width / 2
                    y: chart.y + chart.plotArea.y - 14
                    width: 14
                    height: chart.plotArea.height + 14
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.text
                    Accessible.onPressAction: root.sessionActivated(modelData.id)
                    Keys.onReturnPressed: root.sessionActivated(modelData.id)
                    Keys.onEnterPressed: root.sessionActivated(modelData.id)
                    Keys.onSpacePressed: root.sessionActivated(modelData.id)
                    onLitChanged: {
                        if (lit)
                            markerTip.show(marker, !activeFocus);
                        else
                            markerTip.hideFor(marker);
                    }

                    Rectangle {
                        x: marker.width / 2 - width / 2
                        y: 12
                        width: marker.lit ? 2 : 1
                        height: marker.height - 12
                        color: root.tint(root.colorOf("session"), marker.lit ? 0.9 : 0.45)
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: -2
                        text: "▼"
                        color: root.colorOf("session")
                        font.pixelSize: marker.lit ? 15 : 12
                    }
                }
            }

            // The keyboard focus ring of the focused marker.
            Rectangle {
                readonly property Item focused: markerTip.target && markerTip.target.activeFocus ? markerTip.target : null
                visible: focused !== null
                x: focused ? focused.x + focused.width / 2 - width / 2 : 0
                y: focused ? focused.y - 4 : 0
                width: 18
                height: 18
                radius: 3
                color: "transparent"
                border.color: root.palette.highlight
                border.width: 2
            }

            // Hover and click for all markers: the one within half a marker's width of the pointer.
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
                    if (index >= 0)
                        root.sessionActivated(root.model.sessionMarkers[index].id);
                }
            }

            ToolTip {
                id: markerTip
                property Item target: null
                // Hovering waits a moment; keyboard focus shows it at once.
                function show(item: Item, delayed: bool): void {
                    target = item;
                    delay = delayed ? 200 : 0;
                    text = item.modelData.text;
                    x = Math.max(0, Math.min(chartArea.width - implicitWidth, item.x + item.width / 2 - implicitWidth / 2));
                    y = item.y - implicitHeight - 4;
                    open();
                }
                function hideFor(item: Item): void {
                    if (target === item) {
                        target = null;
                        close();
                    }
                }
                parent: chartArea
            }

            Label {
                anchors.centerIn: parent
                visible: !root.model.hasMood && !root.model.busy
                text: qsTr("No mood check-ins in this range")
                opacity: 0.7
            }
        }
    }
}
