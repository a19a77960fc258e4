// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Trends statistics with hand-computed expectations (no database).

#include "statistics/SessionEffectAnalysis.h"
#include "statistics/TrendsRange.h"
#include "statistics/TrendsStatistics.h"
#include "storage/OffsetTime.h"
#include "text/TrendsText.h"

#include <QTest>

using namespace kap;
using namespace kap::trends;

namespace {

QDateTime at(int y, int m, int d, int h, int min, int offsetHours)
{
    return kap::offsettime::at(QDate(y, m, d), QTime(h, min), offsetHours * 3600);
}

MoodCheckin checkin(const QDateTime& when, int mood, std::optional<int> anxiety = std::nullopt)
{
    MoodCheckin c;
    c.at = when;
    c.mood = mood;
    c.anxiety = anxiety;
    return c;
}

DailyMood dayMood(QDate day, double mood)
{
    DailyMood d;
    d.day = day;
    d.mood = mood;
    d.count = 1;
    return d;
}

Phase phase(RecordId id, PhaseKind kind, QDate start, std::optional<QDate> end, const QString& label = {})
{
    Phase p;
    p.id = id;
    p.kind = kind;
    p.start = start;
    p.end = end;
    p.label = label;
    return p;
}

Session session(RecordId id, const QDateTime& when, std::optional<int> before = {}, std::optional<int> after = {})
{
    Session s;
    s.id = id;
    s.occurredAt = when;
    s.route = QStringLiteral("sublingual");
    s.doseMg = 300;
    s.moodBefore = before;
    s.moodAfter = after;
    return s;
}

/// PHQ-9 answers with the given total (item 9 set separately).
QuestionnaireResponse phq9(RecordId id, QDate day, int total, int item9 = 0)
{
    QuestionnaireResponse r;
    r.id = id;
    r.kind = QuestionnaireKind::Phq9;
    r.at = kap::offsettime::at(day, QTime(10, 0), 3600);
    r.answers = QList<int>(9, 0);
    int left = total - item9;
    r.answers[8] = item9;
    for (int i = 0; i < 8 && left > 0; ++i) {
        r.answers[i] = std::min(3, left);
        left -= r.answers[i];
    }
    return r;
}

/// Daily moods on consecutive days from `first`.
QList<DailyMood> consecutive(QDate first, const QList<double>& moods)
{
    QList<DailyMood> days;
    for (qsizetype i = 0; i < moods.size(); ++i) {
        days.append(dayMood(first.addDays(i), moods.at(i)));
    }
    return days;
}

const QDate March1(2026, 3, 1);

} // namespace

class TestTrendsStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalCheckinsInOneDay();
    void dstDayKeepsItsCheckins();
    void sameInstantDifferentLocalDays();
    void rollingAverageWithoutGaps();
    void rollingAverageBridgesShortGapsAndBreaksAtLongOnes();
    void rollingAverageWindowSlidesOverMissingDays();
    void rollingAverageClippedToRangeKeepsEarlierContext();
    void optionalSeriesOnlyWhereRated();
    void phasesTouchingShareALane();
    void phasesOverlappingGetLanes();
    void openEndedPhaseEndsAtRangeEnd();
    void severityBandsComeFromQuestionnaire();
    void questionnaireBaselineResponseRemission();
    void secondCourseHasItsOwnBaseline();
    void phaseSummaryHandComputed();
    void rangePresets();
    void thisPhase();
    void granularity();
    void computeWholeJournal();
    void emptyJournal();
    void ruleTextMentionsTheNumbers();
};

void TestTrendsStatistics::severalCheckinsInOneDay()
{
    const QList<MoodCheckin> checkins { checkin(at(2026, 3, 1, 8, 0, 1), 4, 2), checkin(at(2026, 3, 1, 13, 0, 1), 6),
        checkin(at(2026, 3, 1, 21, 0, 1), 8, 5), checkin(at(2026, 3, 2, 9, 0, 1), 3) };
    const auto daily = statistics::dailyMood(checkins);
    QCOMPARE(daily.size(), 2);
    QCOMPARE(daily.at(0).day, March1);
    QCOMPARE(daily.at(0).mood, 6.0); // (4 + 6 + 8) / 3
    QCOMPARE(daily.at(0).count, 3);
    QCOMPARE(daily.at(0).anxiety, std::optional<double>(3.5)); // only the two given: (2 + 5) / 2
    QVERIFY(!daily.at(0).energy);
    QCOMPARE(daily.at(1).mood, 3.0);
    QVERIFY(!daily.at(1).anxiety);
}

