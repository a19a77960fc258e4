// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QList>

#include <optional>

namespace kap::trends {

/// The statistics behind the Trends view, as pure functions over storage entities (no database,
/// no GUI), so each rule is unit-tested with hand-computed numbers. The rules:
///
/// Daily mood: one point per local day that has check-ins; the local day is the date of the
/// check-in's own time at the UTC offset it was entered with (a day that crosses a DST change
/// keeps all its check-ins). The point is the mean of that day's check-ins; anxiety / energy /
/// sleep are the means of the ratings given that day (absent when none was given).
///
/// Rolling average (7 days): check-in days form runs; a run ends where more than
/// `MaxGapDays` (2) consecutive days have no check-in. For every day with data, the average is
/// the mean of the daily values of the days with data in the trailing 7-day window (that day and
/// the 6 before it) that belong to the same run. So the line never bridges a gap of 3 or more
/// empty days, and after a gap it restarts from the new data alone. Each run is one Segment.
/// Computed over all data and then clipped to the range, so the first days of a range still
/// average over the days just before it.
///
/// Phase bands: every phase overlapping the range, clipped to it; an open-ended phase ends at the
/// range end. Bands are sorted by first day; each takes the lowest lane whose previous band ended
/// before its first day, so overlapping phases get separate lanes and touching ones (one ends the
/// day before the other starts) share a lane.
///
/// Questionnaire baseline, response and remission: TreatmentCourse's rule (one for the whole app).
namespace statistics {

constexpr int AverageWindowDays = 7;
constexpr int MaxGapDays = 2;

/// Daily means from individual check-ins (the same rule as CheckinRepository::dailySeries).
QList<DailyMood> dailyMood(const QList<MoodCheckin>& checkins);

enum class Measure { Mood, Anxiety, Energy, Sleep };
/// The days that have a value for `measure`, oldest first.
QList<DayValue> values(const QList<DailyMood>& daily, Measure measure);

/// The trailing rolling average, one Segment per run (see the rule above). `values` oldest first.
QList<Segment> rollingAverage(
    const QList<DayValue>& values, int windowDays = AverageWindowDays, int maxGapDays = MaxGapDays);
/// Keeps the points inside `range`, dropping segments left empty.
QList<Segment> clip(const QList<Segment>& segments, const DayRange& range);

QList<PhaseBand> phaseBands(const QList<Phase>& phases, const DayRange& range);

/// Severity bands of a questionnaire, read from questionnaire::severity() for every total.
QList<SeverityBand> severityBands(QuestionnaireKind kind);

/// Points of one kind inside `range`, with baseline, response and remission (TreatmentCourse).
/// `responses` may hold both kinds and days outside the range; oldest first.
QuestionnaireSeries questionnaireSeries(QuestionnaireKind kind, const QList<QuestionnaireResponse>& responses,
    const QList<course::Course>& courses, const DayRange& range);

/// Sessions inside `range`; `maintenance` set for those inside a maintenance phase.
QList<SessionMarker> sessionMarkers(const QList<Session>& sessions, const QList<Phase>& phases, const DayRange& range);

/// Per-phase figures over the days of each band (bands are already clipped to the range).
QList<PhaseSummary> phaseSummaries(const QList<PhaseBand>& bands, const QList<DailyMood>& daily,
    const QList<Session>& sessions, const QList<SessionEffect>& effects, const QuestionnaireSeries& phq9,
    const QuestionnaireSeries& gad7);

/// First and last day with any record (check-in, session, questionnaire, phase start).
DayRange dataSpan(const TrendsInput& input);

/// Everything the view shows for `preset` (custom days used for RangePreset::Custom).
TrendsData compute(const TrendsInput& input, RangePreset preset, const DayRange& custom = {});

} // namespace statistics
} // namespace kap::trends
