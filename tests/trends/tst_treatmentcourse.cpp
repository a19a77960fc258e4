// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The one baseline rule (TreatmentCourse) and its words (CourseText), with hand examples from
// DOMAIN.md "Baselines, response and remission".

#include "statistics/TreatmentCourse.h"
#include "storage/OffsetTime.h"
#include "text/CourseText.h"

#include <QTest>

using namespace kap;
using namespace kap::course;

namespace {

const QDate Start(2026, 8, 14); // the induction's first day and first session

QDateTime at(QDate day, int hour = 10)
{
    return offsettime::at(day, QTime(hour, 0), 7200);
}

Phase induction(QDate start, RecordId id = 1)
{
    Phase p;
    p.id = id;
    p.kind = PhaseKind::Induction;
    p.start = start;
    return p;
}

Session session(QDate day, RecordId id = 1)
{
    Session s;
    s.id = id;
    s.occurredAt = at(day, 15);
    return s;
}

/// A response of `kind` whose total is `total` (item 9 left at 0).
QuestionnaireResponse score(RecordId id, QDate day, int total, QuestionnaireKind kind = QuestionnaireKind::Phq9)
{
    QuestionnaireResponse r;
    r.id = id;
    r.kind = kind;
    r.at = at(day);
    r.answers = QList<int>(questionnaire::itemCount(kind), 0);
    for (int i = 0; i < r.answers.size() - 1 && total > 0; ++i) {
        r.answers[i] = std::min(3, total);
        total -= r.answers[i];
    }
    return r;
}

} // namespace

class TestTreatmentCourse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseAndRemissionEdges();
    void baselineIsLatestScoreInTheFourteenDaysBefore();
    void baselineAfterTreatmentBeganWhenNoneBefore();
    void courseWithoutSessionsYet();
    void sessionsWithoutPhasesFormOneCourse();
    void statusIsCurrentAfterRelapse();
    void lowBaselineShowsChangeOnly();
    void gad7RemissionCounts();
    void deletedScoresAndSessionsDoNotCount();
};

void TestTreatmentCourse::responseAndRemissionEdges()
{
    using namespace questionnaire;
    QVERIFY(isResponse(10, 5)); // exactly half from the lowest counted baseline
    QVERIFY(!isResponse(10, 6));
    QVERIFY(!isResponse(9, 0)); // below 10: never "response"
    QVERIFY(!isResponse(4, 2)); // the example
    QVERIFY(isResponse(27, 13));
    QVERIFY(!isResponse(27, 14));
    QVERIFY(isRemission(QuestionnaireKind::Phq9, 10, 4));
    QVERIFY(!isRemission(QuestionnaireKind::Phq9, 10, 5));
    QVERIFY(!isRemission(QuestionnaireKind::Phq9, 9, 0));
    QVERIFY(isRemission(QuestionnaireKind::Gad7, 12, 4));
    QVERIFY(!isRemission(QuestionnaireKind::Gad7, 9, 1));
}

void TestTreatmentCourse::baselineIsLatestScoreInTheFourteenDaysBefore()
{
    const auto list = courses({ induction(Start) }, { session(Start), session(Start.addDays(2), 2) });
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().opens, Start.addDays(-14));
    QVERIFY(!list.first().last.isValid());
    // 15 days before is outside; 10 and 2 days before are inside; the same day before 15:00 too.
    const QList<QuestionnaireResponse> scores { score(1, Start.addDays(-15), 25), score(2, Start.addDays(-10), 20),
        score(3, Start.addDays(-2), 17), score(4, Start.addDays(7), 12) };
    auto baseline = baselineOf(QuestionnaireKind::Phq9, list.first(), scores);
    QVERIFY(baseline);
    QCOMPARE(baseline->response.id, RecordId(3));
    QCOMPARE(baseline->total, 17);
    QVERIFY(!baseline->afterTreatmentBegan);

    QList<QuestionnaireResponse> sameDay = scores;
    sameDay.append(score(5, Start, 19)); // 10:00, the session is at 15:00
    baseline = baselineOf(QuestionnaireKind::Phq9, list.first(), sameDay);
    QCOMPARE(baseline->response.id, RecordId(5));

    // The score 15 days before belongs to no course: no outcome for it.
    QVERIFY(!courseAt(list, Start.addDays(-15)));
    const Outcome outcome = outcomeOf(QuestionnaireKind::Phq9, list, scores, Start.addDays(30));
    QCOMPARE(outcome.latestTotal, std::optional<int>(12));
    QCOMPARE(outcome.change, std::optional<int>(-5));
    QCOMPARE(outcome.changePercent, std::optional<int>(-29)); // -5 / 17, truncated
    QVERIFY(outcome.counted);
    QVERIFY(!outcome.inResponseNow);
    QCOMPARE(CourseText::status(outcome), QStringLiteral("no response yet; 29 % lower than the baseline"));
}

