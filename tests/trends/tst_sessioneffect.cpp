// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The session-effect rule (DOMAIN.md "The session effect") on hand cases, with the reading a
// clinician would give written next to each (daily mood; D = the session day).

#include "statistics/SessionEffectAnalysis.h"
#include "storage/OffsetTime.h"
#include "text/TrendsText.h"

#include <QTest>

using namespace kap;
using namespace kap::trends;

namespace {

const QDate D(2026, 3, 10);

Session session(RecordId id, QDate day)
{
    Session s;
    s.id = id;
    s.occurredAt = offsettime::at(day, QTime(15, 0), 3600);
    return s;
}

Phase phase(PhaseKind kind, QDate start, std::optional<QDate> end = std::nullopt)
{
    Phase p;
    p.kind = kind;
    p.start = start;
    p.end = end;
    return p;
}

/// Daily moods on consecutive days from `first`; a negative value leaves that day out.
QList<DailyMood> days(QDate first, const QList<double>& moods)
{
    QList<DailyMood> list;
    for (qsizetype i = 0; i < moods.size(); ++i) {
        if (moods[i] < 0) {
            continue;
        }
        DailyMood d;
        d.day = first.addDays(i);
        d.mood = moods[i];
        d.count = 1;
        list.append(d);
    }
    return list;
}

QList<double> repeat(double value, int count)
{
    return QList<double>(count, value);
}

SessionEffect only(const QList<SessionEffect>& effects)
{
    if (effects.size() != 1) {
        qFatal("expected one effect, got %d", int(effects.size()));
    }
    return effects.first();
}

QString reading(const SessionEffect& effect)
{
    return TrendsText::sessionEffect(effect, QLocale::c());
}

} // namespace

class TestSessionEffect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseA_backOnDayFive();
    void caseB_missedCheckinDoesNotVoidIt();
    void caseD_consecutiveDaysAreOneBlock();
    void caseE_oneLowDayDoesNotEndIt();
    void caseC2_inductionPlateauIsALift();
    void caseG_steadyMaintenanceReportsTheLevel();
    void notEnoughCheckinsIsNeverGuessed();
    void stopsTheDayBeforeTheNextSession();
    void troughIsTheThreeDaysBefore();
    void maintenanceTrendNeedsFiveAndSaysWhy();
    void maintenanceTrendSlopeOverFive();
};

void TestSessionEffect::caseA_backOnDayFive()
{
    // Before 4 x7; after 7 7 6 5 4 4 4: back on day 5, above for 4 days.
    const auto daily = days(D.addDays(-7), repeat(4, 7) + QList<double> { 5, 7, 7, 6, 5, 4, 4, 4 });
    const SessionEffect e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.meanBefore, std::optional<double>(4.0));
    QCOMPARE(e.outcome, SessionEffect::Outcome::Returned);
    QCOMPARE(e.returnDay, std::optional<int>(5));
    QCOMPARE(e.daysAbove, std::optional<int>(4));
    QVERIFY(!e.daysAboveApproximate);
    QCOMPARE(reading(e), QStringLiteral("Above the earlier level for 4 days (back on day 5)"));
}

void TestSessionEffect::caseB_missedCheckinDoesNotVoidIt()
{
    // Before 4 x7; D+1 missing; then 8 8 8 7 6 5 4 (and 4 after): about 6 days, not "a gap".
    const auto daily = days(D.addDays(-7), repeat(4, 7) + QList<double> { 5, -1, 8, 8, 8, 7, 6, 5, 4, 4 });
    const SessionEffect e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.outcome, SessionEffect::Outcome::Returned);
    QCOMPARE(e.returnDay, std::optional<int>(8));
    QCOMPARE(e.daysAbove, std::optional<int>(6)); // the six days with check-ins before day 8
    QVERIFY(e.daysAboveApproximate);
    QCOMPARE(reading(e), QStringLiteral("Above the earlier level for about 6 days (back on day 8)"));
    QVERIFY(!reading(e).contains(QStringLiteral("gap")));
}

void TestSessionEffect::caseD_consecutiveDaysAreOneBlock()
{
    // Sessions on D and D+1: one block, measured from before D to after D+1.
    const auto daily = days(D.addDays(-7), repeat(4, 7) + QList<double> { 5, 6, 7, 7, 6, 5, 4, 4, 4 });
    const auto effects = sessioneffect::analyse({ session(1, D), session(2, D.addDays(1)) }, daily, {}, {});
    QCOMPARE(effects.size(), 2);
    for (const SessionEffect& e : effects) {
        QVERIFY(e.inBlock());
        QCOMPARE(e.blockSessions, 2);
        QCOMPARE(e.blockFirst, D);
        QCOMPARE(e.blockLast, D.addDays(1));
        QCOMPARE(e.outcome, SessionEffect::Outcome::Returned);
        QCOMPARE(e.returnDay, std::optional<int>(5)); // after D+1: 7 7 6 5 | 4 4
        QCOMPARE(e.daysAbove, std::optional<int>(4));
        QCOMPARE(reading(e),
            QStringLiteral("Not measurable alone (another session within 7 days). The block of 2 sessions, "
                           "10 Mar 2026 – 11 Mar 2026: above the earlier level for 4 days (back on day 5)"));
    }
}