void TestTrendsStatistics::dstDayKeepsItsCheckins()
{
    // 29 March 2026: Central Europe moves from +01:00 to +02:00 at 02:00 local.
    const QList<MoodCheckin> checkins { checkin(at(2026, 3, 28, 23, 30, 1), 9), checkin(at(2026, 3, 29, 0, 30, 1), 2),
        checkin(at(2026, 3, 29, 23, 30, 2), 6), checkin(at(2026, 3, 30, 0, 15, 2), 7) };
    const auto daily = statistics::dailyMood(checkins);
    QCOMPARE(daily.size(), 3);
    QCOMPARE(daily.at(1).day, QDate(2026, 3, 29));
    QCOMPARE(daily.at(1).count, 2);
    QCOMPARE(daily.at(1).mood, 4.0); // (2 + 6) / 2
    QCOMPARE(daily.at(0).mood, 9.0);
    QCOMPARE(daily.at(2).mood, 7.0);
}

void TestTrendsStatistics::sameInstantDifferentLocalDays()
{
    // Both are 22:30 UTC on 29 March, entered under different offsets: two local days.
    const auto a = at(2026, 3, 29, 23, 30, 1);
    const auto b = at(2026, 3, 30, 0, 30, 2);
    QCOMPARE(a.toUTC(), b.toUTC());
    const auto daily = statistics::dailyMood({ checkin(a, 3), checkin(b, 5) });
    QCOMPARE(daily.size(), 2);
    QCOMPARE(daily.at(0).day, QDate(2026, 3, 29));
    QCOMPARE(daily.at(1).day, QDate(2026, 3, 30));
}

void TestTrendsStatistics::rollingAverageWithoutGaps()
{
    QList<DayValue> values;
    for (int i = 1; i <= 10; ++i) {
        values.append(DayValue { March1.addDays(i - 1), double(i) });
    }
    const auto segments = statistics::rollingAverage(values);
    QCOMPARE(segments.size(), 1);
    const Segment& s = segments.first();
    QCOMPARE(s.size(), 10);
    QCOMPARE(s.at(0).value, 1.0);
    QCOMPARE(s.at(1).value, 1.5);
    QCOMPARE(s.at(6).value, 4.0); // (1..7) / 7
    QCOMPARE(s.at(7).value, 5.0); // (2..8) / 7
    QCOMPARE(s.at(9).value, 7.0); // (4..10) / 7
    QCOMPARE(s.at(9).day, QDate(2026, 3, 10));
}

void TestTrendsStatistics::rollingAverageBridgesShortGapsAndBreaksAtLongOnes()
{
    // Days 1, 2, 3, [4, 5 empty], 6, [7, 8, 9 empty], 10, 11.
    const QList<DayValue> values { { QDate(2026, 3, 1), 3 }, { QDate(2026, 3, 2), 6 }, { QDate(2026, 3, 3), 9 },
        { QDate(2026, 3, 6), 12 }, { QDate(2026, 3, 10), 2 }, { QDate(2026, 3, 11), 4 } };
    const auto segments = statistics::rollingAverage(values);
    QCOMPARE(segments.size(), 2);
    const Segment expectedFirst { { QDate(2026, 3, 1), 3 }, { QDate(2026, 3, 2), 4.5 }, { QDate(2026, 3, 3), 6 },
        { QDate(2026, 3, 6), 7.5 } }; // (3 + 6 + 9 + 12) / 4
    QCOMPARE(segments.at(0), expectedFirst);
    // The window of day 10 (4..10) holds day 6, but that is across the gap: not used.
    const Segment expectedSecond { { QDate(2026, 3, 10), 2 }, { QDate(2026, 3, 11), 3 } };
    QCOMPARE(segments.at(1), expectedSecond);
}

