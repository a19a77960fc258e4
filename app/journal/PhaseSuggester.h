// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QDate>
#include <QList>

namespace kap {

/// Proposes treatment phases from session dates, for "Suggest from sessions" on the Phases page
/// (DOMAIN.md "Phases"). Suggestions are only shown: nothing changes, baselines included, until
/// the person adds them. Pure function: no storage, unit-tested.
///
/// - An induction starts where at least InductionSessions sessions fall within
///   InductionWindowDays (first to third inclusive). The first induction may start anywhere; a
///   later one only after at least NewInductionGapDays without sessions (a relapse), so boosters
///   close together inside maintenance stay maintenance.
/// - It runs while sessions come more than once a week (gaps up to InductionGapDays: two or three
///   a week, the esketamine twice-weekly weeks) and, until it has TypicalInductionSessions
///   sessions, also across a weekly gap ("3 in week 1, 2 in week 2, then weekly").
/// - A maintenance phase follows when at least one session comes after it (weekly, 10-day or
///   monthly boosters, the esketamine weekly weeks) and runs until the day before the next
///   induction (open-ended after the last). Sessions before the first induction get no phase.
class PhaseSuggester
{
public:
    static constexpr int InductionSessions = 3;
    static constexpr int InductionWindowDays = 21;
    /// More than once a week.
    static constexpr int InductionGapDays = 5;
    /// A typical induction series; until it has this many sessions a weekly gap continues it.
    static constexpr int TypicalInductionSessions = 6;
    static constexpr int WeeklyGapDays = 7;
    /// A new induction (after a relapse) needs at least this many days without sessions first.
    static constexpr int NewInductionGapDays = 30;

    /// Phases for these session days (any order, duplicates fine), oldest first, ids 0.
    static QList<Phase> suggest(QList<QDate> sessionDays);
    /// The suggestions that do not overlap any of `existing`.
    static QList<Phase> withoutOverlaps(const QList<Phase>& suggestions, const QList<Phase>& existing);
    static bool overlaps(const Phase& a, const Phase& b);
};

} // namespace kap