void TestSessionEffect::caseE_oneLowDayDoesNotEndIt()
{
    // Before 5 x7; after 4 8 8 8 7 7 6: a lift lasting past day 6, not "~1 day".
    const auto daily = days(D.addDays(-7), repeat(5, 7) + QList<double> { 5, 4, 8, 8, 8, 7, 7, 6 });
    const SessionEffect e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.outcome, SessionEffect::Outcome::StillAbove);
    QCOMPARE(e.lastDayLooked, std::optional<int>(7));
    QCOMPARE(reading(e), QStringLiteral("Still above the earlier level on day 7, the last day looked at"));
}

void TestSessionEffect::caseC2_inductionPlateauIsALift()
{
    // Induction on days 0, 2, 4, 7, 9, 11; mood 3 before, rising to a plateau of 7.
    const QList<int> sessionDays { 0, 2, 4, 7, 9, 11 };
    QList<Session> sessions;
    for (int day : sessionDays) {
        sessions.append(session(day + 1, D.addDays(day)));
    }
    QList<double> moods = repeat(3, 7); // D-7 .. D-1
    moods += QList<double> { 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7 }; // D .. D+11
    moods += repeat(7, 14); // D+12 .. D+25
    const auto effects = sessioneffect::analyse(
        sessions, days(D.addDays(-7), moods), { phase(PhaseKind::Induction, D, D.addDays(20)) }, {});
    QCOMPARE(effects.size(), 6);
    for (const SessionEffect& e : effects) {
        QCOMPARE(e.blockSessions, 6);
        QCOMPARE(e.meanBefore, std::optional<double>(3.0));
        QCOMPARE(e.outcome, SessionEffect::Outcome::StillAbove);
        QCOMPARE(e.lastDayLooked, std::optional<int>(14));
        QVERIFY(!reading(e).contains(QStringLiteral("no rise")));
        QVERIFY(reading(e).contains(QStringLiteral("still above the earlier level")));
    }
}

void TestSessionEffect::caseG_steadyMaintenanceReportsTheLevel()
{
    // Maintenance every 14 days, mood flat at 7: the level is reported, not "sessions do nothing".
    QList<Session> sessions;
    for (int i = 0; i < 6; ++i) {
        sessions.append(session(i + 1, D.addDays(14 * i)));
    }
    const auto daily = days(D.addDays(-7), repeat(7, 7 + 14 * 6));
    const auto effects = sessioneffect::analyse(sessions, daily, { phase(PhaseKind::Maintenance, D.addDays(-30)) }, {});
    QCOMPARE(effects.size(), 6);
    for (const SessionEffect& e : effects) {
        QVERIFY(!e.inBlock());
        QCOMPARE(e.outcome, SessionEffect::Outcome::NoRise);
        QCOMPARE(e.trough, std::optional<double>(7.0));
        QCOMPARE(reading(e), QStringLiteral("No rise: mood held its level"));
    }
    const MaintenanceTrend trend = sessioneffect::maintenanceTrend(effects);
    QCOMPARE(trend.measurable, 6);
    QVERIFY(trend.enough());
    QCOMPARE(trend.noRise, 6);
    const QString text = TrendsText::maintenanceTrend(trend, QLocale::c());
    QVERIFY2(text.contains(QStringLiteral("Mood before them averaged 7.0 (the 3 days before: 7.0)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the level held")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Discuss timing with your provider.")), qPrintable(text));
}

void TestSessionEffect::notEnoughCheckinsIsNeverGuessed()
{
    // Three days before (4 needed).
    auto daily = days(D.addDays(-3), QList<double> { 4, 4, 4, 5, 8, 8, 7, 6 });
    SessionEffect e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.outcome, SessionEffect::Outcome::NotEnoughData);
    QCOMPARE(e.daysBefore, 3);
    QVERIFY(!e.meanBefore);
    QCOMPARE(reading(e), QStringLiteral("Not enough check-ins before and after to tell"));
    // A session on the last day with data.
    daily = days(D.addDays(-7), repeat(4, 7) + QList<double> { 6 });
    e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.daysAfter, 0);
    QCOMPARE(e.outcome, SessionEffect::Outcome::NotEnoughData);
}

