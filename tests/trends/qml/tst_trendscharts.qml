// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import QtCharts
import KapJournal
import KapJournal.App
import KapJournal.TrendsTest

Item {
    id: top
    width: 900
    height: 700

    Component {
        id: modelComponent
        TrendsModel {}
    }
    Component {
        id: bridgeComponent
        TrendsChartBridge {}
    }
    Component {
        id: moodComponent
        MoodChart {
            width: 860
            height: 360
        }
    }
    Component {
        id: questionnaireComponent
        QuestionnaireChart {
            width: 500
            height: 260
        }
    }
    Component {
        id: pageComponent
        TrendsPage {
            width: 900
            height: 700
        }
    }
    Component {
        id: effectTableComponent
        SessionEffectTable {
            width: 860
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "TrendsCharts"
        when: windowShown

        function filledModel(range) {
            const model = createTemporaryObject(modelComponent, top);
            model.range = range;
            verify(TrendsFixture.fill(model));
            tryVerify(() => !model.busy && model.hasData, 5000);
            return model;
        }

        // The charts refill a turn (mood) or a frame (questionnaires) after a result lands.
        function presented(chart, model) {
            tryVerify(() => chart.shown.revision === model.revision, 5000);
            wait(20); // Qt Charts lays out and paints on posted events
        }

        function seriesNamed(chart, prefix) {
            const found = [];
            for (let i = 0; i < chart.count; ++i) {
                const s = chart.series(i);
                if (s.name.startsWith(prefix))
                    found.push(s);
            }
            return found;
        }

        function test_moodChartSeriesFromModel() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            verify(chart);
            presented(chart, model);
            const view = chart.chartView;
            // Points: one per day with check-ins, filled by one C++ call.
            let points = null;
            for (let i = 0; i < view.count; ++i) {
                if (view.series(i).name === "Daily mood")
                    points = view.series(i);
            }
            verify(points);
            verify(points.count > 90);
            // The average: one LineSeries per gap-free segment (the synthetic course has a gap).
            const segments = seriesNamed(view, "average");
            const bridge = createTemporaryObject(bridgeComponent, top, { trends: model });
            compare(segments.length, bridge.segmentCount(TrendsChartBridge.Mood));
            verify(segments.length >= 2);
            let total = 0;
            for (const s of segments)
                total += s.count;
            compare(total, points.count);
            // Optional lines start hidden and get their series only when first shown.
            compare(seriesNamed(view, "anxiety").length, 0);
            chart.showAnxiety = true;
            const anxiety = seriesNamed(view, "anxiety");
            compare(anxiety.length, bridge.segmentCount(TrendsChartBridge.Anxiety));
            verify(anxiety.length >= 1);
            verify(anxiety[0].visible);
            chart.showAnxiety = false;
            verify(!anxiety[0].visible);
        }

        function test_legendTogglesLines() {
            const model = filledModel(TrendsModel.TwelveWeeks);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            const toggle = findChild(chart, "legend_anxiety");
            verify(toggle);
            mouseClick(toggle);
            verify(chart.showAnxiety);
            verify(seriesNamed(chart.chartView, "anxiety")[0].visible);
            const average = findChild(chart, "legend_average");
            average.forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(!chart.showAverage);
            for (const s of seriesNamed(chart.chartView, "average"))
                verify(!s.visible);
        }

        function test_sessionMarkersTooltipAndClick() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            compare(chart.sessionCount, 9);
            const spy = createTemporaryObject(spyComponent, top, { target: chart, signalName: "sessionActivated" });
            const markers = chart.sessionMarkers;
            verify(markers);
            // Every marker inside the plot area horizontally.
            const plot = chart.chartView.plotArea;
            for (let i = 0; i < chart.sessionCount; ++i) {
                const x = chart.xOf(model.sessionMarkers[i].time);
                verify(x >= plot.x && x <= plot.x + plot.width + 1, "marker " + i);
            }
            // Keyboard: focus shows the newest session with its tooltip; Home goes to the first.
            markers.forceActiveFocus();
            compare(markers.current, 8);
            keyClick(Qt.Key_Home);
            compare(markers.current, 0);
            const tip = chart.markerToolTip;
            tryVerify(() => tip.visible);
            verify(tip.text.indexOf("Sublingual") >= 0);
            verify(tip.text.indexOf("mg") >= 0);
            verify(tip.text.indexOf("→") >= 0);
            compare(markers.Accessible.name, model.sessionMarkers[0].text);
            keyClick(Qt.Key_Return);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], model.sessionMarkers[0].id);
            // The mouse: a click on the last marker's line opens that session.
            const at = chart.chartView.mapToItem(chart, chart.xOf(model.sessionMarkers[8].time), plot.y + plot.height / 2);
            mouseClick(chart, at.x, at.y);
            compare(spy.count, 2);
            compare(spy.signalArguments[1][0], model.sessionMarkers[8].id);
            // A new result: the choice is forgotten (the same index is another session).
            model.range = TrendsModel.FourWeeks;
            tryVerify(() => !model.busy && model.granularity === TrendsModel.Days, 5000);
            presented(chart, model);
            compare(markers.current, -1);
        }

        function test_sessionEffectTableShowsTheLatestTwelveUntilAskedForAll() {
            const effects = TrendsFixture.sessionEffects(20); // "Session 1".."Session 20", newest first
            const table = createTemporaryObject(effectTableComponent, top, { effects: effects });
            compare(table.shownCount, 12);
            compare(effects.data(effects.index(0, 0)), "Session 20", "newest first");
            const button = findChild(table, "effectShowAll");
            verify(button.visible);
            verify(button.text.indexOf("20") >= 0);
            button.clicked();
            compare(table.shownCount, 20);
            compare(effects.data(effects.index(19, 0)), "Session 1");
            table.effects = TrendsFixture.sessionEffects(5);
            compare(table.shownCount, 5);
            verify(!button.visible, "nothing more to show");
        }

        function test_phaseBandsBehindData() {
            const model = filledModel(TrendsModel.All);
            compare(model.phaseBands.length, 2);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            // The maintenance band is open-ended: it reaches the right edge of the plot.
            const band = model.phaseBands[1];
            verify(band.openEnded);
            const right = chart.xOf(band.end);
            const plot = chart.chartView.plotArea;
            verify(Math.abs(right - (chart.chartView.x + plot.x + plot.width)) < 2);
        }

        function test_rangeSwitchRefillsSeries() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            const before = chart.sessionCount;
            model.range = TrendsModel.FourWeeks;
            tryVerify(() => !model.busy && model.granularity === TrendsModel.Days, 5000);
            presented(chart, model);
            verify(chart.sessionCount < before);
            let points = 0;
            for (let i = 0; i < chart.chartView.count; ++i) {
                if (chart.chartView.series(i).name === "Daily mood")
                    points = chart.chartView.series(i).count;
            }
            verify(points <= 28 && points > 15);
        }

        function test_axisAndOverlaysFollowTheShownResult() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            const axis = chart.chartView.axisX(chart.chartView.series(0));
            compare(axis.min.getTime(), model.axisStart);
            compare(axis.max.getTime(), model.axisEnd);
            compare(axis.format, model.axisFormat);
            compare(axis.tickCount, model.tickCount);
            compare(chart.shown.markers.length, model.sessionMarkers.length);
            // A switch: axis, markers and bands change together at the refill.
            model.range = TrendsModel.FourWeeks;
            tryVerify(() => !model.busy && model.granularity === TrendsModel.Days, 5000);
            presented(chart, model);
            compare(axis.min.getTime(), model.axisStart);
            compare(axis.max.getTime(), model.axisEnd);
            compare(axis.format, model.axisFormat);
            compare(chart.shown.start, model.axisStart);
            compare(chart.shown.markers.length, model.sessionMarkers.length);
            compare(chart.shown.bands.length, model.phaseBands.length);
            // The questionnaire chart caps its ticks at five.
            const phq = createTemporaryObject(questionnaireComponent, top, { model: model, kind: TrendsModel.Phq9 });
            presented(phq, model);
            const qAxis = phq.chartView.axisX(phq.chartView.series(0));
            compare(qAxis.tickCount, Math.min(model.tickCount, 5));
            compare(qAxis.min.getTime(), model.axisStart);
        }

        function test_hiddenChartRefillsWhenShown() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            const shownBefore = chart.shown.revision;
            const markersBefore = chart.shown.markers.length;
            chart.visible = false;
            model.range = TrendsModel.FourWeeks;
            tryVerify(() => !model.busy && model.revision > shownBefore, 5000);
            wait(50);
            compare(chart.shown.revision, shownBefore, "nothing drawn while hidden");
            compare(chart.shown.markers.length, markersBefore, "the shown markers stay those drawn");
            verify(model.sessionMarkers.length < markersBefore);
            chart.visible = true;
            compare(chart.shown.revision, model.revision, "refilled as soon as shown");
            compare(chart.sessionCount, model.sessionMarkers.length);
        }

        function test_questionnaireChart() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(questionnaireComponent, top, { model: model, kind: TrendsModel.Phq9 });
            presented(chart, model);
            const view = chart.chartView;
            const line = view.series(0);
            compare(line.type, ChartView.SeriesTypeLine);
            compare(line.count, model.questionnairePoints(TrendsModel.Phq9).length);
            compare(view.series(2).count, 1); // baseline ring
            verify(view.series(3).count >= 1); // item-9 flags of the first weeks
            compare(chart.bands.length, 5);
            compare(chart.pointCount, line.count);
            // Keyboard: focus lands on the newest score, Left/Home step back, the tooltip follows.
            const nav = chart.pointNavigator;
            nav.forceActiveFocus();
            compare(nav.current, line.count - 1);
            const newest = nav.scores[nav.current].text;
            verify(newest.length > 0);
            compare(nav.Accessible.name, newest);
            keyClick(Qt.Key_Left);
            compare(nav.current, line.count - 2);
            verify(nav.scores[nav.current].text !== newest || line.count < 2);
            keyClick(Qt.Key_Home);
            compare(nav.current, 0);
            compare(nav.Accessible.name, model.questionnairePoints(TrendsModel.Phq9)[0].text);
            const gad = createTemporaryObject(questionnaireComponent, top, { model: model, kind: TrendsModel.Gad7 });
            presented(gad, model);
            compare(gad.bands.length, 4);
            compare(gad.chartView.series(3).count, 0); // item 9 is PHQ-9 only
        }

        // Issue 15: the overlays are typed values (phaseBand, sessionMarker, scorePoint,
        // severityBand, legendItem); a field lost on the way to QML shows up here as undefined.
        function test_overlayFieldsReachQml() {
            const model = filledModel(TrendsModel.All);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            const severities = ["minimal", "mild", "moderate", "moderately_severe", "severe"];

            compare(model.phaseLegend.length, 2);
            compare(model.phaseLegend[0].key, "induction");
            compare(model.phaseLegend[1].key, "maintenance");
            compare(model.phaseLegend[0].label, "Induction");
            compare(model.phaseLegend[1].label, "Maintenance");

            const bands = chart.shown.bands;
            compare(bands.length, 2);
            compare(bands[0].kind, "induction");
            compare(bands[1].kind, "maintenance");
            verify(bands[0].id > 0 && bands[1].id > 0 && bands[0].id !== bands[1].id);
            verify(bands[0].name.length > 0);
            verify(!bands[0].openEnded && bands[1].openEnded);
            compare(bands[0].lane, 0);
            compare(chart.shown.lanes, Math.max(1, model.phaseLanes));
            for (let i = 0; i < bands.length; ++i) {
                verify(bands[i].start < bands[i].end, "band " + i);
                const rect = findChild(chart, "phaseBand" + i);
                verify(rect, "band " + i + " drawn");
                verify(Qt.colorEqual(rect.color, chart.colorOf(bands[i].kind)), "band " + i + " colour");
                fuzzyCompare(rect.x, chart.xOf(bands[i].start), 0.5);
                fuzzyCompare(rect.x + rect.width, chart.xOf(bands[i].end), 0.5);
                const plot = chart.chartView.plotArea;
                fuzzyCompare(rect.y, chart.chartView.y + plot.y + plot.height / chart.shown.lanes * bands[i].lane, 0.5);
            }

            const markers = chart.shown.markers;
            compare(markers.length, 9);
            let maintenance = 0;
            for (let i = 0; i < markers.length; ++i) {
                const marker = markers[i];
                compare(marker.id, model.sessionMarkers[i].id);
                verify(marker.id > 0);
                verify(marker.time > chart.shown.start && marker.time < chart.shown.end, "marker " + i);
                verify(marker.dateText.length > 0);
                verify(marker.text.indexOf(marker.dateText) >= 0);
                verify(marker.text.indexOf(marker.route) >= 0);
                verify(marker.route.length > 0);
                verify(marker.dose.length === 0 || marker.text.indexOf(marker.dose) >= 0);
                verify(marker.mood.length === 0 || marker.text.indexOf(marker.mood) >= 0);
                maintenance += marker.maintenance ? 1 : 0;
            }
            compare(maintenance, 3);

            const phq = createTemporaryObject(questionnaireComponent, top, { model: model, kind: TrendsModel.Phq9 });
            presented(phq, model);
            const scores = phq.shown.scores;
            compare(scores.length, model.questionnairePoints(TrendsModel.Phq9).length);
            verify(scores.length > 3);
            verify(scores[0].baseline);
            verify(scores[0].item9);
            for (let i = 0; i < scores.length; ++i) {
                const point = scores[i];
                verify(point.id > 0);
                verify(point.time > phq.shown.start && point.time < phq.shown.end, "score " + i);
                verify(point.total >= 0 && point.total <= phq.maxTotal, "score " + i);
                verify(severities.indexOf(point.severity) >= 0, point.severity);
                verify(point.text.indexOf(": " + point.total + " (") >= 0, point.text);
                verify(typeof point.response === "boolean" && typeof point.remission === "boolean");
            }
            compare(phq.bands.length, 5);
            for (let i = 0; i < phq.bands.length; ++i) {
                const band = phq.bands[i];
                compare(band.key, severities[i]);
                verify(band.name.length > 0);
                verify(band.low <= band.high);
                const rect = findChild(phq, "severityBand" + i);
                verify(rect, "severity band " + i + " drawn");
                verify(Qt.colorEqual(rect.color, phq.colorOf(band.key)), "severity band " + i + " colour");
                fuzzyCompare(rect.y + rect.height, phq.yOf(band.low), 0.5);
            }
            compare(phq.bands[0].low, 0);
            compare(phq.bands[4].high, 27);
        }

        function test_emptyModel() {
            const model = createTemporaryObject(modelComponent, top);
            TrendsFixture.fillEmpty(model);
            tryVerify(() => !model.busy, 5000);
            const chart = createTemporaryObject(moodComponent, top, { model: model });
            presented(chart, model);
            compare(chart.sessionCount, 0);
            compare(seriesNamed(chart.chartView, "average").length, 0);
        }

        function test_pageRangeKeyboardAndTable() {
            const page = createTemporaryObject(pageComponent, top);
            verify(page);
            page.trends.range = TrendsModel.FourWeeks;
            verify(TrendsFixture.fill(page.trends));
            tryVerify(() => !page.trends.busy && page.trends.hasData, 5000);
            const first = findChild(page, "range_0");
            verify(first.checked);
            compare(findChild(page, "range_1").checked, false);
            first.forceActiveFocus();
            keyClick(Qt.Key_Right);
            compare(page.trends.range, TrendsModel.TwelveWeeks);
            verify(findChild(page, "range_1").activeFocus);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(page.trends.range, TrendsModel.All);
            mouseClick(findChild(page, "range_5"));
            compare(page.trends.range, TrendsModel.ThisPhase);
            verify(findChild(page, "range_5").checked);
            page.trends.range = TrendsModel.OneYear; // from elsewhere: the bar follows
            verify(findChild(page, "range_3").checked);
            page.trends.range = TrendsModel.ThisPhase;
            tryVerify(() => page.presented, 5000);
            compare(findChild(page, "moodChart").shown.revision, page.trends.revision);
            compare(findChild(page, "gad7Chart").shown.revision, page.trends.revision);
            verify(findChild(page, "summary").text.length > 50);
            verify(findChild(page, "effectRule").text.indexOf("not a clinical measure") >= 0);
            verify(!findChild(page, "trendsTable"), "the table is made only when asked for");
            mouseClick(findChild(page, "tableSwitch"));
            const loader = findChild(page, "trendsTableLoader");
            tryVerify(() => loader.status === Loader.Ready);
            const table = loader.item;
            verify(table && table.visible);
            verify(!findChild(page, "moodChart").visible);
            verify(table.model.rowCount() > 0);
        }

        function isoDay(day) {
            return day.getFullYear() + "-" + String(day.getMonth() + 1).padStart(2, "0") + "-" + String(day.getDate()).padStart(2, "0");
        }
        function typeDay(field, text) {
            field.forceActiveFocus();
            field.selectAll();
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
            keyClick(Qt.Key_Return);
        }

        // Issue 16: the custom range's days are typed or picked in a calendar; a day that does not
        // exist is named under its own field and changes nothing.
        function test_customRangeFromTheCalendar() {
            const page = createTemporaryObject(pageComponent, top);
            verify(page);
            page.trends.range = TrendsModel.Custom;
            const from = findChild(page, "customFrom");
            const to = findChild(page, "customTo");
            tryVerify(() => from.visible && to.visible);

            mouseClick(from.calendarButton);
            tryVerify(() => from.calendar.opened);
            mouseClick(findChild(from.calendar.contentItem, "pickYesterday"));
            tryVerify(() => !from.calendar.visible);
            const now = new Date();
            const yesterday = isoDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
            compare(from.field.text, yesterday);
            compare(Qt.formatDate(page.trends.customFirst, "yyyy-MM-dd"), yesterday);

            typeDay(from.field, "2026-02-30");
            const fromError = findChild(page, "customFromError");
            tryVerify(() => fromError.visible);
            verify(fromError.text.length > 0);
            verify(!findChild(page, "customToError").visible, "the other day has no message");
            compare(Qt.formatDate(page.trends.customFirst, "yyyy-MM-dd"), yesterday, "a wrong day changes nothing");

            typeDay(to.field, "2026-01-10");
            compare(Qt.formatDate(page.trends.customLast, "yyyy-MM-dd"), "2026-01-10", "typing still works");
            typeDay(from.field, "2025-12-01");
            tryVerify(() => !fromError.visible);
            compare(Qt.formatDate(page.trends.customFirst, "yyyy-MM-dd"), "2025-12-01");
        }
    }
}