void TestTreatmentCourse::baselineAfterTreatmentBeganWhenNoneBefore()
{
    const auto list = courses({ induction(Start) }, { session(Start) });
    const QList<QuestionnaireResponse> scores { score(1, Start.addDays(3), 18), score(2, Start.addDays(10), 8) };
    const auto baseline = baselineOf(QuestionnaireKind::Phq9, list.first(), scores);
    QVERIFY(baseline);
    QCOMPARE(baseline->response.id, RecordId(1));
    QVERIFY(baseline->afterTreatmentBegan);
    QLocale c(QLocale::C);
    QCOMPARE(CourseText::baseline(*baseline, c, QStringLiteral("d MMM")),
        QStringLiteral("baseline 18 on 17 Aug, taken after treatment began"));
    const Outcome outcome = outcomeOf(QuestionnaireKind::Phq9, list, scores, Start.addDays(10));
    QVERIFY(outcome.inResponseNow); // 8 <= 18 / 2
    QCOMPARE(CourseText::status(outcome, c, QStringLiteral("d MMM")), QStringLiteral("in response since 24 Aug"));
}

void TestTreatmentCourse::courseWithoutSessionsYet()
{
    // An induction entered ahead of its first session: the latest score so far is the baseline.
    const auto list = courses({ induction(Start) }, {});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().opens, Start.addDays(-14));
    const QList<QuestionnaireResponse> scores { score(1, Start.addDays(-5), 16), score(2, Start.addDays(-1), 15) };
    const auto baseline = baselineOf(QuestionnaireKind::Phq9, list.first(), scores);
    QCOMPARE(baseline->response.id, RecordId(2));
    QVERIFY(!baseline->afterTreatmentBegan);
    // No course at all: nothing to compare with.
    QVERIFY(courses({}, {}).isEmpty());
    QVERIFY(!outcomeOf(QuestionnaireKind::Phq9, {}, scores, Start).baseline);
}

void TestTreatmentCourse::sessionsWithoutPhasesFormOneCourse()
{
    const auto list = courses({}, { session(Start.addDays(4), 2), session(Start) });
    QCOMPARE(list.size(), 1);
    QVERIFY(!list.first().inductionStart.isValid());
    QCOMPARE(*list.first().firstSession, at(Start, 15));
    // Sessions before the first induction are a course of their own, closed when the next opens.
    const auto two = courses({ induction(Start.addDays(60)) }, { session(Start), session(Start.addDays(61), 2) });
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).opens, Start.addDays(61 - 14));
    QCOMPARE(two.at(0).last, Start.addDays(61 - 15));
}