void TestSessionEffect::stopsTheDayBeforeTheNextSession()
{
    // Next session on D+9: days 1..8 are looked at; still above then.
    const auto daily = days(D.addDays(-7), repeat(4, 7) + QList<double> { 5 } + repeat(8, 12));
    const auto effects = sessioneffect::analyse({ session(1, D), session(2, D.addDays(9)) }, daily, {}, { D, D });
    const SessionEffect e = only(effects);
    QVERIFY(!e.inBlock());
    QCOMPARE(e.outcome, SessionEffect::Outcome::StillAbove);
    QCOMPARE(e.lastDayLooked, std::optional<int>(8));
}

void TestSessionEffect::troughIsTheThreeDaysBefore()
{
    const auto daily = days(D.addDays(-7), QList<double> { 6, 6, 6, 6, 3, 4, 5, 5, 8, 8, 8 });
    const SessionEffect e = only(sessioneffect::analyse({ session(1, D) }, daily, {}, {}));
    QCOMPARE(e.trough, std::optional<double>(4.0)); // (3 + 4 + 5) / 3
    QCOMPARE(*e.meanBefore, 36.0 / 7);
}

void TestSessionEffect::maintenanceTrendNeedsFiveAndSaysWhy()
{
    QList<SessionEffect> effects;
    auto add = [&](SessionEffect::Outcome outcome, int blockSessions, std::optional<int> daysAbove = {}) {
        SessionEffect e;
        e.maintenance = true;
        e.outcome = outcome;
        e.blockSessions = blockSessions;
        e.meanBefore = 5;
        e.daysAbove = daysAbove;
        effects.append(e);
    };
    add(SessionEffect::Outcome::Returned, 1, 9);
    add(SessionEffect::Outcome::Returned, 1, 7);
    add(SessionEffect::Outcome::StillAbove, 1); // lasted until the next session: kept, not dropped
    add(SessionEffect::Outcome::Returned, 2, 3); // too close to another session
    add(SessionEffect::Outcome::NotEnoughData, 1);
    SessionEffect induction; // not maintenance: not counted at all
    induction.outcome = SessionEffect::Outcome::Returned;
    effects.append(induction);

    MaintenanceTrend trend = sessioneffect::maintenanceTrend(effects);
    QCOMPARE(trend.sessions, 5);
    QCOMPARE(trend.tooClose, 1);
    QCOMPARE(trend.tooFewCheckins, 1);
    QCOMPARE(trend.measurable, 3);
    QCOMPARE(trend.stillAbove, 1);
    QVERIFY(!trend.enough());
    QVERIFY(!trend.slopeDaysPerSession);
    QCOMPARE(TrendsText::maintenanceTrend(trend, QLocale::c()),
        QStringLiteral("A pattern across maintenance sessions needs at least 5 measurable sessions; 3 of 5 are "
                       "(left out: 1 too close to another session, 1 with too few check-ins). Discuss timing with "
                       "your provider."));

    add(SessionEffect::Outcome::Returned, 1, 5);
    add(SessionEffect::Outcome::StillAbove, 1);
    trend = sessioneffect::maintenanceTrend(effects);
    QCOMPARE(trend.measurable, 5);
    QVERIFY(trend.enough());
    QCOMPARE(trend.meanDaysAbove, std::optional<double>(7.0)); // 9, 7, 5
    const QString text = TrendsText::maintenanceTrend(trend, QLocale::c());
    QVERIFY2(text.startsWith(QStringLiteral("5 of 7 maintenance sessions were measured (left out: 1 too close to "
                                            "another session, 1 with too few check-ins).")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 stayed above it until the next session")), qPrintable(text));
    QVERIFY(!trend.slopeDaysPerSession); // only 3 durations are known
}

void TestSessionEffect::maintenanceTrendSlopeOverFive()
{
    QList<SessionEffect> effects;
    for (int daysAbove : { 12, 10, 8, 6, 4 }) {
        SessionEffect e;
        e.maintenance = true;
        e.outcome = SessionEffect::Outcome::Returned;
        e.meanBefore = 5;
        e.daysAbove = daysAbove;
        effects.append(e);
    }
    const MaintenanceTrend trend = sessioneffect::maintenanceTrend(effects);
    QCOMPARE(trend.slopeDaysPerSession, std::optional<double>(-2.0));
    const QString text = TrendsText::maintenanceTrend(trend, QLocale::c());
    QVERIFY2(text.contains(QStringLiteral("Getting shorter by about 2.0 days per session.")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSessionEffect)
#include "tst_sessioneffect.moc"