void TestTrendsStatistics::rollingAverageWindowSlidesOverMissingDays()
{
    const QList<DayValue> values { { QDate(2026, 3, 1), 10 }, { QDate(2026, 3, 3), 4 }, { QDate(2026, 3, 5), 4 },
        { QDate(2026, 3, 7), 4 }, { QDate(2026, 3, 9), 4 } };
    const auto segments = statistics::rollingAverage(values);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0).at(3).value, 5.5); // day 7: window 1..7 = 10, 4, 4, 4
    QCOMPARE(segments.at(0).at(4).value, 4.0); // day 9: window 3..9 = 4, 4, 4, 4 (day 1 left)
}

void TestTrendsStatistics::rollingAverageClippedToRangeKeepsEarlierContext()
{
    QList<DayValue> values;
    for (int i = 1; i <= 10; ++i) {
        values.append(DayValue { March1.addDays(i - 1), double(i) });
    }
    const auto clipped
        = statistics::clip(statistics::rollingAverage(values), DayRange { QDate(2026, 3, 8), QDate(2026, 3, 9) });
    QCOMPARE(clipped.size(), 1);
    const Segment expected { { QDate(2026, 3, 8), 5 }, { QDate(2026, 3, 9), 6 } };
    QCOMPARE(clipped.first(), expected);
    const DayRange afterTheData { QDate(2026, 4, 1), QDate(2026, 4, 9) };
    QVERIFY(statistics::clip(statistics::rollingAverage(values), afterTheData).isEmpty());
}

void TestTrendsStatistics::optionalSeriesOnlyWhereRated()
{
    auto days = consecutive(March1, { 5, 5, 5 });
    days[0].sleep = 8;
    days[2].sleep = 4;
    const auto sleep = statistics::values(days, statistics::Measure::Sleep);
    QCOMPARE(sleep.size(), 2);
    const auto segments = statistics::rollingAverage(sleep);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.first().at(1).value, 6.0);
    QVERIFY(statistics::values(days, statistics::Measure::Energy).isEmpty());
}

void TestTrendsStatistics::phasesTouchingShareALane()
{
    const QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 3, 1), QDate(2026, 3, 21)),
        phase(2, PhaseKind::Maintenance, QDate(2026, 3, 22), QDate(2026, 6, 30)) };
    const auto bands = statistics::phaseBands(phases, DayRange { QDate(2026, 1, 1), QDate(2026, 12, 31) });
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands.at(0).lane, 0);
    QCOMPARE(bands.at(1).lane, 0);
    QCOMPARE(bands.at(0).last, QDate(2026, 3, 21));
    QCOMPARE(bands.at(1).first, QDate(2026, 3, 22));
}

void TestTrendsStatistics::phasesOverlappingGetLanes()
{
    // A and D share 21 March (overlap by one day); C lies inside A; E starts after A ended.
    const QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 3, 1), QDate(2026, 3, 21)),
        phase(3, PhaseKind::Other, QDate(2026, 3, 10), QDate(2026, 3, 15)),
        phase(4, PhaseKind::Maintenance, QDate(2026, 3, 21), QDate(2026, 4, 30)),
        phase(5, PhaseKind::Other, QDate(2026, 3, 25), QDate(2026, 3, 26)),
        phase(6, PhaseKind::Other, QDate(2025, 1, 1), QDate(2025, 2, 1)) };
    const auto bands = statistics::phaseBands(phases, DayRange { QDate(2026, 3, 5), QDate(2026, 12, 31) });
    QCOMPARE(bands.size(), 4); // phase 6 is outside the range
    QCOMPARE(bands.at(0).id, 1);
    QCOMPARE(bands.at(0).first, QDate(2026, 3, 5)); // clipped to the range
    QCOMPARE(bands.at(0).lane, 0);
    QCOMPARE(bands.at(1).id, 3);
    QCOMPARE(bands.at(1).lane, 1);
    QCOMPARE(bands.at(2).id, 4);
    QCOMPARE(bands.at(2).lane, 1); // lane 0 still busy on 21 March, lane 1 free since 15 March
    QCOMPARE(bands.at(3).id, 5);
    QCOMPARE(bands.at(3).lane, 0); // lane 0 free again after 21 March
}

