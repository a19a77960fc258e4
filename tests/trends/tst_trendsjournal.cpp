// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Trends service on real journals: the storage's daily series agrees with the statistics
// (DST days), TrendsCalculator on a synthetic course, TrendsModel through JournalController
// (model tester, range switching, clearing on lock), and the vector chart renderer.

#include "app/shell/JournalController.h"
#include "app/trends/TrendsChartBridge.h"
#include "app/trends/TrendsModel.h"
#include "app/trends/TrendsTableModel.h"
#include "charts/ChartColors.h"
#include "charts/ChartRenderer.h"
#include "statistics/ChartTime.h"
#include "statistics/TrendsCalculator.h"
#include "statistics/TrendsStatistics.h"
#include "storage/CheckinRepository.h"
#include "storage/OffsetTime.h"
#include "tests/support/TestSupport.h"
#include "tests/trends/SyntheticCourse.h"
#include "text/PhaseKindText.h"
#include "text/RouteText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace kap;
using namespace kap::trends;

class TestTrendsJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageDailySeriesMatchesStatisticsAcrossDst();
    void calculatorOnSyntheticCourse();
    void modelThroughControllerClearsOnLock();
    void overlaysCarryEveryField();
    void overlaysAreBuiltOncePerResult();
    void overlappingPhasesGetTheirOwnLane();
    void rendererDrawsVectors();
    void rendererOnImage();
    void dotMarkerHasTheRequestedSize();

private:
    static TrendsData courseData();
};

void TestTrendsJournal::storageDailySeriesMatchesStatisticsAcrossDst()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    auto at = [](int d, int h, int m, int offsetHours) {
        return kap::offsettime::at(QDate(2026, 3, d), QTime(h, m), offsetHours * 3600);
    };
    const QList<QPair<QDateTime, int>> entries { { at(28, 23, 30, 1), 9 }, { at(29, 0, 30, 1), 2 },
        { at(29, 23, 30, 2), 6 }, { at(30, 0, 15, 2), 7 }, { at(30, 21, 0, 2), 3 } };
    QList<MoodCheckin> checkins;
    for (const auto& [when, mood] : entries) {
        MoodCheckin checkin;
        checkin.at = when;
        checkin.mood = mood;
        QVERIFY(journal->checkins().add(checkin));
        checkins.append(checkin);
    }
    auto stored = journal->checkins().dailySeries();
    QVERIFY(stored);
    const auto computed = statistics::dailyMood(checkins);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->size(), computed.size());
    for (qsizetype i = 0; i < computed.size(); ++i) {
        QCOMPARE(stored->at(i).day, computed.at(i).day);
        QCOMPARE(stored->at(i).mood, computed.at(i).mood);
        QCOMPARE(stored->at(i).count, computed.at(i).count);
    }
    QCOMPARE(stored->at(1).mood, 4.0); // 29 March: (2 + 6) / 2 across the DST change
    QCOMPARE(stored->at(2).mood, 5.0); // 30 March: (7 + 3) / 2
}

void TestTrendsJournal::calculatorOnSyntheticCourse()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    kaptest::SyntheticCourse course;
    course.lastDay = QDate(2026, 3, 1);
    course.skipProbability = 0; // so the data ends on lastDay exactly
    auto counts = course.populate(*journal);
    QVERIFY(counts);
    QCOMPARE(counts->sessions, 6 + 3); // induction + monthly maintenance in 120 days
    QCOMPARE(counts->phases, 2);

    auto input = TrendsCalculator::load(*journal);
    QVERIFY(input);
    QCOMPARE(input->today, kaptest::fixedNow().date());
    const TrendsData all = statistics::compute(input.value(), RangePreset::All);
    QCOMPARE(all.range.first, QDate(2026, 3, 1).addDays(-119));
    QCOMPARE(all.range.last, QDate(2026, 3, 1));
    QCOMPARE(all.granularity, AxisGranularity::Weeks);
    QCOMPARE(all.sessions.size(), 9);
    QCOMPARE(all.phases.size(), 2);
    QVERIFY(all.phases.at(1).openEnded);
    QCOMPARE(all.sessionEffects.size(), 9);
    QVERIFY2(all.average.size() >= 2, "the 4-day gap splits the average");
    QCOMPARE(all.phq9.points.size(), counts->questionnaires / 2);
    QVERIFY(all.phq9.points.first().baseline);
    QVERIFY(all.phq9.points.first().item9);
    QCOMPARE(all.phaseSummaries.size(), 2);
    QCOMPARE(all.phaseSummaries.at(0).sessions + all.phaseSummaries.at(1).sessions, 9);
    // Maintenance sessions are the last three; each has a stated outcome.
    int maintenance = 0;
    for (const SessionEffect& effect : all.sessionEffects) {
        maintenance += effect.maintenance ? 1 : 0;
    }
    QCOMPARE(maintenance, 3);

    const auto direct = TrendsCalculator::compute(*journal, RangePreset::TwelveWeeks);
    QVERIFY(direct);
    QCOMPARE(direct->range.first.daysTo(direct->range.last) + 1, 84);
}

