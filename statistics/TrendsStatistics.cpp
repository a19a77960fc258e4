// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statistics/TrendsStatistics.h"

#include "statistics/SessionEffectAnalysis.h"
#include "statistics/TrendsRange.h"

#include <QMap>

#include <algorithm>
#include <limits>

namespace kap::trends::statistics {

namespace {

struct Accumulator
{
    double sum = 0;
    int count = 0;
    void add(double value)
    {
        sum += value;
        ++count;
    }
    std::optional<double> mean() const { return count > 0 ? std::optional<double>(sum / count) : std::nullopt; }
};

QDate localDay(const QDateTime& at)
{
    // The QDateTime carries the offset it was entered with, so date() is that local day.
    return at.date();
}

bool overlaps(const Phase& phase, const DayRange& range)
{
    return (!range.last.isValid() || phase.start <= range.last)
        && (!range.first.isValid() || !phase.end || *phase.end >= range.first);
}

bool inMaintenance(QDate day, const QList<Phase>& phases)
{
    return std::any_of(phases.cbegin(), phases.cend(),
        [day](const Phase& phase) { return phase.kind == PhaseKind::Maintenance && phase.contains(day); });
}

void extend(DayRange& span, QDate day)
{
    if (!day.isValid()) {
        return;
    }
    if (!span.first.isValid() || day < span.first) {
        span.first = day;
    }
    if (!span.last.isValid() || day > span.last) {
        span.last = day;
    }
}

} // namespace

QList<DailyMood> dailyMood(const QList<MoodCheckin>& checkins)
{
    struct Day
    {
        Accumulator mood, anxiety, energy, sleep;
    };
    QMap<QDate, Day> days;
    for (const MoodCheckin& checkin : checkins) {
        Day& day = days[localDay(checkin.at)];
        day.mood.add(checkin.mood);
        if (checkin.anxiety) {
            day.anxiety.add(*checkin.anxiety);
        }
        if (checkin.energy) {
            day.energy.add(*checkin.energy);
        }
        if (checkin.sleep) {
            day.sleep.add(*checkin.sleep);
        }
    }
    QList<DailyMood> result;
    result.reserve(days.size());
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        DailyMood point;
        point.day = it.key();
        point.mood = it->mood.mean().value_or(0);
        point.anxiety = it->anxiety.mean();
        point.energy = it->energy.mean();
        point.sleep = it->sleep.mean();
        point.count = it->mood.count;
        result.append(point);
    }
    return result;
}

QList<DayValue> values(const QList<DailyMood>& daily, Measure measure)
{
    QList<DayValue> result;
    result.reserve(daily.size());
    for (const DailyMood& day : daily) {
        std::optional<double> value;
        switch (measure) {
        case Measure::Mood:
            value = day.mood;
            break;
        case Measure::Anxiety:
            value = day.anxiety;
            break;
        case Measure::Energy:
            value = day.energy;
            break;
        case Measure::Sleep:
            value = day.sleep;
            break;
        }
        if (value) {
            result.append(DayValue { day.day, *value });
        }
    }
    return result;
}

QList<Segment> rollingAverage(const QList<DayValue>& input, int windowDays, int maxGapDays)
{
    QList<Segment> segments;
    qsizetype runStart = 0; // index of the first value of the current run
    qsizetype windowStart = 0; // index of the first value inside the current window
    double windowSum = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QDate day = input.at(i).day;
        if (i == 0 || input.at(i - 1).day.daysTo(day) > maxGapDays + 1) {
            runStart = i;
            windowStart = i;
            windowSum = 0;
            segments.append(Segment {});
        }
        windowSum += input.at(i).value;
        while (windowStart < i && input.at(windowStart).day.daysTo(day) >= windowDays) {
            windowSum -= input.at(windowStart).value;
            ++windowStart;
        }
        Q_ASSERT(windowStart >= runStart);
        const auto count = static_cast<double>(i - windowStart + 1);
        segments.last().append(DayValue { day, windowSum / count });
    }
    return segments;
}

QList<Segment> clip(const QList<Segment>& segments, const DayRange& range)
{
    QList<Segment> result;
    for (const Segment& segment : segments) {
        Segment kept;
        for (const DayValue& point : segment) {
            if (range.contains(point.day)) {
                kept.append(point);
            }
        }
        if (!kept.isEmpty()) {
            result.append(kept);
        }
    }
    return result;
}

