// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Plain values that the Trends view, the chart renderer and the report share. Computed by
// TrendsStatistics / SessionEffectAnalysis / TrendsCalculator; no Qt widgets, no QML.

#include "statistics/TreatmentCourse.h"
#include "storage/Entities.h"
#include "storage/Questionnaire.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kap::trends {

/// Which span of days the view shows. "This phase" is the phase containing the last day
/// (see TrendsRange).
enum class RangePreset { FourWeeks, TwelveWeeks, SixMonths, OneYear, All, Custom, ThisPhase };

/// How the time axis labels its ticks.
enum class AxisGranularity { Days, Weeks, Months };

/// One value on one local day.
struct DayValue
{
    QDate day;
    double value = 0;

    bool operator==(const DayValue&) const = default;
};

/// A run of the rolling average that is drawn as one line (never across a gap).
using Segment = QList<DayValue>;

/// A phase drawn as a shaded band over [first, last] (whole local days, inclusive). Bands that
/// overlap get different lanes (0, 1, ...) so both stay visible; touching bands share a lane.
struct PhaseBand
{
    RecordId id = 0;
    PhaseKind kind = PhaseKind::Induction;
    QString label; ///< the phase's own label; may be empty (the UI then names the kind)
    QDate first;
    QDate last;
    bool openEnded = false; ///< the phase has no end yet; `last` is the range end
    int lane = 0;
};

/// A session on the time axis, with what its tooltip shows.
struct SessionMarker
{
    RecordId id = 0;
    QDateTime at;
    QDate day;
    QString route; ///< key ("sublingual", ...) or the person's words for "other"
    std::optional<double> doseMg;
    std::optional<int> moodBefore;
    std::optional<int> moodAfter;
    bool maintenance = false; ///< inside a maintenance phase
};

/// One PHQ-9 or GAD-7 total. Totals, severity, item 9, response and remission all come from
/// Questionnaire.h.
struct QuestionnairePoint
{
    RecordId id = 0;
    QuestionnaireKind kind = QuestionnaireKind::Phq9;
    QDateTime at;
    QDate day;
    int total = 0;
    questionnaire::Severity severity = questionnaire::Severity::Minimal;
    bool item9 = false; ///< PHQ-9 item 9 answered above 0
    bool baseline = false; ///< the baseline of its course (TreatmentCourse's rule)
    bool baselineAfterTreatmentBegan = false; ///< this baseline was taken after the first session
    std::optional<int> baselineTotal;
    bool response = false; ///< down >= 50 % from a baseline of 10 or more
    bool remission = false; ///< below 5 after a baseline of 10 or more
};

/// A severity band of one questionnaire: totals low..high inclusive.
struct SeverityBand
{
    questionnaire::Severity severity = questionnaire::Severity::Minimal;
    int low = 0;
    int high = 0;
};

/// The series of one questionnaire kind.
struct QuestionnaireSeries
{
    QuestionnaireKind kind = QuestionnaireKind::Phq9;
    QList<QuestionnairePoint> points; ///< in the range, oldest first
    QList<SeverityBand> bands;
    /// Baseline, response and remission of the course of the range's last day, up to that day.
    course::Outcome outcome;
};

/// First and last score of one questionnaire inside a phase.
struct ScoreChange
{
    int first = 0;
    int last = 0;
    QDate firstDay;
    QDate lastDay;
};

/// Figures for one phase, over the days of the phase inside the shown range.
struct PhaseSummary
{
    PhaseBand band;
    int sessions = 0;
    int moodDays = 0; ///< days with check-ins
    std::optional<double> meanMood; ///< mean of the daily means
    std::optional<double> minMood;
    std::optional<double> maxMood;
    std::optional<double> meanSessionChange; ///< mean of (mood after - mood before) of its sessions
    /// Mean of (7-day mean after - 7-day mean before) over its sessions with enough data.
    std::optional<double> meanWeekChange;
    std::optional<ScoreChange> phq9;
    std::optional<ScoreChange> gad7;
};