void TestTreatmentCourse::statusIsCurrentAfterRelapse()
{
    // DOMAIN.md: "remission 12 Oct – 9 Nov, not now", not "remission reached on 12 Oct".
    const auto list = courses({ induction(QDate(2026, 9, 1)) }, { session(QDate(2026, 9, 1)) });
    const QList<QuestionnaireResponse> scores { score(1, QDate(2026, 8, 30), 20), score(2, QDate(2026, 9, 28), 9),
        score(3, QDate(2026, 10, 12), 4), score(4, QDate(2026, 10, 26), 3), score(5, QDate(2026, 11, 9), 4),
        score(6, QDate(2026, 11, 23), 14) };
    const QLocale c(QLocale::C);
    const QString format = QStringLiteral("d MMM");
    Outcome outcome = outcomeOf(QuestionnaireKind::Phq9, list, scores, QDate(2026, 12, 1));
    QVERIFY(!outcome.inResponseNow);
    QVERIFY(!outcome.inRemissionNow);
    QCOMPARE(outcome.remissions, (QList<Period> { { QDate(2026, 10, 12), QDate(2026, 11, 9) } }));
    QCOMPARE(outcome.responses, (QList<Period> { { QDate(2026, 9, 28), QDate(2026, 11, 9) } }));
    QCOMPARE(CourseText::status(outcome, c, format),
        QStringLiteral("remission 12 Oct – 9 Nov, not now; 30 % lower than the baseline"));

    // Seen on 1 November, the same course is in remission.
    outcome = outcomeOf(QuestionnaireKind::Phq9, list, scores, QDate(2026, 11, 1));
    QVERIFY(outcome.inRemissionNow);
    QCOMPARE(CourseText::status(outcome, c, format), QStringLiteral("in remission since 12 Oct"));

    // A second induction after the relapse starts a new course with its own baseline.
    const auto relapse = courses({ induction(QDate(2026, 9, 1)), induction(QDate(2026, 12, 1), 2) },
        { session(QDate(2026, 9, 1)), session(QDate(2026, 12, 1), 2) });
    outcome = outcomeOf(QuestionnaireKind::Phq9, relapse, scores, QDate(2026, 12, 1));
    QCOMPARE(outcome.baseline->response.id, RecordId(6)); // 23 Nov, 8 days before
    QVERIFY(!outcome.latestTotal);
    QCOMPARE(CourseText::status(outcome), QStringLiteral("no score since the baseline"));
}

void TestTreatmentCourse::lowBaselineShowsChangeOnly()
{
    const auto list = courses({ induction(Start) }, { session(Start) });
    const QList<QuestionnaireResponse> scores { score(1, Start.addDays(-1), 4), score(2, Start.addDays(14), 2) };
    const Outcome outcome = outcomeOf(QuestionnaireKind::Phq9, list, scores, Start.addDays(20));
    QVERIFY(!outcome.counted);
    QVERIFY(outcome.responses.isEmpty());
    QVERIFY(!outcome.inResponseNow);
    QCOMPARE(CourseText::status(outcome),
        QStringLiteral("50 % lower than the baseline (baseline below 10: response and remission are not counted)"));
}

void TestTreatmentCourse::gad7RemissionCounts()
{
    const auto list = courses({ induction(Start) }, { session(Start) });
    const QList<QuestionnaireResponse> scores { score(1, Start.addDays(-3), 12, QuestionnaireKind::Gad7),
        score(2, Start.addDays(14), 4, QuestionnaireKind::Gad7), score(3, Start.addDays(14), 20) };
    const Outcome gad = outcomeOf(QuestionnaireKind::Gad7, list, scores, Start.addDays(20));
    QVERIFY(gad.inRemissionNow);
    QCOMPARE(gad.baseline->total, 12);
    // The PHQ-9 score on the same day is only a PHQ-9 baseline taken after treatment began.
    const Outcome phq = outcomeOf(QuestionnaireKind::Phq9, list, scores, Start.addDays(20));
    QVERIFY(phq.baseline->afterTreatmentBegan);
    QVERIFY(!phq.latestTotal);
}

void TestTreatmentCourse::deletedScoresAndSessionsDoNotCount()
{
    Session trashed = session(Start.addDays(-7), 9);
    trashed.meta.deletedAt = at(Start);
    const auto list = courses({ induction(Start.addDays(-7)) }, { trashed, session(Start) });
    QCOMPARE(*list.first().firstSession, at(Start, 15));
    QuestionnaireResponse gone = score(1, Start.addDays(-1), 27);
    gone.meta.deletedAt = at(Start);
    const auto baseline = baselineOf(QuestionnaireKind::Phq9, list.first(), { gone, score(2, Start.addDays(-3), 11) });
    QCOMPARE(baseline->response.id, RecordId(2));
}

QTEST_GUILESS_MAIN(TestTreatmentCourse)
#include "tst_treatmentcourse.moc"
