#pragma once

#include "TrendsData.h"

#include <QList>

namespace kap::trends {

/// How long a session seems to help, from daily mood alone. Not a clinical measure: the view
/// shows ruleText() beside the figures so nobody mistakes it for one.
///
/// The rule, for a session on local day D:
/// - Before = mean of the daily moods on D-7 .. D-1, after = mean on D+1 .. D+7 (days with
///   check-ins only; the session day itself mixes both and is left out). Fewer than 3 days with
///   check-ins in either window: NotEnoughData (never guessed).
/// - After not above before: NoLift.
/// - Otherwise, for day k = 1, 2, ... after the session, the 3-day average is the mean of the
///   daily moods on days max(1, k-2) .. k after D (only days after the session). The benefit
///   lasted k days when that average is first at or below the before-mean (ReturnedToBaseline).
/// - The search stops on the day before the next session, at the last day with data, or after
///   60 days: still above then gives StillAbove with `days` = the last day looked at ("at least").
///   A 3-day window without any check-in gives Undetermined (the gap hides the answer).
///
/// The maintenance trend takes the ReturnedToBaseline sessions inside maintenance phases: their
/// mean duration, first and last, and with 3 or more of them the least-squares slope of duration
/// against session number (negative: the benefit gets shorter).
namespace sessioneffect {

constexpr int WindowDays = 7;
constexpr int MinDaysWithData = 3;
constexpr int SmoothingDays = 3;
constexpr int MaxFollowDays = 60;

/// Effects for the sessions in `range` (oldest first). `daily` and `sessions` are the whole
/// journal (oldest first), since windows and the next session may lie outside the range.
QList<SessionEffect> analyse(
    const QList<Session>& sessions, const QList<DailyMood>& daily, const QList<Phase>& phases, const DayRange& range);

MaintenanceTrend maintenanceTrend(const QList<SessionEffect>& effects);

} // namespace sessioneffect
} // namespace kap::trends