void TestTrendsJournal::modelThroughControllerClearsOnLock()
{
    QTemporaryDir dir;
    JournalController controller(nullptr);
    controller.setKdfParams(KdfParams::fastForTests());
    controller.setRememberLastJournal(false);
    const QString path = dir.filePath(QStringLiteral("trends.kapj"));
    controller.createJournal(path, kaptest::Passphrase, kaptest::Passphrase);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isUnlocked(), 20000);
    kaptest::SyntheticCourse course;
    course.lastDay = QDate::currentDate();
    QVERIFY(course.populate(*controller.journal()));

    TrendsModel model;
    QAbstractItemModelTester tester(model.table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester phaseTester(
        model.phaseSummaries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester effectTester(
        model.sessionEffects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &TrendsModel::dataChanged);
    model.setRange(TrendsModel::Range::All);
    model.setController(&controller);
    QTRY_VERIFY(!model.busy() && model.hasData());
    QCOMPARE(model.data().sessions.size(), 9);
    QVERIFY(model.table()->rowCount() > 100);
    QVERIFY(!model.summaryText().isEmpty());
    QCOMPARE(model.sessionMarkers().size(), 9);
    QCOMPARE(model.phaseBands().size(), 2);
    // The tables: one row per phase; sessions newest first, the latest `limit` only.
    QCOMPARE(model.phaseSummaries()->rowCount(), 2);
    const QModelIndex firstPhase = model.phaseSummaries()->index(0);
    QCOMPARE(firstPhase.data(PhaseSummaryModel::SessionsRole).toInt()
            + model.phaseSummaries()->index(1).data(PhaseSummaryModel::SessionsRole).toInt(),
        9);
    QVERIFY(!firstPhase.data(PhaseSummaryModel::DatesRole).toString().isEmpty());
    SessionEffectModel* effects = model.sessionEffects();
    QCOMPARE(effects->totalCount(), 9);
    QCOMPARE(effects->rowCount(), 9);
    QCOMPARE(
        effects->index(0).data(SessionEffectModel::IdRole).toLongLong(), model.data().sessionEffects.last().sessionId);
    effects->setLimit(3);
    QCOMPARE(effects->rowCount(), 3);
    QCOMPARE(effects->totalCount(), 9);
    QCOMPARE(
        effects->index(2).data(SessionEffectModel::IdRole).toLongLong(), model.data().sessionEffects.at(6).sessionId);
    effects->setLimit(-1);
    QCOMPARE(effects->rowCount(), 9);
    TrendsChartBridge charts;
    charts.setTrends(&model);
    QVERIFY(charts.segmentCount(TrendsChartBridge::Measure::Mood) >= 2);

    QScatterSeries points;
    QLineSeries average;
    charts.fillMoodSeries(&points, &average);
    QCOMPARE(points.count(), model.data().daily.size());
    QCOMPARE(average.count(), model.data().average.first().size());
    QLineSeries segment;
    charts.fillSegment(
        &segment, TrendsChartBridge::Measure::Mood, charts.segmentCount(TrendsChartBridge::Measure::Mood) - 1);
    QCOMPARE(segment.count(), model.data().average.last().size());
    QLineSeries line;
    QScatterSeries dots;
    QScatterSeries item9;
    QScatterSeries baseline;
    charts.fillQuestionnaire(TrendsModel::Questionnaire::Phq9, &line, &dots, &item9, &baseline);
    QCOMPARE(line.count(), model.data().phq9.points.size());
    QCOMPARE(baseline.count(), 1);
    QVERIFY(item9.count() >= 1);
    QCOMPARE(model.severityBands(TrendsModel::Questionnaire::Gad7).size(), 4);

    // Switching range recomputes from the loaded input.
    changed.clear();
    model.setRange(TrendsModel::Range::FourWeeks);
    QTRY_VERIFY(changed.count() >= 1 && !model.busy());
    QCOMPARE(model.firstDay().daysTo(model.lastDay()) + 1, 28);
    QCOMPARE(model.granularity(), TrendsModel::Granularity::Days);
    QVERIFY(model.table()->rowCount() <= 28);

    // The time axis gets range, format and ticks in one call; the numeric ends match it.
    QDateTimeAxis axis;
    QSignalSpy ranges(&axis, &QDateTimeAxis::rangeChanged);
    charts.applyTimeAxis(&axis, 5);
    QCOMPARE(ranges.count(), 1);
    QCOMPARE(axis.min(), QDateTime(model.firstDay(), QTime(0, 0)));
    QCOMPARE(axis.max(), QDateTime(model.lastDay().addDays(1), QTime(0, 0)));
    QCOMPARE(double(axis.min().toMSecsSinceEpoch()), model.axisStart());
    QCOMPARE(double(axis.max().toMSecsSinceEpoch()), model.axisEnd());
    QCOMPARE(axis.format(), model.axisFormat());
    QCOMPARE(axis.tickCount(), std::min(model.tickCount(), 5));
    charts.applyTimeAxis(&axis);
    QCOMPARE(axis.tickCount(), model.tickCount());

    controller.lock();
    QVERIFY(!model.hasData());
    QCOMPARE(model.table()->rowCount(), 0);
    QCOMPARE(model.phaseSummaries()->rowCount(), 0);
    QCOMPARE(model.sessionEffects()->totalCount(), 0);
    QVERIFY(model.sessionMarkers().isEmpty());
    charts.fillMoodPoints(&points);
    QCOMPARE(points.count(), 0);
    // A range change while locked computes nothing.
    model.setRange(TrendsModel::Range::All);
    QVERIFY(!model.busy());
    QVERIFY(!model.hasData());
}

namespace {

/// The synthetic course (9 sessions in two phases, PHQ-9 and GAD-7) through a model, range All.
bool fillWithCourse(TrendsModel& model)
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    if (!journal) {
        return false;
    }
    kaptest::SyntheticCourse course;
    course.lastDay = kaptest::fixedNow().date();
    if (!course.populate(*journal)) {
        return false;
    }
    auto input = TrendsCalculator::load(*journal);
    if (!input) {
        return false;
    }
    model.setRange(TrendsModel::Range::All);
    model.setInput(std::move(input.value()));
    return QTest::qWaitFor([&model]() { return !model.busy() && model.hasData(); }, 10000);
}

} // namespace