QList<PhaseBand> phaseBands(const QList<Phase>& phases, const DayRange& range)
{
    QList<PhaseBand> bands;
    for (const Phase& phase : phases) {
        if (phase.meta.deletedAt || !overlaps(phase, range)) {
            continue;
        }
        PhaseBand band;
        band.id = phase.id;
        band.kind = phase.kind;
        band.label = phase.label;
        band.openEnded = !phase.end.has_value();
        band.first = range.first.isValid() ? std::max(phase.start, range.first) : phase.start;
        if (phase.end) {
            band.last = range.last.isValid() ? std::min(*phase.end, range.last) : *phase.end;
        } else {
            band.last = range.last.isValid() ? range.last : phase.start;
        }
        if (band.last < band.first) {
            continue;
        }
        bands.append(band);
    }
    std::stable_sort(bands.begin(), bands.end(), [](const PhaseBand& a, const PhaseBand& b) {
        return a.first < b.first || (a.first == b.first && a.last > b.last);
    });
    QList<QDate> laneEnds; // last day of the latest band in each lane
    for (PhaseBand& band : bands) {
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) >= band.first) {
            ++lane;
        }
        if (lane == laneEnds.size()) {
            laneEnds.append(band.last);
        } else {
            laneEnds[lane] = band.last;
        }
        band.lane = static_cast<int>(lane);
    }
    return bands;
}

QList<SeverityBand> severityBands(QuestionnaireKind kind)
{
    QList<SeverityBand> bands;
    for (int total = 0; total <= questionnaire::maxTotal(kind); ++total) {
        const auto severity = questionnaire::severity(kind, total);
        if (!severity) {
            continue;
        }
        if (!bands.isEmpty() && bands.last().severity == *severity) {
            bands.last().high = total;
        } else {
            bands.append(SeverityBand { *severity, total, total });
        }
    }
    return bands;
}

QuestionnaireSeries questionnaireSeries(QuestionnaireKind kind, const QList<QuestionnaireResponse>& responses,
    const QList<course::Course>& courses, const DayRange& range)
{
    QuestionnaireSeries series;
    series.kind = kind;
    series.bands = severityBands(kind);

    // The baseline per course, looked up once per course (keyed by its opening day).
    QMap<QDate, std::optional<course::Baseline>> baselines;
    auto baselineFor = [&](QDate day) -> std::optional<course::Baseline> {
        const std::optional<course::Course> found = course::courseAt(courses, day);
        if (!found) {
            return std::nullopt;
        }
        if (auto it = baselines.constFind(found->opens); it != baselines.cend()) {
            return *it;
        }
        const auto baseline = course::baselineOf(kind, *found, responses);
        baselines.insert(found->opens, baseline);
        return baseline;
    };

    for (const QuestionnaireResponse& response : responses) {
        if (response.kind != kind || response.meta.deletedAt) {
            continue;
        }
        const QDate day = localDay(response.at);
        if (!range.contains(day)) {
            continue;
        }
        const auto total = questionnaire::total(kind, response.answers);
        if (!total) {
            continue;
        }
        QuestionnairePoint point;
        point.id = response.id;
        point.kind = kind;
        point.at = response.at;
        point.day = day;
        point.total = *total;
        point.severity = questionnaire::severity(kind, *total).value_or(questionnaire::Severity::Minimal);
        point.item9 = questionnaire::item9Flag(kind, response.answers);
        if (const auto baseline = baselineFor(day)) {
            point.baseline = baseline->response.id == response.id;
            point.baselineAfterTreatmentBegan = point.baseline && baseline->afterTreatmentBegan;
            point.baselineTotal = baseline->total;
            if (response.at > baseline->response.at) {
                point.response = questionnaire::isResponse(baseline->total, *total);
                point.remission = questionnaire::isRemission(kind, baseline->total, *total);
            }
        }
        series.points.append(point);
    }
    // The status at the range's end (with an open range, at the latest score).
    const QDate statusDay = range.last.isValid() ? range.last
        : series.points.isEmpty()                ? QDate()
                                                 : series.points.last().day;
    if (statusDay.isValid()) {
        series.outcome = course::outcomeOf(kind, courses, responses, statusDay);
    }
    return series;
}

QList<SessionMarker> sessionMarkers(const QList<Session>& sessions, const QList<Phase>& phases, const DayRange& range)
{
    QList<SessionMarker> markers;
    for (const Session& session : sessions) {
        const QDate day = localDay(session.occurredAt);
        if (session.meta.deletedAt || !range.contains(day)) {
            continue;
        }
        SessionMarker marker;
        marker.id = session.id;
        marker.at = session.occurredAt;
        marker.day = day;
        marker.route
            = session.route == routekeys::Other && !session.routeOther.isEmpty() ? session.routeOther : session.route;
        marker.doseMg = session.doseMg;
        marker.moodBefore = session.moodBefore;
        marker.moodAfter = session.moodAfter;
        marker.maintenance = inMaintenance(day, phases);
        markers.append(marker);
    }
    return markers;
}