/// What a session did to daily mood (SessionEffectAnalysis holds the rule).
struct SessionEffect
{
    enum class Outcome {
        NotEnoughData, ///< too few days with check-ins before or after (never guessed)
        NoRise, ///< at or below the earlier level from the first days after: the level held
        Returned, ///< back to the earlier level on day `returnDay`
        StillAbove, ///< not back by day `lastDayLooked` (the next session, the end of data or the limit)
    };

    RecordId sessionId = 0;
    QDate day;
    bool maintenance = false;
    /// Sessions within sessioneffect::CloseDays of each other are measured together as a block
    /// (an induction, for example): one session alone is then not measurable.
    QDate blockFirst;
    QDate blockLast;
    int blockSessions = 1;
    int daysBefore = 0; ///< days with check-ins in the 7 days before the (block's) first session
    int daysAfter = 0; ///< days with check-ins in the 7 days after the (block's) last session
    std::optional<double> meanBefore; ///< the earlier level: the 7 days before
    std::optional<double> meanAfter; ///< the 7 days after
    std::optional<double> trough; ///< mean of the 3 days before
    Outcome outcome = Outcome::NotEnoughData;
    std::optional<int> returnDay; ///< Returned: the day after the (block's) last session it was back
    /// Returned: days with check-ins above the earlier level before `returnDay`.
    std::optional<int> daysAbove;
    bool daysAboveApproximate = false; ///< a day without check-ins lies before `returnDay`
    std::optional<int> lastDayLooked; ///< StillAbove: the last day after the session looked at

    bool inBlock() const { return blockSessions > 1; }
};

/// How the sessions of the maintenance phases in the range went, and why some were left out.
struct MaintenanceTrend
{
    int sessions = 0; ///< maintenance sessions in the range
    int tooClose = 0; ///< another session within CloseDays: not measurable on its own
    int tooFewCheckins = 0;
    int measurable = 0; ///< sessions - tooClose - tooFewCheckins
    int noRise = 0;
    int returned = 0;
    int stillAbove = 0; ///< lasted until the next session, the end of data or the limit
    std::optional<double> meanBefore; ///< of the measurable sessions
    std::optional<double> meanTrough;
    std::optional<double> meanDaysAbove; ///< of the returned and no-rise sessions (0 for no rise)
    /// Least squares of days above against session number, over the returned and no-rise
    /// sessions, only with sessioneffect::MinTrendSessions of them.
    std::optional<double> slopeDaysPerSession;

    bool enough() const;
};

/// Everything the Trends view draws for one range.
struct TrendsData
{
    DayRange range; ///< both ends set; empty data gives range == {} (invalid days)
    RangePreset preset = RangePreset::All;
    AxisGranularity granularity = AxisGranularity::Days;

    QList<DailyMood> daily; ///< days with check-ins in the range
    QList<Segment> average; ///< 7-day rolling average, one segment per gap-free run
    QList<Segment> anxiety;
    QList<Segment> energy;
    QList<Segment> sleep;

    QList<PhaseBand> phases;
    QList<SessionMarker> sessions;
    QuestionnaireSeries phq9;
    QuestionnaireSeries gad7;

    QList<PhaseSummary> phaseSummaries;
    QList<SessionEffect> sessionEffects; ///< sessions in the range, oldest first
    MaintenanceTrend maintenanceTrend;

    bool isEmpty() const
    {
        return daily.isEmpty() && sessions.isEmpty() && phq9.points.isEmpty() && gad7.points.isEmpty();
    }
};

/// The raw records the statistics work from (everything in the journal, not only the range:
/// rolling averages, baselines and session effects look beyond the range's edges).
struct TrendsInput
{
    QList<DailyMood> daily; ///< oldest first
    QList<Phase> phases;
    QList<Session> sessions; ///< oldest first
    QList<QuestionnaireResponse> questionnaires; ///< oldest first
    QDate today;
    /// Set when `sessions` are not all of the journal's (the report passes its range only), so
    /// the courses come from the whole journal.
    std::optional<QList<course::Course>> knownCourses;
    QList<course::Course> courses() const { return knownCourses ? *knownCourses : course::courses(phases, sessions); }
};

} // namespace kap::trends