/// Issue 15: the charts' overlays are typed values, not maps whose keys only QML knew; each field
/// carries what the statistics computed (QML reads the same fields, tst_trendscharts).
void TestTrendsJournal::overlaysCarryEveryField()
{
    TrendsModel model;
    QVERIFY(fillWithCourse(model));
    const TrendsData& data = model.data();
    const QLocale locale;

    const QList<ChartPhaseBand> bands = model.phaseBands();
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands.size(), data.phases.size());
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const PhaseBand& phase = data.phases.at(i);
        QCOMPARE(bands[i].id, phase.id);
        QCOMPARE(bands[i].kind, phaseKindKey(phase.kind));
        QCOMPARE(bands[i].name, TrendsText::phaseName(phase));
        QCOMPARE(bands[i].start, double(midnightOf(phase.first)));
        QCOMPARE(bands[i].end, double(midnightOf(phase.last.addDays(1))));
        QCOMPARE(bands[i].lane, phase.lane);
        QCOMPARE(bands[i].openEnded, phase.openEnded);
    }
    QCOMPARE(bands[0].kind, QStringLiteral("induction"));
    QCOMPARE(bands[1].kind, QStringLiteral("maintenance"));
    QVERIFY(bands[1].openEnded);
    QCOMPARE(bands[1].end, model.axisEnd()); // an open phase reaches the end of the range
    QVERIFY(!bands[0].name.isEmpty());

    const QList<ChartLegendItem> legend = model.phaseLegend();
    QCOMPARE(legend.size(), 2);
    QCOMPARE(legend[0].key, QStringLiteral("induction"));
    QCOMPARE(legend[0].label, PhaseKindText::label(PhaseKind::Induction));
    QCOMPARE(legend[1].key, QStringLiteral("maintenance"));
    QCOMPARE(legend[1].label, PhaseKindText::label(PhaseKind::Maintenance));

    const QList<ChartSessionMarker> markers = model.sessionMarkers();
    QCOMPARE(markers.size(), 9);
    QCOMPARE(markers.size(), data.sessions.size());
    int maintenance = 0;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const SessionMarker& session = data.sessions.at(i);
        const ChartSessionMarker& marker = markers[i];
        QCOMPARE(marker.id, session.id);
        QCOMPARE(marker.time, double(noonOf(session.day)));
        QCOMPARE(marker.dateText, locale.toString(session.day, QLocale::ShortFormat));
        QCOMPARE(marker.route, RouteText::label(session.route));
        QCOMPARE(marker.dose.isEmpty(), !session.doseMg.has_value());
        QCOMPARE(marker.mood.isEmpty(), !session.moodBefore && !session.moodAfter);
        QCOMPARE(marker.maintenance, session.maintenance);
        QVERIFY(marker.text.startsWith(QStringLiteral("Session ") + marker.dateText));
        for (const QString& part : { marker.route, marker.dose, marker.mood }) {
            QVERIFY2(marker.text.contains(part), qPrintable(marker.text));
        }
        maintenance += marker.maintenance ? 1 : 0;
    }
    QCOMPARE(maintenance, 3);
    QVERIFY(markers[0].dose.endsWith(QStringLiteral(" mg")));
    QVERIFY(markers[0].mood.contains(QStringLiteral("→")));

    for (const auto kind : { TrendsModel::Questionnaire::Phq9, TrendsModel::Questionnaire::Gad7 }) {
        const QuestionnaireSeries& series = kind == TrendsModel::Questionnaire::Phq9 ? data.phq9 : data.gad7;
        const QList<ChartScorePoint> points = model.questionnairePoints(kind);
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.size(), series.points.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QuestionnairePoint& expected = series.points.at(i);
            const ChartScorePoint& point = points[i];
            QCOMPARE(point.id, expected.id);
            QCOMPARE(point.time, double(noonOf(expected.day)));
            QCOMPARE(point.total, expected.total);
            QCOMPARE(point.severity, questionnaire::severityKey(expected.severity));
            QCOMPARE(point.item9, expected.item9);
            QCOMPARE(point.baseline, expected.baseline);
            QCOMPARE(point.response, expected.response);
            QCOMPARE(point.remission, expected.remission);
            QVERIFY2(
                point.text.contains(
                    QStringLiteral(": %1 (%2)").arg(expected.total).arg(SeverityText::inSentence(expected.severity))),
                qPrintable(point.text));
        }
    }
    const QList<ChartScorePoint> phq9 = model.questionnairePoints(TrendsModel::Questionnaire::Phq9);
    QVERIFY(phq9.first().baseline);
    QVERIFY(phq9.first().item9);
    QVERIFY(phq9.first().text.contains(QStringLiteral("baseline")));
    QVERIFY(phq9.first().text.contains(QStringLiteral("item 9")));

    for (const auto kind : { TrendsModel::Questionnaire::Phq9, TrendsModel::Questionnaire::Gad7 }) {
        const QList<ChartSeverityBand> severity = model.severityBands(kind);
        const QList<SeverityBand> expected = statistics::severityBands(
            kind == TrendsModel::Questionnaire::Phq9 ? QuestionnaireKind::Phq9 : QuestionnaireKind::Gad7);
        QCOMPARE(severity.size(), expected.size());
        for (qsizetype i = 0; i < severity.size(); ++i) {
            QCOMPARE(severity[i].key, questionnaire::severityKey(expected[i].severity));
            QCOMPARE(severity[i].name, SeverityText::inSentence(expected[i].severity));
            QCOMPARE(severity[i].low, expected[i].low);
            QCOMPARE(severity[i].high, expected[i].high);
        }
    }
    const QList<ChartSeverityBand> phq9Bands = model.severityBands(TrendsModel::Questionnaire::Phq9);
    QCOMPARE(phq9Bands.size(), 5);
    QCOMPARE(phq9Bands.first().key, QStringLiteral("minimal"));
    QCOMPARE(phq9Bands.first().low, 0);
    QCOMPARE(phq9Bands.last().key, QStringLiteral("severe"));
    QCOMPARE(phq9Bands.last().high, 27);
}