QList<PhaseSummary> phaseSummaries(const QList<PhaseBand>& bands, const QList<DailyMood>& daily,
    const QList<Session>& sessions, const QList<SessionEffect>& effects, const QuestionnaireSeries& phq9,
    const QuestionnaireSeries& gad7)
{
    auto scoreChange = [](const QuestionnaireSeries& series, const PhaseBand& band) -> std::optional<ScoreChange> {
        std::optional<ScoreChange> change;
        for (const QuestionnairePoint& point : series.points) {
            if (point.day < band.first || point.day > band.last) {
                continue;
            }
            if (!change) {
                change = ScoreChange { point.total, point.total, point.day, point.day };
            } else {
                change->last = point.total;
                change->lastDay = point.day;
            }
        }
        return change;
    };

    QList<PhaseSummary> result;
    for (const PhaseBand& band : bands) {
        PhaseSummary summary;
        summary.band = band;
        Accumulator mood;
        double minMood = std::numeric_limits<double>::max();
        double maxMood = std::numeric_limits<double>::lowest();
        for (const DailyMood& day : daily) {
            if (day.day < band.first || day.day > band.last) {
                continue;
            }
            mood.add(day.mood);
            minMood = std::min(minMood, day.mood);
            maxMood = std::max(maxMood, day.mood);
        }
        summary.moodDays = mood.count;
        summary.meanMood = mood.mean();
        if (mood.count > 0) {
            summary.minMood = minMood;
            summary.maxMood = maxMood;
        }
        Accumulator change;
        for (const Session& session : sessions) {
            const QDate day = localDay(session.occurredAt);
            if (session.meta.deletedAt || day < band.first || day > band.last) {
                continue;
            }
            ++summary.sessions;
            if (session.moodBefore && session.moodAfter) {
                change.add(*session.moodAfter - *session.moodBefore);
            }
        }
        summary.meanSessionChange = change.mean();
        Accumulator weekChange;
        for (const SessionEffect& effect : effects) {
            // A block's reading counts once (on its last session).
            const bool counted = !effect.inBlock() || effect.day == effect.blockLast;
            if (counted && effect.day >= band.first && effect.day <= band.last && effect.meanBefore
                && effect.meanAfter) {
                weekChange.add(*effect.meanAfter - *effect.meanBefore);
            }
        }
        summary.meanWeekChange = weekChange.mean();
        summary.phq9 = scoreChange(phq9, band);
        summary.gad7 = scoreChange(gad7, band);
        result.append(summary);
    }
    return result;
}

DayRange dataSpan(const TrendsInput& input)
{
    DayRange span;
    if (!input.daily.isEmpty()) {
        extend(span, input.daily.first().day);
        extend(span, input.daily.last().day);
    }
    for (const Session& session : input.sessions) {
        extend(span, localDay(session.occurredAt));
    }
    for (const QuestionnaireResponse& response : input.questionnaires) {
        extend(span, localDay(response.at));
    }
    for (const Phase& phase : input.phases) {
        extend(span, phase.start);
    }
    return span;
}

TrendsData compute(const TrendsInput& input, RangePreset preset, const DayRange& custom)
{
    TrendsData data;
    data.preset = preset;
    data.range = TrendsRange::resolve(preset, input.today, dataSpan(input), input.phases, custom);
    data.granularity = TrendsRange::granularity(data.range);

    const qsizetype from = std::lower_bound(input.daily.cbegin(), input.daily.cend(), data.range.first,
                               [](const DailyMood& d, QDate day) { return d.day < day; })
        - input.daily.cbegin();
    for (qsizetype i = from; i < input.daily.size() && input.daily.at(i).day <= data.range.last; ++i) {
        data.daily.append(input.daily.at(i));
    }

    data.average = clip(rollingAverage(values(input.daily, Measure::Mood)), data.range);
    data.anxiety = clip(rollingAverage(values(input.daily, Measure::Anxiety)), data.range);
    data.energy = clip(rollingAverage(values(input.daily, Measure::Energy)), data.range);
    data.sleep = clip(rollingAverage(values(input.daily, Measure::Sleep)), data.range);

    data.phases = phaseBands(input.phases, data.range);
    data.sessions = sessionMarkers(input.sessions, input.phases, data.range);
    const QList<course::Course> courses = input.courses();
    data.phq9 = questionnaireSeries(QuestionnaireKind::Phq9, input.questionnaires, courses, data.range);
    data.gad7 = questionnaireSeries(QuestionnaireKind::Gad7, input.questionnaires, courses, data.range);
    data.sessionEffects = sessioneffect::analyse(input.sessions, input.daily, input.phases, data.range);
    data.maintenanceTrend = sessioneffect::maintenanceTrend(data.sessionEffects);
    data.phaseSummaries
        = phaseSummaries(data.phases, data.daily, input.sessions, data.sessionEffects, data.phq9, data.gad7);
    return data;
}

} // namespace kap::trends::statistics