void TestTrendsStatistics::openEndedPhaseEndsAtRangeEnd()
{
    const QList<Phase> phases { phase(
        2, PhaseKind::Maintenance, QDate(2026, 3, 22), std::nullopt, QStringLiteral("Monthly")) };
    const auto bands = statistics::phaseBands(phases, DayRange { QDate(2026, 3, 1), QDate(2026, 5, 31) });
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands.at(0).first, QDate(2026, 3, 22));
    QCOMPARE(bands.at(0).last, QDate(2026, 5, 31));
    QVERIFY(bands.at(0).openEnded);
    QCOMPARE(TrendsText::phaseName(bands.at(0)), QStringLiteral("Monthly"));
}

void TestTrendsStatistics::severityBandsComeFromQuestionnaire()
{
    using questionnaire::Severity;
    const auto phq = statistics::severityBands(QuestionnaireKind::Phq9);
    QCOMPARE(phq.size(), 5);
    QCOMPARE(phq.at(0).low, 0);
    QCOMPARE(phq.at(0).high, 4);
    QCOMPARE(phq.at(3).severity, Severity::ModeratelySevere);
    QCOMPARE(phq.at(3).low, 15);
    QCOMPARE(phq.at(3).high, 19);
    QCOMPARE(phq.at(4).low, 20);
    QCOMPARE(phq.at(4).high, 27);
    const auto gad = statistics::severityBands(QuestionnaireKind::Gad7);
    QCOMPARE(gad.size(), 4);
    QCOMPARE(gad.at(3).severity, Severity::Severe);
    QCOMPARE(gad.at(3).low, 15);
    QCOMPARE(gad.at(3).high, 21);
}

void TestTrendsStatistics::questionnaireBaselineResponseRemission()
{
    const QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 1, 1), QDate(2026, 1, 21)) };
    // First session on 2 January at 15:00: the score of 1 January is the pre-treatment baseline.
    const auto courses = course::courses(phases, { session(1, at(2026, 1, 2, 15, 0, 1)) });
    const QList<QuestionnaireResponse> responses { phq9(1, QDate(2026, 1, 1), 20), phq9(2, QDate(2026, 1, 15), 12),
        phq9(3, QDate(2026, 1, 29), 8), phq9(4, QDate(2026, 2, 12), 4, 1) };
    const auto all = statistics::questionnaireSeries(QuestionnaireKind::Phq9, responses, courses, DayRange {});
    QCOMPARE(all.points.size(), 4);
    QVERIFY(all.points.at(0).baseline);
    QVERIFY(!all.points.at(0).baselineAfterTreatmentBegan);
    QCOMPARE(all.points.at(0).severity, questionnaire::Severity::Severe);
    QVERIFY(!all.points.at(0).response);
    QCOMPARE(all.points.at(1).severity, questionnaire::Severity::Moderate);
    QVERIFY(!all.points.at(1).response); // 12 > 10
    QVERIFY(all.points.at(2).response); // 8 <= 10
    QVERIFY(!all.points.at(2).remission); // 8 is not < 5
    QVERIFY(all.points.at(3).remission);
    QVERIFY(all.points.at(3).item9);
    QVERIFY(!all.points.at(2).item9);
    // The status at the latest score: in remission since 12 Feb, in response since 29 Jan.
    QVERIFY(all.outcome.inRemissionNow);
    QVERIFY(all.outcome.inResponseNow);
    QCOMPARE(all.outcome.responses, (QList<course::Period> { { QDate(2026, 1, 29), QDate(2026, 2, 12) } }));
    QCOMPARE(all.outcome.remissions, (QList<course::Period> { { QDate(2026, 2, 12), QDate(2026, 2, 12) } }));

    // The baseline lies before the range: still used, not shown as a point.
    const auto later = statistics::questionnaireSeries(
        QuestionnaireKind::Phq9, responses, courses, DayRange { QDate(2026, 1, 10), QDate(2026, 12, 31) });
    QCOMPARE(later.points.size(), 3);
    QVERIFY(!later.points.at(0).baseline);
    QCOMPARE(later.points.at(0).baselineTotal, std::optional<int>(20));
    QVERIFY(statistics::questionnaireSeries(QuestionnaireKind::Gad7, responses, courses, {}).points.isEmpty());
    // A range ending before the remission: the status is the one at its end.
    const auto early = statistics::questionnaireSeries(
        QuestionnaireKind::Phq9, responses, courses, DayRange { QDate(2026, 1, 1), QDate(2026, 2, 1) });
    QVERIFY(early.outcome.inResponseNow);
    QVERIFY(!early.outcome.inRemissionNow);
    QVERIFY(early.outcome.remissions.isEmpty());
}