/// QML reads a list property again at every element it indexes, and several bindings read each
/// list: one list per result. A chart's frame keeps the result it was taken from.
void TestTrendsJournal::overlaysAreBuiltOncePerResult()
{
    TrendsModel model;
    QVERIFY(fillWithCourse(model));
    const QList<ChartSessionMarker> markers = model.sessionMarkers();
    const QList<ChartPhaseBand> bands = model.phaseBands();
    const QList<ChartScorePoint> gad7 = model.questionnairePoints(TrendsModel::Questionnaire::Gad7);
    QVERIFY(model.sessionMarkers().isSharedWith(markers));
    QVERIFY(model.phaseBands().isSharedWith(bands));
    QVERIFY(model.questionnairePoints(TrendsModel::Questionnaire::Gad7).isSharedWith(gad7));
    QVERIFY(!model.questionnairePoints(TrendsModel::Questionnaire::Phq9).isSharedWith(gad7));

    const MoodChartFrame mood = model.moodChartFrame();
    QCOMPARE(mood.revision, model.revision());
    QCOMPARE(mood.start, model.axisStart());
    QCOMPARE(mood.end, model.axisEnd());
    QCOMPARE(mood.lanes, std::max(1, model.phaseLanes()));
    QVERIFY(mood.bands.isSharedWith(bands));
    QVERIFY(mood.markers.isSharedWith(markers));
    const QuestionnaireChartFrame scores = model.questionnaireChartFrame(TrendsModel::Questionnaire::Gad7);
    QCOMPARE(scores.revision, model.revision());
    QCOMPARE(scores.start, model.axisStart());
    QCOMPARE(scores.end, model.axisEnd());
    QVERIFY(scores.scores.isSharedWith(gad7));
    // Before the first result a frame says so (the charts start from a default frame).
    QCOMPARE(MoodChartFrame().revision, -1);
    QCOMPARE(MoodChartFrame().lanes, 1);

    model.setRange(TrendsModel::Range::FourWeeks);
    QTRY_VERIFY(!model.busy() && model.revision() > mood.revision);
    QVERIFY(!model.sessionMarkers().isSharedWith(markers));
    QVERIFY(model.sessionMarkers().size() < markers.size());
    QCOMPARE(mood.markers.size(), 9);
    QCOMPARE(mood.markers, markers);
}

