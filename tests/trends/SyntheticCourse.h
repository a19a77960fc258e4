// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"
#include "storage/Result.h"

#include <QDate>

#include <cstdint>

namespace kap {
class Journal;
}

namespace kaptest {

/// A synthetic but realistic treatment course written into a journal, for the Trends tests,
/// screenshots and benchmark (DOMAIN.md): a baseline week, an induction of 6 sublingual sessions
/// over 3 weeks, then maintenance sessions every `maintenanceEveryDays`; daily mood check-ins with
/// noise and a lift after each session that fades over about a week; PHQ-9 and GAD-7 every
/// `questionnaireEveryDays`. With `courseEveryDays` > 0 a new induction starts every so many
/// days (relapse and second course). Deterministic for a given seed.
struct SyntheticCourse
{
    QDate lastDay { 2026, 3, 1 };
    int days = 120;
    int checkinsPerDay = 1; ///< 1: one a day plus sometimes a morning one; 2: exactly two
    double skipProbability = 0.07; ///< chance a day has no check-in
    int gapAtDay = 75; ///< a 4-day gap without check-ins starts here (-1: none)
    int maintenanceEveryDays = 30;
    int questionnaireEveryDays = 14;
    int courseEveryDays = 0;
    int utcOffsetSeconds = 3600;
    std::uint32_t seed = 7;

    struct Counts
    {
        int phases = 0;
        int sessions = 0;
        int checkins = 0;
        int questionnaires = 0;
    };

    /// Writes the course in one transaction.
    kap::Result<Counts> populate(kap::Journal& journal) const;

    /// A 10-year journal: 7,300 check-ins, about 150 sessions, about 1,000 questionnaires.
    static SyntheticCourse tenYears(QDate lastDay);
};

} // namespace kaptest