void TestTrendsStatistics::secondCourseHasItsOwnBaseline()
{
    const QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 1, 1), QDate(2026, 1, 21)),
        phase(2, PhaseKind::Induction, QDate(2026, 6, 1), QDate(2026, 6, 21)) };
    const QList<Session> sessions { session(1, at(2026, 1, 2, 15, 0, 1)), session(2, at(2026, 6, 2, 15, 0, 1)) };
    const auto courses = course::courses(phases, sessions);
    QCOMPARE(courses.size(), 2);
    QCOMPARE(courses.at(1).opens, QDate(2026, 5, 19)); // 14 days before the first session of June
    QCOMPARE(courses.at(0).last, QDate(2026, 5, 18));
    const QList<QuestionnaireResponse> responses { phq9(1, QDate(2026, 1, 1), 20), phq9(2, QDate(2026, 2, 1), 9),
        phq9(3, QDate(2026, 6, 2), 18), phq9(4, QDate(2026, 6, 30), 10) };
    const auto series = statistics::questionnaireSeries(QuestionnaireKind::Phq9, responses, courses, {});
    QVERIFY(series.points.at(0).baseline);
    QVERIFY(series.points.at(1).response);
    QVERIFY(series.points.at(2).baseline); // 10:00 on 2 June, before that day's session
    QCOMPARE(series.points.at(3).baselineTotal, std::optional<int>(18));
    QVERIFY(!series.points.at(3).response); // 10 > 9

    // With two scores in the 14 days before the first session, the latest is the baseline.
    QList<QuestionnaireResponse> withPreTreatment = responses;
    withPreTreatment.insert(2, phq9(5, QDate(2026, 5, 25), 20));
    const auto pre = statistics::questionnaireSeries(QuestionnaireKind::Phq9, withPreTreatment, courses, {});
    QVERIFY(!pre.points.at(2).baseline); // 25 May
    QVERIFY(pre.points.at(3).baseline); // 2 June
    QCOMPARE(pre.points.at(4).baselineTotal, std::optional<int>(18));
    // Scores more than two weeks before the first session belong to the course before it.
    withPreTreatment[2].at = kap::offsettime::at(QDate(2026, 5, 10), QTime(10, 0), 3600);
    const auto earlier = statistics::questionnaireSeries(QuestionnaireKind::Phq9, withPreTreatment, courses, {});
    QVERIFY(!earlier.points.at(2).baseline);
    QCOMPARE(earlier.points.at(2).baselineTotal, std::optional<int>(20)); // the January baseline
}

void TestTrendsStatistics::phaseSummaryHandComputed()
{
    const QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 3, 1), QDate(2026, 3, 5)),
        phase(2, PhaseKind::Maintenance, QDate(2026, 3, 6), std::nullopt) };
    const auto daily = consecutive(March1, { 2, 4, 6, 8, 5, 7, 9 }); // 1..7 March
    const QList<Session> sessions { session(1, at(2026, 3, 1, 10, 0, 1), 2, 5),
        session(2, at(2026, 3, 3, 10, 0, 1), 4, 8), session(3, at(2026, 3, 4, 10, 0, 1)),
        session(4, at(2026, 3, 6, 10, 0, 1), 6, 7) };
    const DayRange range { March1, QDate(2026, 3, 7) };
    const auto bands = statistics::phaseBands(phases, range);
    const QList<QuestionnaireResponse> responses { phq9(1, QDate(2026, 3, 1), 16), phq9(2, QDate(2026, 3, 5), 11),
        phq9(3, QDate(2026, 3, 7), 7) };
    const auto courses = course::courses(phases, sessions);
    const auto phq = statistics::questionnaireSeries(QuestionnaireKind::Phq9, responses, courses, range);
    const auto gad = statistics::questionnaireSeries(QuestionnaireKind::Gad7, responses, courses, range);
    const auto summaries = statistics::phaseSummaries(bands, daily, sessions, {}, phq, gad);
    QCOMPARE(summaries.size(), 2);
    const PhaseSummary& first = summaries.at(0);
    QCOMPARE(first.sessions, 3);
    QCOMPARE(first.moodDays, 5);
    QCOMPARE(first.meanMood, std::optional<double>(5.0)); // (2+4+6+8+5)/5
    QCOMPARE(first.minMood, std::optional<double>(2.0));
    QCOMPARE(first.maxMood, std::optional<double>(8.0));
    QCOMPARE(first.meanSessionChange, std::optional<double>(3.5)); // (+3, +4) / 2; session 3 unrated
    QVERIFY(first.phq9);
    QCOMPARE(first.phq9->first, 16);
    QCOMPARE(first.phq9->last, 11);
    QVERIFY(!first.gad7);
    const PhaseSummary& second = summaries.at(1);
    QCOMPARE(second.sessions, 1);
    QCOMPARE(second.meanMood, std::optional<double>(8.0)); // (7+9)/2
    QCOMPARE(second.meanSessionChange, std::optional<double>(1.0));
    QCOMPARE(second.phq9->first, 7);
    QCOMPARE(second.phq9->last, 7);
    QVERIFY(second.band.openEnded);
}

