// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/PhaseSuggester.h"

#include <QTest>

using kap::Phase;
using kap::PhaseKind;
using kap::PhaseSuggester;

/// "Suggest from sessions": 3 sessions within 21 days start an induction, maintenance follows.
class TestPhaseSuggester : public QObject
{
    Q_OBJECT

private:
    static QDate d(int month, int day, int year = 2026) { return QDate(year, month, day); }

private Q_SLOTS:
    void noSessionsNoPhases() { QVERIFY(PhaseSuggester::suggest({}).isEmpty()); }

    void twoSessionsAreNotAnInduction() { QVERIFY(PhaseSuggester::suggest({ d(3, 1), d(3, 3) }).isEmpty()); }

    void threeSpreadOverMoreThan21DaysAreNotAnInduction()
    {
        // first to third: 21 days apart = 22 days inclusive, outside the window
        QVERIFY(PhaseSuggester::suggest({ d(3, 1), d(3, 10), d(3, 22) }).isEmpty());
    }

    void threeWithin21DaysAreAnOngoingInduction()
    {
        const QList<Phase> phases = PhaseSuggester::suggest({ d(3, 21), d(3, 1), d(3, 10) });
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases[0].kind, PhaseKind::Induction);
        QCOMPARE(phases[0].start, d(3, 1));
        QCOMPARE(phases[0].end, std::optional<QDate>(d(3, 21)));
    }

    void typicalCourse()
    {
        // Six sessions over about three weeks, then monthly maintenance.
        const QList<QDate> days { d(3, 2), d(3, 4), d(3, 6), d(3, 10), d(3, 13), d(3, 20), d(4, 20), d(5, 18),
            d(6, 15) };
        const QList<Phase> phases = PhaseSuggester::suggest(days);
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].kind, PhaseKind::Induction);
        QCOMPARE(phases[0].start, d(3, 2));
        QCOMPARE(phases[0].end, std::optional<QDate>(d(3, 20)));
        QCOMPARE(phases[1].kind, PhaseKind::Maintenance);
        QCOMPARE(phases[1].start, d(3, 21));
        QVERIFY(!phases[1].end);
    }

    void secondInductionAfterRelapse()
    {
        const QList<QDate> days { d(1, 5), d(1, 7), d(1, 9), d(2, 10), d(3, 12), // course 1
            d(6, 1), d(6, 3), d(6, 5), d(6, 12), d(7, 15) }; // relapse: second induction
        const QList<Phase> phases = PhaseSuggester::suggest(days);
        QCOMPARE(phases.size(), 4);
        QCOMPARE(phases[0].kind, PhaseKind::Induction);
        QCOMPARE(phases[0].end, std::optional<QDate>(d(1, 9)));
        QCOMPARE(phases[1].kind, PhaseKind::Maintenance);
        QCOMPARE(phases[1].start, d(1, 10));
        QCOMPARE(phases[1].end, std::optional<QDate>(d(5, 31)));
        QCOMPARE(phases[2].kind, PhaseKind::Induction);
        QCOMPARE(phases[2].start, d(6, 1));
        QCOMPARE(phases[2].end, std::optional<QDate>(d(6, 12)));
        QCOMPARE(phases[3].kind, PhaseKind::Maintenance);
        QCOMPARE(phases[3].start, d(6, 13));
        QVERIFY(!phases[3].end);
    }

    void esketamineScheduleIsInductionThenMaintenance()
    {
        // Twice a week (Monday, Thursday) for 4 weeks, then weekly on Thursdays (DOMAIN.md).
        QList<QDate> days;
        for (int week = 0; week < 4; ++week) {
            days << d(3, 2).addDays(7 * week) << d(3, 5).addDays(7 * week);
        }
        for (int week = 4; week < 12; ++week) {
            days << d(3, 5).addDays(7 * week);
        }
        const QList<Phase> phases = PhaseSuggester::suggest(days);
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].kind, PhaseKind::Induction);
        QCOMPARE(phases[0].end, std::optional<QDate>(d(3, 26))); // the 8th session
        QCOMPARE(phases[1].kind, PhaseKind::Maintenance);
        QCOMPARE(phases[1].start, d(3, 27));
        QVERIFY(!phases[1].end);
    }

    void weeklyOrTenDayBoostersAreMaintenance()
    {
        for (int spacing : { 7, 10 }) {
            QList<QDate> days { d(3, 2), d(3, 4), d(3, 6), d(3, 9), d(3, 11), d(3, 13) }; // six over 12 days
            for (int k = 1; k <= 10; ++k) {
                days << d(3, 13).addDays(spacing * k);
            }
            const QList<Phase> phases = PhaseSuggester::suggest(days);
            QCOMPARE(phases.size(), 2);
            QCOMPARE(phases[0].end, std::optional<QDate>(d(3, 13)));
            QCOMPARE(phases[1].kind, PhaseKind::Maintenance);
        }
    }

    void boostersCloseTogetherDoNotStartANewInduction()
    {
        // Monthly maintenance, then three boosters within 21 days, no 30-day break before them.
        const QList<QDate> days { d(1, 5), d(1, 7), d(1, 9), d(1, 12), d(1, 14), d(1, 16), d(2, 12), d(3, 10), d(3, 20),
            d(3, 30), d(4, 8) };
        const QList<Phase> phases = PhaseSuggester::suggest(days);
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[1].kind, PhaseKind::Maintenance);
        QVERIFY(!phases[1].end);
        // After a break of 30 days or more, the same boosters are a new induction.
        const QList<QDate> relapse { d(1, 5), d(1, 7), d(1, 9), d(1, 12), d(1, 14), d(1, 16), d(2, 12), d(3, 20),
            d(3, 23), d(3, 27), d(4, 3) };
        const QList<Phase> two = PhaseSuggester::suggest(relapse);
        QCOMPARE(two.size(), 3);
        QCOMPARE(two[1].end, std::optional<QDate>(d(3, 19)));
        QCOMPARE(two[2].kind, PhaseKind::Induction);
        QCOMPARE(two[2].start, d(3, 20));
        QCOMPARE(two[2].end, std::optional<QDate>(d(4, 3)));
    }

    void sessionsBeforeTheFirstInductionGetNoPhase()
    {
        const QList<Phase> phases = PhaseSuggester::suggest({ d(1, 1), d(2, 1), d(3, 1), d(3, 3), d(3, 5) });
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases[0].start, d(3, 1));
    }

    void duplicateDaysCountOnce() { QVERIFY(PhaseSuggester::suggest({ d(3, 1), d(3, 1), d(3, 1) }).isEmpty()); }

    void overlapsWithExistingAreDropped()
    {
        const QList<Phase> suggestions = PhaseSuggester::suggest({ d(3, 2), d(3, 4), d(3, 6), d(4, 20) });
        QCOMPARE(suggestions.size(), 2);
        Phase existing;
        existing.kind = PhaseKind::Induction;
        existing.start = d(3, 1);
        existing.end = d(3, 6);
        const QList<Phase> kept = PhaseSuggester::withoutOverlaps(suggestions, { existing });
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].kind, PhaseKind::Maintenance);
        Phase open;
        open.start = d(1, 1);
        QVERIFY(PhaseSuggester::withoutOverlaps(suggestions, { open }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhaseSuggester)
#include "tst_phasesuggester.moc"