/// The synthetic course's phases follow each other (one lane); here the second overlaps the first.
void TestTrendsJournal::overlappingPhasesGetTheirOwnLane()
{
    Phase first;
    first.id = 1;
    first.kind = PhaseKind::Induction;
    first.start = QDate(2026, 3, 1);
    first.end = QDate(2026, 3, 31);
    Phase second;
    second.id = 2;
    second.kind = PhaseKind::Other;
    second.start = QDate(2026, 3, 15);
    second.end = QDate(2026, 4, 10);
    second.label = QStringLiteral("Second course");
    TrendsInput input;
    input.today = QDate(2026, 4, 30);
    input.phases = { first, second };
    TrendsModel model;
    model.setRange(TrendsModel::Range::Custom);
    model.setCustomFirst(QDate(2026, 3, 1));
    model.setCustomLast(QDate(2026, 4, 30));
    model.setInput(input);
    QTRY_VERIFY(!model.busy());

    const QList<ChartPhaseBand> bands = model.phaseBands();
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands[0].id, 1);
    QCOMPARE(bands[0].lane, 0);
    QCOMPARE(bands[1].id, 2);
    QCOMPARE(bands[1].lane, 1);
    QCOMPARE(bands[1].kind, QStringLiteral("other"));
    QCOMPARE(bands[1].name, QStringLiteral("Second course"));
    QVERIFY(!bands[1].openEnded);
    QCOMPARE(bands[1].start, double(midnightOf(QDate(2026, 3, 15))));
    QCOMPARE(bands[1].end, double(midnightOf(QDate(2026, 4, 11))));
    QCOMPARE(model.phaseLanes(), 2);
    QCOMPARE(model.moodChartFrame().lanes, 2);
}