void TestTrendsStatistics::rangePresets()
{
    const QDate today(2026, 3, 2);
    const DayRange span { QDate(2024, 5, 1), QDate(2026, 2, 27) };
    auto r = TrendsRange::resolve(RangePreset::FourWeeks, today, span, {});
    QCOMPARE(r.first, QDate(2026, 2, 3));
    QCOMPARE(r.last, today);
    QCOMPARE(r.first.daysTo(r.last) + 1, 28);
    r = TrendsRange::resolve(RangePreset::TwelveWeeks, today, span, {});
    QCOMPARE(r.first.daysTo(r.last) + 1, 84);
    QCOMPARE(r.first, QDate(2025, 12, 9));
    r = TrendsRange::resolve(RangePreset::SixMonths, today, span, {});
    QCOMPARE(r.first, QDate(2025, 9, 3));
    r = TrendsRange::resolve(RangePreset::OneYear, today, span, {});
    QCOMPARE(r.first, QDate(2025, 3, 3));
    r = TrendsRange::resolve(RangePreset::All, today, span, {});
    QCOMPARE(r.first, span.first);
    QCOMPARE(r.last, span.last);
    r = TrendsRange::resolve(RangePreset::All, today, DayRange {}, {});
    QCOMPARE(r.first, QDate(2026, 2, 3)); // no data: 4 weeks
    r = TrendsRange::resolve(RangePreset::Custom, today, span, {}, DayRange { QDate(2026, 1, 31), QDate(2026, 1, 1) });
    QCOMPARE(r.first, QDate(2026, 1, 1)); // swapped
    QCOMPARE(r.last, QDate(2026, 1, 31));
    r = TrendsRange::resolve(RangePreset::Custom, today, span, {}, DayRange { QDate(2026, 1, 1), QDate() });
    QCOMPARE(r.last, span.last);
}

void TestTrendsStatistics::thisPhase()
{
    const QDate today(2026, 3, 2);
    const DayRange span { QDate(2025, 1, 1), today };
    QList<Phase> phases { phase(1, PhaseKind::Induction, QDate(2026, 1, 1), QDate(2026, 1, 21)),
        phase(2, PhaseKind::Maintenance, QDate(2026, 1, 22), std::nullopt),
        phase(3, PhaseKind::Other, QDate(2026, 2, 20), QDate(2026, 3, 10)) };
    auto r = TrendsRange::resolve(RangePreset::ThisPhase, today, span, phases);
    QCOMPARE(r.first, QDate(2026, 2, 20)); // latest-starting of the two containing today
    QCOMPARE(r.last, QDate(2026, 3, 10));
    phases.removeLast();
    r = TrendsRange::resolve(RangePreset::ThisPhase, today, span, phases);
    QCOMPARE(r.first, QDate(2026, 1, 22));
    QCOMPARE(r.last, today); // open-ended
    phases.removeLast();
    r = TrendsRange::resolve(RangePreset::ThisPhase, today, span, phases);
    QCOMPARE(r.first, QDate(2026, 1, 1)); // none contains today: the latest one before it
    QCOMPARE(r.last, QDate(2026, 1, 21));
    r = TrendsRange::resolve(RangePreset::ThisPhase, today, span, {});
    QCOMPARE(r.first, span.first); // no phase: all
}

