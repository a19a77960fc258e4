// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QList>

namespace kap::trends {

/// How long a session seems to help, from daily mood alone (DOMAIN.md "The session effect"). Not
/// a clinical measure: the view shows the rule beside the figures so nobody mistakes it for one.
///
/// The rule, for a session on local day D (daily mood = the mean of the day's check-ins):
/// - Sessions with another session within CloseDays before or after are not measurable on their
///   own: they form a block (an induction, sessions on consecutive days) that is measured as one,
///   from before its first session to after its last. Below, D is the block's first day for
///   "before" and its last day for "after".
/// - Earlier level = the mean of the WindowDays days before (at least MinDaysBefore with data);
///   trough = the mean of the TroughDays days before. The 7 days after need MinDaysAfter days with
///   data. Fewer: NotEnoughData, never guessed.
/// - Days with check-ins after D, looked at up to the day before the next session, the last day
///   with data or MaxFollowDays: mood is back on the first of them where it is at or below the
///   earlier level on two days with data in a row, or where the mean of it and its neighbours
///   is. One low day or a day without check-ins neither ends nor voids the benefit (days without
///   check-ins are skipped).
/// - Back on the first day with data: NoRise (the level held; in a working maintenance schedule
///   that is success). Back later: Returned, above the earlier level on the days with check-ins
///   before it ("about" when a day without check-ins lies between). Never back: StillAbove.
///
/// The maintenance trend counts the maintenance sessions in the range, leaves out those too close
/// to another session or with too few check-ins (and says how many), and says something only with
/// MinTrendSessions measurable sessions.
namespace sessioneffect {

constexpr int WindowDays = 7;
constexpr int CloseDays = 7;
constexpr int MinDaysBefore = 4;
constexpr int MinDaysAfter = 3;
constexpr int TroughDays = 3;
constexpr int MaxFollowDays = 60;
constexpr int MinTrendSessions = 5;
/// NoRise with the week after this much below the earlier level reads "lower", not "held".
constexpr double HeldMargin = 1.0;

/// Effects for the sessions in `range` (oldest first). `daily` and `sessions` are the whole
/// journal (oldest first), since windows, blocks and the next session may lie outside the range.
QList<SessionEffect> analyse(
    const QList<Session>& sessions, const QList<DailyMood>& daily, const QList<Phase>& phases, const DayRange& range);

MaintenanceTrend maintenanceTrend(const QList<SessionEffect>& effects);

} // namespace sessioneffect
} // namespace kap::trends