TrendsData TestTrendsJournal::courseData()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    if (!journal) {
        return {};
    }
    kaptest::SyntheticCourse course;
    course.lastDay = QDate(2026, 3, 1);
    if (!course.populate(*journal)) {
        return {};
    }
    auto data = TrendsCalculator::compute(*journal, RangePreset::All);
    return data ? data.value() : TrendsData {};
}

void TestTrendsJournal::rendererDrawsVectors()
{
    const TrendsData data = courseData();
    QVERIFY(!data.daily.isEmpty());
    QByteArray pdf;
    QBuffer buffer(&pdf);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        QPainter painter(&writer);
        const QRectF page(0, 0, writer.width(), writer.height());
        ChartRenderer::renderMoodChart(painter, QRectF(0, 0, page.width(), page.height() / 3), data);
        ChartRenderer::renderQuestionnaireChart(
            painter, QRectF(0, page.height() / 3, page.width(), page.height() / 4), data, QuestionnaireKind::Phq9);
    }
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(!pdf.contains("/Subtype /Image"), "charts must be vectors, not images");
    // The page's content streams (Flate) hold vector path operators (line-to) and text.
    QByteArray content;
    for (qsizetype at = pdf.indexOf("stream\n"); at >= 0; at = pdf.indexOf("stream\n", at + 1)) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") {
            continue; // the "stream\n" at the end of "endstream\n", not a stream's start
        }
        const qsizetype end = pdf.indexOf("endstream", at);
        if (end < 0) {
            break;
        }
        const qsizetype dict = pdf.lastIndexOf("<<", at);
        if (dict < 0 || !pdf.mid(dict, at - dict).contains("/FlateDecode")) {
            at = end;
            continue;
        }
        QByteArray zipped = pdf.mid(at + 7, end - at - 7);
        zipped.prepend(QByteArray::fromHex("01000000")); // qUncompress's expected-size header (a hint)
        content += qUncompress(zipped);
        at = end;
    }
    QVERIFY2(content.count(" l\n") > 100, qPrintable(QString::number(content.count(" l\n"))));
    QVERIFY(content.contains("BT"));
}

void TestTrendsJournal::rendererOnImage()
{
    const TrendsData data = courseData();
    QImage image(900, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartRenderer::renderMoodChart(painter, QRectF(0, 0, 900, 300), data);
    }
    // The average line's colour appears (the chart was really drawn into the rect).
    const QColor average = ChartColors::color(QStringLiteral("average"));
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            hits += std::abs(c.red() - average.red()) < 12 && std::abs(c.green() - average.green()) < 12
                    && std::abs(c.blue() - average.blue()) < 12
                ? 1
                : 0;
        }
    }
    QVERIFY2(hits > 300, qPrintable(QString::number(hits)));
    if (const QString build = qEnvironmentVariable("KAP_BUILD_DIR"); !build.isEmpty()) {
        QDir().mkpath(build + QStringLiteral("/screenshots"));
        QVERIFY(image.save(build + QStringLiteral("/screenshots/trends-renderer-mood.png")));
    }
}

// The interactive chart's dots are Qt Charts light markers on a pen-less LineSeries. Qt 6.4 draws
// the image at the series' marker size, so both must be set, or the dots shrink to specks.
void TestTrendsJournal::dotMarkerHasTheRequestedSize()
{
    TrendsChartBridge charts;
    QLineSeries series;
    charts.setDotMarker(&series, QColor(0x33, 0x66, 0x99), 8);
    QCOMPARE(series.markerSize(), 8.0);
    const QImage dot = series.lightMarker();
    QVERIFY(!dot.isNull());
    QCOMPARE(dot.size() / dot.devicePixelRatio(), QSize(8, 8));
    QCOMPARE(dot.pixelColor(dot.width() / 2, dot.height() / 2), QColor(0x33, 0x66, 0x99));
    QCOMPARE(dot.pixelColor(0, 0).alpha(), 0); // round: the corners stay clear
}

QTEST_MAIN(TestTrendsJournal)
#include "tst_trendsjournal.moc"