void TestTrendsStatistics::granularity()
{
    const QDate d(2026, 1, 1);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(27) }), AxisGranularity::Days);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(34) }), AxisGranularity::Days);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(35) }), AxisGranularity::Weeks);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(83) }), AxisGranularity::Weeks);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(181) }), AxisGranularity::Weeks);
    QCOMPARE(TrendsRange::granularity(DayRange { d, d.addDays(364) }), AxisGranularity::Months);
}

void TestTrendsStatistics::computeWholeJournal()
{
    TrendsInput input;
    input.today = QDate(2026, 3, 20);
    input.daily = consecutive(March1, { 4, 4, 4, 4, 4, 4, 4, 5, 8, 8, 7, 6, 5, 4, 4, 4, 4, 4 }); // to 18 March
    input.phases = { phase(1, PhaseKind::Induction, March1, std::nullopt) };
    input.sessions = { session(1, at(2026, 3, 8, 15, 0, 1), 3, 7) };
    input.questionnaires = { phq9(1, QDate(2026, 3, 1), 14), phq9(2, QDate(2026, 3, 15), 6) };
    const TrendsData data = statistics::compute(input, RangePreset::All);
    QCOMPARE(data.range.first, March1);
    QCOMPARE(data.range.last, QDate(2026, 3, 18));
    QCOMPARE(data.granularity, AxisGranularity::Days);
    QCOMPARE(data.daily.size(), 18);
    QCOMPARE(data.average.size(), 1);
    QCOMPARE(data.phases.size(), 1);
    QCOMPARE(data.phases.first().last, QDate(2026, 3, 18));
    QCOMPARE(data.sessions.size(), 1);
    QCOMPARE(data.sessionEffects.size(), 1);
    QCOMPARE(data.sessionEffects.first().outcome, SessionEffect::Outcome::Returned); // 8 8 7 6 5 | 4 4
    QCOMPARE(data.sessionEffects.first().daysAbove, std::optional<int>(5));
    QCOMPARE(data.phq9.points.size(), 2);
    QVERIFY(data.phq9.points.at(1).response);
    QCOMPARE(data.phaseSummaries.size(), 1);
    QCOMPARE(data.phaseSummaries.first().sessions, 1);
    QCOMPARE(data.phaseSummaries.first().meanWeekChange, std::optional<double>(2.0)); // 6 - 4
    const QString summary = TrendsText::summary(data, QLocale::c());
    QVERIFY2(summary.contains(QStringLiteral("Mood was logged on 18 days")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Latest PHQ-9: 6 (mild), baseline 14 on 1 Mar 2026, in response since")),
        qPrintable(summary));

    const TrendsData fourWeeks = statistics::compute(input, RangePreset::FourWeeks);
    QCOMPARE(fourWeeks.range.last, QDate(2026, 3, 20));
    QCOMPARE(fourWeeks.daily.size(), 18);
}

void TestTrendsStatistics::emptyJournal()
{
    TrendsInput input;
    input.today = QDate(2026, 3, 20);
    const TrendsData data = statistics::compute(input, RangePreset::All);
    QVERIFY(data.isEmpty());
    QCOMPARE(data.range.last, input.today);
    QVERIFY(data.average.isEmpty());
    QCOMPARE(data.maintenanceTrend.sessions, 0);
    QVERIFY(TrendsText::summary(data, QLocale::c()).contains(QStringLiteral("No mood check-ins")));
}

void TestTrendsStatistics::ruleTextMentionsTheNumbers()
{
    const QString rule = TrendsText::sessionEffectRule();
    QVERIFY(rule.contains(QStringLiteral("7 days before")));
    QVERIFY(rule.contains(QStringLiteral("at least 4")));
    QVERIFY(rule.contains(QStringLiteral("two days with check-ins in a row")));
    QVERIFY(rule.contains(QStringLiteral("less than 8 days apart")));
    QVERIFY(rule.contains(QStringLiteral("not a clinical measure")));
}

QTEST_GUILESS_MAIN(TestTrendsStatistics)
#include "tst_trendsstatistics.moc"
